import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';
import { createScreen, feed, screenLines } from '../../src/model/cli/format/screen';

const text = (r: Pick<CommandRecord, 'chunks'>) => r.chunks.map((c) => c.text).join('');
const fresh = () => createShell({ world: createWorld({ seed: 1 }) });

describe('the shell around docker', () => {
  it('answers as interactive bash does for commands it does not have', () => {
    const shell = fresh();
    expect(shell.run('foo')).toMatchObject({
      exitCode: 127,
      chunks: [{ stream: 'stderr', text: 'bash: foo: command not found\n' }],
    });
    expect(text(shell.run('./run.sh'))).toBe('bash: ./run.sh: No such file or directory\n');
    expect(text(shell.run('sudo docker ps'))).toBe('bash: sudo: command not found\n');
    expect(shell.run("echo 'oops")).toMatchObject({ exitCode: 2, incomplete: true });
    expect(text(shell.run('cat < nofile'))).toBe('bash: nofile: No such file or directory\n');
  });

  it('runs lists with ;, && and ||, keeps $? and expands variables and $(...)', () => {
    const shell = fresh();
    expect(text(shell.run('false && echo no; false || echo yes; true && echo ok'))).toBe('yes\nok\n');
    expect(text(shell.run('docker rm nope; echo $?'))).toBe('Error response from daemon: No such container: nope\n1\n');
    expect(text(shell.run('echo "$HOME" $NOPE end'))).toBe('/home/user end\n');
    shell.run('docker pull -q alpine');
    shell.run('docker create --name a1 alpine');
    shell.run('docker create --name a2 alpine');
    expect(text(shell.run('docker rm $(docker ps -aq)'))).toMatch(/^[0-9a-f]{12}\n[0-9a-f]{12}\n$/);
    expect(text(shell.run('docker ps -aq'))).toBe('');
  });

  it('sends output where the redirections say', () => {
    const shell = fresh();
    expect(text(shell.run('docker rm nope 2>/dev/null'))).toBe('');
    expect(shell.run('docker rm nope > /dev/null 2>&1').chunks).toEqual([]);
    expect(shell.run('docker ps >&2').chunks.map((c) => c.stream)).toEqual(['stderr']);
    expect(text(shell.run('docker ps > out.txt'))).toBe('');
    expect(text(shell.run('echo a >&3'))).toBe('bash: 3: Bad file descriptor\n');
  });

  it('feeds a pipe to the next command: `echo y | docker container prune` confirms', () => {
    const shell = fresh();
    shell.run('docker pull -q alpine');
    shell.run('docker create alpine');
    expect(text(shell.run('echo y | docker container prune'))).toMatch(
      new RegExp(
        /^WARNING! This will remove all stopped containers.\nAre you sure you want to continue\? \[/.source +
          /y\/N\] Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/.source,
      ),
    );
    expect(text(shell.run('docker container prune'))).toBe(
      'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ',
    );
  });

  it('has sleep, history, clear and help', () => {
    const shell = fresh();
    const before = shell.world.state.clock.nowMs;
    expect(shell.run('sleep 1.5m').exitCode).toBe(0);
    expect(shell.world.state.clock.nowMs - before).toBe(90_000);
    expect(text(shell.run('sleep x'))).toBe(
      "sleep: invalid time interval \u2018x\u2019\nTry 'sleep --help' for more information.\n",
    );
    expect(text(shell.run('sleep'))).toBe("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    expect(shell.run('clear', { tty: true })).toMatchObject({
      clear: true,
      chunks: [{ text: '\x1b[H\x1b[2J\x1b[3J' }],
    });
    expect(text(shell.run('history'))).toBe(
      '    1  sleep 1.5m\n    2  sleep x\n    3  sleep\n    4  clear\n    5  history\n',
    );
    expect(text(shell.run('help'))).toContain('docker run -d --name web -p 8080:80 nginx');
  });

  it('shows Up 5 minutes after sleep 300', () => {
    const shell = fresh();
    shell.run('docker run -d --name web nginx');
    shell.run('sleep 300');
    expect(text(shell.run('docker ps --format "{{.Names}} {{.Status}} {{.RunningFor}}"'))).toBe(
      'web Up 5 minutes 5 minutes ago\n',
    );
  });

  it('runs a foreground container to its end on the virtual clock, and leaves a server attached', () => {
    const shell = fresh();
    shell.run('docker pull -q alpine');
    const start = shell.world.state.clock.nowMs;
    expect(shell.run('docker run alpine sleep 5')).toMatchObject({ exitCode: 0 });
    expect(shell.world.state.clock.nowMs - start).toBeGreaterThanOrEqual(5000);
    expect(shell.run("docker run alpine sh -c 'exit 3'").exitCode).toBe(3);
    expect(text(shell.run('docker run alpine echo hello'))).toBe('hello\n');
    const server = shell.run('docker run --name web nginx');
    expect(server.attached?.containerId).toMatch(/^[0-9a-f]{64}$/);
    expect(text(shell.run('docker ps --format "{{.Names}} {{.State}}"'))).toBe('web running\n');
    const stopped = shell.interrupt(server.attached!.containerId);
    expect(typeof stopped.exitCode).toBe('number');
  });

  it('streams a pull in a terminal as screen updates with their virtual times', () => {
    const shell = fresh();
    const result = shell.run('docker pull nginx', { tty: true, cols: 120 });
    const times = result.chunks.map((c) => c.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[times.length - 1]).toBeGreaterThan(times[0]);
    expect(result.chunks.some((c) => c.text.includes('\x1b[2K\r') && c.text.includes('Downloading ['))).toBe(true);
    const screen = createScreen(120);
    for (const c of result.chunks) feed(screen, c.text);
    expect(screenLines(screen).slice(-3)).toEqual([
      'Digest: sha256:0d5a35d6c34267997e3e44cdd1ded08d065fca45deb0ac87216b2c8df96c4dda',
      'Status: Downloaded newer image for nginx:latest',
      'docker.io/library/nginx:latest',
    ]);
  });

  it('says so when the daemon is down', () => {
    const shell = fresh();
    shell.world.state.hosts[Object.keys(shell.world.state.hosts)[0]].daemon.status = 'stopped';
    expect(shell.run('docker ps')).toMatchObject({
      exitCode: 1,
      chunks: [
        { text: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n' },
      ],
    });
    expect(text(shell.run('docker version'))).toMatch(
      /^Client:\n Version: {11}28\.2\.2\n[\s\S]* Context: {11}default\nCannot connect/,
    );
  });

  it('answers every line, however strange, without throwing and in bounded time', () => {
    const shell = fresh();
    const odd = [
      '',
      '   ',
      '\t',
      '\u0000',
      '\x1b[2J',
      'docker \u202e ps',
      'docker ps\u00a0-a',
      'dócker',
      'docker 日本',
      '🐳',
      'docker "',
      "docker '",
      '\\',
      'docker $(',
      'docker `',
      'docker ps |',
      '&&',
      'docker ps &',
      `docker ${'x'.repeat(100_000)}`,
      'x'.repeat(100_000),
      `echo ${'"a" '.repeat(30_000)}`,
    ];
    for (const line of odd) {
      const start = performance.now();
      const r = shell.run(line, { tty: true, cols: 80 });
      expect(typeof r.exitCode).toBe('number');
      expect(performance.now() - start).toBeLessThan(2000);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.boolean(), (tail, tty) => {
        const r = shell.run(`docker ${tail}`, { tty, cols: 80 });
        expect(r.chunks.every((c) => typeof c.text === 'string')).toBe(true);
        expect(r.chunks.some((c) => c.text.includes('internal error'))).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
