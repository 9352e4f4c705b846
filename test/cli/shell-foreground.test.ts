import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { serializeWorld, deserializeWorld } from '../../src/model/world/world-base';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';

const text = (r: Pick<CommandRecord, 'chunks'> | undefined) => (r?.chunks ?? []).map((c) => c.text).join('');
const TTY = { tty: true, cols: 80 };

function shellWith(...images: string[]) {
  const world = createWorld({ seed: 1 });
  const shell = createShell({ world });
  for (const image of images) shell.run(`docker pull -q ${image}`);
  return { world, shell };
}

describe('a job in the foreground of the shell', () => {
  it('docker run -it ubuntu bash: typed keys reach its shell through attach stdin, echoed by its TTY', () => {
    const { world, shell } = shellWith('ubuntu');
    const started = shell.run('docker run -it --name box ubuntu bash', TTY);
    const id = started.attached?.containerId ?? '';
    expect(started.exitCode).toBeUndefined();
    expect(started.attached).toEqual({ containerId: id, readsInput: true, rawInput: true });
    expect(text(started)).toBe(`root@${id.slice(0, 12)}:/# `);
    const attach = started.exchanges.find((x) => x.path.endsWith('/attach'));
    expect(attach?.query).toContain('stdin=1');

    const typed = shell.input('echo hi\r');
    expect(text(typed)).toBe(`echo hi\r\nhi\nroot@${id.slice(0, 12)}:/# `);
    expect(typed?.line).toBe(started.line);
    expect(typed?.attached?.readsInput).toBe(true);
    // Backspace rubs out on the TTY, as a pty's line discipline does.
    expect(text(shell.input('ech\x7fho ok\r'))).toBe(`ech\b \bho ok\r\nok\nroot@${id.slice(0, 12)}:/# `);

    const done = shell.input('exit 3\r');
    expect(done?.exitCode).toBe(3);
    expect(done?.attached).toBeUndefined();
    expect(text(done)).toBe('exit 3\r\nexit\n');
    expect(world.state.hosts[Object.keys(world.state.hosts)[0]].containers[id].state.exitCode).toBe(3);
    expect(shell.foreground()).toBeUndefined();
    expect(shell.input('ls\r')).toBeUndefined();
  });

  it('a line that takes time prints when virtual time has passed, through follow', () => {
    const { world, shell } = shellWith('alpine');
    shell.run('docker run -it alpine sh', TTY);
    const typed = shell.input('sleep 2; echo late\r');
    expect(text(typed)).toBe('sleep 2; echo late\r\n');
    const wakeAt = typed?.attached?.wakeAt ?? 0;
    expect(wakeAt).toBe(world.state.clock.nowMs + 2000);
    expect(text(shell.follow(wakeAt - 1))).toBe('');
    const later = shell.follow(wakeAt);
    expect(text(later)).toBe('late\n/ # ');
    expect(later?.attached?.wakeAt).toBeUndefined();
  });

  it('Ctrl+C in a raw TTY goes to the container shell, which prompts again; Ctrl+D ends it', () => {
    const { shell } = shellWith('alpine');
    shell.run('docker run -it --rm alpine sh', TTY);
    shell.input('abc');
    const c = shell.interrupt(TTY);
    expect(text(c)).toBe('^C\r\n/ # ');
    expect(c.exitCode).toBeUndefined();
    expect(c.interrupted).toBe(true);
    const d = shell.input('\x04');
    expect(d?.exitCode).toBe(130);
    expect(text(shell.run('docker ps -aq'))).toBe('');
  });

  it('-i without a terminal: piped text is the container shell stdin, then EOF', () => {
    const { shell } = shellWith('alpine');
    const r = shell.run('printf x; echo "echo one; echo two" | docker run -i --rm alpine sh');
    expect(r.exitCode).toBe(0);
    expect(text(r)).toContain('one\ntwo\n');
    expect(r.attached).toBeUndefined();
  });

  it('the interactive session is plain JSON in the world and survives a round trip', () => {
    const { world, shell } = shellWith('alpine');
    const r = shell.run('docker run -dit --name keep alpine sh', TTY);
    expect(r.exitCode).toBe(0);
    const copy = deserializeWorld(serializeWorld(world));
    const c = Object.values(copy.state.hosts[Object.keys(copy.state.hosts)[0]].containers)[0];
    expect(c.stdin?.session.flavour).toBe('ash');
    const other = createShell({ world: copy });
    const attached = other.run('docker start -ai keep', TTY);
    expect(attached.attached).toMatchObject({ readsInput: true, rawInput: true });
    expect(text(other.input('echo back\r'))).toBe('echo back\r\nback\n/ # ');
  });

  it('docker logs -f follows a container that prints over time until it exits', () => {
    const { world, shell } = shellWith('alpine');
    shell.run('docker run -d --name talk alpine sh -c "echo one; sleep 2; echo two; sleep 2; echo three"');
    const r = shell.run('docker logs -f talk', TTY);
    expect(text(r)).toBe('one\n');
    expect(r.attached).toEqual({ readsInput: false, rawInput: false, wakeAt: world.state.clock.nowMs + 2000 });
    expect(text(shell.follow(world.state.clock.nowMs + 2500))).toBe('two\n');
    const end = shell.follow(world.state.clock.nowMs + 2500);
    expect(text(end)).toBe('three\n');
    expect(end?.exitCode).toBe(0);
  });

  it('docker logs -f: Ctrl+C kills the client (exit 130, nothing printed); without -f it returns at once', () => {
    const { shell } = shellWith('alpine');
    shell.run('docker run -d --name talk alpine sh -c "echo one; sleep 10; echo two"');
    expect(text(shell.run('docker logs talk'))).toBe('one\n');
    shell.run('docker logs -f talk', TTY);
    const c = shell.interrupt(TTY);
    expect(c).toMatchObject({ exitCode: 130, interrupted: true, chunks: [] });
  });

  it('a prune prompt waits for the answer in a terminal: y prunes, anything else cancels (exit 0)', () => {
    const { shell } = shellWith('alpine');
    shell.run('docker create --name gone alpine');
    const asked = shell.run('docker container prune', TTY);
    expect(text(asked)).toBe(
      'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ',
    );
    expect(asked.attached).toEqual({ readsInput: true, rawInput: false });
    expect(asked.exchanges).toEqual([]);
    const no = shell.input('yes\n');
    expect(no).toMatchObject({ exitCode: 0, chunks: [] });
    expect(text(shell.run('docker ps -aq')).trim()).not.toBe('');
    shell.run('docker container prune', TTY);
    const yes = shell.input('Y\n');
    expect(yes?.exitCode).toBe(0);
    expect(text(yes)).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: /);
    expect(text(shell.run('docker ps -aq'))).toBe('');
  });

  it('Ctrl+C at a prompt prints a newline and ends as cancelled, exit 0; piped and -f unchanged', () => {
    const { shell } = shellWith('alpine');
    shell.run('docker volume create v1');
    shell.run('docker volume prune -a', TTY);
    expect(shell.interrupt(TTY)).toMatchObject({ exitCode: 0, chunks: [{ text: '\n' }] });
    expect(text(shell.run('echo y | docker volume prune -a'))).toContain('Deleted Volumes:\nv1\n');
    expect(shell.run('docker image prune -f', TTY).attached).toBeUndefined();
  });

  it('the next line closes a job left in the foreground (the headless runner)', () => {
    const { shell } = shellWith('nginx');
    const r = shell.run('docker run --name web nginx', TTY);
    expect(r.attached).toMatchObject({ readsInput: false, rawInput: false });
    expect(text(shell.run('docker ps --format "{{.Names}} {{.Status}}"'))).toMatch(/^web Up/);
    expect(shell.foreground()).toBeUndefined();
  });
});
