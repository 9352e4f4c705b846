/**
 * Reads parameter values for one run (defaults with the run's overrides) and remembers which
 * parameters it read, so every result can cite exactly the numbers it was computed from.
 */

import { toBaseUnit } from './parameters/parameter';
import { getParameter } from './parameters/index';

/** A reader of parameter values that records what it read. */
export interface ParamReader {
  /** The value in the model's base unit (ms for times and CPU work, bytes, bytes/s), recorded as cited. */
  get(id: string): number;
  /** The ids read so far, in first-read order. */
  readonly cited: readonly string[];
  /** A reader over the same values with its own, empty citation list. */
  fork(): ParamReader;
}

/** Creates a reader; `overrides` are in each parameter's own unit and must already be validated. */
export function createReader(overrides: Readonly<Record<string, number>> = {}): ParamReader {
  const cited: string[] = [];
  return {
    get(id) {
      const parameter = getParameter(id);
      if (!cited.includes(id)) cited.push(id);
      return toBaseUnit(overrides[id] ?? parameter.value, parameter.unit);
    },
    cited,
    fork: () => createReader(overrides),
  };
}
