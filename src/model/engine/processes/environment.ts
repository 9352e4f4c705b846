/**
 * The environment a container's process starts with, in moby's order (container/container.go
 * CreateDaemonEnvironment at v28.2.2): PATH, HOSTNAME, TERM=xterm under a TTY, then the config's Env
 * replacing those in place or appended; runc (libcontainer init) then appends HOME from /etc/passwd.
 */

import type { ProcessContext } from './program';

// oci.DefaultPathEnv("linux").
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** `NAME=value` entries as `env` prints them in the container. */
export function processEnvironment(ctx: Pick<ProcessContext, 'env' | 'hostname' | 'tty'>): string[] {
  const env = [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${ctx.hostname}`, ...(ctx.tty ? ['TERM=xterm'] : [])];
  for (const entry of ctx.env) {
    const name = entry.includes('=') ? entry.slice(0, entry.indexOf('=')) : entry;
    const at = env.findIndex((e) => e.startsWith(`${name}=`));
    if (at === -1) env.push(entry);
    else env[at] = entry;
  }
  if (!env.some((e) => e.startsWith('HOME='))) env.push('HOME=/root');
  return env;
}
