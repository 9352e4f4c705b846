/**
 * The real docker 28.2.2 client (no buildx: the classic builder, `DOCKER_BUILDKIT=0`) builds against our
 * engine over HTTP: it sends the context as a tar, reads the classic stream, and runs the image.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasDockerClient, startEngineForClient, type RealClientEngine } from '../../golden/real-client';

const available = hasDockerClient();

describe('docker build with the real client (classic builder)', () => {
  let engine: RealClientEngine;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    if (!available) return;
    engine = await startEngineForClient('1');
    dir = mkdtempSync(join(tmpdir(), 'pelabuhan-build-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine\nRUN echo hi > /f\nCOPY app.txt /app/\nCMD ["cat", "/f"]\n');
    writeFileSync(join(dir, 'app.txt'), 'hello\n');
    env = {
      ...process.env,
      DOCKER_HOST: `tcp://127.0.0.1:${engine.port}`,
      DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'pelabuhan-docker-')),
      DOCKER_BUILDKIT: '0',
    };
  });
  afterAll(async () => {
    await engine?.close();
  });

  // spawnSync would block the engine's own event loop (it serves in this process): run the client async.
  const docker = (...args: string[]) =>
    new Promise<{ out: string; code: number }>((resolve) => {
      import('node:child_process').then(({ spawn }) => {
        const child = spawn('docker', args, { cwd: dir, env });
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
        child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve({ out, code: code ?? 137 });
        });
      });
    });

  it.runIf(available)(
    'builds, rebuilds from the cache, and the image prints what RUN wrote',
    async () => {
      const first = await docker('build', '-t', 'x', '.');
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/Step 2\/4 : RUN echo hi > \/f\n ---> Running in [0-9a-f]{12}\n/);
      expect(first.out).toContain('Successfully tagged x:latest');
      const second = await docker('build', '-t', 'x', '.');
      expect(second.out.match(/ ---> Using cache/g)).toHaveLength(3);
      expect(second.out.match(/Successfully built ([0-9a-f]{12})/)?.[1]).toBe(
        first.out.match(/Successfully built ([0-9a-f]{12})/)?.[1],
      );
      const ran = await docker('run', '--rm', 'x');
      expect(ran.out).toBe('hi\n');
    },
    90_000,
  );
});
