/**
 * Where a scenario file comes from: a dropped or chosen file, or `?src=<path>` on the page's own
 * origin. Each way in ends in the model's `parseScenario` or in a named problem the page can say in
 * words. No request ever leaves the page's origin: another origin is refused before any fetch, and
 * the fetch runs in `same-origin` mode, so a redirect elsewhere fails instead of being followed.
 */

import { parseScenario } from '../../model/scenario-files';
import type { Scenario } from '../../model';
import { MAX_SCENARIO_BYTES, SCENARIO_EXTENSIONS, type LoadFailure, type LoadProblem } from './load-problem';

export { MAX_SCENARIO_BYTES, SCENARIO_EXTENSIONS, type LoadFailure, type LoadProblem } from './load-problem';

/** How a load ended. */
export type LoadOutcome =
  | { ok: true; scenario: Scenario; fileName: string; /** The file's text as read. */ text: string }
  | { ok: false; failure: LoadFailure };

const fail = (fileName: string, problem: LoadProblem, source?: string): LoadOutcome => ({
  ok: false,
  failure: { fileName, problem, source },
});

/** Parses a scenario file's text (refusing more than MAX_SCENARIO_BYTES). */
export function loadScenarioText(text: string, fileName: string): LoadOutcome {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_BYTES) return fail(fileName, { kind: 'too-big', bytes });
  const result = parseScenario(text, fileName);
  return result.ok
    ? { ok: true, scenario: result.scenario, fileName, text }
    : fail(fileName, { kind: 'invalid', errors: result.errors }, text);
}

/** Whether a file name ends like a scenario file. */
export function isScenarioFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return SCENARIO_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Reads a dropped or chosen file: its name ending and size are checked before it is read. */
export async function loadScenarioFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<LoadOutcome> {
  if (!isScenarioFileName(file.name)) return fail(file.name, { kind: 'wrong-type' });
  if (file.size > MAX_SCENARIO_BYTES) return fail(file.name, { kind: 'too-big', bytes: file.size });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail(file.name, { kind: 'unreadable' });
  }
  return loadScenarioText(text, file.name);
}

/** The last segment of a URL's path, decoded when it can be (what the reader calls the file). */
function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? url.pathname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The same-origin address `src` names on the page at `pageUrl`, or the problem with it. */
export function resolveSource(
  src: string,
  pageUrl: string,
): { ok: true; url: URL } | { ok: false; problem: LoadProblem } {
  let url: URL;
  try {
    url = new URL(src, pageUrl);
  } catch {
    return { ok: false, problem: { kind: 'bad-address' } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: { kind: 'bad-address' } };
  const page = new URL(pageUrl);
  if (url.origin !== page.origin) return { ok: false, problem: { kind: 'other-origin', origin: url.origin } };
  return { ok: true, url };
}

/** Fetches and parses `?src=` (same origin only; see the file comment). */
export async function loadScenarioUrl(
  src: string,
  pageUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<LoadOutcome> {
  const where = resolveSource(src, pageUrl);
  if (!where.ok) return fail(src, where.problem);
  const fileName = fileNameOf(where.url);
  let response: Response;
  try {
    response = await fetchFn(where.url.href, {
      mode: 'same-origin',
      credentials: 'same-origin',
      redirect: 'follow',
      cache: 'no-cache',
    });
  } catch {
    return fail(fileName, { kind: 'network' });
  }
  if (!response.ok) return fail(fileName, { kind: 'http', status: response.status });
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > MAX_SCENARIO_BYTES) return fail(fileName, { kind: 'too-big', bytes: length });
  let text: string;
  try {
    text = await response.text();
  } catch {
    return fail(fileName, { kind: 'network' });
  }
  return loadScenarioText(text, fileName);
}
