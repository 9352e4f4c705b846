/**
 * mariadbd behind the mariadb image's docker-entrypoint.sh: the entrypoint's notes carry the
 * image's MARIADB_VERSION; without a root password option the entrypoint refuses to initialize.
 * Texts follow MariaDB/mariadb-docker's docker-entrypoint.sh (docker_verify_minimum_env) and the
 * logs users post of it; the server's own start-up is cut to its "ready for connections" line.
 */

import { stdout, type Program, type ProcessContext } from './program';
import { entrypointStamp, entrypointStart, envValue, hasEnv, parts, two, uninitializedRefusal } from './server-log';

// The entrypoint accepts each MARIADB_* option under its older MYSQL_* name too.
const ROOT_PASSWORD_OPTIONS = [
  'MARIADB_ROOT_PASSWORD',
  'MYSQL_ROOT_PASSWORD',
  'MARIADB_ROOT_PASSWORD_HASH',
  'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD',
  'MYSQL_ALLOW_EMPTY_PASSWORD',
  'MARIADB_RANDOM_ROOT_PASSWORD',
  'MYSQL_RANDOM_ROOT_PASSWORD',
];

/** mariadbd started by the entrypoint: refuses without a root password option, else serves on 3306. */
export function mariadb(ctx: ProcessContext): Program {
  const t = parts(ctx.nowMs);
  const stamp = entrypointStamp(ctx.nowMs);
  // MARIADB_VERSION is the package version (1:11.8.2+maria~ubu2404); the server calls itself 11.8.2-MariaDB-ubu2404.
  const pkg = envValue(ctx, 'MARIADB_VERSION') ?? '';
  const head = entrypointStart(stamp, 'MariaDB Server', pkg);
  if (!ROOT_PASSWORD_OPTIONS.some((name) => hasEnv(ctx, name))) {
    return uninitializedRefusal(stamp, head, [
      '\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, ' +
        'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD',
    ]);
  }
  const release = pkg.replace(/^\d+:/, '').replace(/\+maria~(\w+)$/, '-MariaDB-$1');
  const server = `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${t.h}:${t.mi}:${t.s} 0`;
  return {
    kind: 'serves',
    output: stdout(
      ...head,
      `${stamp} [Note] [Entrypoint]: MariaDB init process done. Ready for start up.`,
      `${server} [Note] mariadbd: ready for connections.`,
      `Version: '${release}'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
    ),
    rwBytes: 2,
    stopSignals: ['SIGTERM'],
  };
}
