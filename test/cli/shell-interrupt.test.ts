import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';

const text = (r: Pick<CommandRecord, 'chunks'>) => r.chunks.map((c) => c.text).join('');
const interruptible = { tty: true, cols: 100, interruptible: true };

/** A shell that has just run `line` on a terminal, with the virtual times its output spans. */
function ranLine(line: string) {
  const shell = createShell({ world: createWorld({ seed: 1 }) });
  const start = shell.world.state.clock.nowMs;
  const result = shell.run(line, interruptible);
  const end = shell.world.state.clock.nowMs;
  return { shell, result, start, end, mid: Math.floor((start + end) / 2) };
}

describe('Ctrl+C during a pull the page is still playing back', () => {
  it(
    'docker pull nginx cancelled halfway: exit 130, the ' +
      'output so far, no nginx in docker images, the clock ' +
      'there',
    () => {
      const { shell, result, mid } = ranLine('docker pull nginx');
      expect(result.exitCode).toBe(0);
      const cancelled = shell.cancelPull(mid)!;
      expect(cancelled.exitCode).toBe(130);
      // The client dies where it was: the same bytes as the whole run, up to the moment of ^C.
      expect(text(cancelled)).toBe(text({ ...result, chunks: result.chunks.filter((c) => c.at <= mid) }));
      expect(text(cancelled)).not.toContain('docker.io/library/nginx:latest');
      expect(shell.world.state.clock.nowMs).toBe(mid);
      expect(shell.run('echo $?').chunks[0].text).toBe('130\n');
      expect(text(shell.run('docker images --format "{{.Repository}}"'))).toBe('');
      expect(Object.keys(Object.values(shell.world.state.hosts)[0].layers)).toEqual([]);
    },
  );

  it(
    'the implicit pull of docker run is cancelled with the ' + 'rest of the line: no container, nothing after it runs',
    () => {
      const { shell, mid } = ranLine('docker run -d --name web nginx && echo started');
      const cancelled = shell.cancelPull(mid)!;
      expect(cancelled.exitCode).toBe(130);
      expect(text(cancelled)).toContain("Unable to find image 'nginx:latest' locally");
      expect(text(cancelled)).not.toContain('started');
      expect(text(shell.run('docker ps -a --format "{{.Names}}"'))).toBe('');
      expect(text(shell.run('docker images -q'))).toBe('');
    },
  );

  it('layers stored before stay: nginx:alpine cancelled after alpine keeps alpine and its layer', () => {
    const shell = createShell({ world: createWorld({ seed: 1 }) });
    shell.run('docker pull alpine', interruptible);
    const layers = Object.keys(Object.values(shell.world.state.hosts)[0].layers);
    const start = shell.world.state.clock.nowMs;
    shell.run('docker pull nginx:alpine', interruptible);
    const end = shell.world.state.clock.nowMs;
    expect(shell.cancelPull(Math.floor((start + end) / 2))?.exitCode).toBe(130);
    expect(text(shell.run('docker images --format "{{.Repository}}:{{.Tag}}"'))).toBe('alpine:latest\n');
    expect(Object.keys(Object.values(shell.world.state.hosts)[0].layers)).toEqual(layers);
  });

  it('nothing is cancelled when no pull was in flight then, or the line was not run interruptible', () => {
    const a = ranLine('docker pull nginx');
    expect(a.shell.cancelPull(a.end)).toBeUndefined();
    expect(text(a.shell.run('docker images --format "{{.Repository}}"'))).toBe('nginx\n');
    const shell = createShell({ world: createWorld({ seed: 1 }) });
    const start = shell.world.state.clock.nowMs;
    shell.run('docker pull nginx', { tty: true });
    expect(shell.cancelPull(start + 1)).toBeUndefined();
  });
});
