/**
 * The printable transcript handout: one self-contained HTML document (no script, no external
 * resource; a Content-Security-Policy says so to the browser too) with the lesson's title, each
 * step's narration in the reader's language, and each command with its output as the terminal
 * printed it. Every piece of text is escaped here, in one place. Pure: a model in, a string out.
 */

/** One command as the terminal showed it. */
export interface HandoutCommand {
  line: string;
  /** The terminal's lines of its output. */
  output: string[];
  exitCode: number;
}

/** One step of the handout. */
export interface HandoutSection {
  title: string;
  /** Paragraphs before the commands. */
  before: string[];
  commands: HandoutCommand[];
  /** Paragraphs after them. */
  after: string[];
}

/** The words around the content, in the handout's language. */
export interface HandoutWords {
  /** "Step 3: …" */
  step: (n: number, title: string) => string;
  /** "exit code 1" */
  exitCode: (code: number) => string;
  /** The footer line naming where it came from. */
  source: string;
  /** A hint shown on screen only: how to print. */
  printHint: string;
}

/** Everything the handout shows. */
export interface Handout {
  lang: 'en' | 'id';
  title: string;
  summary: string;
  sections: HandoutSection[];
  words: HandoutWords;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const STYLE =
  `
  :root { color-scheme: light; }
  body { font: 11pt/1.5 system-ui, 'Segoe UI', 'Liberation Sans', 'DejaVu ` +
  `Sans', Arial, sans-serif; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { ` +
  `font-size: 20pt; margin: 0 0 0.3rem; }
  h2 { font-size: 13pt; margin: 1.4rem 0 0.4rem; break-after: avoid; ` +
  `page-break-after: avoid; }
  p { margin: 0 0 0.5rem; orphans: 3; widows: 3; }
  .summary { color: #333; }
  ` +
  `.hint { background: #eef4f6; border: 1px solid #b9cdd3; padding: 0.4rem 0.6rem; border-radius: 4px; }
  pre { ` +
  `font: 9.5pt/1.35 ui-monospace, 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace; ` +
  `white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 8;
        background: #f4f6f8; border: 1px solid ` +
  `#c4ccd4; border-left: 4px solid #0a6672; border-radius: 4px; padding: 0.45rem 0.6rem; margin: 0 0 0.6rem; }
  ` +
  `.cmd { font-weight: 700; }
  .exit { color: #8a1c12; font-size: 9pt; margin: -0.4rem 0 0.6rem; }
  footer { ` +
  `margin-top: 2rem; border-top: 1px solid #ccc; padding-top: 0.4rem; font-size: 9pt; color: #444; }
  @page { ` +
  `margin: 16mm 14mm; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10.5pt; }
    .hint { ` +
  `display: none; }
    pre { break-inside: avoid; page-break-inside: avoid; background: none; }
    section { ` +
  `break-before: auto; }
    h1 + .summary { margin-bottom: 1rem; }
  }
`;

/** The handout as a complete HTML document. */
export function handoutHtml(h: Handout): string {
  const e = escapeHtml;
  const paragraphs = (ps: string[]) => ps.map((p) => `<p>${e(p)}</p>`).join('\n');
  const command = (c: HandoutCommand) => {
    const out = c.output.length ? `\n${c.output.map(e).join('\n')}` : '';
    const exit = c.exitCode !== 0 ? `\n<p class="exit">${e(h.words.exitCode(c.exitCode))}</p>` : '';
    return `<pre><span class="cmd">$ ${e(c.line)}</span>${out}</pre>${exit}`;
  };
  const sections = h.sections
    .map(
      (s, i) =>
        `<section>\n<h2>${e(h.words.step(i + 1, s.title))}</h2>\n${paragraphs(s.before)}\n` +
        `${s.commands.map(command).join('\n')}\n${paragraphs(s.after)}\n</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${h.lang === 'id' ? 'id' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(h.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(h.title)}</h1>
${h.summary ? `<p class="summary">${e(h.summary)}</p>` : ''}
<p class="hint">${e(h.words.printHint)}</p>
</header>
<main>
${sections}
</main>
<footer>${e(h.words.source)}</footer>
</body>
</html>
`;
}

/** The file name a handout is saved as when it cannot open in a new tab. */
export function handoutFileName(id: string): string {
  return `${id}.handout.html`;
}
