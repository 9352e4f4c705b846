/**
 * The programs besides coreutils' basics that the simulator runs, by executable name: archives,
 * text filters, ps, and the clients and version flags of the official images' servers.
 */

import { exitsNow, stderr, type Program, type ProcessContext } from './program';
import type { ContainerFs } from './container-fs';
import { tar } from './tar';
import { TEXT_TOOLS } from './text-tools';
import { ps } from './ps';
import { redisCli } from './redis-cli';
import { mongosh } from './mongosh';
import { sqlClient } from './sql-client';
import { nginxVersion, SERVERS } from './servers';

/** A program: its arguments, its container, its files and what it reads on stdin. */
export type Tool = (args: string[], ctx: ProcessContext, fs: ContainerFs, stdin?: string) => Program;

/** nginx's own flags (-v, -t print to stderr and exit); anything else starts the server. */
function nginx(args: string[], ctx: ProcessContext, fs: ContainerFs): Program {
  const version = `nginx version: nginx/${nginxVersion(ctx)}`;
  if (args.includes('-v') || args.includes('-V')) return exitsNow(0, stderr(version));
  if (args.includes('-t'))
    return exitsNow(
      0,
      stderr(
        'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok',
        'nginx: configuration file /etc/nginx/nginx.conf test is successful',
      ),
    );
  return SERVERS.nginx(ctx, fs);
}

/** The programs by executable name. */
export const TOOLS: Record<string, Tool> = {
  tar,
  ps,
  ...TEXT_TOOLS,
  nginx,
  'redis-cli': redisCli,
  mongosh,
  mysql: sqlClient,
  mariadb: sqlClient,
};
