/**
 * The two clients agree: every golden script (and each of test/cli/scripts/) replayed with the simulated docker client
 * prints what
 * the real docker 28.2.2 client prints against our engine (`npm run engine`) with the same seed,
 * random IDs included. Only capture noise may differ (the real client reads the wall clock, so
 * "Less than a second ago" can be "1 second ago"), as the golden comparator's lenient rules allow.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScripts } from '../golden/expected';
import { parseScripts } from '../../src/model/transcript/script-format';
import { compareTranscript } from '../golden/compare';
import {
  hasDockerClient,
  runScriptWithRealClient,
  startEngineForClient,
  type RealClientEngine,
} from '../golden/real-client';
import { renderTranscript } from '../../src/model/transcript/render';
import { runScriptWithSimulator } from '../../tools/sim';
import { dockerClientNeed, reportNeed } from '../machine-needs';

const SEED = '1';
const SCRIPTS_DIR = fileURLToPath(new URL('./scripts/', import.meta.url));
/** The golden scripts, and ours: usage errors, help, options, formats, inspect, volumes, networks. */
const scripts = [
  ...readScripts(),
  ...readdirSync(SCRIPTS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => parseScripts(readFileSync(`${SCRIPTS_DIR}${f}`, 'utf8')).scripts),
];
const available = hasDockerClient();
const required = process.env.CI === 'true';
if (!available)
  console.warn(
    `docker client not installed: the ${scripts.length} cross-client tests are SKIPPED` +
      (required ? '' : ' (set CI=true to make that a failure)'),
  );

describe('the simulated client agrees with the real docker client on our engine', () => {
  let engine: RealClientEngine;
  beforeAll(async () => {
    if (available) engine = await startEngineForClient(SEED);
  });
  afterAll(async () => {
    await engine?.close();
  });

  reportNeed(dockerClientNeed());

  for (const script of scripts) {
    it.runIf(available)(`${script.id} ${script.title}`, async () => {
      const simulated = renderTranscript(runScriptWithSimulator(script, SEED));
      let real = renderTranscript(await runScriptWithRealClient(script, engine));
      let result = compareTranscript(real, simulated);
      if (!result.ok) {
        // The real client is a separate process on a shared, loaded machine; one replay on a fresh
        // engine tells a one-off glitch of that process from a real disagreement, which repeats.
        console.warn(`${script.id}: real client differed once, replaying:\n${result.diff}`);
        real = renderTranscript(await runScriptWithRealClient(script, engine));
        result = compareTranscript(real, simulated);
      }
      expect(result.diff, `${script.id}: real client\n${real}\nsimulated client\n${simulated}`).toBe('');
    });
  }
});
