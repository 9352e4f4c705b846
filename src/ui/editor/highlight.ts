/**
 * A tiny syntax highlighter for the file editor: Dockerfile and YAML, line by line, into tokens the
 * editor draws as text in classed spans. It only colours; the parsers decide what is wrong.
 */

/** What a token is, for its colour; undefined is plain text. */
export type TokenKind = 'keyword' | 'comment' | 'string' | 'variable' | 'flag' | 'key' | 'punct' | undefined;

/** A run of text of one kind. */
export interface Token {
  text: string;
  kind: TokenKind;
}

/** The languages the editor colours. */
export type Language = 'dockerfile' | 'yaml' | 'plain';

/** The language of a file by its name: Dockerfile, *.dockerfile, Dockerfile.*, *.yml, *.yaml. */
export function languageOf(path: string): Language {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === 'dockerfile' || name.startsWith('dockerfile.') || name.endsWith('.dockerfile')) return 'dockerfile';
  if (name.endsWith('.yml') || name.endsWith('.yaml')) return 'yaml';
  return 'plain';
}

const KEYWORDS =
  'FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|' +
  'HEALTHCHECK|SHELL';
const INSTRUCTION = new RegExp(`^(\\s*)(${KEYWORDS})(?=\\s|$)`, 'i');

/** Splits the rest of a line into strings, $variables, --flags and plain text. */
function words(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /("(?:[^"\\]|\\.)*"?|'[^']*'?)|(\$\{[^}]*\}?|\$[A-Za-z_][A-Za-z0-9_]*)|((?<=^|\s)--?[A-Za-z][\w-]*(?:=\S*)?)/g;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) tokens.push({ text: text.slice(at, m.index), kind: undefined });
    tokens.push({ text: m[0], kind: m[1] ? 'string' : m[2] ? 'variable' : 'flag' });
    at = m.index + m[0].length;
  }
  if (at < text.length) tokens.push({ text: text.slice(at), kind: undefined });
  return tokens;
}

function dockerfileLine(line: string, continued: boolean): Token[] {
  if (/^\s*#/.test(line) && !continued) return [{ text: line, kind: 'comment' }];
  const m = continued ? null : INSTRUCTION.exec(line);
  if (!m) return words(line);
  const rest = line.slice(m[0].length);
  const as = /^(.*\s)(AS)(\s+\S+\s*)$/i.exec(rest);
  const head: Token[] = [
    { text: m[1], kind: undefined },
    { text: m[2], kind: 'keyword' },
  ];
  if (m[2].toUpperCase() === 'FROM' && as)
    return [...head, ...words(as[1]), { text: as[2], kind: 'keyword' }, { text: as[3], kind: undefined }];
  return [...head, ...words(rest)];
}

function yamlLine(line: string): Token[] {
  if (/^\s*#/.test(line)) return [{ text: line, kind: 'comment' }];
  const m = /^(\s*(?:- )?)([^\s:#'"][^:#]*?|"[^"]*"|'[^']*')(:)(?=\s|$)(.*)$/.exec(line);
  const comment = (rest: string): Token[] => {
    const hash = rest.search(/\s#/);
    if (hash < 0) return words(rest);
    return [...words(rest.slice(0, hash)), { text: rest.slice(hash), kind: 'comment' }];
  };
  if (!m) {
    const dash = /^(\s*-)(.*)$/.exec(line);
    return dash ? [{ text: dash[1], kind: 'punct' }, ...comment(dash[2])] : comment(line);
  }
  return [
    { text: m[1], kind: m[1].includes('-') ? 'punct' : undefined },
    { text: m[2], kind: 'key' },
    { text: m[3], kind: 'punct' },
    ...comment(m[4]),
  ];
}

/** The tokens of each line of `text` in `language`. */
export function highlightLines(text: string, language: Language): Token[][] {
  const lines = text.split('\n');
  if (language === 'plain') return lines.map((line) => [{ text: line, kind: undefined }]);
  if (language === 'yaml') return lines.map(yamlLine);
  let continued = false;
  return lines.map((line) => {
    const tokens = dockerfileLine(line, continued);
    // A backslash at the end continues the instruction (the default escape character).
    continued = /\\\s*$/.test(line) && !(!continued && /^\s*#/.test(line));
    return tokens.filter((t) => t.text !== '');
  });
}
