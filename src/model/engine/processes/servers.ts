/**
 * Long-running programs from the official images, with the startup lines they really log
 * (trimmed) and the stop signal they exit on. Timestamps come from the virtual clock.
 */

import { stderr, stdout, type OutputLine, type Program, type ProcessContext } from './program';
import { normalizePath, type ContainerFs } from './container-fs';
import {
  DAYS,
  entrypointStamp,
  entrypointStart,
  envValue,
  hasEnv,
  MONTHS,
  parts,
  two,
  uninitializedRefusal,
} from './server-log';
import { apache2Foreground } from './web-servers';
import { mongoExpress } from './mongo-express';
import { mariadb } from './mariadb';

// docs/reference/catalog.json trims the Env of nginx:latest, nginx:alpine and redis:latest (the reference pins
// their configs); their builds set these versions (`ENV NGINX_VERSION=1.29.0`, redis's 8.0.3 tarball).
const NGINX_CATALOG_VERSION = '1.29.0';
const REDIS_CATALOG_VERSION = '8.0.3';

/** The redis version: REDIS_VERSION (redis 7.2 and older set it), else the release tarball's name. */
export function redisVersion(ctx: ProcessContext): string {
  const url = envValue(ctx, 'REDIS_DOWNLOAD_URL') ?? '';
  return envValue(ctx, 'REDIS_VERSION') ?? /(\d+\.\d+\.\d+)\.tar\.gz$/.exec(url)?.[1] ?? REDIS_CATALOG_VERSION;
}

/** The nginx version: the image's NGINX_VERSION, else the catalog's build. */
export function nginxVersion(ctx: ProcessContext): string {
  return envValue(ctx, 'NGINX_VERSION') ?? NGINX_CATALOG_VERSION;
}

function nginx(ctx: ProcessContext): Program {
  const t = parts(ctx.nowMs);
  const stamp = `${t.y}/${two(t.mo + 1)}/${two(t.d)} ${t.h}:${t.mi}:${t.s}`;
  const entry = '/docker-entrypoint.sh';
  const output: OutputLine[] = [
    ...stdout(
      `${entry}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
      `${entry}: Looking for shell scripts in /docker-entrypoint.d/`,
      `${entry}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
      '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
      `${entry}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
      `${entry}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
      `${entry}: Configuration complete; ready for start up`,
    ),
    ...stderr(
      `${stamp} [notice] 1#1: using the "epoll" event method`,
      `${stamp} [notice] 1#1: nginx/${nginxVersion(ctx)}`,
      `${stamp} [notice] 1#1: OS: Linux ${ctx.kernelVersion}`,
      `${stamp} [notice] 1#1: start worker processes`,
      `${stamp} [notice] 1#1: start worker process 29`,
    ),
  ];
  // nginx creates its cache directories and pid file: the 1.09kB writable layer of `system df`.
  return { kind: 'serves', output, rwBytes: 1093, stopSignals: ['SIGQUIT', 'SIGTERM', 'SIGINT'] };
}

function redis(ctx: ProcessContext): Program {
  const t = parts(ctx.nowMs);
  const stamp = `${t.d} ${MONTHS[t.mo]} ${t.y} ${t.h}:${t.mi}:${t.s}.${t.ms}`;
  return {
    kind: 'serves',
    output: stdout(
      `1:C ${stamp} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
      `1:C ${stamp} * Redis version=${redisVersion(ctx)}, bits=64, commit=00000000, modified=1, pid=1, just started`,
      `1:C ${stamp} # Warning: no config file specified, using the default config. In order to specify a ` +
        `config file use redis-server /path/to/redis.conf`,
      `1:M ${stamp} * Running mode=standalone, port=6379.`,
      `1:M ${stamp} * Server initialized`,
      `1:M ${stamp} * Ready to accept connections tcp`,
    ),
    rwBytes: 0,
    stopSignals: ['SIGTERM', 'SIGINT'],
  };
}

function httpd(ctx: ProcessContext): Program {
  const t = parts(ctx.nowMs);
  const stamp = `${DAYS[t.wd]} ${MONTHS[t.mo]} ${t.d} ${t.h}:${t.mi}:${t.s}.${t.ms}000 ${t.y}`;
  const fqdn =
    `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ` +
    `${ctx.ipAddress}. Set the 'ServerName' directive globally to suppress this message`;
  return {
    kind: 'serves',
    output: stderr(
      fqdn,
      fqdn,
      `[${stamp}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/` +
        `${envValue(ctx, 'HTTPD_VERSION') ?? '2.4.65'} (Unix) configured -- resuming normal operations`,
      `[${stamp}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`,
    ),
    rwBytes: 2,
    stopSignals: ['SIGWINCH', 'SIGTERM'],
  };
}

// What initdb makes in PGDATA (the configuration files are left out: their text is not modelled).
const PGDATA_DIRS = [
  'base',
  'global',
  'pg_commit_ts',
  'pg_dynshmem',
  'pg_logical',
  'pg_multixact',
  'pg_notify',
  'pg_replslot',
  'pg_serial',
  'pg_snapshots',
  'pg_stat',
  'pg_stat_tmp',
  'pg_subtrans',
  'pg_tblspc',
  'pg_twophase',
  'pg_wal',
  'pg_xact',
];

/**
 * docker-entrypoint.sh: a PGDATA with PG_VERSION holds a database, which is used as it is (no
 * password needed); an empty one is initialized; anything else makes initdb refuse.
 */
function postgres(ctx: ProcessContext, fs: ContainerFs): Program {
  const pgdata = normalizePath(envValue(ctx, 'PGDATA') || '/var/lib/postgresql/data');
  const exists =
    fs.kind(`${pgdata}/PG_VERSION`) === 'file' && (fs.read(`${pgdata}/PG_VERSION`, () => undefined) ?? '') !== '';
  if (exists)
    return postgresServing(
      ctx,
      stdout('PostgreSQL Database directory appears to contain a database; Skipping initialization'),
    );
  if (!hasEnv(ctx, 'POSTGRES_PASSWORD') && !hasEnv(ctx, 'POSTGRES_HOST_AUTH_METHOD')) {
    return {
      kind: 'exits',
      exitCode: 1,
      afterMs: 0,
      stopSignals: [],
      output: stderr(
        'Error: Database is uninitialized and superuser password is not specified.',
        '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
        '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
        '',
        '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
        '       connections without a password. This is *not* recommended.',
      ),
    };
  }
  if (fs.kind(pgdata) === 'dir' && fs.list(pgdata).length > 0) {
    return {
      kind: 'exits',
      exitCode: 1,
      afterMs: 0,
      stopSignals: [],
      output: [
        ...stdout('The files belonging to this database system will be owned by user "postgres".'),
        ...stderr(
          `initdb: error: directory "${pgdata}" exists but is not empty`,
          `initdb: hint: If you want to create a new database system, either remove or empty the directory "` +
            `${pgdata}" or run initdb with an argument other than "${pgdata}".`,
        ),
      ],
    };
  }
  const segments = pgdata.split('/').filter(Boolean);
  for (let i = 1; i <= segments.length; i++) fs.mkdir(`/${segments.slice(0, i).join('/')}`);
  if (fs.canWrite(`${pgdata}/PG_VERSION`) === null) {
    fs.write(`${pgdata}/PG_VERSION`, `${envValue(ctx, 'PG_MAJOR') ?? '17'}\n`);
    for (const dir of PGDATA_DIRS) fs.mkdir(`${pgdata}/${dir}`);
  }
  return postgresServing(
    ctx,
    stdout(
      'The files belonging to this database system will be owned by user "postgres".',
      'PostgreSQL init process complete; ready for start up.',
    ),
  );
}

function postgresServing(ctx: ProcessContext, entrypoint: OutputLine[]): Program {
  const t = parts(ctx.nowMs);
  const stamp = `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${t.h}:${t.mi}:${t.s}.${t.ms} UTC`;
  // PG_VERSION is the Debian package version (17.5-1.pgdg120+1); the server reports 17.5.
  const pgPackage = envValue(ctx, 'PG_VERSION') ?? '';
  const pgVersion = pgPackage.replace(/-.*$/, '');
  return {
    kind: 'serves',
    output: [
      ...entrypoint,
      ...stderr(
        `${stamp} [1] LOG:  starting PostgreSQL ${pgVersion} (Debian ${pgPackage}) on x86_64-pc-linux-gnu, ` +
          `compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`,
        `${stamp} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
        `${stamp} [1] LOG:  database system is ready to accept connections`,
      ),
    ],
    rwBytes: 63,
    stopSignals: ['SIGINT', 'SIGTERM'],
  };
}

function mysql(ctx: ProcessContext): Program {
  const stamp = entrypointStamp(ctx.nowMs);
  // MYSQL_VERSION is the package version (8.4.5-1.el9); mysqld reports the server version (8.4.5).
  const version = envValue(ctx, 'MYSQL_VERSION') ?? '';
  const head = entrypointStart(stamp, 'MySQL Server', version);
  const options = ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'];
  if (!options.some((n) => hasEnv(ctx, n))) {
    return uninitializedRefusal(stamp, head, [
      '    You need to specify one of the following as an environment variable:',
      ...options.map((n) => `    - ${n}`),
    ]);
  }
  return {
    kind: 'serves',
    output: stdout(
      ...head,
      `${stamp} [Note] [Entrypoint]: MySQL init process done. Ready for start up.`,
      `${stamp} [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060`,
      `${stamp} [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '` +
        `${version.replace(/-.*$/, '')}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community ` +
        `Server - GPL.`,
    ),
    rwBytes: 2,
    stopSignals: ['SIGTERM'],
  };
}

function mongod(ctx: ProcessContext): Program {
  const iso = new Date(ctx.nowMs).toISOString().replace('Z', '+00:00');
  return {
    kind: 'serves',
    output: stdout(
      `{"t":{"$date":"${iso}"},"s":"I",  "c":"NETWORK",  "id":23015,   "ctx":"listener","msg":"Listening on",` +
        `"attr":{"address":"0.0.0.0"}}`,
      `{"t":{"$date":"${iso}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for ` +
        `connections","attr":{"port":27017,"ssl":"off"}}`,
    ),
    rwBytes: 0,
    stopSignals: ['SIGTERM', 'SIGINT'],
  };
}

/** Server programs by executable name. */
export const SERVERS: Record<string, (ctx: ProcessContext, fs: ContainerFs) => Program> = {
  nginx,
  'redis-server': redis,
  'httpd-foreground': httpd,
  httpd,
  postgres,
  mysqld: mysql,
  mariadbd: mariadb,
  mongod,
  'apache2-foreground': apache2Foreground,
  'mongo-express': mongoExpress,
};
