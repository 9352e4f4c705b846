/**
 * Which scenario teacher mode presents, as the URL and the sync messages name it: a built-in lesson
 * (`?lesson=images`), a file on the page's own origin (`?src=lessons/mine.yaml`), or a file opened in
 * the normal page and kept in this browser's localStorage under a hash of its text
 * (`?scenario=local:<16 hex>`, see `scenario-store.ts`). Pure and tiny: `main.ts` reads it at boot.
 */

/** A scenario the presenter can name to its audience windows. */
export type ScenarioRef =
  | { kind: 'lesson'; id: string }
  | { kind: 'src'; src: string }
  | { kind: 'local'; hash: string };

/** A built-in lesson's id (as the scenario format allows, and short). */
export const LESSON_ID = /^[a-z0-9-]{1,64}$/;
/** The hash of a stored scenario's text: 16 hex digits. */
export const LOCAL_HASH = /^[0-9a-f]{16}$/;
/** The longest `src=` path the page takes. */
export const MAX_SRC = 2048;
/** The `scenario=` value's prefix for a scenario kept in localStorage. */
const LOCAL_PREFIX = 'local:';

/**
 * Whether `src` is a path the page could ask for: short, no control characters (the origin is checked when it loads).
 */
export function isSrcPath(src: unknown): src is string {
  // eslint-disable-next-line no-control-regex
  return typeof src === 'string' && src.length > 0 && src.length <= MAX_SRC && !/[\u0000-\u001f\u007f]/.test(src);
}

/** A reference checked field by field (as it arrives in a sync message), or undefined. */
export function validateScenarioRef(value: unknown): ScenarioRef | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (v.kind === 'lesson' && typeof v.id === 'string' && LESSON_ID.test(v.id)) return { kind: 'lesson', id: v.id };
  if (v.kind === 'src' && isSrcPath(v.src)) return { kind: 'src', src: v.src };
  if (v.kind === 'local' && typeof v.hash === 'string' && LOCAL_HASH.test(v.hash))
    return { kind: 'local', hash: v.hash };
  return undefined;
}

/**
 * The scenario a query string names: `src=` first, then `scenario=local:<hash>`, then `lesson=`.
 * A `scenario=` that is not a well-formed local reference still comes back (as `local` with what
 * was given), so the presenter can say it is not stored rather than silently list the lessons.
 */
export function readScenarioRef(params: URLSearchParams): ScenarioRef | undefined {
  const src = params.get('src');
  if (src && isSrcPath(src)) return { kind: 'src', src };
  const scenario = params.get('scenario');
  if (scenario)
    return {
      kind: 'local',
      hash: scenario.startsWith(LOCAL_PREFIX)
        ? scenario.slice(LOCAL_PREFIX.length).slice(0, 64)
        : scenario.slice(0, 64),
    };
  const lesson = params.get('lesson');
  return lesson ? { kind: 'lesson', id: lesson } : undefined;
}

/** The query parameter that names `ref` (the inverse of `readScenarioRef`). */
export function scenarioRefParam(ref: ScenarioRef): [string, string] {
  switch (ref.kind) {
    case 'lesson':
      return ['lesson', ref.id];
    case 'src':
      return ['src', ref.src];
    case 'local':
      return ['scenario', `${LOCAL_PREFIX}${ref.hash}`];
  }
}

/** A stable key for a reference (two windows name the same scenario when their keys are equal). */
export function scenarioRefKey(ref: ScenarioRef): string {
  return scenarioRefParam(ref).join('=');
}
