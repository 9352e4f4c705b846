/**
 * Saving and restoring the session (world, terminal history and transcript, API log) in
 * localStorage. A saved session that cannot be read is reported and replaced, never trusted: the
 * page must always come up.
 */

import { deserializeWorld, type World } from '../../model/world/world-base';
import type { ApiExchange, TranscriptBlock } from './session-types';

/** The key the session is saved under. */
export const SESSION_KEY = 'pelabuhan.session';

/** The version of the saved-session format written by this page. */
export const SESSION_FORMAT = 1;

/** What a session looks like in storage. */
interface SavedSession {
  format: number;
  world: string;
  history: string[];
  transcript: TranscriptBlock[];
  apiLog: ApiExchange[];
  nextId: number;
  lastFacts?: unknown[];
  lesson?: unknown;
}

/** A restored session's parts. */
export interface RestoredSession {
  world: World;
  history: string[];
  transcript: TranscriptBlock[];
  apiLog: ApiExchange[];
  nextId: number;
  /** What the explanation panel showed (facts, shown in the reader's language). */
  lastFacts?: unknown[];
  /** The open lesson's position (checked by the lesson code before it is used). */
  lesson?: unknown;
}

/** The outcome of reading the saved session. */
export type LoadOutcome =
  | { kind: 'none' }
  | { kind: 'restored'; session: RestoredSession }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'outdated'; detail: string };

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function isBlock(v: unknown): v is TranscriptBlock {
  const b = v as TranscriptBlock;
  return !!b && typeof b.id === 'number' && typeof b.line === 'string' && isStringArray(b.output);
}

function isExchange(v: unknown): v is ApiExchange {
  const e = v as ApiExchange;
  return (
    !!e &&
    typeof e.id === 'number' &&
    typeof e.method === 'string' &&
    typeof e.path === 'string' &&
    typeof e.status === 'number'
  );
}

/** Reads and checks the saved session; anything unreadable comes back as `corrupt` or `outdated`. */
export function loadSession(storage: Storage | undefined): LoadOutcome {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(SESSION_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let saved: SavedSession;
  try {
    saved = JSON.parse(raw) as SavedSession;
  } catch {
    return { kind: 'corrupt', detail: 'not JSON' };
  }
  if (!saved || typeof saved !== 'object') return { kind: 'corrupt', detail: 'not an object' };
  if (saved.format !== SESSION_FORMAT) {
    return typeof saved.format === 'number' && saved.format < SESSION_FORMAT
      ? { kind: 'outdated', detail: `format ${saved.format}` }
      : { kind: 'corrupt', detail: `unknown format ${String(saved.format)}` };
  }
  if (typeof saved.world !== 'string') return { kind: 'corrupt', detail: 'no world' };
  if (!isStringArray(saved.history) || !Array.isArray(saved.transcript) || !Array.isArray(saved.apiLog)) {
    return { kind: 'corrupt', detail: 'missing parts' };
  }
  if (!saved.transcript.every(isBlock) || !saved.apiLog.every(isExchange) || typeof saved.nextId !== 'number') {
    return { kind: 'corrupt', detail: 'damaged parts' };
  }
  let world: World;
  try {
    world = deserializeWorld(saved.world);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /format version/.test(message)
      ? { kind: 'outdated', detail: message }
      : { kind: 'corrupt', detail: message };
  }
  if (!Object.values(world.state.hosts).every((h) => h && h.daemon && h.images && h.containers && h.layers)) {
    return { kind: 'corrupt', detail: 'damaged host' };
  }
  return {
    kind: 'restored',
    session: {
      world,
      history: saved.history,
      transcript: saved.transcript,
      apiLog: saved.apiLog,
      nextId: saved.nextId,
      lesson: saved.lesson !== null && typeof saved.lesson === 'object' ? saved.lesson : undefined,
      lastFacts: Array.isArray(saved.lastFacts)
        ? saved.lastFacts.filter((f) => !!f && typeof (f as { kind?: unknown }).kind === 'string')
        : [],
    },
  };
}

/** Writes the session; a full or forbidden storage is ignored (the page keeps working). */
export function saveSession(
  storage: Storage | undefined,
  world: string,
  parts: Omit<RestoredSession, 'world'>,
): boolean {
  const saved: SavedSession = { format: SESSION_FORMAT, world, ...parts };
  try {
    storage?.setItem(SESSION_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the saved session. */
export function clearSession(storage: Storage | undefined): void {
  try {
    storage?.removeItem(SESSION_KEY);
  } catch {
    // Nothing to do: storage is unavailable.
  }
}
