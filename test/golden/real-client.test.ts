/**
 * Fidelity: every golden transcript, run with the real docker client against our engine, prints
 * what docs/reference/golden/expected.md shows (exact, or lenient only where that file allows).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExpected, readScripts } from './expected';
import { compareTranscript } from './compare';
import { hasDockerClient, runScriptWithRealClient, startEngineForClient, type RealClientEngine } from './real-client';
import { renderTranscript } from '../../src/model/transcript/render';
import { dockerClientNeed, reportNeed } from '../machine-needs';

const scripts = readScripts();
const expected = readExpected();
const available = hasDockerClient();
const required = process.env.CI === 'true';
if (!available)
  console.warn(
    `docker client not installed: the ${scripts.length} real-client golden tests are SKIPPED` +
      (required ? '' : ' (set CI=true to make that a failure)'),
  );

describe('golden transcripts with the real docker client', () => {
  let engine: RealClientEngine;
  beforeAll(async () => {
    if (available) engine = await startEngineForClient('1');
  });
  afterAll(async () => {
    await engine?.close();
  });

  reportNeed(dockerClientNeed());

  it('reads all 38 golden transcripts', () => {
    expect(scripts).toHaveLength(38);
    for (const s of scripts) expect(expected.has(s.id), s.id).toBe(true);
  });

  for (const script of scripts) {
    it.runIf(available)(`${script.id} ${script.title}`, async () => {
      let actual = renderTranscript(await runScriptWithRealClient(script, engine));
      let result = compareTranscript(expected.get(script.id) ?? '', actual);
      if (!result.ok) {
        // The real client is a separate process on a shared, loaded machine; one replay on a fresh
        // engine tells a one-off glitch of that process from a real difference, which repeats.
        console.warn(`${script.id}: differed once, replaying:\n${result.diff}`);
        actual = renderTranscript(await runScriptWithRealClient(script, engine));
        result = compareTranscript(expected.get(script.id) ?? '', actual);
      }
      expect(result.diff, `${script.id} differs:\n${actual}`).toBe('');
      if (!result.exact)
        console.info(`${script.id}: ${result.lenientLines} line(s) matched only leniently (capture noise)`);
    });
  }
});
