import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLine, type ParseResult } from '../../src/model/cli/shell/tokenize';
import { expandWords } from '../../src/model/cli/shell/expand';

/** The words of a one-command line after expansion with no variables set. */
function words(line: string): string[] {
  const parsed = parseLine(line);
  if (parsed.kind !== 'list') throw new Error(parsed.message);
  return expandWords(parsed.items[0].pipeline.commands[0].words, { variable: () => '', substitute: () => '' });
}

describe('the shell lexer', () => {
  it('splits words and keeps quoted text together, as bash does', () => {
    expect(words(`docker run --name 'my app' -e "A=b c" alpine echo hi\\ there`)).toEqual([
      'docker',
      'run',
      '--name',
      'my app',
      '-e',
      'A=b c',
      'alpine',
      'echo',
      'hi there',
    ]);
    expect(words(`docker ps --format '{{.ID}}\\t{{.Names}}'`)).toEqual([
      'docker',
      'ps',
      '--format',
      '{{.ID}}\\t{{.Names}}',
    ]);
    expect(words(`echo "" '' x""y`)).toEqual(['echo', '', '', 'xy']);
    expect(words('echo a#b # a comment')).toEqual(['echo', 'a#b']);
  });

  it('joins pipelines with ;, && and || and reads redirections', () => {
    const parsed = parseLine('docker rm -f web > /dev/null 2>&1 && docker ps | grep x; echo done') as Extract<
      ParseResult,
      { kind: 'list' }
    >;
    expect(parsed.items.map((i) => i.join)).toEqual([';', '&&', ';']);
    expect(parsed.items[0].pipeline.commands[0].redirects.map((r) => [r.fd, r.op, r.target.raw])).toEqual([
      [1, '>', '/dev/null'],
      [2, '>&', '1'],
    ]);
    expect(parsed.items[1].pipeline.commands).toHaveLength(2);
  });

  it("answers bash's own messages for what it cannot parse", () => {
    expect(parseLine(`echo 'a`)).toEqual({
      kind: 'incomplete',
      message: "bash: unexpected EOF while looking for matching `''",
    });
    expect(parseLine('echo "a')).toEqual({
      kind: 'incomplete',
      message: 'bash: unexpected EOF while looking for matching `"\'',
    });
    expect(parseLine('docker ps &&')).toEqual({
      kind: 'incomplete',
      message: 'bash: syntax error: unexpected end of file',
    });
    expect(parseLine('; ;')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `;'" });
    expect(parseLine('docker ps >')).toEqual({
      kind: 'error',
      message: "bash: syntax error near unexpected token `newline'",
    });
    expect(parseLine('| x')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `|'" });
    expect(parseLine('echo ${a b}')).toEqual({ kind: 'error', message: 'bash: ${a b}: bad substitution' });
    expect(parseLine('fi')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `fi'" });
  });

  it('never throws on any string, and parses a 100 KB line quickly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (line) => {
        const result = parseLine(line);
        expect(['list', 'error', 'incomplete']).toContain(result.kind);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'a',
            ' ',
            "'",
            '"',
            '\\',
            '$',
            '(',
            ')',
            '`',
            '|',
            '&',
            ';',
            '<',
            '>',
            '#',
            '{',
            '}',
            '\n',
            '2',
          ),
          { maxLength: 200 },
        ),
        (chars) => {
          const result = parseLine(chars.join(''));
          if (result.kind === 'list')
            for (const item of result.items)
              for (const c of item.pipeline.commands)
                expandWords(c.words, { variable: () => 'x y', substitute: () => 'a\nb' });
        },
      ),
      { numRuns: 3000 },
    );
    const start = performance.now();
    parseLine(`docker run ${'"a\\"b" '.repeat(15_000)}`);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
