/** Reads docs/reference/golden/expected.md: each transcript's console body, by ID. */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScripts, type Script } from '../../src/model/transcript/script-format';

/** The golden transcripts, copied into the repo from the shared reference (docs/reference/README.md). */
export const GOLDEN_DIR = fileURLToPath(new URL('../../docs/reference/golden/', import.meta.url));

/** Every transcript body of expected.md by ID (`G01` → the lines inside its console block). */
export function readExpected(): Map<string, string> {
  const text = readFileSync(`${GOLDEN_DIR}expected.md`, 'utf8');
  const bodies = new Map<string, string>();
  const sections = text.split(/^#### /m).slice(1);
  for (const section of sections) {
    const id = section.split(/\s/, 1)[0];
    const block = /```console\n([\s\S]*?)```/.exec(section);
    if (block) bodies.set(id, block[1]);
  }
  return bodies;
}

/** Every script of scripts.txt. */
export function readScripts(): Script[] {
  return parseScripts(readFileSync(`${GOLDEN_DIR}scripts.txt`, 'utf8')).scripts;
}
