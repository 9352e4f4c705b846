/**
 * The SCORM 1.2 run-time API as an LMS offers it to a SCO (a window property named `API`), and how a
 * SCO finds it. Followed (looked up with the project's search tool): ADL's SCORM 1.2 Run-Time
 * Environment (October 2001: the eight LMS… functions, string arguments and results, "true"/"false")
 * and the SCORM 1.2 API discovery algorithm of ADL's sample code (APIWrapper.js): look at the window,
 * then up its parents, giving up after 7 levels ("more than sufficient"), then the same from
 * `window.opener`.
 */

/** The LMS's API object (SCORM 1.2 RTE): every argument and result is a string. */
export interface Scorm12Api {
  LMSInitialize(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The window-like parts the search reads (a test passes plain objects). */
export interface ApiWindow {
  API?: unknown;
  parent?: ApiWindow | null;
  opener?: ApiWindow | null;
}

/** How many parents are climbed before giving up (ADL's discovery algorithm: 7, "more than sufficient"). */
export const MAX_PARENTS = 7;

/** Whether `value` has the functions a SCORM 1.2 API must have. */
function isApi(value: unknown): value is Scorm12Api {
  if (!value || typeof value !== 'object') return false;
  const api = value as Record<string, unknown>;
  return ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'].every(
    (name) => typeof api[name] === 'function',
  );
}

/** `win.API` when it is one; a window of another origin (which throws on access) has none. */
function apiOf(win: ApiWindow): Scorm12Api | undefined {
  try {
    return isApi(win.API) ? win.API : undefined;
  } catch {
    return undefined;
  }
}

/** The nearest API from `win` up its parents, at most MAX_PARENTS levels. */
function climb(win: ApiWindow): Scorm12Api | undefined {
  let at: ApiWindow = win;
  for (let level = 0; level <= MAX_PARENTS; level++) {
    const api = apiOf(at);
    if (api) return api;
    let parent: ApiWindow | null | undefined;
    try {
      parent = at.parent;
    } catch {
      return undefined;
    }
    if (!parent || parent === at) return undefined;
    at = parent;
  }
  return undefined;
}

/** Finds the LMS's SCORM 1.2 API for a SCO in `win`: its window and parents, then its opener's. */
export function findScormApi(win: ApiWindow): Scorm12Api | undefined {
  const found = climb(win);
  if (found) return found;
  let opener: ApiWindow | null | undefined;
  try {
    opener = win.opener;
  } catch {
    return undefined;
  }
  return opener ? climb(opener) : undefined;
}
