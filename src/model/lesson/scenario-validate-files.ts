/**
 * Files a scenario puts on the client's machine: `start.files` (path to text) and the step action
 * `{ file: { path, content } }`. Paths are relative to /home/user unless absolute.
 */

import { isMap, isScalar, type Node } from 'yaml';
import type { StepAction } from './scenario';
import {
  childPath,
  describe,
  fail,
  optional,
  readMap,
  readText,
  report,
  type ReadContext,
  type Slot,
} from './scenario-reader';

const PATH_WORDS = "a file path ('Dockerfile', 'site/index.html' or absolute), not ending in '/', without '..'";

/** Whether a path names a file the machine can hold. */
function validPath(path: string): boolean {
  return path.trim() !== '' && !path.endsWith('/') && !path.includes('\0') && !path.split('/').includes('..');
}

function readPath(ctx: ReadContext, slot: Slot): string | undefined {
  const value = readText(ctx, slot, { singleLine: true });
  if (value === undefined) return undefined;
  return validPath(value) ? value : fail(ctx, slot, `must be ${PATH_WORDS}; got '${value}'`);
}

/** `start.files`: a map of path to text. */
export function readFiles(ctx: ReadContext, slot: Slot): Record<string, string> | undefined {
  const node = slot.node;
  if (!node || !isMap(node)) return fail(ctx, slot, `must be a map of file path to text; got ${describe(node)}`);
  const files: Record<string, string> = {};
  for (const pair of node.items) {
    const key = pair.key as Node | null;
    const path = key && isScalar(key) && typeof key.value === 'string' ? key.value : undefined;
    if (path === undefined || !validPath(path)) {
      report(ctx, key ?? node, slot.path, `each key must be ${PATH_WORDS}; got ${describe(key)}`);
      continue;
    }
    const content = readText(
      ctx,
      { node: pair.value as Node | null, anchor: key, path: childPath(slot.path, path) },
      {
        empty: true,
      },
    );
    if (content !== undefined) files[path] = content;
  }
  return files;
}

/** The `file` action: `{ path, content }`. */
export function readFileAction(ctx: ReadContext, slot: Slot): StepAction | undefined {
  const f = readMap(ctx, slot, { required: ['path', 'content'] });
  if (!f) return undefined;
  const path = optional(f, 'path', (s) => readPath(ctx, s));
  const content = optional(f, 'content', (s) => readText(ctx, s, { empty: true }));
  return path !== undefined && content !== undefined ? { file: { path, content } } : undefined;
}
