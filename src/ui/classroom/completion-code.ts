/**
 * Completion codes: one per finished lesson, challenge or quiz, signed with the class key so the
 * teacher's page can check it with no server. Text form `PB1.<base64url(payload ‖ mac)>`; the
 * payload is binary to keep the code short enough to type from a phone (about 80 characters):
 *
 *   class id (4 bytes) · kind (1) · finishedAt in seconds (4, unsigned) · score (2) · maxScore (2) ·
 *   scenario hash (8) · id length (1) + id (UTF-8) · learner length (1) + learner (UTF-8)
 *
 * and the MAC is the first 8 bytes of HMAC-SHA-256(class key, "PB1" ‖ payload). Pure.
 */

import type { ScenarioKind } from '../../model/index';
import type { ProgressEntry } from './progress-store';
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './base64url';
import { classIdBytes, cleanName } from './class-key';
import { hmacSha256, sameBytes } from '../../model';

/** The version prefix of codes this page makes. */
export const CODE_PREFIX = 'PB1';
/** Bytes of MAC kept. */
const MAC_BYTES = 8;
/** The kinds in the order the format numbers them (fixed: a code's meaning never changes). */
const KINDS: readonly ScenarioKind[] = ['lesson', 'challenge', 'quiz'];
/** A code finished later than this after the verifier's clock is "from the future" (clocks drift). */
export const FUTURE_SLACK_MS = 10 * 60 * 1000;

/** What a code says, once verified. */
export interface CodeClaim {
  learner: string;
  kind: ScenarioKind;
  id: string;
  scenarioHash: string;
  score: number;
  maxScore: number;
  /** ms since the epoch, whole seconds. */
  finishedAt: number;
}

/** Why a code was refused. */
export type CodeProblem = 'malformed' | 'version' | 'class' | 'mac' | 'future';

/** A verification's outcome. */
export type CodeCheck = { ok: true; claim: CodeClaim } | { ok: false; problem: CodeProblem };

/** The code of `entry` done by `learner`, signed with the class `key`. */
export function signCode(entry: ProgressEntry, learner: string, key: Uint8Array): string {
  const payload = encodePayload(classIdBytes(key), {
    learner: cleanName(learner),
    kind: entry.kind,
    id: entry.id,
    scenarioHash: entry.scenarioHash,
    score: entry.score,
    maxScore: entry.maxScore,
    finishedAt: entry.finishedAt,
  });
  return `${CODE_PREFIX}.${toBase64Url(concat(payload, mac(key, payload)))}`;
}

/**
 * Checks a code against the class `key`: its form, version, class, MAC and time, in that order
 * (white space inside the code is ignored: it may have been typed in groups).
 */
export function verifyCode(text: string, key: Uint8Array, now: number): CodeCheck {
  const code = text.replace(/\s+/g, '');
  const dot = code.indexOf('.');
  if (dot < 0) return { ok: false, problem: 'malformed' };
  const prefix = code.slice(0, dot);
  if (prefix !== CODE_PREFIX) return { ok: false, problem: /^PB\d+$/i.test(prefix) ? 'version' : 'malformed' };
  const bytes = fromBase64Url(code.slice(dot + 1));
  if (!bytes || bytes.length < MAC_BYTES + 23) return { ok: false, problem: 'malformed' };
  const payload = bytes.slice(0, bytes.length - MAC_BYTES);
  const claim = decodePayload(payload);
  if (!claim) return { ok: false, problem: 'malformed' };
  if (!sameBytes(payload.slice(0, 4), classIdBytes(key))) return { ok: false, problem: 'class' };
  if (!sameBytes(bytes.slice(payload.length), mac(key, payload))) return { ok: false, problem: 'mac' };
  if (claim.finishedAt > now + FUTURE_SLACK_MS) return { ok: false, problem: 'future' };
  return { ok: true, claim };
}

/**
 * The codes in a pasted text: each `PB<digits>.<letters>` run, or else each non-empty line (so a
 * broken line is still reported rather than dropped).
 */
export function splitCodes(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.flatMap((line) => {
    const found = line.match(/PB\d+\.[A-Za-z0-9_-]+/gi);
    return found && found.join('').length >= line.replace(/\s+/g, '').length - 2 * found.length ? found : [line];
  });
}

function mac(key: Uint8Array, payload: Uint8Array): Uint8Array {
  return hmacSha256(key, concat(utf8(CODE_PREFIX), payload)).slice(0, MAC_BYTES);
}

function encodePayload(id: Uint8Array, c: CodeClaim): Uint8Array {
  const idBytes = utf8(c.id).slice(0, 255);
  const learnerBytes = utf8(c.learner).slice(0, 255);
  const head = new Uint8Array(21);
  const view = new DataView(head.buffer);
  head.set(id, 0);
  head[4] = Math.max(0, KINDS.indexOf(c.kind));
  view.setUint32(5, Math.floor(c.finishedAt / 1000));
  view.setUint16(9, clamp16(c.score));
  view.setUint16(11, clamp16(c.maxScore));
  head.set(hashBytes(c.scenarioHash), 13);
  return concat(head, [idBytes.length], idBytes, [learnerBytes.length], learnerBytes);
}

function decodePayload(p: Uint8Array): CodeClaim | undefined {
  const view = new DataView(p.buffer, p.byteOffset, p.byteLength);
  const kind = KINDS[p[4]];
  const idLength = p[21];
  const learnerAt = 22 + idLength;
  if (!kind || learnerAt >= p.length || learnerAt + 1 + p[learnerAt] !== p.length) return undefined;
  const id = fromUtf8(p.slice(22, learnerAt));
  const learner = fromUtf8(p.slice(learnerAt + 1));
  const score = view.getUint16(9);
  const maxScore = view.getUint16(11);
  if (!id || !learner || score > maxScore) return undefined;
  const scenarioHash = [...p.slice(13, 21)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { learner, kind, id, scenarioHash, score, maxScore, finishedAt: view.getUint32(5) * 1000 };
}

/** A 16-hex-digit scenario hash as 8 bytes (anything else hashes to zeros: the code still says its id). */
function hashBytes(hex: string): Uint8Array {
  const out = new Uint8Array(8);
  if (/^[0-9a-f]{16}$/.test(hex)) for (let i = 0; i < 8; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function clamp16(n: number): number {
  return Math.max(0, Math.min(0xffff, Math.round(n)));
}

function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
