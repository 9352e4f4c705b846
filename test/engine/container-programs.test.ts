import { describe, expect, it } from 'vitest';
import { processContext, runArgv } from './process-context';
import { feedShellSession, openShellSession } from '../../src/model/engine/processes/shell-session';
import type { ProcessContext } from '../../src/model/engine/processes/program';
import { newDaemon, pull, run } from './engine-harness';
import { feedProgramSession } from '../../src/model/engine/processes/program-sessions';

const data = {
  mounts: [{ destination: '/data', rw: true, store: 'volume:v', base: '' }],
  stores: { 'volume:v': { 'a.txt': 'hello\n', 'sub/': '' } },
};

describe('programs the course runs inside containers', () => {
  it('ls -l and ls -la: GNU in debian, BusyBox in alpine, with total and aligned columns', () => {
    expect(runArgv(processContext('debian', { argv: ['ls', '-la', '/data'], files: data })).lines).toEqual([
      'total 16',
      'drwxr-xr-x 2 root root 4096 Dec  4 18:00 .',
      'drwxr-xr-x 2 root root 4096 Dec  4 18:00 ..',
      '-rw-r--r-- 1 root root    6 Dec  4 18:00 a.txt',
      'drwxr-xr-x 2 root root 4096 Dec  4 18:00 sub',
    ]);
    expect(runArgv(processContext('alpine', { argv: ['ls', '-l', '/data'], files: data })).lines).toEqual([
      'total 8',
      '-rw-r--r--    1 root     root             6 Dec  4 18:00 a.txt',
      'drwxr-xr-x    2 root     root          4096 Dec  4 18:00 sub',
    ]);
  });

  it('cat /etc/hostname-like reads, hostname and env', () => {
    const ctx = processContext('debian', { argv: ['hostname'] });
    expect(runArgv(ctx).lines).toEqual(['3f4e5a6b7c8d']);
    expect(runArgv({ ...ctx, argv: ['env'], env: ['A=1'], tty: true }).lines).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'HOSTNAME=3f4e5a6b7c8d',
      'TERM=xterm',
      'A=1',
      'HOME=/root',
    ]);
  });

  it('ps: none in debian (moby’s error as PID 1, not found in a shell), procps in ubuntu, BusyBox in alpine', () => {
    expect(runArgv(processContext('debian', { argv: ['ps'] })).code).toBe('missing');
    expect(runArgv(processContext('debian', { argv: ['sh', '-c', 'ps'] })).lines).toEqual(['E| sh: 1: ps: not found']);
    expect(runArgv(processContext('ubuntu', { argv: ['ps'], mainProcess: ['bash'], tty: true })).lines).toEqual([
      '    PID TTY          TIME CMD',
      '      1 pts/0    00:00:00 bash',
      '      7 pts/0    00:00:00 ps',
    ]);
    expect(runArgv(processContext('alpine', { argv: ['ps', 'aux'], mainProcess: ['sleep', '1000'] })).lines).toEqual([
      'PID   USER     TIME  COMMAND',
      '    1 root      0:00 sleep 1000',
      '    7 root      0:00 ps aux',
    ]);
    expect(runArgv(processContext('debian', { argv: ['ps'], imagePrograms: ['mongod'] })).lines[0]).toBe(
      '    PID TTY          TIME CMD',
    );
  });

  it('nginx -v prints the image’s version on stderr; -t checks the configuration', () => {
    const nginx = { imagePrograms: ['/docker-entrypoint.sh', 'nginx'], env: ['NGINX_VERSION=1.27.5'] };
    expect(runArgv(processContext('debian', { ...nginx, argv: ['nginx', '-v'] }))).toMatchObject({
      lines: ['E| nginx version: nginx/1.27.5'],
      code: 0,
    });
    expect(runArgv(processContext('debian', { ...nginx, argv: ['nginx', '-t'] })).lines[1]).toBe(
      'E| nginx: configuration file /etc/nginx/nginx.conf test is successful',
    );
  });

  it('a program the image has but the simulator does not run says so; one it lacks keeps the runtime’s error', () => {
    expect(runArgv(processContext('debian', { argv: ['apt-get', 'update'] }))).toMatchObject({
      lines: ['E| pelabuhan: apt-get is in this image but not simulated'],
      code: 127,
    });
    expect(runArgv(processContext('alpine', { argv: ['sh', '-c', 'vi x'] })).lines).toEqual([
      'E| pelabuhan: vi is in this image but not simulated',
    ]);
    const curl = runArgv(processContext('debian', { argv: ['curl', 'localhost'] }));
    expect(curl.code).toBe('missing');
    expect(curl.lines[0]).toContain('exec: "curl": executable file not found in $PATH');
    expect(runArgv(processContext('ubuntu', { argv: ['bash', '-c', 'curl x'] })).lines).toEqual([
      'E| bash: line 1: curl: command not found',
    ]);
  });
});

describe('redis-cli keeps its data in the container', () => {
  const redis = (over: Partial<ProcessContext>) =>
    processContext('debian', { imagePrograms: ['docker-entrypoint.sh', 'redis-server'], ...over });

  it('one-shot commands: raw output without a terminal, quoted with one; GET finds what SET wrote', () => {
    const set = runArgv(redis({ argv: ['redis-cli', 'SET', 'name', 'Ana'] }));
    expect(set.lines).toEqual(['OK']);
    const memory = set.program.kind === 'exits' ? (set.program.files?.memory ?? {}) : {};
    const files = { mounts: [], stores: { memory } };
    expect(runArgv(redis({ argv: ['redis-cli', 'GET', 'name'], files })).lines).toEqual(['Ana']);
    expect(runArgv(redis({ argv: ['redis-cli', 'GET', 'name'], files, tty: true })).lines).toEqual(['"Ana"']);
    expect(runArgv(redis({ argv: ['redis-cli', 'GET', 'none'], files, tty: true })).lines).toEqual(['(nil)']);
    expect(runArgv(redis({ argv: ['redis-cli', 'ping'] })).lines).toEqual(['PONG']);
    expect(runArgv(redis({ argv: ['redis-cli', 'FOO'], tty: true })).lines).toEqual([
      "(error) ERR unknown command 'FOO', with args beginning with: ",
    ]);
  });

  it('interactive: the 127.0.0.1:6379> prompt, replies, quit ends the session', () => {
    const ctx = redis({ argv: ['redis-cli'], tty: true });
    const opened = openShellSession(ctx, 'dash', true);
    expect(opened.output).toEqual([{ stream: 'stdout', text: '127.0.0.1:6379> ', partial: true }]);
    const set = feedShellSession(opened.session, 'SET counter 10\n', ctx);
    expect(set.output.map((o) => o.text)).toEqual(['OK', '127.0.0.1:6379> ']);
    const next = { ...ctx, files: { mounts: [], stores: { memory: set.files?.memory ?? {} } } };
    expect(feedShellSession(set.session, 'INCR counter\n', next).output[0].text).toBe('(integer) 11');
    expect(feedShellSession(set.session, 'KEYS *\n', next).output[0].text).toBe('1) "counter"');
    expect(feedShellSession(set.session, 'quit\n', next).exitCode).toBe(0);
  });

  it('at engine level what redis-cli wrote is kept in the container’s memory, as JSON, not in its files', () => {
    const d = newDaemon();
    pull(d, 'redis');
    const { id } = run(d, { Image: 'redis', Cmd: ['redis-cli', 'SET', 'k', 'v'] }, 'cache');
    const container = d.host.containers[id];
    expect(container.memory).toEqual({ 'redis/k': 'v' });
    expect(container.files).toEqual({});
    expect(JSON.parse(JSON.stringify(container))).toEqual(container);
  });
});

describe('mongosh keeps documents in the container', () => {
  it('banner, test> prompt, insertOne, find, show dbs, use, exit back to the shell', () => {
    const ctx = processContext('ubuntu', {
      imagePrograms: ['docker-entrypoint.sh', 'mongod'],
      env: ['MONGO_VERSION=7.0.20'],
      argv: ['bash'],
      tty: true,
    });
    const shell = openShellSession(ctx, 'bash', true);
    const started = feedShellSession(shell.session, 'mongosh\n', ctx);
    const texts = started.output.map((o) => o.text);
    expect(texts).toContain('Using MongoDB:\t\t7.0.20');
    expect(texts[texts.length - 1]).toBe('test> ');
    let files = { mounts: [], stores: { memory: started.files?.memory ?? {} } };
    const inserted = feedShellSession(started.session, 'db.users.insertOne({ name: "Ana" })\n', { ...ctx, files });
    expect(inserted.output.map((o) => o.text)).toEqual([
      '{',
      '  acknowledged: true,',
      expect.stringMatching(/^ {2}insertedId: ObjectId\('[0-9a-f]{24}'\)$/),
      '}',
      'test> ',
    ]);
    files = { mounts: [], stores: { memory: inserted.files?.memory ?? {} } };
    const found = feedShellSession(inserted.session, 'db.users.find()\n', { ...ctx, files });
    expect(found.output[0].text).toMatch(/^\[ \{ _id: ObjectId\('[0-9a-f]{24}'\), name: 'Ana' \} \]$/);
    expect(feedShellSession(found.session, 'show dbs\n', { ...ctx, files }).output.map((o) => o.text)).toEqual([
      'admin   40.00 KiB',
      'config  12.00 KiB',
      'local   40.00 KiB',
      'test    40.00 KiB',
      'test> ',
    ]);
    const used = feedShellSession(found.session, 'use shop\n', { ...ctx, files });
    expect(used.output.map((o) => o.text)).toEqual(['switched to db shop', 'shop> ']);
    const left = feedShellSession(used.session, 'exit\n', { ...ctx, files });
    expect(left.exitCode).toBeUndefined();
    expect(left.output.map((o) => o.text)).toEqual(['root@3f4e5a6b7c8d:/# ']);
    expect(feedProgramSession(used.session.program!, '\x04', ctx, {} as never).session).toBeUndefined();
  });
});

describe('an interactive shell session keeps its state as JSON between lines', () => {
  it('cd, export and variables persist; the prompt follows the directory; dash numbers its lines', () => {
    const ctx = processContext('ubuntu', { argv: ['bash'], tty: true, openStdin: true });
    let step = feedShellSession(openShellSession(ctx, 'bash', true).session, 'cd /tmp && export X=1 Y=2\n', ctx);
    expect(step.output.map((o) => o.text)).toEqual(['root@3f4e5a6b7c8d:/tmp# ']);
    step = feedShellSession(JSON.parse(JSON.stringify(step.session)), 'echo $X$Y; pwd; nope\n', ctx);
    expect(step.output.map((o) => o.text)).toEqual([
      '12',
      '/tmp',
      'bash: nope: command not found',
      'root@3f4e5a6b7c8d:/tmp# ',
    ]);
    const dashCtx = processContext('debian', { argv: ['sh'] });
    let dash = openShellSession(dashCtx, 'dash', false).session;
    dash = feedShellSession(dash, 'true\n', dashCtx).session;
    expect(feedShellSession(dash, 'nope\n', dashCtx).output.map((o) => o.text)).toEqual(['sh: 2: nope: not found']);
  });
});

describe('the mysql and mariadb clients', () => {
  const mysql = (argv: string[]) =>
    processContext('debian', {
      imagePrograms: ['docker-entrypoint.sh', 'mysqld'],
      env: ['MYSQL_VERSION=8.4.5-1.el9', 'MYSQL_ROOT_PASSWORD=secret'],
      tty: true,
      argv,
    });

  it('the banner with the server version, SHOW DATABASES as a table, CREATE DATABASE kept in memory, Bye', () => {
    const ctx = mysql(['mysql', '-u', 'root', '-psecret']);
    const opened = openShellSession(ctx, 'bash', true);
    const banner = opened.output.map((o) => o.text);
    expect(banner[0]).toBe('mysql: [Warning] Using a password on the command line interface can be insecure.');
    expect(banner).toContain('Server version: 8.4.5 MySQL Community Server - GPL');
    expect(banner[banner.length - 1]).toBe('mysql> ');
    const created = feedShellSession(opened.session, 'CREATE DATABASE shop;\n', ctx);
    expect(created.output[0].text).toBe('Query OK, 1 row affected (0.01 sec)');
    const next = { ...ctx, files: { mounts: [], stores: { memory: created.files?.memory ?? {} } } };
    expect(feedShellSession(created.session, 'SHOW DATABASES;\n', next).output.map((o) => o.text)).toEqual([
      '+--------------------+',
      '| Database           |',
      '+--------------------+',
      '| information_schema |',
      '| mysql              |',
      '| performance_schema |',
      '| shop               |',
      '| sys                |',
      '+--------------------+',
      '5 rows in set (0.00 sec)',
      '',
      'mysql> ',
    ]);
    const bye = feedShellSession(created.session, 'exit\n', next);
    expect(bye).toMatchObject({ exitCode: 0, output: [{ text: 'Bye' }] });
  });

  it('a wrong password is refused with status 1', () => {
    expect(runArgv(mysql(['mysql', '-uroot', '-pwrong']))).toMatchObject({
      code: 1,
      lines: [
        'E| mysql: [Warning] Using a password on the command line interface can be insecure.',
        "E| ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)",
      ],
    });
  });
});
