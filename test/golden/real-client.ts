/**
 * Replays a golden script with the REAL docker client (the installed 28.2.2 binary) against our
 * engine served over HTTP: the proof that the engine is a real Docker daemon to a real client.
 */

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** How the real client is run (defaults: DOCKER_HOST names the engine's first host). */
export interface RealClientOptions {
  /** Variables added to the client's environment (`DOCKER_BUILDKIT: '0'` for the classic builder). */
  env?: Record<string, string>;
  /** false: no DOCKER_HOST, so the script's own contexts choose the endpoint (DOCKER_HOST would win). */
  dockerHost?: boolean;
}

/** The client machine's home in scripts; `#file` blocks under it go to the run's own directory. */
const SCRIPT_HOME = '/home/user';

/**
 * Replays `script` on a fresh world (the engine is reset first) and returns each step's result.
 * Lines run one bash each, in the directory the line before left (`cd halo` holds for later lines).
 */
export async function runScriptWithRealClient(
  script: Script,
  engine: RealClientEngine,
  timeoutMs = 30_000,
  options: RealClientOptions = {},
): Promise<StepResult[]> {
  await post(engine.port, '/_sim/reset');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOCKER_HOST: `tcp://127.0.0.1:${engine.port}`,
    DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'pelabuhan-docker-')),
    LANG: 'C.UTF-8',
    ...options.env,
  };
  if (options.dockerHost === false) delete env.DOCKER_HOST;
  const results: StepResult[] = [];
  // The client's home: `#file` blocks are written here, `docker build .` packs it.
  const home = mkdtempSync(join(tmpdir(), 'pelabuhan-work-'));
  // Where the last line left the shell, read back from a file each line's bash writes at its end.
  let cwd = home;
  const pwdFile = join(mkdtempSync(join(tmpdir(), 'pelabuhan-pwd-')), 'pwd');
  const track = (line: string) => `${line}\n__status=$?; pwd > '${pwdFile}'; exit $__status`;
  const moved = () => {
    if (!existsSync(pwdFile)) return;
    cwd = readFileSync(pwdFile, 'utf8').trim() || cwd;
    rmSync(pwdFile);
  };
  for (const step of script.steps) {
    if (step.kind === 'note') continue;
    if (step.kind === 'file') {
      const inHome = step.path.startsWith(`${SCRIPT_HOME}/`) ? step.path.slice(SCRIPT_HOME.length + 1) : undefined;
      const target = inHome !== undefined ? join(home, inHome) : join(cwd, step.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, step.content);
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
      const { output, exitCode } = await run('bash', ['-c', `exec 2>&1; ${track(step.line)}`], env, timeoutMs, cwd);
      moved();
      results.push({ step, output: step.kind === 'hide' ? '' : output, exitCode });
    }
  }
  return results;
}
