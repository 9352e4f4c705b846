/**
 * Saving and restoring the session (world, terminal history, the command records) in
 * localStorage. A saved session that cannot be read is reported and replaced, never trusted: the
 * page must always come up. Sessions saved before the one record (format 1: a transcript of screen
 * lines and an API log) are still read, as records (`legacy-session.ts`).
 */

import { deserializeWorld, type World } from '../../model';
import type { CommandRecord } from '../../model/client';
import { compactForStorage } from './record-log';
import { isLegacySession, recordsOfLegacy } from './legacy-session';

/** The key the session is saved under. */
export const SESSION_KEY = 'pelabuhan.session';

/** The version of the saved-session format written by this page. */
export const SESSION_FORMAT = 2;

/** What a session looks like in storage. */
interface SavedSession {
  format: number;
  world: string;
  history: string[];
  records: CommandRecord[];
  /** The terminal shows records from this id on (Ctrl+L and `clear` move it). */
  shownFrom: number;
  nextId: number;
  lastFacts?: unknown[];
  lesson?: unknown;
}

/** A restored session's parts. */
export interface RestoredSession {
  world: World;
  history: string[];
  records: CommandRecord[];
  shownFrom: number;
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

function isExchange(v: unknown): boolean {
  const e = v as CommandRecord['exchanges'][number];
  return (
    !!e &&
    typeof e.id === 'number' &&
    typeof e.method === 'string' &&
    typeof e.path === 'string' &&
    typeof e.status === 'number'
  );
}

function isRecord(v: unknown): v is CommandRecord {
  const r = v as CommandRecord;
  return (
    !!r &&
    typeof r.id === 'number' &&
    typeof r.line === 'string' &&
    typeof r.cols === 'number' &&
    Array.isArray(r.chunks) &&
    r.chunks.every((c) => !!c && typeof c.text === 'string' && typeof c.at === 'number') &&
    Array.isArray(r.exchanges) &&
    r.exchanges.every(isExchange) &&
    Array.isArray(r.events)
  );
}

/** The parts of a saved session of this format, or why they cannot be read. */
function partsOf(saved: SavedSession): Omit<SavedSession, 'format' | 'world'> | string {
  if (isLegacySession(saved)) return recordsOfLegacy(saved) ?? 'damaged parts';
  if (saved.format !== SESSION_FORMAT) return `unknown format ${String(saved.format)}`;
  if (!isStringArray(saved.history) || !Array.isArray(saved.records)) return 'missing parts';
  if (!saved.records.every(isRecord) || typeof saved.nextId !== 'number' || typeof saved.shownFrom !== 'number')
    return 'damaged parts';
  return saved;
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
  if (typeof saved.format === 'number' && saved.format < 1)
    return { kind: 'outdated', detail: `format ${saved.format}` };
  if (typeof saved.world !== 'string') return { kind: 'corrupt', detail: 'no world' };
  const parts = partsOf(saved);
  if (typeof parts === 'string') return { kind: 'corrupt', detail: parts };
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
      history: parts.history,
      records: parts.records,
      shownFrom: parts.shownFrom,
      nextId: parts.nextId,
      lesson: saved.lesson !== null && typeof saved.lesson === 'object' ? saved.lesson : undefined,
      lastFacts: Array.isArray(saved.lastFacts)
        ? saved.lastFacts.filter((f) => !!f && typeof (f as { kind?: unknown }).kind === 'string')
        : [],
    },
  };
}

/**
 * Each record's stored JSON, made once: records never change once finished, and a session keeps up
 * to hundreds of them (a `ps -a` of 1,000 containers is 150 KB), so a save stringifies only the world.
 */
const storedJson = new WeakMap<CommandRecord, string>();

function recordJson(record: CommandRecord): string {
  let json = storedJson.get(record);
  if (json === undefined) storedJson.set(record, (json = JSON.stringify(compactForStorage(record))));
  return json;
}

/** Writes the session; a full or forbidden storage is ignored (the page keeps working). */
export function saveSession(
  storage: Storage | undefined,
  world: string,
  parts: Omit<RestoredSession, 'world'>,
): boolean {
  const { records, ...rest } = parts;
  const saved: Omit<SavedSession, 'records'> = { format: SESSION_FORMAT, world, ...rest };
  const head = JSON.stringify(saved);
  try {
    storage?.setItem(SESSION_KEY, `${head.slice(0, -1)},"records":[${records.map(recordJson).join(',')}]}`);
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
