/**
 * Replays a golden script with the REAL docker client (the installed 28.2.2 binary) against our
 * engine served over HTTP: the proof that the engine is a real Docker daemon to a real client.
 */

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Script } from '../../src/model/transcript/script-format';
import type { StepResult } from '../../src/model/transcript/render';
import { createScreen, feed, screenLines } from '../../src/model/cli/format/screen';
import { startEngineServer } from '../../tools/engine-server';

/** Whether the real docker client is installed here. */
export function hasDockerClient(): boolean {
  const probe = spawnSync('docker', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 && /Docker version/.test(probe.stdout);
}

/** A running engine for the real client. */
export interface RealClientEngine {
  port: number;
  close: () => Promise<void>;
}

/** Starts our engine on a free port of 127.0.0.1. */
export async function startEngineForClient(seed: string): Promise<RealClientEngine> {
  return startEngineServer({ port: 0, seed });
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  cwd?: string,
): Promise<{ output: string; exitCode: number }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ output: Buffer.concat(chunks).toString('utf8'), exitCode: code ?? 137 });
    });
  });
}

async function post(port: number, path: string): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST' });
  await response.text();
}

/** Replays `script` on a fresh world (the engine is reset first) and returns each step's result. */
export async function runScriptWithRealClient(
  script: Script,
  engine: RealClientEngine,
  timeoutMs = 30_000,
): Promise<StepResult[]> {
  await post(engine.port, '/_sim/reset');
  const env = {
    ...process.env,
    DOCKER_HOST: `tcp://127.0.0.1:${engine.port}`,
    DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'pelabuhan-docker-')),
    LANG: 'C.UTF-8',
  };
  const results: StepResult[] = [];
  // The client's working directory: `#file` blocks are written here, `docker build .` packs it.
  const cwd = mkdtempSync(join(tmpdir(), 'pelabuhan-work-'));
  for (const step of script.steps) {
    if (step.kind === 'note') continue;
    if (step.kind === 'file') {
      mkdirSync(dirname(join(cwd, step.path)), { recursive: true });
      writeFileSync(join(cwd, step.path), step.content);
      results.push({ step, output: '', exitCode: 0 });
      continue;
    }
    if (step.kind === 'age') {
      await post(engine.port, `/_sim/advance?seconds=${step.seconds}`);
      results.push({ step, output: '', exitCode: 0 });
    } else if (step.kind === 'tty') {
      const { output, exitCode } = await run(
        'script',
        ['-qec', `stty cols ${step.cols} rows 200; ${step.line}`, '/dev/null'],
        env,
        timeoutMs,
        cwd,
      );
      const screen = createScreen(step.cols);
      feed(screen, output);
      const lines = screenLines(screen);
      while (lines.length && lines[lines.length - 1] === '') lines.pop();
      results.push({ step, output: lines.length ? `${lines.join('\n')}\n` : '', exitCode });
    } else {
      // `exec 2>&1` merges stderr into stdout in the order the client writes them.
      const { output, exitCode } = await run('bash', ['-c', `exec 2>&1; ${step.line}`], env, timeoutMs, cwd);
      results.push({ step, output: step.kind === 'hide' ? '' : output, exitCode });
    }
  }
  return results;
}
