/**
 * The JavaScript a reader who types at once waits for, read from a build's vite manifest (built
 * with `--manifest`): the entry's static imports, then everything the deferred loader
 * (`src/ui/app/deferred.ts`, which the session awaits before its first line) imports, statically
 * or dynamically, with their static imports. Deterministic: the same build gives the same files.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
  const missing = DEFERRED_MODULES.filter((m) => ![...initial].some((k) => manifest[k].dynamicImports?.includes(m)));
  if (missing.length) throw new Error(`not imported dynamically by the initial chunks: ${missing.join(', ')}`);
  const before = closure(DEFERRED_MODULES, new Set(initial));
  const js = (keys: Set<string>) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  return { initial: measure(outDir, js(initial)), firstCommand: measure(outDir, js(before)) };
}

/**
 * What `loadDeferred` (src/ui/app/deferred.ts) imports before the first line runs, by source path:
 * keep in step with it (each must be a dynamic import of the initial chunks, and the e2e test runs
 * a first command with nothing else served).
 */
export const DEFERRED_MODULES = ['src/ui/app/shell-adapter.ts', 'src/model/registry/registries.ts'];
