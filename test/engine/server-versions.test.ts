import { describe, expect, it } from 'vitest';
import { advance, inspectState, logs, newDaemon, pull, run } from './engine-harness';
import { createRegistries } from '../../src/model/registry/registries';
import { resolveImage } from '../../src/model/registry/resolve-image';
import { parseNormalizedNamed, withDefaultTag } from '../../src/model/registry/reference';

const registries = createRegistries(Date.UTC(2026, 10, 28));

/** The version an image's build sets: its Env, else (catalog.json trims Env) the history's ENV step. */
function builtVersion(image: string, name: string): string {
  const parsed = parseNormalizedNamed(image);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = resolveImage(registries, withDefaultTag(parsed.ref));
  if (!r.ok) throw new Error(r.message);
  const fromEnv = r.image.config.config.Env?.find((e) => e.startsWith(`${name}=`));
  const fromHistory = r.image.config.history.find((h) => h.created_by.startsWith(`ENV ${name}=`))?.created_by;
  const value = (fromEnv ?? fromHistory?.slice(4) ?? '').slice(name.length + 1);
  if (!value) throw new Error(`${image} sets no ${name}`);
  return value;
}

/** The first log line of a fresh container of `image` that matches `pattern`, as its captured group. */
function loggedVersion(image: string, pattern: RegExp, env: string[] = []): string {
  const d = newDaemon();
  pull(d, image);
  run(d, { Image: image, Env: env }, 'srv');
  for (const line of logs(d, 'srv')) {
    const m = pattern.exec(line);
    if (m) return m[1];
  }
  throw new Error(`${image} logged no line matching ${pattern}:\n${logs(d, 'srv').join('\n')}`);
}

const redisTarball = (url: string) => /(\d+\.\d+\.\d+)\.tar\.gz$/.exec(url)?.[1];
const packageVersion = (pkg: string) => pkg.replace(/-.*$/, '');

describe("every server image logs the version its image's build sets", () => {
  it.each([
    ['nginx', 'NGINX_VERSION', /1#1: nginx\/(\S+)$/, (v: string) => v],
    ['nginx:alpine', 'NGINX_VERSION', /1#1: nginx\/(\S+)$/, (v: string) => v],
    ['redis', 'REDIS_DOWNLOAD_URL', /Redis version=([^,]+),/, redisTarball],
    ['redis:7', 'REDIS_DOWNLOAD_URL', /Redis version=([^,]+),/, redisTarball],
    ['redis:alpine', 'REDIS_DOWNLOAD_URL', /Redis version=([^,]+),/, redisTarball],
    ['httpd', 'HTTPD_VERSION', /Apache\/(\S+) \(Unix\)/, (v: string) => v],
    ['php:8.2-apache', 'PHP_VERSION', /PHP\/(\S+) configured/, (v: string) => v],
    ['wordpress', 'PHP_VERSION', /PHP\/(\S+) configured/, (v: string) => v],
    ['phpmyadmin', 'PHP_VERSION', /PHP\/(\S+) configured/, (v: string) => v],
  ])('%s (%s)', (image, name, pattern, expected) => {
    expect(loggedVersion(image, pattern)).toBe(expected(builtVersion(image, name)));
  });

  it.each([
    ['postgres', 'POSTGRES_PASSWORD=pw'],
    ['postgres:16', 'POSTGRES_PASSWORD=pw'],
  ])('%s logs its PG_VERSION', (image, env) => {
    const pkg = builtVersion(image, 'PG_VERSION');
    expect(loggedVersion(image, /starting PostgreSQL (\S+) \(Debian ([^)]+)\)/, [env])).toBe(packageVersion(pkg));
    expect(loggedVersion(image, /\(Debian ([^)]+)\) on x86_64/, [env])).toBe(pkg);
  });

  it.each(['mysql', 'mysql:8.0'])('%s logs its MYSQL_VERSION in the entrypoint and the server lines', (image) => {
    const pkg = builtVersion(image, 'MYSQL_VERSION');
    expect(loggedVersion(image, /Entrypoint script for MySQL Server (\S+) started/)).toBe(pkg);
    expect(loggedVersion(image, /ready for connections\. Version: '([^']+)'/, ['MYSQL_ROOT_PASSWORD=pw'])).toBe(
      packageVersion(pkg),
    );
  });

  it('mariadb logs its MARIADB_VERSION, and the server its release name', () => {
    expect(loggedVersion('mariadb', /Entrypoint script for MariaDB Server (\S+) started/)).toBe(
      builtVersion('mariadb', 'MARIADB_VERSION'),
    );
    expect(loggedVersion('mariadb', /^Version: '([^']+)'/, ['MARIADB_ROOT_PASSWORD=pw'])).toBe(
      '11.8.2-MariaDB-ubu2404',
    );
  });

  it('mongo-express reports the node version of its image when it gives up', () => {
    expect(loggedVersion('mongo-express', /^Node\.js v(\S+)$/)).toBe(builtVersion('mongo-express', 'NODE_VERSION'));
  });
});

describe('mariadb', () => {
  it('refuses to initialize without a root password option, on stderr, and exits 1', () => {
    const d = newDaemon();
    pull(d, 'mariadb');
    run(d, { Image: 'mariadb' }, 'db');
    const lines = logs(d, 'db').map((l) => l.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00 /, ''));
    expect(lines).toEqual([
      '[Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.8.2+maria~ubu2404 started.',
      "[Note] [Entrypoint]: Switching to dedicated user 'mysql'",
      '[Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.8.2+maria~ubu2404 started.',
      '[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
      '\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, ' +
        'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD',
    ]);
    expect(inspectState(d, 'db').ExitCode).toBe(1);
  });

  it('accepts the older MYSQL_ROOT_PASSWORD name and keeps running', () => {
    const d = newDaemon();
    pull(d, 'mariadb');
    run(d, { Image: 'mariadb', Env: ['MYSQL_ROOT_PASSWORD=pw'] }, 'db');
    expect(inspectState(d, 'db').Status).toBe('running');
  });
});

describe('wordpress', () => {
  it('copies WordPress into an empty /var/www/html the first time, not after a restart', () => {
    const d = newDaemon();
    pull(d, 'wordpress');
    run(d, { Image: 'wordpress' }, 'wp');
    expect(logs(d, 'wp').slice(0, 2)).toEqual([
      'WordPress not found in /var/www/html - copying now...',
      'Complete! WordPress has been successfully copied to /var/www/html',
    ]);
    d.call('POST', '/containers/wp/restart');
    expect(logs(d, 'wp').filter((l) => l.startsWith('WordPress not found'))).toHaveLength(1);
  });

  it('php:8.2-apache runs apache2-foreground through docker-php-entrypoint, without the WordPress copy', () => {
    const d = newDaemon();
    pull(d, 'php:8.2-apache');
    run(d, { Image: 'php:8.2-apache' }, 'php');
    expect(inspectState(d, 'php').Status).toBe('running');
    expect(logs(d, 'php').some((l) => l.startsWith('WordPress'))).toBe(false);
  });
});

describe('mongo-express', () => {
  it('without a reachable mongo it retries ten times, prints the driver error and exits 1 after 40 s', () => {
    const d = newDaemon();
    pull(d, 'mongo-express');
    run(d, { Image: 'mongo-express' }, 'me');
    const lines = logs(d, 'me');
    expect(lines[0]).toBe('Waiting for mongo:27017...');
    expect(lines[1]).toBe('/docker-entrypoint.sh: line 15: mongo: Name does not resolve');
    expect(lines.filter((l) => / retrying to connect to mongo:27017 \(\d+\/10\)$/.test(l))).toHaveLength(9);
    expect(lines).toContain('Could not connect to database using connectionString: mongodb://mongo:27017"');
    expect(lines).toContain('MongoServerSelectionError: getaddrinfo ENOTFOUND mongo');
    expect(inspectState(d, 'me').Status).toBe('running');
    advance(d, 40_000);
    expect(inspectState(d, 'me')).toMatchObject({ Status: 'exited', ExitCode: 1 });
  });

  it('reaches mongodb by its name on a user-defined network (ME_CONFIG_MONGODB_URL) and serves on 8081', () => {
    const d = newDaemon();
    pull(d, 'mongo');
    pull(d, 'mongo-express');
    d.call('POST', '/networks/create', { Name: 'mongo-network' });
    run(d, { Image: 'mongo', HostConfig: { NetworkMode: 'mongo-network' } }, 'mongodb');
    const env = ['ME_CONFIG_MONGODB_URL=mongodb://mongodb:27017/'];
    run(d, { Image: 'mongo-express', Env: env, HostConfig: { NetworkMode: 'mongo-network' } }, 'me');
    expect(logs(d, 'me')).toEqual([
      'Waiting for mongodb:27017...',
      'No custom config.js found, loading config.default.js',
      'Welcome to mongo-express 1.0.2',
      '------------------------',
      '',
      '',
      'Mongo Express server listening at http://0.0.0.0:8081',
      'Server is open to allow connections from anyone (0.0.0.0)',
      'basicAuth credentials are "admin:pass", it is recommended you change this in your config.js!',
    ]);
    advance(d, 60_000);
    expect(inspectState(d, 'me').Status).toBe('running');
  });

  it('with ME_CONFIG_MONGODB_SERVER the entrypoint still waits for the URL host, then the app connects', () => {
    const d = newDaemon();
    pull(d, 'mongo');
    pull(d, 'mongo-express');
    d.call('POST', '/networks/create', { Name: 'mongo-network' });
    run(d, { Image: 'mongo', HostConfig: { NetworkMode: 'mongo-network' } }, 'mongodb');
    const env = ['ME_CONFIG_MONGODB_SERVER=mongodb', 'ME_CONFIG_BASICAUTH_USERNAME=me', 'ME_CONFIG_CONNECT_RETRIES=3'];
    run(d, { Image: 'mongo-express', Env: env, HostConfig: { NetworkMode: 'mongo-network' } }, 'me');
    const lines = logs(d, 'me');
    expect(lines[0]).toBe('Waiting for mongo:27017...');
    expect(lines.filter((l) => / retrying to connect to mongo:27017 \(\d\/3\)$/.test(l))).toHaveLength(2);
    expect(lines.slice(-2)).toEqual([
      'Mongo Express server listening at http://0.0.0.0:8081',
      'Server is open to allow connections from anyone (0.0.0.0)',
    ]);
    expect(inspectState(d, 'me').Status).toBe('running');
  });

  it('an unreachable ME_CONFIG_MONGODB_SERVER fails with its connection string, the password masked', () => {
    const d = newDaemon();
    pull(d, 'mongo-express');
    const env = [
      'ME_CONFIG_MONGODB_SERVER=db',
      'ME_CONFIG_MONGODB_ADMINUSERNAME=root',
      'ME_CONFIG_MONGODB_ADMINPASSWORD=hunter2',
    ];
    run(d, { Image: 'mongo-express', Env: env }, 'me');
    expect(logs(d, 'me')).toContain(
      'Could not connect to database using connectionString: mongodb://root:****@db:27017/"',
    );
    advance(d, 39_000);
    expect(inspectState(d, 'me')).toMatchObject({ Status: 'exited', ExitCode: 1 });
  });

  it('does not reach mongo by name on the default bridge, which has no embedded DNS', () => {
    const d = newDaemon();
    pull(d, 'mongo');
    pull(d, 'mongo-express');
    run(d, { Image: 'mongo' }, 'mongo');
    run(d, { Image: 'mongo-express' }, 'me');
    expect(logs(d, 'me')[1]).toBe('/docker-entrypoint.sh: line 15: mongo: Name does not resolve');
  });
});
