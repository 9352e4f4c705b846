// @vitest-environment happy-dom
import { recordLines } from '../../src/ui/common/record-screen';
import { describe, expect, it } from 'vitest';
import { escapeHtml, handoutHtml, type Handout } from '../../src/ui/authoring/handout-html';
import { handoutSections, shownOutputs, terminalLines } from '../../src/ui/authoring/handout-model';
import { replayPosition } from '../../src/ui/lesson/lesson-replay-page';
import { lessonById } from '../../src/lessons/index';

const NASTY = `echo "<script>alert('x')</script> & <img src=x onerror=alert(1)> &amp;"`;

const words: Handout['words'] = {
  step: (n, t) => `Step ${n}: ${t}`,
  exitCode: (c) => `exit code ${c}`,
  source: 'Made with <Pelabuhan> & friends',
  printHint: 'Print with Ctrl+P',
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the handout document', () => {
  it('escapes every piece of text: a command with <script> and & stays text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = handoutHtml({
      lang: 'en',
      title: 'Title <b>bold</b> & co',
      summary: '</p><script>bad()</script>',
      sections: [
        {
          title: '<i>t</i>',
          before: ['a < b & c > d'],
          commands: [{ line: NASTY, output: ['<script>alert(2)</script> &lt;', '  indented\ttab'], exitCode: 1 }],
          after: ['"quoted" \'single\''],
        },
      ],
      words,
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, link, iframe, object, [onerror]').length).toBe(0);
    expect(doc.title).toBe('Title <b>bold</b> & co');
    const pre = doc.querySelector('pre')!;
    expect(pre.textContent).toBe(`$ ${NASTY}\n<script>alert(2)</script> &lt;\n  indented\ttab`);
    expect(doc.querySelector('h2')!.textContent).toBe('Step 1: <i>t</i>');
    expect(doc.querySelector('.exit')!.textContent).toBe('exit code 1');
    expect(doc.querySelector('footer')!.textContent).toBe('Made with <Pelabuhan> & friends');
    expect(doc.documentElement.lang).toBe('en');
  });

  it('is self-contained: a CSP forbidding scripts, no external resource, print rules', () => {
    const html = handoutHtml({ lang: 'id', title: 't', summary: '', sections: [], words });
    const doc = parse(html);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toMatch(/url\(|@import|https?:/);
    expect(html).toContain('@media print');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('white-space: pre-wrap');
    expect(doc.documentElement.lang).toBe('id');
  });
});

describe('the handout model', () => {
  it("steps up to the current one, narration in the reader's language, output as the terminal showed it", () => {
    const lesson = lessonById('images')!;
    const replay = replayPosition(lesson, 2, []);
    const entries = replay.lw.log;
    // The terminal after this replay shows exactly the replay's blocks.
    const blocks = replay.records.map((r) => ({ line: r.line, output: recordLines(r), exitCode: r.exitCode }));
    const outputs = shownOutputs(entries, blocks);
    const sections = handoutSections(lesson, entries, outputs, 'id', 2, 'Commands');
    expect(sections).toHaveLength(3);
    expect(sections[0].title).toBe(lesson.steps[0].title.id);
    expect(sections[0].before.join('\n\n')).toBe(lesson.steps[0].before.id.trim());
    const shown = sections.flatMap((s) => s.commands);
    expect(shown.map((c) => c.line)).toEqual(blocks.map((b) => b.line));
    expect(shown.map((c) => c.output)).toEqual(blocks.map((b) => b.output));
    // Step 3 (index 2) was entered but not run: no `after` yet.
    expect(sections[2].after).toEqual([]);
    expect(sections[1].after.length).toBeGreaterThan(0);
  });

  it("prefers the terminal's own lines, falling back to 80 columns after a clear", () => {
    const entries = [
      {
        line: 'docker a',
        step: null,
        exitCode: 0,
        chunks: [{ stream: 'stdout' as const, text: 'x'.repeat(100), at: 0 }],
      },
      {
        line: 'docker b',
        step: null,
        exitCode: 0,
        chunks: [{ stream: 'stdout' as const, text: 'wide '.repeat(20), at: 0 }],
      },
    ];
    const outputs = shownOutputs(entries, [{ line: 'docker b', output: ['as the terminal showed it'], exitCode: 0 }]);
    expect(outputs[1]).toEqual(['as the terminal showed it']);
    expect(outputs[0]).toEqual(terminalLines('x'.repeat(100)));
    expect(outputs[0]).toEqual(['x'.repeat(80), 'x'.repeat(20)]);
  });
});
