/**
 * Achievements, derived from the learner's progress alone (no account), and the token of the link
 * that shares them (`?achievements=<token>`): `A1.<base64url(JSON)>`, followed by `.<mac>` when the
 * learner is in a class (8 bytes of HMAC-SHA-256 under the class key, so that class's teacher can
 * check it; anyone else sees it as signed but unchecked). Without a class the link is plainly
 * unsigned. Pure.
 */

import type { ProgressEntry } from './progress-store';
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './base64url';
import { classId, cleanName } from './class-key';
import { hmacSha256, sameBytes } from '../../model';

/** What the rules read: the progress, and the course's lesson ids (the sandbox left out). */
export interface AchievementContext {
  entries: readonly ProgressEntry[];
  courseLessons: readonly string[];
}

/** An achievement's rule. */
interface Rule {
  id: string;
  earned: (c: AchievementContext) => boolean;
}

const done = (c: AchievementContext, kind: string) => c.entries.filter((e) => e.kind === kind);
const perfect = (e: ProgressEntry) => e.maxScore > 0 && e.score >= e.maxScore;
/** Every lesson of `ids` that the course has is done (and it has at least one). */
const lessonsDone = (ids: readonly string[]) => (c: AchievementContext) => {
  const wanted = ids.filter((id) => c.courseLessons.includes(id));
  const have = new Set(done(c, 'lesson').map((e) => e.id));
  return wanted.length > 0 && wanted.every((id) => have.has(id));
};

/** Every achievement, in the order the progress page shows them. */
export const ACHIEVEMENTS: readonly Rule[] = [
  { id: 'first-lesson', earned: (c) => done(c, 'lesson').length > 0 },
  { id: 'every-step', earned: (c) => done(c, 'lesson').some(perfect) },
  { id: 'data-keeper', earned: lessonsDone(['volumes', 'bind-mounts', 'container-volumes', 'backup-restore']) },
  { id: 'networker', earned: lessonsDone(['networks', 'mongo-network']) },
  // The course's build and push lessons (a build lesson counts once the course has one of these ids).
  { id: 'shipper', earned: lessonsDone(['build-first-image', 'layer-cache', 'push-and-run-elsewhere']) },
  { id: 'composer', earned: lessonsDone(['compose']) },
  { id: 'all-lessons', earned: (c) => lessonsDone(c.courseLessons)(c) },
  { id: 'first-challenge', earned: (c) => done(c, 'challenge').length > 0 },
  { id: 'five-challenges', earned: (c) => new Set(done(c, 'challenge').map((e) => e.id)).size >= 5 },
  { id: 'perfect-quiz', earned: (c) => done(c, 'quiz').some(perfect) },
];

/** The ids of the achievements earned, in ACHIEVEMENTS' order. */
export function earnedAchievements(c: AchievementContext): string[] {
  return ACHIEVEMENTS.filter((a) => a.earned(c)).map((a) => a.id);
}

/** What a shared link says. */
export interface SharedAchievements {
  name: string;
  /** Known achievement ids (unknown ones, from a newer page, are dropped). */
  ids: string[];
  /** ms since the epoch, whole seconds. */
  sharedAt: number;
  /** The class that signed it, when signed. */
  classId?: string;
  className?: string;
  signed: boolean;
}

const PREFIX = 'A1';
const MAC_BYTES = 8;

/** The token sharing `ids` as `name`'s, signed when a class is given. */
export function achievementsToken(
  name: string,
  ids: readonly string[],
  sharedAt: number,
  cls?: { name: string; key: Uint8Array },
): string {
  const body: Record<string, unknown> = { n: cleanName(name), a: ids, t: Math.floor(sharedAt / 1000) };
  if (cls) Object.assign(body, { c: classId(cls.key), cn: cls.name });
  const payload = toBase64Url(utf8(JSON.stringify(body)));
  return cls ? `${PREFIX}.${payload}.${toBase64Url(macOf(cls.key, payload))}` : `${PREFIX}.${payload}`;
}

/** The achievements in a token, or undefined when it cannot be read. */
export function readAchievementsToken(token: string): SharedAchievements | undefined {
  const parts = token.trim().split('.');
  if (parts[0] !== PREFIX || parts.length < 2 || parts.length > 3) return undefined;
  const bytes = fromBase64Url(parts[1]);
  const text = bytes && fromUtf8(bytes);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text ?? '') as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const { n, a, t, c, cn } = body ?? {};
  if (typeof n !== 'string' || !cleanName(n) || !Array.isArray(a) || typeof t !== 'number') return undefined;
  const signed = parts.length === 3;
  if (signed && (typeof c !== 'string' || typeof cn !== 'string')) return undefined;
  const known = new Set(ACHIEVEMENTS.map((r) => r.id));
  return {
    name: cleanName(n),
    ids: a.filter((id): id is string => typeof id === 'string' && known.has(id)),
    sharedAt: t * 1000,
    ...(signed ? { classId: c as string, className: cn as string } : {}),
    signed,
  };
}

/** Whether a signed token's MAC is right under `key` (false for an unsigned one). */
export function achievementsSignedBy(token: string, key: Uint8Array): boolean {
  const parts = token.trim().split('.');
  const mac = parts.length === 3 ? fromBase64Url(parts[2]) : undefined;
  return !!mac && sameBytes(mac, macOf(key, parts[1]));
}

function macOf(key: Uint8Array, payload: string): Uint8Array {
  return hmacSha256(key, utf8(`${PREFIX}.${payload}`)).slice(0, MAC_BYTES);
}
