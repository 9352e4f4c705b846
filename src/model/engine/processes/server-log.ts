/**
 * What the server programs share to write their start-up lines: the pieces of a virtual-clock
 * timestamp, and the values the container's environment (image Env, then `-e`) gives them.
 */

import { stderr, stdout, type Program, type ProcessContext } from './program';

/** English month abbreviations, as C's strftime %b prints them. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** English weekday abbreviations, as C's strftime %a prints them. */
export const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A number as two digits. */
export const two = (n: number) => String(n).padStart(2, '0');

/** The UTC calendar fields of a virtual-clock instant, padded the way log lines print them. */
export function parts(ms: number) {
  const d = new Date(ms);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    d: d.getUTCDate(),
    wd: d.getUTCDay(),
    h: two(d.getUTCHours()),
    mi: two(d.getUTCMinutes()),
    s: two(d.getUTCSeconds()),
    ms: String(d.getUTCMilliseconds()).padStart(3, '0'),
  };
}

/** The value of an environment variable (the last definition wins, as `-e` overrides the image's Env). */
export const envValue = (ctx: ProcessContext, name: string): string | undefined =>
  [...ctx.env]
    .reverse()
    .find((e) => e.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/** Whether an environment variable is set to a non-empty value. */
export const hasEnv = (ctx: ProcessContext, name: string): boolean => !!envValue(ctx, name);

/** `date` in a container (coreutils or busybox, UTC): `Fri Dec 13 01:21:26 UTC 2024`, the day padded. */
export function dateCommand(ms: number): string {
  const t = parts(ms);
  return `${DAYS[t.wd]} ${MONTHS[t.mo]} ${String(t.d).padStart(2, ' ')} ${t.h}:${t.mi}:${t.s} UTC ${t.y}`;
}

// mysql's and mariadb's docker-entrypoint.sh note their start, then (as root) re-exec themselves under
// gosu as the mysql user, which notes the start again (`_main` in both entrypoint scripts).
/** The entrypoint's first lines: started, switching to the mysql user, started again. */
export function entrypointStart(stamp: string, server: string, version: string): string[] {
  const started = `${stamp} [Note] [Entrypoint]: Entrypoint script for ${server} ${version} started.`;
  return [started, `${stamp} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`, started];
}

/** The time stamp the mysql and mariadb entrypoints' notes carry (`2025-07-01 12:00:00+00:00`). */
export function entrypointStamp(ms: number): string {
  const t = parts(ms);
  return `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${t.h}:${t.mi}:${t.s}+00:00`;
}

/**
 * The mysql and mariadb entrypoints' refusal to initialize without a root password option:
 * its notes on stdout (mysql_note), the error and `help` on stderr (mysql_error), exit 1 at once.
 */
export function uninitializedRefusal(stamp: string, head: readonly string[], help: readonly string[]): Program {
  return {
    kind: 'exits',
    exitCode: 1,
    afterMs: 0,
    stopSignals: [],
    output: [
      ...stdout(...head),
      ...stderr(
        `${stamp} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`,
        ...help,
      ),
    ],
  };
}
