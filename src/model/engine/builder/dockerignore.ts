/**
 * `.dockerignore` as the docker client reads and applies it before it sends a build context
 * (moby/patternmatcher v0.6.0 ignorefile/ignorefile.go and patternmatcher.go, docker/cli's
 * TrimBuildFilesFromExcludes): `#` comments, `*`, `?`, `[…]`, `**` across directories, `!` exceptions
 * (the last matching line wins), a leading `/` meaning the context root, and a directory's pattern
 * covering everything in it. The Dockerfile and `.dockerignore` are still sent.
 */

/** Go's path.Clean: the shortest equivalent slash path. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

/** The patterns of a `.dockerignore` file's text, cleaned as the client cleans them (ignorefile.ReadAll). */
export function readDockerignore(text: string): string[] {
  const patterns: string[] = [];
  text.split('\n').forEach((raw, i) => {
    let line = i === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    line = line.replace(/\r$/, '');
    // A comment is a line starting with `#` before any trimming.
    if (line.startsWith('#')) return;
    let pattern = line.trim();
    if (pattern === '') return;
    const invert = pattern[0] === '!';
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern[0] === '/') pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  });
  return patterns;
}

interface Pattern {
  exclusion: boolean;
  cleaned: string;
  dirs: string[];
  test: (path: string) => boolean;
}

const ESCAPE = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

/** One pattern as patternmatcher compiles it: exact, prefix (`dir/**`), suffix (`**\/x`) or a regular expression. */
function compile(cleaned: string): (path: string) => boolean {
  let re = '^';
  let kind: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  const chars = Array.from(cleaned);
  for (let i = 0, k = 0; k < chars.length; i++) {
    const ch = chars[k++];
    if (ch === '*') {
      if (chars[k] === '*') {
        k++;
        if (chars[k] === '/') k++;
        if (k >= chars.length) {
          if (kind === 'exact') kind = 'prefix';
          else {
            re += '.*';
            kind = 'regexp';
          }
        } else {
          re += '(.*/)?';
          kind = 'regexp';
        }
        if (i === 0) kind = 'suffix';
      } else {
        re += '[^/]*';
        kind = 'regexp';
      }
    } else if (ch === '?') {
      re += '[^/]';
      kind = 'regexp';
    } else if (ESCAPE.has(ch)) re += `\\${ch}`;
    else if (ch === '\\') {
      if (k < chars.length) {
        re += `\\${chars[k++]}`;
        kind = 'regexp';
      } else re += '\\\\';
    } else if (ch === '[' || ch === ']') {
      re += ch;
      kind = 'regexp';
    } else re += ch;
  }
  if (kind === 'exact') return (path) => path === cleaned;
  if (kind === 'prefix') return (path) => path.startsWith(cleaned.slice(0, -2));
  if (kind === 'suffix') {
    const suffix = cleaned.slice(2);
    return (path) => path.endsWith(suffix) || (suffix[0] === '/' && path === suffix.slice(1));
  }
  let regexp: RegExp;
  try {
    regexp = new RegExp(`${re}$`);
  } catch {
    return () => false;
  }
  return (path) => regexp.test(path);
}

/** Go's filepath.Match syntax check: an unclosed or empty `[` class or a trailing `\` is a bad pattern. */
function badPattern(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') {
      if (i + 1 >= p.length) return true;
      i++;
    } else if (p[i] === '[') {
      let j = i + 1;
      if (p[j] === '^') j++;
      if (p[j] === ']') return true;
      while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1;
      if (j >= p.length) return true;
      i = j;
    }
  }
  return false;
}

/** The patterns compiled, or the error the client gives for them (`syntax error in pattern`). */
export function compileDockerignore(
  patterns: string[],
): { ok: true; patterns: Pattern[] } | { ok: false; error: string } {
  const out: Pattern[] = [];
  for (const raw of patterns) {
    let p = raw.trim();
    if (p === '') continue;
    p = cleanPath(p);
    let exclusion = false;
    if (p[0] === '!') {
      if (p.length === 1) return { ok: false, error: 'illegal exclusion pattern: "!"' };
      exclusion = true;
      p = p.slice(1);
    }
    if (badPattern(p)) return { ok: false, error: 'syntax error in pattern' };
    out.push({ exclusion, cleaned: p, dirs: p.split('/'), test: compile(p) });
  }
  return { ok: true, patterns: out };
}

function matches(patterns: Pattern[], file: string, anyParent: boolean): boolean {
  let matched = false;
  const at = file.lastIndexOf('/');
  const parent = at < 0 ? '.' : file.slice(0, at) || '/';
  const parentDirs = parent.split('/');
  for (const pattern of patterns) {
    // Only an exception can undo a match, and only a plain pattern can make one.
    if (pattern.exclusion !== matched) continue;
    let match = pattern.test(file);
    if (!match && parent !== '.') {
      if (anyParent) {
        for (let i = 0; i < parentDirs.length && !match; i++)
          match = pattern.test(parentDirs.slice(0, i + 1).join('/'));
      } else if (pattern.dirs.length <= parentDirs.length) {
        match = pattern.test(parentDirs.slice(0, pattern.dirs.length).join('/'));
      }
    }
    if (match) matched = !pattern.exclusion;
  }
  return matched;
}

/** Whether a path as given (not cleaned) or one of its parents matches (PatternMatcher.MatchesOrParentMatches). */
export function matchesOrParentMatches(patterns: string[], file: string): boolean {
  const compiled = compileDockerignore(patterns);
  return compiled.ok && matches(compiled.patterns, file, true);
}

/**
 * Whether a context path (`src/app.js`, no leading `./`) is left out by the patterns: the path or one
 * of its parent directories matches, and no later `!` line takes it back. Bad patterns leave nothing
 * out; `compileDockerignore` gives their error.
 */
export function ignoredBy(patterns: string[]): (path: string) => boolean {
  const compiled = compileDockerignore(patterns);
  if (!compiled.ok) return () => false;
  return (path) => {
    const file = cleanPath(path.replace(/^\/+/, ''));
    return file !== '.' && matches(compiled.patterns, file, true);
  };
}

/**
 * The patterns the client really applies: a Dockerfile or `.dockerignore` that the patterns would
 * leave out gets a `!` line of its own, because the daemon needs them (TrimBuildFilesFromExcludes).
 */
export function contextExcludes(patterns: string[], dockerfile = 'Dockerfile'): string[] {
  const compiled = compileDockerignore(patterns);
  if (!compiled.ok) return patterns;
  const out = [...patterns];
  if (matches(compiled.patterns, '.dockerignore', false)) out.push('!.dockerignore');
  if (matches(compiled.patterns, cleanPath(dockerfile), false)) out.push(`!${dockerfile}`);
  return out;
}
