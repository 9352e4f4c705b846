/**
 * The JavaScript a reader who types at once waits for, read from a build's vite manifest (built
 * with `--manifest`): the entry's static imports, then the chunk the session awaits before its
 * first line (`src/ui/app/deferred-modules.ts`, imported by `deferred.ts`) with its static imports.
 * Deterministic: the same build gives the same files.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The one dynamic import the session awaits before it runs the first line. */
export const DEFERRED_ENTRY = 'src/ui/app/deferred-modules.ts';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** The files (relative to the build) and their gzip -9 sizes. */
export interface JsSet {
  files: Record<string, number>;
  kib: number;
}

function measure(outDir: string, files: string[]): JsSet {
  const sizes: Record<string, number> = {};
  for (const f of files) sizes[f] = gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length;
  const kib = Object.values(sizes).reduce((a, b) => a + b, 0) / 1024;
  return { files: sizes, kib: Math.round(kib * 10) / 10 };
}

/** The JavaScript before ready (`initial`) and before the first command completes (`firstCommand`). */
export function firstCommandJs(outDir: string): { initial: JsSet; firstCommand: JsSet } {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const closure = (keys: string[], seen = new Set<string>()): Set<string> => {
    for (const k of keys) {
      if (seen.has(k) || !manifest[k]) continue;
      seen.add(k);
      closure(manifest[k].imports ?? [], seen);
    }
    return seen;
  };
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  const initial = closure(entries);
  if (!manifest[DEFERRED_ENTRY]) throw new Error(`${DEFERRED_ENTRY} is not a chunk of this build`);
  const before = closure([DEFERRED_ENTRY], new Set(initial));
  const js = (keys: Set<string>) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  return { initial: measure(outDir, js(initial)), firstCommand: measure(outDir, js(before)) };
}
