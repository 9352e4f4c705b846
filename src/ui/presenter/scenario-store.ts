/**
 * Scenario files kept in localStorage for teacher mode: a file opened by drag and drop (or the file
 * button) has no address, so the player's Present button stores its text under
 * `pelabuhan.scenario.<hash>` and opens `?scenario=local:<hash>&mode=present`. The presenter and
 * its audience windows (same origin, so the same localStorage) read the same text back and replay
 * the same world. At most MAX_STORED_SCENARIOS files of at most MAX_STORED_CHARS characters are
 * kept; the oldest stored is removed first. Never throws: a storage that refuses says so.
 */

/** The localStorage key prefix. */
export const STORE_PREFIX = 'pelabuhan.scenario.';
/** How many scenario files are kept at once. */
export const MAX_STORED_SCENARIOS = 4;
/** The longest text kept (characters; the built-in lessons are about 10 000). */
export const MAX_STORED_CHARS = 256 * 1024;

/** What is stored under a key. */
interface Stored {
  v: 1;
  /** When it was (last) stored, ms since the epoch: the oldest goes first. */
  at: number;
  text: string;
}

/** How storing ended. */
export type StoreOutcome = { ok: true; hash: string } | { ok: false; reason: 'too-big' | 'unavailable' };

/** A 64-bit hash of `text` (two 32-bit lanes, cyrb53's mixing) as 16 hex digits: a name, not a secret. */
export function scenarioHash(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** The key a hash is stored under. */
export function storeKey(hash: string): string {
  return `${STORE_PREFIX}${hash}`;
}

function readEntry(storage: Storage, key: string): Stored | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { v, at, text } = value as Record<string, unknown>;
    return v === 1 && typeof at === 'number' && typeof text === 'string' ? { v, at, text } : undefined;
  } catch {
    return undefined;
  }
}

/** The keys of the stored scenarios, oldest first (unreadable entries first of all). */
function storedKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(STORE_PREFIX)) keys.push(key);
  }
  const at = (key: string) => readEntry(storage, key)?.at ?? -Infinity;
  return keys.sort((a, b) => at(a) - at(b) || a.localeCompare(b));
}

/** Stores `text` (again: storing refreshes its age), evicting the oldest others to stay within the limits. */
export function storeScenario(storage: Storage | undefined, text: string, now: number = Date.now()): StoreOutcome {
  if (text.length > MAX_STORED_CHARS) return { ok: false, reason: 'too-big' };
  if (!storage) return { ok: false, reason: 'unavailable' };
  const hash = scenarioHash(text);
  const key = storeKey(hash);
  const value = JSON.stringify({ v: 1, at: now, text } satisfies Stored);
  try {
    const others = storedKeys(storage).filter((k) => k !== key);
    for (const old of others.slice(0, Math.max(0, others.length - (MAX_STORED_SCENARIOS - 1)))) storage.removeItem(old);
    try {
      storage.setItem(key, value);
    } catch {
      // Full: make room by removing the other stored scenarios (never the reader's session), once.
      for (const old of storedKeys(storage).filter((k) => k !== key)) storage.removeItem(old);
      storage.setItem(key, value);
    }
    return { ok: true, hash };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

/** The text stored under `hash`, or undefined when it is not there (never stored, evicted, damaged). */
export function readStoredScenario(storage: Storage | undefined, hash: string): string | undefined {
  if (!storage || !/^[0-9a-f]{16}$/.test(hash)) return undefined;
  try {
    const entry = readEntry(storage, storeKey(hash));
    // A text that no longer hashes to its key was changed by hand: not the scenario the link named.
    return entry && scenarioHash(entry.text) === hash ? entry.text : undefined;
  } catch {
    return undefined;
  }
}

/** The page's localStorage, or undefined when the browser refuses it. */
export function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
