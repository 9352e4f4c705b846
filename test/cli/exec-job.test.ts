import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createInProcessTransport } from '../../src/model/cli/client/in-process-transport';
import { runDocker } from '../../src/model/cli/docker/run-docker';
import { DOCKER_HANDLERS } from '../../src/model/cli/commands/index';
import { Output } from '../../src/model/cli/docker/output';
import type { World } from '../../src/model/engine/world-state';

const TERMINAL = { stdinTty: true, stdoutTty: true, stderrTty: true, cols: 80 };

function docker(world: World, line: string | string[], tty = true) {
  const transport = createInProcessTransport(world);
  const out = new Output(() => world.state.clock.nowMs);
  const term = tty ? TERMINAL : { stdinTty: false, stdoutTty: false, stderrTty: false, cols: 80 };
  const argv = typeof line === 'string' ? line.split(' ') : line;
  const result = runDocker(argv, {
    transport,
    out,
    term,
    handlers: DOCKER_HANDLERS,
    notSimulated: (c) => c,
  });
  return { result, out, text: () => out.chunks.map((c) => c.text).join('') };
}

function worldWithBox(): World {
  const world = createWorld({ seed: 1 });
  docker(world, 'pull -q alpine', false);
  docker(world, 'run -d --name box alpine sleep infinity', false);
  return world;
}

const printed = (out: Output, from: number) =>
  out.chunks
    .map((c) => c.text)
    .join('')
    .slice(from);
const length = (out: Output) => printed(out, 0).length;

describe('docker exec keeps the terminal while its process runs (ForegroundJob)', () => {
  it('exec -it sh: a raw-input job that runs what is typed until exit, whose code is docker’s', () => {
    const world = worldWithBox();
    const { result, out, text } = docker(world, 'exec -it box sh');
    const job = result.foreground!;
    expect(job.readsInput).toBe(true);
    expect(job.rawInput).toBe(true);
    expect(text()).toBe('/ # ');
    let seen = length(out);
    expect(job.input('echo hi\r', out)).toBeUndefined();
    expect(printed(out, seen)).toBe('echo hi\nhi\n/ # ');
    seen = length(out);
    expect(job.input('exit 3\r', out)).toBe(3);
    expect(printed(out, seen)).toBe('exit 3\n');
    expect(docker(world, ['inspect', '-f', '{{json .ExecIDs}}', 'box'], false).text()).toBe('null\n');
  });

  it('a one-shot program with an end is waited for on the virtual clock, as docker run is', () => {
    const world = worldWithBox();
    const before = world.state.clock.nowMs;
    expect(docker(world, 'exec box sleep 10').result).toEqual({ exitCode: 0 });
    expect(world.state.clock.nowMs - before).toBe(10_000);
  });

  it('a program with no end leaves a job that follows the container: stopping it ends the exec (137)', () => {
    const world = worldWithBox();
    const { result } = docker(world, 'exec box sleep infinity');
    const job = result.foreground!;
    expect(job.readsInput).toBe(false);
    expect(job.wakeAt()).toBeUndefined();
    const out = new Output(() => world.state.clock.nowMs);
    expect(job.follow(out)).toBeUndefined();
    docker(world, 'kill box', false);
    expect(job.follow(out)).toBe(137);
  });

  it('Ctrl+C kills the client (130); the exec runs on in the container', () => {
    const world = worldWithBox();
    const { result } = docker(world, 'exec box sleep infinity');
    const out = new Output(() => world.state.clock.nowMs);
    expect(result.foreground!.interrupt(out)).toBe(130);
    expect(docker(world, ['inspect', '-f', '{{json .ExecIDs}}', 'box'], false).text()).toMatch(
      /^\["[0-9a-f]{64}"\]\n$/,
    );
  });

  it('-i without a terminal and without a pipe reads EOF at once: the shell exits 0', () => {
    const world = worldWithBox();
    const { result } = docker(world, 'exec -i box sh', false);
    expect(result).toEqual({ exitCode: 0 });
  });
});
