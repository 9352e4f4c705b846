/**
 * Acceptance: every golden transcript replayed with `npm run sim` prints what
 * docs/reference/golden/expected.md shows, exact or lenient only where that file allows
 * (capture noise: the durations of the capture, absolute timestamps, the Runtimes order).
 */

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, readExpected, readScripts } from '../golden/expected';
import { compareTranscript } from '../golden/compare';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scripts = readScripts();
const expected = readExpected();

/** Runs the real command line once: `npm run --silent sim -- scripts.txt`, split into sections. */
function runSim(): Map<string, string> {
  const run = spawnSync('npm', ['run', '--silent', 'sim', '--', `${GOLDEN_DIR}scripts.txt`], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`npm run sim failed (${run.status}): ${run.stderr}`);
  const sections = new Map<string, string>();
  for (const section of run.stdout.split(/^#### /m).slice(1)) {
    const block = /```console\n([\s\S]*?)```/.exec(section);
    if (block) sections.set(section.split(/\s/, 1)[0], block[1]);
  }
  return sections;
}

describe('golden transcripts replayed with npm run sim', () => {
  const actual = runSim();

  it('replays all 38 golden transcripts', () => {
    expect(scripts).toHaveLength(38);
    expect([...actual.keys()]).toEqual(scripts.map((s) => s.id));
  });

  for (const script of scripts) {
    it(`${script.id} ${script.title}`, () => {
      const result = compareTranscript(expected.get(script.id) ?? '', actual.get(script.id) ?? '');
      expect(result.diff, `${script.id} differs:\n${actual.get(script.id)}`).toBe('');
    });
  }
});
