/**
 * Variables in a Dockerfile, as BuildKit's shell lexer substitutes them in the words of ENV, ARG,
 * WORKDIR, COPY, LABEL, EXPOSE, USER, VOLUME and FROM: `$NAME`, `${NAME}`, `${NAME:-word}`,
 * `${NAME:+word}`; a variable not set stays as written when `keepUnset` (how step names show RUN).
 */

/** Substitutes the variables of `env` in `word`; quotes are removed unless `raw`. */
export function expandWord(
  word: string,
  env: Record<string, string>,
  options: { keepUnset?: boolean; raw?: boolean } = {},
): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === '\\' && quote !== "'" && i + 1 < word.length) {
      out += options.raw ? ch + word[i + 1] : word[i + 1];
      i++;
      continue;
    }
    if ((ch === '"' || ch === "'") && (quote === null || quote === ch)) {
      quote = quote ? null : ch;
      if (options.raw) out += ch;
      continue;
    }
    if (ch !== '$' || quote === "'") {
      out += ch;
      continue;
    }
    const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}/.exec(word.slice(i));
    const plain = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(word.slice(i));
    const m = braced ?? plain;
    if (!m) {
      out += ch;
      continue;
    }
    const name = m[1];
    const set = Object.prototype.hasOwnProperty.call(env, name);
    const value = set ? env[name] : undefined;
    const op = braced ? braced[2] : undefined;
    if (op === ':-' || op === '-')
      out += value !== undefined && (op === '-' || value !== '') ? value : (braced![3] ?? '');
    else if (op === ':+' || op === '+')
      out += value !== undefined && (op === '+' || value !== '') ? (braced![3] ?? '') : '';
    else if (value !== undefined) out += value;
    else if (options.keepUnset) out += m[0];
    i += m[0].length - 1;
  }
  return out;
}

/** `NAME=value` entries as a lookup (the later entry wins). */
export function envMap(entries: readonly string[] | null | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const e of entries ?? []) {
    const at = e.indexOf('=');
    if (at > 0) map[e.slice(0, at)] = e.slice(at + 1);
  }
  return map;
}

/** Sets `NAME=value` in an env list, in place of an earlier value (moby's addEnv). */
export function setEnv(entries: string[], name: string, value: string): string[] {
  const out = entries.filter((e) => !e.startsWith(`${name}=`) && e !== name);
  const at = entries.findIndex((e) => e.startsWith(`${name}=`));
  const entry = `${name}=${value}`;
  if (at >= 0) {
    const copy = [...entries];
    copy[at] = entry;
    return copy;
  }
  return [...out, entry];
}

/** Splits `k=v` words (ENV, LABEL, ARG) or the legacy `ENV k v` form into pairs, quotes removed. */
export function keyValues(
  args: readonly string[],
  env: Record<string, string>,
  legacy: boolean,
): Array<[string, string | undefined]> {
  if (legacy && args.length > 0 && !args[0].includes('=')) {
    return [[args[0], expandWord(args.slice(1).join(' '), env)]];
  }
  return args.map((word) => {
    const at = word.indexOf('=');
    if (at < 0) return [expandWord(word, env), undefined];
    return [expandWord(word.slice(0, at), env), expandWord(word.slice(at + 1), env)];
  });
}
