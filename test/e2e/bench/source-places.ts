/**
 * Names a sampled place of the built page by its source (`src/...ts:line` and the original name)
 * through the hidden source maps the bench builds, so a long task's functions read as our code.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { plainPlace, type CallFrame, type PlaceNamer } from './trace';

/** A namer over the source maps in `outDir/assets` (places without a map keep V8's names). */
export function sourcePlaces(outDir: string): PlaceNamer {
  const maps = new Map<string, SourceMapConsumer | undefined>();
  const mapOf = (file: string): SourceMapConsumer | undefined => {
    if (!maps.has(file)) {
      const path = join(outDir, 'assets', `${file}.map`);
      maps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : undefined);
    }
    return maps.get(file);
  };
  return (frame: CallFrame) => {
    const file = (frame.url ?? '').replace(/^.*\//, '');
    const map = file.endsWith('.js') ? mapOf(file) : undefined;
    if (!map) return plainPlace(frame);
    const at = map.originalPositionFor({ line: (frame.lineNumber ?? 0) + 1, column: frame.columnNumber ?? 0 });
    if (!at.source) return plainPlace(frame);
    const source = at.source.replace(/^.*?(node_modules\/|src\/)/, '$1');
    return `${at.name ?? frame.functionName ?? '(anonymous)'} ${source}:${at.line}`;
  };
}
