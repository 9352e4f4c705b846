import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScripts } from '../../src/model/transcript/script-format';
import { compareTranscript } from '../golden/compare';
import { runScriptWithRealClient, startEngineForClient, type RealClientEngine } from '../golden/real-client';
import { renderTranscript } from '../../src/model/transcript/render';
import { runScriptWithSimulator } from '../../tools/sim';

const file = process.env.XC_FILE ?? 'test/cli/scripts/stats.txt';
const scripts = parseScripts(readFileSync(file, 'utf8')).scripts;
describe('xc', () => {
  let engine: RealClientEngine;
  beforeAll(async () => { engine = await startEngineForClient('1'); });
  afterAll(async () => { await engine?.close(); });
  for (const script of scripts)
    it(script.id, async () => {
      const simulated = renderTranscript(runScriptWithSimulator(script, '1'));
      const real = renderTranscript(await runScriptWithRealClient(script, engine));
      writeFileSync(`/tmp/xc-${script.id}.real`, real);
      writeFileSync(`/tmp/xc-${script.id}.sim`, simulated);
      expect(compareTranscript(real, simulated).diff).toBe('');
    });
});
