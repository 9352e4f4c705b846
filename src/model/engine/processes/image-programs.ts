/**
 * Which executables an image has, and which of them the simulator runs. debian and ubuntu: the
 * Essential/required packages of their base images (coreutils, bash, dash, grep, sed, tar, gzip,
 * findutils, mawk, perl-base, util-linux, apt, hostname); no procps, curl, wget or ping in debian;
 * ubuntu's base adds procps (ps, top, free). alpine: BusyBox's applets and apk. The official server
 * images add their own clients (redis-cli, mongosh, psql, mysql); mongo's Dockerfile also installs
 * procps and jq. A program the image has but the simulator does not run answers so honestly.
 */

import type { ProcessContext } from './program';
import { FILE_COMMANDS } from './file-commands';

/** The programs the simulator runs (when the image has them). */
export const SIMULATED = new Set([
  'echo',
  'sleep',
  'true',
  'false',
  'env',
  'printenv',
  'hostname',
  'date',
  'uname',
  'whoami',
  'id',
  'pwd',
  ...FILE_COMMANDS,
  'tar',
  'ps',
  'grep',
  'head',
  'tail',
  'wc',
  'sort',
  'ping',
  'nginx',
  'redis-cli',
  'mongosh',
  'mysql',
  'mariadb',
  'sh',
  'ash',
  'bash',
  'dash',
  'hello',
]);

const COMMON = [
  ...['echo', 'sleep', 'true', 'false', 'env', 'printenv', 'hostname', 'date', 'uname', 'whoami', 'id', 'pwd'],
  ...[...FILE_COMMANDS, 'tar', 'grep', 'head', 'tail', 'wc', 'sort', 'sh'],
  ...['cp', 'mv', 'ln', 'chmod', 'chown', 'df', 'du', 'sed', 'find', 'xargs', 'awk', 'cut', 'tr', 'tee', 'seq'],
  ...['stat', 'basename', 'dirname', 'readlink', 'sha256sum', 'md5sum', 'base64', 'expr', 'nproc', 'gzip'],
  ...['gunzip', 'zcat', 'mount', 'umount', 'su', 'more', 'kill', 'uniq', 'touch', 'rmdir', 'mktemp', 'which'],
];
const DEBIAN = ['bash', 'dash', 'apt', 'apt-get', 'apt-cache', 'dpkg', 'perl', 'mawk', 'login', 'getent'];
const PROCPS = ['ps', 'top', 'free', 'pkill', 'pgrep', 'uptime', 'watch', 'vmstat'];
const BUSYBOX = [
  ...['ash', 'apk', 'ping', 'ps', 'top', 'free', 'wget', 'vi', 'nc', 'netstat', 'ifconfig', 'ip', 'nslookup'],
  ...['traceroute', 'less', 'uptime', 'watch', 'pkill', 'pgrep', 'telnet', 'unzip', 'bzip2', 'xz', 'diff'],
];

// The image's main program (what its config runs) brings its companions.
const COMPANIONS: Record<string, string[]> = {
  'redis-server': ['redis-cli', 'redis-benchmark', 'redis-check-aof', 'redis-check-rdb', 'redis-sentinel'],
  mongod: ['mongosh', 'mongos', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport', ...PROCPS, 'jq'],
  postgres: ['psql', 'pg_ctl', 'initdb', 'pg_dump', 'pg_restore', 'createdb', 'dropdb'],
  mysqld: ['mysql', 'mysqladmin', 'mysqldump', 'mysqlsh'],
  mariadbd: ['mariadb', 'mysql', 'mariadb-admin', 'mariadb-dump', 'mysqladmin', 'mysqldump'],
  nginx: ['nginx'],
  httpd: ['httpd', 'apachectl'],
  'httpd-foreground': ['httpd', 'apachectl'],
  'apache2-foreground': ['apache2', 'apache2ctl', 'php'],
  node: ['node', 'npm', 'npx', 'yarn'],
  python3: ['python', 'python3', 'pip', 'pip3'],
};

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

// Built once: what each base family ships.
const FAMILY_TOOLS: Record<ProcessContext['family'], Set<string>> = {
  scratch: new Set(['hello']),
  alpine: new Set([...COMMON, ...BUSYBOX]),
  debian: new Set([...COMMON, ...DEBIAN]),
  ubuntu: new Set([...COMMON, ...DEBIAN, ...PROCPS]),
};

/** Whether the container's image has the executable `name` (its base's, its own command's, their companions). */
export function imageHas(ctx: ProcessContext, name: string): boolean {
  if (FAMILY_TOOLS[ctx.family].has(name)) return true;
  return ctx.imagePrograms.some((program) => {
    const own = basename(program);
    return own === name || (ctx.family !== 'scratch' && (COMPANIONS[own] ?? []).includes(name));
  });
}
