import { describe, expect, it } from 'vitest';
import { newDaemon, outcome, pull, run, type Daemon } from './engine-harness';
import { subscribe } from '../../src/model/world/world';

/** `docker run --rm -v … IMAGE ARGV…`: its output (from the events, since the container is gone) and exit code. */
function runRm(d: Daemon, image: string, cmd: string[], binds: string[]): { output: string[]; exitCode: number } {
  const output: string[] = [];
  const unsubscribe = subscribe(d.world, (e) => {
    if (e.type === 'container.output') output.push(e.text);
  });
  const { id } = run(d, { Image: image, Cmd: cmd, HostConfig: { Binds: binds, AutoRemove: true } });
  unsubscribe();
  return { output, exitCode: d.host.removedExitCodes[id] };
}

describe("the course's backup and restore of a volume through a bind mount", () => {
  it('tar carries the files from one volume to another: backup, remove the volume, restore, same files', () => {
    const d = newDaemon();
    pull(d, 'ubuntu');
    const seed = 'mkdir -p /data/notes && echo hello > /data/a.txt && echo bee > /data/notes/b.txt';
    expect(runRm(d, 'ubuntu', ['bash', '-c', seed], ['mydata:/data']).exitCode).toBe(0);
    const before = { ...d.host.volumes.mydata.files };

    const backup = runRm(
      d,
      'ubuntu',
      ['tar', 'cvf', '/backup/backup.tar.gz', '/data'],
      ['mydata:/data', '/home/user/backup:/backup'],
    );
    expect(backup).toEqual({
      output: ["tar: Removing leading '/' from member names", 'data/', 'data/a.txt', 'data/notes/', 'data/notes/b.txt'],
      exitCode: 0,
    });
    expect(Object.keys(d.host.hostFiles)).toEqual(['home/user/backup/', 'home/user/backup/backup.tar.gz']);

    expect(outcome(d.call('DELETE', '/volumes/mydata'))).toEqual({ status: 204 });
    expect(d.host.volumes.mydata).toBeUndefined();

    const restore = runRm(
      d,
      'ubuntu',
      ['bash', '-c', 'cd /data && tar xvf /backup/backup.tar.gz --strip 1'],
      ['restored:/data', '/home/user/backup:/backup'],
    );
    expect(restore).toEqual({ output: ['data/', 'data/a.txt', 'data/notes/', 'data/notes/b.txt'], exitCode: 0 });
    const after = d.host.volumes.restored.files;
    expect(after['a.txt']).toBe(before['a.txt']);
    expect(after['notes/b.txt']).toBe(before['notes/b.txt']);
    expect(runRm(d, 'ubuntu', ['bash', '-c', 'cat /data/a.txt /data/notes/b.txt'], ['restored:/data']).output).toEqual([
      'hello',
      'bee',
    ]);
  });

  it('BusyBox tar in alpine does the same round trip in its own words', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    runRm(d, 'alpine', ['sh', '-c', 'echo x > /data/f'], ['v1:/data']);
    const backup = runRm(d, 'alpine', ['tar', 'czvf', '/backup/b.tgz', '/data'], ['v1:/data', '/tmp/bk:/backup']);
    expect(backup.output[0]).toBe("tar: removing leading '/' from member names");
    const listing = runRm(d, 'alpine', ['tar', 'tf', '/backup/b.tgz'], ['/tmp/bk:/backup']);
    expect(listing).toEqual({ output: ['data/', 'data/f'], exitCode: 0 });
    const restore = runRm(
      d,
      'alpine',
      ['tar', 'xf', '/backup/b.tgz', '-C', '/data', '--strip-components=1'],
      ['v2:/data', '/tmp/bk:/backup'],
    );
    expect(restore.exitCode).toBe(0);
    expect(d.host.volumes.v2.files).toEqual({ f: 'x\n' });
  });

  it('a missing archive and a missing member fail with GNU tar’s messages and status 2', () => {
    const d = newDaemon();
    pull(d, 'ubuntu');
    expect(runRm(d, 'ubuntu', ['tar', 'xf', '/backup/none.tar'], [])).toEqual({
      output: [
        'tar: /backup/none.tar: Cannot open: No such file or directory',
        'tar: Error is not recoverable: exiting now',
      ],
      exitCode: 2,
    });
    expect(runRm(d, 'ubuntu', ['tar', 'cf', '/tmp/x.tar', 'nope'], [])).toEqual({
      output: [
        'tar: nope: Cannot stat: No such file or directory',
        'tar: Exiting with failure status due to previous errors',
      ],
      exitCode: 2,
    });
  });
});
