/**
 * Compares a transcript with a golden one as expected.md defines it: exact, with random IDs and
 * generated names standing in consistently (c1c1… containers, a1a1… networks, f1f1… volumes,
 * e1e1… endpoints, <NAME1>…), and lenient only for the capture's noise: "Less than a second" /
 * "1 second" / "2 seconds", absolute timestamps, the order of the `Runtimes:` words, and spacing.
 */

/** The outcome of a comparison. */
export interface Comparison {
  ok: boolean;
  /** True when every line matched without the lenient rules. */
  exact: boolean;
  /** Line-by-line report of the lines that differ (empty when ok). */
  diff: string;
  /** Lines that only matched leniently. */
  lenientLines: number;
}

const STAND_IN = /([acef][1-9])(?:\1){31}(?![0-9a-f])|([acef][1-9])(?:\2){5}(?![0-9a-f])|<NAME(\d+)>/g;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds a matcher for one expected line: its stand-ins become capture groups. */
function lineMatcher(expected: string): { regex: RegExp; keys: Array<{ key: string; length: number }> } {
  const keys: Array<{ key: string; length: number }> = [];
  let pattern = '';
  let last = 0;
  for (const m of expected.matchAll(STAND_IN)) {
    pattern += escapeRegex(expected.slice(last, m.index));
    if (m[3]) {
      keys.push({ key: `NAME${m[3]}`, length: 0 });
      pattern += '([a-z]+_[a-z]+\\d?|[0-9a-f]{12})';
    } else {
      const pair = m[1] ?? m[2];
      keys.push({ key: pair, length: m[0].length });
      pattern += `([0-9a-f]{${m[0].length}})`;
    }
    last = (m.index ?? 0) + m[0].length;
  }
  pattern += escapeRegex(expected.slice(last));
  return { regex: new RegExp(`^${pattern}$`), keys };
}

const NOISE: Array<[RegExp, string]> = [
  [/\b(Less than a second|1 second|2 seconds)( ago)/g, '<RECENT>$2'],
  [/\bUp (Less than a second|1 second|2 seconds)\b/g, 'Up <RECENT>'],
  [/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z| \+0000 UTC)/g, '<TIME>'],
];

/** The lenient form of a line: capture noise replaced, spacing collapsed, runtimes sorted. */
function lenient(line: string): string {
  let out = line;
  for (const [re, by] of NOISE) out = out.replace(re, by);
  const runtimes = /^( Runtimes:) (.*)$/.exec(out);
  if (runtimes) out = `${runtimes[1]} ${runtimes[2].split(' ').sort().join(' ')}`;
  return out.replace(/ {2,}/g, ' ').trimEnd();
}

/** Compares `actual` with the golden `expected` body. */
export function compareTranscript(expected: string, actual: string): Comparison {
  const e = expected.replace(/\n$/, '').split('\n');
  const a = actual.replace(/\n$/, '').split('\n');
  const bindings = new Map<string, string>();
  const problems: string[] = [];
  let lenientLines = 0;

  const bind = (keys: Array<{ key: string; length: number }>, values: string[]): string | null => {
    for (let i = 0; i < keys.length; i++) {
      const { key } = keys[i];
      const value = key.startsWith('NAME') ? values[i] : values[i].slice(0, 12);
      const known = bindings.get(key);
      if (known !== undefined && known !== value) return `${key} was ${known}, here ${value}`;
      for (const [otherKey, otherValue] of bindings) {
        if (otherKey !== key && otherValue === value && otherKey[0] === key[0])
          return `${key} and ${otherKey} are both ${value}`;
      }
      bindings.set(key, value);
    }
    return null;
  };

  const count = Math.max(e.length, a.length);
  for (let i = 0; i < count; i++) {
    const want = e[i];
    const got = a[i];
    if (want === undefined || got === undefined) {
      problems.push(`line ${i + 1}:\n  expected: ${want ?? '(nothing)'}\n  actual:   ${got ?? '(nothing)'}`);
      continue;
    }
    const exact = lineMatcher(want);
    const m = exact.regex.exec(got);
    if (m) {
      const clash = bind(exact.keys, m.slice(1));
      if (clash) problems.push(`line ${i + 1}: inconsistent stand-in: ${clash}`);
      continue;
    }
    const loose = lineMatcher(lenient(want));
    const lm = loose.regex.exec(lenient(got));
    if (lm) {
      lenientLines++;
      const clash = bind(loose.keys, lm.slice(1));
      if (clash) problems.push(`line ${i + 1}: inconsistent stand-in: ${clash}`);
      continue;
    }
    problems.push(`line ${i + 1}:\n  expected: ${JSON.stringify(want)}\n  actual:   ${JSON.stringify(got)}`);
  }
  return {
    ok: problems.length === 0,
    exact: problems.length === 0 && lenientLines === 0,
    diff: problems.join('\n'),
    lenientLines,
  };
}
