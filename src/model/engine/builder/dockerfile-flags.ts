/**
 * An instruction's `--flags` as BuildKit checks them (moby/buildkit v0.22.0
 * frontend/dockerfile/instructions/bflag.go): only the flags the instruction declares, each once
 * (a strings flag such as `--mount` may repeat), with a value where one is needed.
 */

import { suggestMatch } from './suggest';

/** What kind of value a declared flag takes. */
export type FlagKind = 'bool' | 'string' | 'strings';

/** The flags used: each string/bool flag's value, each strings flag's values. */
export interface ParsedFlags {
  values: Record<string, string>;
  lists: Record<string, string[]>;
}

/** Checks the flags written against those declared; the error is BuildKit's text (BFlags.Parse). */
export function parseFlags(args: string[], declared: Record<string, FlagKind>): ParsedFlags {
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const used = new Set<string>();
  for (const a of args) {
    if (a === '--') break;
    if (!a.startsWith('--')) throw new Error(`arg should start with -- : ${a}`);
    const eq = a.indexOf('=');
    const flagName = eq < 0 ? a : a.slice(0, eq);
    const value = eq < 0 ? '' : a.slice(eq + 1);
    const name = flagName.slice(2);
    const kind = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (!kind) {
      const match = suggestMatch(name, Object.keys(declared), true);
      throw new Error(`unknown flag: ${flagName}${match ? ` (did you mean ${match}?)` : ''}`);
    }
    if (used.has(name) && kind !== 'strings') throw new Error(`duplicate flag specified: ${flagName}`);
    used.add(name);
    if (kind === 'bool') {
      if (eq >= 0 && value === '') throw new Error(`missing a value on flag: ${flagName}`);
      const v = value.toLowerCase();
      if (v !== 'true' && v !== '' && v !== 'false') {
        throw new Error(`expecting boolean value for flag ${flagName}, not: ${value}`);
      }
      values[name] = v === 'false' ? 'false' : 'true';
    } else {
      if (eq < 0) throw new Error(`missing a value on flag: ${flagName}`);
      if (kind === 'string') values[name] = value;
      else (lists[name] ??= []).push(value);
    }
  }
  return { values, lists };
}
