/**
 * The real docker 28.2.2 client logs in and pushes against our engine (`npm run engine`) as the
 * simulated client does: the same transcript, byte for byte, except for where each keeps its
 * config.json (the real one in a temporary DOCKER_CONFIG, ours in /home/user/.docker).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScripts } from '../../src/model/transcript/script-format';
import { renderTranscript } from '../../src/model/transcript/render';
import { runScriptWithSimulator } from '../../tools/sim';
import { compareTranscript } from '../golden/compare';
import {
  hasDockerClient,
  runScriptWithRealClient,
  startEngineForClient,
  type RealClientEngine,
} from '../golden/real-client';

const SCRIPT = `
### P01 login, push, pull back, logout
#hide docker pull -q alpine
docker tag alpine student/web:1.0
docker push student/web:1.0
docker login -u student -p wrong
echo pelabuhan-hub | docker login -u student --password-stdin
echo pelabuhan-hub | docker login -u student --password-stdin
docker push student/web:1.0
docker push student/web:1.0
docker push -q student/web:1.0
docker push student/web:2.0
docker push nothing
docker push student/Web
docker rmi student/web:1.0
docker pull student/web:1.0
docker logout
docker push student/web:1.0
docker login --password-stdin
docker login -u student
echo ghp_pelabuhan | docker login -u student --password-stdin ghcr.io
docker login ghcr.io
docker login
docker tag alpine ghcr.io/student/web
docker push ghcr.io/student/web
docker tag alpine ghcr.io/someone/web
docker push ghcr.io/someone/web
#hide docker pull -q nginx
docker tag nginx ghcr.io/student/site
#tty 100 docker push ghcr.io/student/site
docker push ghcr.io/student/site
docker logout ghcr.io
`;

const available = hasDockerClient();

describe('login and push: the real client against our engine', () => {
  let engine: RealClientEngine;
  beforeAll(async () => {
    if (available) engine = await startEngineForClient('1');
  });
  afterAll(async () => {
    await engine?.close();
  });

  it.runIf(available)(
    'prints what the simulated client prints',
    async () => {
      const script = parseScripts(SCRIPT).scripts[0];
      const simulated = renderTranscript(runScriptWithSimulator(script, '1'));
      const real = renderTranscript(await runScriptWithRealClient(script, engine)).replace(
        /'[^']*pelabuhan-docker-[^/']+\/config\.json'/g,
        "'/home/user/.docker/config.json'",
      );
      expect(real).toContain('Mounted from library/alpine');
      expect(real).toContain('Login Succeeded');
      expect(compareTranscript(real, simulated).diff, `real client\n${real}\nsimulated client\n${simulated}`).toBe('');
    },
    120_000,
  );
});
