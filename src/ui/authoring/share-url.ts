/**
 * Share links: `?lesson=images&step=3&lang=id` (step 1-based, as people count), and for the sandbox
 * `&log=<encoded lines>` (share-log.ts), so whoever opens the link replays the same lines from the
 * same seed and sees the same world. A lesson loaded with `?src=` keeps its `src`. Pure: strings in,
 * strings out; the page supplies its own address.
 */

import { decodeLog, encodeLog, type LogProblem } from './share-log';

/** The lesson whose share link carries the command log. */
export const SANDBOX_LESSON = 'sandbox';

/** What a share link says. */
export interface ShareState {
  lesson: string;
  /** 0-based. */
  step: number;
  lang: 'en' | 'id';
  /** The sandbox's applied lines. */
  lines?: readonly string[];
  /** A scenario file's same-origin address (`?src=`), kept so the link opens the same file. */
  src?: string;
}

/** A share link, or why the log could not go in one. */
export type ShareLink = { ok: true; url: string } | { ok: false; problem: LogProblem };

/** The share link for `state`, on the page at `pageUrl` (its query and hash are replaced). */
export function shareLink(pageUrl: string, state: ShareState): ShareLink {
  const url = new URL(pageUrl);
  const params = new URLSearchParams();
  if (state.src) params.set('src', state.src);
  params.set('lesson', state.lesson);
  params.set('step', String(state.step + 1));
  params.set('lang', state.lang);
  if (state.lesson === SANDBOX_LESSON && state.lines) {
    const log = encodeLog(state.lines);
    if (!log.ok) return log;
    params.set('log', log.value);
  }
  url.search = params.toString();
  url.hash = '';
  return { ok: true, url: url.toString() };
}

/** The shared sandbox log of a query string: absent, its lines, or what is wrong with it. */
export type SharedLog =
  | { kind: 'none' }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'problem'; problem: LogProblem };

/** Reads `log=` from a query string (`location.search`). */
export function readSharedLog(search: string): SharedLog {
  const value = new URLSearchParams(search).get('log');
  if (value === null) return { kind: 'none' };
  const decoded = decodeLog(value);
  return decoded.ok ? { kind: 'lines', lines: decoded.lines } : { kind: 'problem', problem: decoded.problem };
}

/**
 * The position a share link asks for, for `LessonController.restore`: step (0-based, from the
 * 1-based `step=`) and, for the sandbox, its lines (an unreadable log gives none: the page says why,
 * see `<sim-scenario-errors>`).
 */
export function sharedPosition(search: string): { lesson?: string; step: number; lines: string[] } {
  const params = new URLSearchParams(search);
  const lesson = params.get('lesson') || undefined;
  const n = Number(params.get('step'));
  const step = Number.isInteger(n) && n >= 1 ? n - 1 : 0;
  const log = lesson === SANDBOX_LESSON ? readSharedLog(search) : { kind: 'none' as const };
  return { lesson, step, lines: log.kind === 'lines' ? log.lines : [] };
}
