/**
 * The messages between the presenter and its audience windows over a BroadcastChannel. The
 * presenter sends the lesson controller's snapshot (lesson, step, stage, applied lines, blank),
 * which scenario that is (a built-in lesson's id, a same-origin `src` path or the hash of a file kept
 * in localStorage: `scenario-ref.ts`) and its language; the audience rebuilds the same world by deterministic replay,
 * so no world is
 * ever sent. Anything that does not decode to a well-formed message is ignored (another tab,
 * another version, a hand-made post).
 */

import { validateScenarioRef, type ScenarioRef } from './scenario-ref';

/** The protocol version; a message of another version is ignored. */
export const SYNC_VERSION = 1;

/** The stages of a step, as the lesson controller names them. */
export const STAGES = ['before', 'predict', 'after'] as const;

/** One stage of a step. */
export type Stage = (typeof STAGES)[number];

/** Where the presenter is: enough to rebuild the same world by replay (the controller's snapshot). */
export interface SyncSnapshot {
  lesson: string;
  step: number;
  stage: Stage;
  /** Lines applied on top of the step (typed by the presenter), in order. */
  lines: string[];
  blank?: boolean;
}

/** A message on the channel. */
export type SyncMessage =
  | { v: typeof SYNC_VERSION; type: 'hello' }
  | { v: typeof SYNC_VERSION; type: 'state'; snapshot: SyncSnapshot; lang: 'en' | 'id'; source: ScenarioRef }
  | { v: typeof SYNC_VERSION; type: 'bye' };

/** Limits that keep a hostile or broken message from costing the audience a long replay. */
const MAX_LINES = 500;
const MAX_LINE = 4000;
const MAX_STEP = 999;
const ID = /^[a-z0-9-]{1,64}$/;

/** The name of the BroadcastChannel for a channel id (the id comes from the audience URL). */
export function channelName(channel: string): string {
  return `pelabuhan-present-${channel}`;
}

/** Whether a channel id is well formed (hex from `newChannelId`, or any short URL-safe word). */
export function isChannelId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{4,64}$/.test(value);
}

/** The audience's greeting: it asks the presenter for the current state. */
export function helloMessage(): SyncMessage {
  return { v: SYNC_VERSION, type: 'hello' };
}

/** The presenter's state message; `source` names the scenario (a built-in lesson, the snapshot's, by default). */
export function stateMessage(
  snapshot: SyncSnapshot,
  lang: 'en' | 'id',
  source: ScenarioRef = { kind: 'lesson', id: snapshot.lesson },
): SyncMessage {
  return {
    v: SYNC_VERSION,
    type: 'state',
    snapshot: { ...snapshot, lines: [...snapshot.lines] },
    lang,
    source: { ...source },
  };
}

/** The presenter says it is gone (its page closed). */
export function byeMessage(): SyncMessage {
  return { v: SYNC_VERSION, type: 'bye' };
}

/** A message as posted: plain JSON text, so nothing but data crosses (no structured-clone surprises). */
export function encodeMessage(message: SyncMessage): string {
  return JSON.stringify(message);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A snapshot checked field by field, or undefined if any field is wrong. */
export function validateSnapshot(value: unknown): SyncSnapshot | undefined {
  if (!isRecord(value)) return undefined;
  const { lesson, step, stage, lines, blank } = value;
  if (typeof lesson !== 'string' || !ID.test(lesson)) return undefined;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > MAX_STEP) return undefined;
  if (typeof stage !== 'string' || !(STAGES as readonly string[]).includes(stage)) return undefined;
  if (!Array.isArray(lines) || lines.length > MAX_LINES) return undefined;
  if (!lines.every((l): l is string => typeof l === 'string' && l.length <= MAX_LINE)) return undefined;
  if (blank !== undefined && typeof blank !== 'boolean') return undefined;
  return { lesson, step, stage: stage as Stage, lines: [...lines], ...(blank === undefined ? {} : { blank }) };
}

/** Decodes a posted message; undefined for anything malformed (it is then ignored). */
export function decodeMessage(data: unknown): SyncMessage | undefined {
  let value: unknown = data;
  if (typeof data === 'string') {
    if (data.length > MAX_LINES * MAX_LINE) return undefined;
    try {
      value = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  if (!isRecord(value) || value.v !== SYNC_VERSION) return undefined;
  if (value.type === 'hello') return helloMessage();
  if (value.type === 'bye') return byeMessage();
  if (value.type !== 'state') return undefined;
  const snapshot = validateSnapshot(value.snapshot);
  if (!snapshot || (value.lang !== 'en' && value.lang !== 'id')) return undefined;
  // No source: a built-in lesson (as before sources were sent); a malformed one: the message is ignored.
  const source =
    value.source === undefined ? { kind: 'lesson' as const, id: snapshot.lesson } : validateScenarioRef(value.source);
  if (!source) return undefined;
  return stateMessage(snapshot, value.lang, source);
}

/** A fresh channel id: 16 random hex digits from the page's crypto (UI only, never the model). */
export function newChannelId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return Array.from(random(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}
