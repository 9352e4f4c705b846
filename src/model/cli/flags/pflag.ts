// spf13/pflag's parser as the docker CLI uses it: `--flag=value`, `--flag value`, combined
// shorthands (`-it`, `-dp 8080:80`, `-fvalue`), `--` ending the flags, and (for run, create and
// the root command) no flags after the first argument. Values are checked as they are set, so
// the first bad value stops parsing, with pflag's own error texts.
import { goQuote } from '../format/go-quote';
import { escapeRune } from '../format/go-quote';
import { utf8Bytes } from '../format/go-value';
import { checkFlagValue } from './flag-values';

/** A flag a command accepts. `type` is pflag's type name as help shows it ('bool' for switches). */
export interface FlagDef {
  long: string;
  short: string;
  type: string;
  /** The shorthand still works but prints pflag's deprecation notice (docker's `-h` for help). */
  shorthandDeprecated?: string;
}

/** The values given for each flag (by long name), in order. */
export class FlagValues {
  constructor(private readonly values: Map<string, string[]>) {}

  /** Whether the flag was given at all. */
  changed(long: string): boolean {
    return this.values.has(long);
  }

  /** The last value of a boolean flag (pflag keeps the last), false when not given. */
  bool(long: string): boolean {
    const v = this.values.get(long);
    if (!v) return false;
    return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v[v.length - 1]);
  }

  /** The last value of a string flag, or `fallback`. */
  string(long: string, fallback = ''): string {
    const v = this.values.get(long);
    return v ? v[v.length - 1] : fallback;
  }

  /** Every value of a repeatable (list) flag. */
  list(long: string): string[] {
    return this.values.get(long) ?? [];
  }

  /** The last value of an integer flag (already validated), or `fallback`. */
  int(long: string, fallback: number): number {
    const v = this.values.get(long);
    if (!v) return fallback;
    const text = v[v.length - 1].replace(/_/g, '');
    const n = /^[+-]?0[0-7]+$/.test(text) ? parseInt(text, 8) : Number(text.replace(/^([+-]?)0o/i, '$10o'));
    return Number.isFinite(n) ? n : fallback;
  }
}

/** The result of parsing a command's arguments. */
export type FlagParse =
  | { ok: true; flags: FlagValues; args: string[]; notices: string[] }
  | { ok: false; error: string };

/** How pflag names a flag in `invalid argument` errors: "-n, --last" or "--last". */
function flagName(def: FlagDef): string {
  return def.short && !def.shorthandDeprecated ? `-${def.short}, --${def.long}` : `--${def.long}`;
}

/** Go's %q of the string's first byte (pflag indexes bytes, so "é" shows as 'Ã'). */
function quoteFirstByte(text: string): string {
  const byte = utf8Bytes(text)[0] ?? 0;
  return `'${escapeRune(byte, 0x27)}'`;
}

/** Parses `args` against `defs` the way pflag's FlagSet.Parse does. */
export function parseFlags(args: readonly string[], defs: readonly FlagDef[], interspersed: boolean): FlagParse {
  const byLong = new Map(defs.map((d) => [d.long, d]));
  const byShort = new Map(defs.filter((d) => d.short).map((d) => [d.short, d]));
  const values = new Map<string, string[]>();
  const notices: string[] = [];
  const positional: string[] = [];

  const set = (def: FlagDef, value: string): string | undefined => {
    const problem = checkFlagValue(def.type, def.long, value);
    if (problem !== undefined)
      return `invalid argument ${goQuote(value)} for ${goQuote(flagName(def))} flag: ${problem}`;
    const list = values.get(def.long) ?? [];
    list.push(value);
    values.set(def.long, list);
    return undefined;
  };

  let rest = [...args];
  while (rest.length > 0) {
    const s = rest.shift()!;
    if (s.length < 2 || s[0] !== '-') {
      if (!interspersed) {
        positional.push(s, ...rest);
        break;
      }
      positional.push(s);
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        positional.push(...rest);
        break;
      }
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') return { ok: false, error: `bad flag syntax: ${s}` };
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : body;
      const def = byLong.get(name);
      if (!def) return { ok: false, error: `unknown flag: --${name}` };
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (def.type === 'bool') value = 'true';
      else if (rest.length > 0) value = rest.shift()!;
      else return { ok: false, error: `flag needs an argument: ${s}` };
      const problem = set(def, value);
      if (problem) return { ok: false, error: problem };
      continue;
    }
    // A group of shorthands; each one after the first sees the same remaining arguments (pflag).
    let shorts = s.slice(1);
    while (shorts.length > 0) {
      const c = shorts[0];
      const def = byShort.get(c);
      if (!def) return { ok: false, error: `unknown shorthand flag: ${quoteFirstByte(shorts)} in -${shorts}` };
      let value: string;
      if (shorts.length > 2 && shorts[1] === '=') {
        value = shorts.slice(2);
        shorts = '';
      } else if (def.type === 'bool') {
        value = 'true';
        shorts = shorts.slice(1);
      } else if (shorts.length > 1) {
        value = shorts.slice(1);
        shorts = '';
      } else if (rest.length > 0) {
        value = rest.shift()!;
        shorts = '';
      } else {
        return { ok: false, error: `flag needs an argument: '${c}' in -${shorts}` };
      }
      if (def.shorthandDeprecated)
        notices.push(`Flag shorthand -${def.short} has been deprecated, ${def.shorthandDeprecated}`);
      const problem = set(def, value);
      if (problem) return { ok: false, error: problem };
    }
  }
  return { ok: true, flags: new FlagValues(values), args: positional, notices };
}
