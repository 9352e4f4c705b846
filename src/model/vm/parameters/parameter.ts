/**
 * A model parameter as data: its default, plausible range, unit, where the number comes from and
 * how sure we are of it. Values are stored in the unit the reference writes them in
 * (`docs/reference/vm-container-model.md`), so each row can be checked against its source.
 */

/** How solid a number is: [M]easured, [D]ocumented, [I]nformal, [C]laim, our [E]stimate. */
export type Flag = 'M' | 'D' | 'I' | 'C' | 'E';

/** What each confidence flag means, as the reference defines it. */
export const FLAG_MEANINGS: Record<Flag, string> = {
  M: 'measured and published (peer-reviewed paper, or a spec that CI enforces)',
  D: 'official documentation or registry metadata',
  I: 'informal measurement (blog, issue, forum, one-author preprint)',
  C: 'claim or rule of thumb with no published method',
  E: 'our own estimate or modelling assumption',
};

/** The units parameters are written in. */
export type Unit =
  | 'ms'
  | 's'
  | 'B'
  | 'kB'
  | 'MB'
  | 'GB'
  | 'MiB'
  | 'GiB'
  | 'MB/s'
  | 'cores'
  | 'CPU-s'
  | 'factor'
  | 'fraction'
  | 'per core per s';

/** One parameter of the model. */
export interface Parameter {
  /** Stable snake_case id, as the reference names it where it does. */
  id: string;
  /** A short English label (the page localises by id). */
  label: string;
  /** The default, in `unit`. */
  value: number;
  /** The plausible range, in `unit`; an override outside it is refused. */
  range: readonly [number, number];
  unit: Unit;
  /** Confidence flags, strongest first (e.g. `['I', 'E']` for "[I]/[E]"). */
  flags: readonly Flag[];
  /** Where the number comes from: the reference's section and its citation, in brief. */
  source: string;
}

const SCALE: Record<Unit, number> = {
  ms: 1,
  s: 1000,
  B: 1,
  kB: 1e3,
  MB: 1e6,
  GB: 1e9,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  'MB/s': 1e6,
  cores: 1,
  'CPU-s': 1000,
  factor: 1,
  fraction: 1,
  'per core per s': 1,
};

/** Converts a value in `unit` to the model's base unit: ms for times (CPU-s too), bytes, bytes/s. */
export function toBaseUnit(value: number, unit: Unit): number {
  return value * SCALE[unit];
}

/** Formats flags as the reference writes them: `[I]/[E]`. */
export function formatFlags(flags: readonly Flag[]): string {
  return flags.map((f) => `[${f}]`).join('/');
}

/** Builds a parameter row; a compact constructor keeps the data files readable as tables. */
export function param(
  id: string,
  label: string,
  value: number,
  range: readonly [number, number],
  unit: Unit,
  flags: readonly Flag[],
  source: string,
): Parameter {
  return { id, label, value, range, unit, flags, source };
}
