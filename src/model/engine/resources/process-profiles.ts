/**
 * What the programs the course runs use once started: memory, CPU, PIDs, disk and network, each
 * number with where it comes from and how sure we are ([M]easured, [D]ocumented, [I]nformal
 * measurement, [C]laim, our [E]stimate, as src/model/vm/parameters flags them). Readings published
 * as `docker stats` output are the best sources: they are what a student compares with.
 */

import type { Flag } from './flags';

const MiB = 1024 * 1024;

/** How one program uses resources: a start ramp, then idle. */
export interface ResourceProfile {
  /** Memory (RSS and kernel memory the cgroup charges) once idle, in bytes. */
  idleBytes: number;
  /** Page cache the program reads, reported as `inactive_file` (which `docker stats` leaves out). */
  cacheBytes: number;
  /** How long its start takes with the CPU it wants; memory grows to `idleBytes` meanwhile. */
  rampMs: number;
  /** CPUs it keeps busy while starting. */
  startCpus: number;
  /** CPUs it uses when idle (timers, housekeeping threads). */
  idleCpus: number;
  /** Processes and threads (the cgroup's `pids.current`); 'per-cpu' is one master plus one worker per CPU. */
  pids: number | 'per-cpu';
  /** Bytes read from and written to disk during the start (a database initialising its files). */
  blockReadBytes: number;
  blockWriteBytes: number;
  /** Where the numbers come from, and how sure we are of them. */
  source: string;
  flags: Flag[];
}

/** A program nothing is known about: an estimate for a small server. */
export const GENERIC_PROFILE: ResourceProfile = {
  idleBytes: 16 * MiB,
  cacheBytes: 0,
  rampMs: 1000,
  startCpus: 0.2,
  idleCpus: 0.0005,
  pids: 1,
  blockReadBytes: 0,
  blockWriteBytes: 0,
  source: 'our estimate for a small server process',
  flags: ['E'],
};

/** A shell or a one-shot tool (`sh`, `bash`, `sleep`, `ping`): one small process. */
export const SHELL_PROFILE: ResourceProfile = {
  idleBytes: 1 * MiB,
  cacheBytes: 0,
  rampMs: 100,
  startCpus: 0.05,
  idleCpus: 0,
  pids: 1,
  blockReadBytes: 0,
  blockWriteBytes: 0,
  source: 'src/model/vm/parameters/apps.ts shell_rss (1 MB, our estimate); one process',
  flags: ['E'],
};

/** Profiles by the program's name (the image repository for its default command). */
export const PROCESS_PROFILES: Readonly<Record<string, ResourceProfile>> = {
  nginx: {
    idleBytes: 3 * MiB,
    cacheBytes: 0,
    rampMs: 500,
    startCpus: 0.1,
    idleCpus: 0,
    pids: 'per-cpu',
    blockReadBytes: 0,
    blockWriteBytes: 4096,
    source:
      'docker stats reading "fbnginx 0.00% 2.445 MiB" (github.com/ropensci/fishbaseapi/issues/29) [I]; ' +
      'nginx.conf of the image: "worker_processes auto;" = one worker per CPU plus the master [D]',
    flags: ['I', 'D'],
  },
  redis: {
    idleBytes: 3.5 * MiB,
    cacheBytes: 0,
    rampMs: 500,
    startCpus: 0.1,
    idleCpus: 0.0012,
    pids: 5,
    blockReadBytes: 0,
    blockWriteBytes: 0,
    source:
      'docker stats readings "fbredis 0.12% 1.625 MiB" (ropensci/fishbaseapi#29) and "redis1 0.07% 796 KiB", ' +
      '"redis2 2.746 MiB" (moby/moby#9984) [I], raised for redis 7/8 [E]; main thread, 3 bio threads and ' +
      "jemalloc's background thread [E]",
    flags: ['I', 'E'],
  },
  mongo: {
    idleBytes: 150 * MiB,
    cacheBytes: 8 * MiB,
    rampMs: 3000,
    startCpus: 0.6,
    idleCpus: 0.005,
    pids: 33,
    blockReadBytes: 0,
    blockWriteBytes: 25 * 1000 * 1000,
    source: 'the course brief range 80-180 MiB [C]; threads and start I/O our estimate [E]',
    flags: ['C', 'E'],
  },
  mysql: {
    idleBytes: 380 * MiB,
    cacheBytes: 16 * MiB,
    rampMs: 8000,
    startCpus: 1,
    idleCpus: 0.006,
    pids: 38,
    blockReadBytes: 0,
    blockWriteBytes: 180 * 1000 * 1000,
    source:
      '"change version to 8.0 only take 400M memory" (github.com/laradock/laradock/issues/3496) [I]; ' +
      'mysql 5.7 showed 30 PIDS (github.com/dyrnq/install-docker/issues/16) [I], 8.0 has more threads [E]',
    flags: ['I', 'E'],
  },
  mariadb: {
    idleBytes: 100 * MiB,
    cacheBytes: 8 * MiB,
    rampMs: 4000,
    startCpus: 0.8,
    idleCpus: 0.002,
    pids: 8,
    blockReadBytes: 0,
    blockWriteBytes: 90 * 1000 * 1000,
    source: '"I\'ve tried mariadb ... using 100 something MB" (github.com/docker-library/mysql/issues/579) [I]',
    flags: ['I', 'E'],
  },
  postgres: {
    idleBytes: 45 * MiB,
    cacheBytes: 4 * MiB,
    rampMs: 3000,
    startCpus: 0.5,
    idleCpus: 0.0005,
    pids: 7,
    blockReadBytes: 31_300_000,
    blockWriteBytes: 42_100_000,
    source:
      'docker stats reading of postgres:12-alpine "47.43MiB / 15.58GiB ... 31.3MB / 42.1MB 7" ' +
      '(github.com/DanTup/dgx_dashboard/issues/1) [I]',
    flags: ['I'],
  },
  httpd: {
    idleBytes: 8 * MiB,
    cacheBytes: 0,
    rampMs: 800,
    startCpus: 0.1,
    idleCpus: 0.0005,
    pids: 82,
    blockReadBytes: 0,
    blockWriteBytes: 0,
    source:
      'mpm_event defaults StartServers 3, ThreadsPerChild 25 (httpd docs) = 1 + 3 x (25 + 2) threads [D]; memory [E]',
    flags: ['D', 'E'],
  },
  node: {
    idleBytes: 40 * MiB,
    cacheBytes: 0,
    rampMs: 1000,
    startCpus: 0.5,
    idleCpus: 0.0005,
    pids: 7,
    blockReadBytes: 0,
    blockWriteBytes: 0,
    source: 'fbapi, a web service, "41.16 MiB" (ropensci/fishbaseapi#29) [I]; V8 platform threads [E]',
    flags: ['I', 'E'],
  },
  'mongo-express': {
    idleBytes: 60 * MiB,
    cacheBytes: 0,
    rampMs: 2000,
    startCpus: 0.6,
    idleCpus: 0.0005,
    pids: 11,
    blockReadBytes: 0,
    blockWriteBytes: 0,
    source: 'a node.js web app, above the node interpreter alone [E]',
    flags: ['E'],
  },
  python: {
    idleBytes: 9 * MiB,
    cacheBytes: 0,
    rampMs: 300,
    startCpus: 0.3,
    idleCpus: 0,
    pids: 1,
    blockReadBytes: 0,
    blockWriteBytes: 0,
    source: 'the CPython interpreter at its prompt [E]',
    flags: ['E'],
  },
  apache: {
    idleBytes: 20 * MiB,
    cacheBytes: 0,
    rampMs: 1000,
    startCpus: 0.2,
    idleCpus: 0.0005,
    pids: 6,
    blockReadBytes: 0,
    blockWriteBytes: 0,
    source: 'apache2 with mod_php (mpm_prefork StartServers 5, plus the parent) [D]; memory [E]',
    flags: ['D', 'E'],
  },
};

/** Program names that run a known profile (the mysql image runs mysqld). */
export const PROGRAM_PROFILE_NAMES: Readonly<Record<string, string>> = {
  nginx: 'nginx',
  'redis-server': 'redis',
  mongod: 'mongo',
  mysqld: 'mysql',
  mariadbd: 'mariadb',
  postgres: 'postgres',
  httpd: 'httpd',
  'httpd-foreground': 'httpd',
  node: 'node',
  python: 'python',
  python3: 'python',
  'apache2-foreground': 'apache',
  // Repositories whose image runs a profile under another name.
  wordpress: 'apache',
  phpmyadmin: 'apache',
  'docker-entrypoint.sh': '',
};

/** The profile of a program or repository name, if one is known. */
export function profileNamed(name: string): ResourceProfile | undefined {
  if (Object.prototype.hasOwnProperty.call(PROCESS_PROFILES, name)) return PROCESS_PROFILES[name];
  const alias = Object.prototype.hasOwnProperty.call(PROGRAM_PROFILE_NAMES, name) ? PROGRAM_PROFILE_NAMES[name] : '';
  return alias ? PROCESS_PROFILES[alias] : undefined;
}
