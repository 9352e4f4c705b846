/**
 * The seeded random source: the only source of chance in the model.
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): tiny state, good quality, and its
 * whole state is four numbers, so the world serializes and resumes the same sequence.
 */

/** The serializable state of a random source. */
export interface RandomState {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** Seeds a random source from a number or a string, the same way every time. */
export function seedRandom(seed: number | string): RandomState {
  let h = 1779033703 ^ String(seed).length;
  const text = String(seed);
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = (): number => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  const state = { a: next(), b: next(), c: next(), d: next() };
  for (let i = 0; i < 12; i++) nextUint32(state);
  return state;
}

/** Draws the next unsigned 32-bit integer, advancing the state in place. */
export function nextUint32(s: RandomState): number {
  const t = (((s.a + s.b) | 0) + s.d) | 0;
  s.d = (s.d + 1) | 0;
  s.a = s.b ^ (s.b >>> 9);
  s.b = (s.c + (s.c << 3)) | 0;
  s.c = (s.c << 21) | (s.c >>> 11);
  s.c = (s.c + t) | 0;
  return t >>> 0;
}

/** Draws an integer in [0, n). */
export function nextInt(s: RandomState, n: number): number {
  return Math.floor((nextUint32(s) / 4294967296) * n);
}

/** Draws `length` lowercase hex characters (moby's GenerateRandomID gives 64). */
export function nextHex(s: RandomState, length = 64): string {
  let out = '';
  while (out.length < length) out += nextUint32(s).toString(16).padStart(8, '0');
  return out.slice(0, length);
}
