import { describe, expect, it } from 'vitest';
import { create, inspectState, logs, newDaemon, op, pull, rm, run, type Daemon } from './engine-harness';
import { deserializeWorld, serializeWorld, subscribe } from '../../src/model/world/world';

function daemonWith(...refs: string[]): Daemon {
  const d = newDaemon();
  for (const ref of refs) pull(d, ref);
  return d;
}

/** `docker run --name NAME [-v …] IMAGE sh -c SCRIPT`: the container stays, to be read with logs(). */
function sh(d: Daemon, script: string, opts: { binds?: string[]; name: string; image?: string }): void {
  run(d, { Image: opts.image ?? 'alpine', Cmd: ['sh', '-c', script], HostConfig: { Binds: opts.binds } }, opts.name);
}

/**
 * `docker run --rm [-v …] IMAGE sh -c SCRIPT`: the container is gone at once, so its output is read from the events.
 */
function runRm(d: Daemon, script: string, binds: string[], image = 'alpine'): { output: string[]; exitCode: number } {
  const output: string[] = [];
  const unsubscribe = subscribe(d.world, (e) => {
    if (e.type === 'container.output') output.push(e.text);
  });
  const { id } = run(d, { Image: image, Cmd: ['sh', '-c', script], HostConfig: { Binds: binds, AutoRemove: true } });
  unsubscribe();
  return { output, exitCode: d.host.removedExitCodes[id] };
}

describe('files in volumes: data that outlives the container', () => {
  it('a file written through a named volume is read by another container after the first is removed', () => {
    const d = daemonWith('alpine');
    expect(runRm(d, 'echo hi > /data/greeting', ['data:/data'])).toEqual({ output: [], exitCode: 0 });
    expect(Object.keys(d.host.containers)).toEqual([]);
    expect(d.host.volumes.data.files).toEqual({ greeting: 'hi\n' });
    expect(runRm(d, 'cat /data/greeting', ['data:/data'])).toEqual({ output: ['hi'], exitCode: 0 });
  });

  it('the same volume at another path shows the same files; ls lists them', () => {
    const d = daemonWith('alpine', 'ubuntu');
    runRm(d, 'mkdir -p /data/logs && touch /data/logs/a /data/b', ['data:/data']);
    expect(runRm(d, 'ls /srv/x; ls /srv/x/logs', ['data:/srv/x'], 'ubuntu').output).toEqual(['b', 'logs', 'a']);
  });

  it('>> appends; > truncates', () => {
    const d = daemonWith('alpine');
    runRm(d, 'echo one >> /data/f; echo two >> /data/f', ['data:/data']);
    expect(d.host.volumes.data.files.f).toBe('one\ntwo\n');
    runRm(d, 'echo three > /data/f', ['data:/data']);
    expect(runRm(d, 'cat /data/f', ['data:/data']).output).toEqual(['three']);
  });

  it('2> sends errors into a file; 2>&1 follows stdout; >/dev/null drops it', () => {
    const d = daemonWith('alpine');
    const r = runRm(d, 'cat /nope 2> /data/err; echo shown; echo hidden >/dev/null; cat /nope > /data/both 2>&1', [
      'data:/data',
    ]);
    expect(r.output).toEqual(['shown']);
    expect(d.host.volumes.data.files).toEqual({
      err: "cat: can't open '/nope': No such file or directory\n",
      both: "cat: can't open '/nope': No such file or directory\n",
    });
  });

  it("a volume mounted :ro refuses writes with the shell's own error, and the script goes on", () => {
    const d = daemonWith('alpine', 'debian');
    expect(runRm(d, 'echo hi > /data/f', ['data:/data:ro'])).toEqual({
      output: ["sh: can't create /data/f: Read-only file system"],
      exitCode: 1,
    });
    expect(runRm(d, 'echo hi > /data/f', ['data:/data:ro'], 'debian')).toEqual({
      output: ['sh: 1: cannot create /data/f: Read-only file system'],
      exitCode: 2,
    });
    expect(runRm(d, 'touch /data/f; mkdir /data/d; rm /data/x', ['data:/data:ro']).output).toEqual([
      'touch: /data/f: Read-only file system',
      "mkdir: can't create directory '/data/d': Read-only file system",
      "rm: can't remove '/data/x': No such file or directory",
    ]);
    expect(d.host.volumes.data.files).toEqual({});
  });

  it('a redirection into a missing directory fails as ash and dash say it', () => {
    const d = daemonWith('alpine', 'debian');
    expect(runRm(d, 'echo hi > /nope/f', []).output).toEqual(["sh: can't create /nope/f: nonexistent directory"]);
    expect(runRm(d, 'echo hi > /nope/f', [], 'debian').output).toEqual([
      'sh: 1: cannot create /nope/f: Directory nonexistent',
    ]);
  });

  it('the volume size counts the bytes written (system df)', () => {
    const d = daemonWith('alpine');
    runRm(d, 'echo hello > /data/a; echo -n xy > /data/b', ['data:/data']);
    expect(d.host.volumes.data.size).toBe(8);
  });

  it('a bind mount writes into the host directory, which another container binding it sees', () => {
    const d = daemonWith('alpine');
    runRm(d, 'echo page > /site/index.html', ['/srv/www:/site']);
    // The daemon created the missing host directory when it mounted the bind (moby MountPoint.Setup).
    expect(d.host.hostFiles).toEqual({ 'srv/www/': '', 'srv/www/index.html': 'page\n' });
    expect(runRm(d, 'cat /usr/share/html/index.html', ['/srv/www:/usr/share/html']).output).toEqual(['page']);
    expect(runRm(d, 'cat /w/www/index.html', ['/srv:/w']).output).toEqual(['page']);
  });
});

describe("files in a container's writable layer", () => {
  it('survive stop and start, and disappear with docker rm', () => {
    const d = daemonWith('alpine');
    const script = 'echo visit >> /tmp/visits; cat /tmp/visits';
    sh(d, script, { name: 'notes' });
    expect(logs(d, 'notes')).toEqual(['visit']);
    op(d, 'start', 'notes');
    expect(logs(d, 'notes')).toEqual(['visit', 'visit', 'visit']);
    expect(inspectState(d, 'notes').Status).toBe('exited');
    rm(d, 'notes');
    sh(d, script, { name: 'notes' });
    expect(logs(d, 'notes')).toEqual(['visit']);
  });

  it("are the container's own: another container from the same image does not see them", () => {
    const d = daemonWith('alpine');
    sh(d, 'echo mine > /tmp/f', { name: 'one' });
    expect(d.host.containers[Object.keys(d.host.containers)[0]].files).toEqual({ 'tmp/f': 'mine\n' });
    sh(d, 'cat /tmp/f', { name: 'two' });
    expect(logs(d, 'two')).toEqual(["cat: can't open '/tmp/f': No such file or directory"]);
  });

  it('rm of an image file leaves a whiteout; ls and cat no longer see it', () => {
    const d = daemonWith('alpine');
    sh(d, 'rm /etc/os-release; cat /etc/os-release; ls /etc', { name: 'wh' });
    // /etc still holds the files the daemon mounts into every container.
    expect(logs(d, 'wh')).toEqual([
      "cat: can't open '/etc/os-release': No such file or directory",
      'hostname',
      'hosts',
    ]);
    expect(d.host.containers[Object.keys(d.host.containers)[0]].files).toEqual({ 'etc/.wh.os-release': '' });
  });

  it('coreutils words in debian: rm of a directory, mkdir of an existing one', () => {
    const d = daemonWith('debian');
    sh(d, 'mkdir /tmp/d; mkdir /tmp/d; rm /tmp/d; ls /nope', { name: 'deb', image: 'debian' });
    expect(logs(d, 'deb')).toEqual([
      "mkdir: cannot create directory '/tmp/d': File exists",
      "rm: cannot remove '/tmp/d': Is a directory",
      "ls: cannot access '/nope': No such file or directory",
    ]);
  });

  it('ls / lists a mount point with the root directories; quoted > is a word', () => {
    const d = daemonWith('alpine');
    create(d, { Image: 'alpine', Cmd: ['sh', '-c', "ls /; echo '>' x"], HostConfig: { Binds: ['data:/data'] } }, 'ls');
    op(d, 'start', 'ls');
    const out = logs(d, 'ls');
    expect(out.slice(0, 3)).toEqual(['bin', 'data', 'dev']);
    expect(out.at(-1)).toBe('> x');
  });
});

describe('PostgreSQL and its data directory', () => {
  const pg = (d: Daemon, name: string, volume: string, env = ['POSTGRES_PASSWORD=secret']) =>
    run(d, { Image: 'postgres', Env: env, HostConfig: { Binds: [`${volume}:/var/lib/postgresql/data`] } }, name);

  it('initializes an empty volume; a new container on it skips initialization, password or not', () => {
    const d = daemonWith('postgres');
    pg(d, 'db', 'pgdata');
    expect(logs(d, 'db')[1]).toBe('PostgreSQL init process complete; ready for start up.');
    expect(d.host.volumes.pgdata.files.PG_VERSION).toBe('17\n');
    rm(d, 'db', { force: true });
    pg(d, 'db2', 'pgdata', []);
    expect(logs(d, 'db2')[0]).toBe(
      'PostgreSQL Database directory appears to contain a database; Skipping initialization',
    );
    expect(inspectState(d, 'db2').Status).toBe('running');
  });

  it('initdb refuses a volume that already holds other files', () => {
    const d = daemonWith('postgres', 'alpine');
    runRm(d, 'echo hi > /data/f', ['data:/data']);
    pg(d, 'db', 'data');
    expect(inspectState(d, 'db')).toMatchObject({ Status: 'exited', ExitCode: 1 });
    expect(logs(d, 'db')).toContain('initdb: error: directory "/var/lib/postgresql/data" exists but is not empty');
  });
});

describe('bash', () => {
  it('says a failed redirection in its own words', () => {
    const d = daemonWith('ubuntu');
    run(d, { Image: 'ubuntu', Cmd: ['bash', '-c', 'echo hi > /nope/f'] }, 'bsh');
    expect(logs(d, 'bsh')).toEqual(['bash: line 1: /nope/f: No such file or directory']);
    expect(inspectState(d, 'bsh').ExitCode).toBe(1);
  });
});

describe('files and saved worlds', () => {
  it('serialize → deserialize keeps volume, layer and host files exactly', () => {
    const d = daemonWith('alpine');
    runRm(d, 'echo hi > /data/f; echo b > /b/f', ['data:/data', '/srv/b:/b']);
    sh(d, 'echo layer > /tmp/l', { name: 'keep' });
    const json = serializeWorld(d.world);
    const restored = deserializeWorld(json);
    expect(restored.state).toEqual(d.world.state);
    expect(serializeWorld(restored)).toBe(json);
  });

  it('a world saved before files were modelled loads with empty file tables', () => {
    const d = daemonWith('alpine');
    sh(d, 'echo layer > /tmp/l', { name: 'keep', binds: ['data:/data'] });
    const old = JSON.parse(serializeWorld(d.world)) as {
      hosts: Record<
        string,
        {
          hostFiles?: unknown;
          containers: Record<string, { files?: unknown }>;
          volumes: Record<string, { files?: unknown }>;
        }
      >;
    };
    for (const host of Object.values(old.hosts)) {
      delete host.hostFiles;
      for (const c of Object.values(host.containers)) delete c.files;
      for (const v of Object.values(host.volumes)) delete v.files;
    }
    const restored = deserializeWorld(JSON.stringify(old));
    const host = Object.values(restored.state.hosts)[0];
    expect(host.hostFiles).toEqual({});
    expect(Object.values(host.containers).map((c) => c.files)).toEqual([{}]);
    expect(host.volumes.data.files).toEqual({});
  });
});
