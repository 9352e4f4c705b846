// The commands that act on several containers: stop, restart, kill, pause, unpause and rm print
// each success (the name as typed) as it happens and every error at the end (errors.Join); start
// prints errors as they happen and ends with "Error: failed to start containers: …".
import type { CommandContext, CommandResult } from '../../docker/context';
import { CliError } from '../../docker/context';
import type { ApiResponse } from '../../../api/types';
import { daemonError, isError, pathSegment, type QueryValue } from '../../client/api-client';
import { closeForeground, containerJob, followForeground } from '../run-foreground';

/** The docker client refuses an empty ID before asking the daemon. */
const EMPTY_ID = 'invalid container name or ID: value is empty';

type Call = (name: string) => ApiResponse;

function eachContainer(ctx: CommandContext, call: Call): number {
  const errors: string[] = [];
  for (const name of ctx.args) {
    if (name === '') {
      errors.push(EMPTY_ID);
      continue;
    }
    const response = call(name);
    if (isError(response)) errors.push(daemonError(response));
    else ctx.out.out(`${name}\n`);
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'));
  return 0;
}

const post =
  (ctx: CommandContext, action: string, query: Readonly<Record<string, QueryValue>> = {}): Call =>
  (name) =>
    ctx.client.request('POST', `/containers/${pathSegment(name)}/${action}`, query);

function stopQuery(ctx: CommandContext): Record<string, QueryValue> {
  const timeoutGiven = ctx.flags.changed('timeout') || ctx.flags.changed('time');
  const timeout = ctx.flags.changed('timeout') ? ctx.flags.int('timeout', 0) : ctx.flags.int('time', 0);
  return { signal: ctx.flags.string('signal') || undefined, t: timeoutGiven ? String(timeout) : undefined };
}

/** `docker stop`. */
export const stop = (ctx: CommandContext): number => eachContainer(ctx, post(ctx, 'stop', stopQuery(ctx)));
/** `docker restart`. */
export const restart = (ctx: CommandContext): number => eachContainer(ctx, post(ctx, 'restart', stopQuery(ctx)));
/** `docker kill`. */
export const kill = (ctx: CommandContext): number =>
  eachContainer(ctx, post(ctx, 'kill', { signal: ctx.flags.string('signal') || undefined }));
/** `docker pause`. */
export const pause = (ctx: CommandContext): number => eachContainer(ctx, post(ctx, 'pause'));
/** `docker unpause`. */
export const unpause = (ctx: CommandContext): number => eachContainer(ctx, post(ctx, 'unpause'));

/** `docker rm`: a missing container with --force is reported but does not fail the command. */
export function rm(ctx: CommandContext): number {
  const { flags, out } = ctx;
  const force = flags.bool('force');
  const errors: string[] = [];
  for (const typed of ctx.args) {
    const name = typed.replace(/^\/+|\/+$/g, '');
    if (name === '') {
      errors.push('container name cannot be empty');
      continue;
    }
    const response = ctx.client.request('DELETE', `/containers/${pathSegment(name)}`, {
      force,
      link: flags.bool('link'),
      v: flags.bool('volumes'),
    });
    if (!isError(response)) {
      out.out(`${name}\n`);
      continue;
    }
    if (force && response.status === 404) out.err(`${daemonError(response)}\n`);
    else errors.push(daemonError(response));
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'));
  return 0;
}

/** `docker start`; with -a it attaches to one container as `docker run` does. */
export function start(ctx: CommandContext): number | CommandResult {
  const { out } = ctx;
  if (ctx.flags.bool('attach') || ctx.flags.bool('interactive')) {
    if (ctx.args.length > 1) throw new CliError('you cannot start and attach multiple containers at once');
    return startAttached(ctx, ctx.args[0]);
  }
  const failed: string[] = [];
  for (const name of ctx.args) {
    if (name === '') {
      out.err(`${EMPTY_ID}\n`);
      failed.push(name);
      continue;
    }
    const response = post(ctx, 'start')(name);
    if (isError(response)) {
      out.err(`${daemonError(response)}\n`);
      failed.push(name);
    } else out.out(`${name}\n`);
  }
  if (failed.length > 0) throw new CliError(`Error: failed to start containers: ${failed.join(', ')}`);
  return 0;
}

function startAttached(ctx: CommandContext, name: string): number | CommandResult {
  if (name === '') throw new CliError(EMPTY_ID);
  const inspect = ctx.client.request('GET', `/containers/${pathSegment(name)}/json`);
  if (isError(inspect)) throw new CliError(daemonError(inspect));
  const info = inspect.json as { Id: string; Config?: { Tty?: boolean; OpenStdin?: boolean } };
  // docker/cli cli/command/container/start.go: stdin only with -i and a container created with it.
  const stdin = ctx.flags.bool('interactive') && (info.Config?.OpenStdin ?? false);
  const attach = ctx.client.request('POST', `/containers/${pathSegment(info.Id)}/attach`, {
    stderr: true,
    stdin,
    stdout: true,
    stream: true,
  });
  const wait = ctx.client.request('POST', `/containers/${pathSegment(info.Id)}/wait`, { condition: 'next-exit' });
  const fg = { containerId: info.Id, tty: info.Config?.Tty ?? false, attach: attach.body, wait, stdin };
  const started = post(ctx, 'start')(info.Id);
  if (isError(started)) {
    closeForeground(fg);
    throw new CliError(daemonError(started));
  }
  const piped = ctx.stdin ?? (ctx.term.stdinTty ? undefined : '');
  if (stdin && piped !== undefined) {
    attach.body?.write?.(piped);
    attach.body?.closeWrite?.();
    fg.stdin = false;
  }
  const status = followForeground(ctx.client, fg, ctx.out);
  return status === undefined ? { exitCode: 0, foreground: containerJob(ctx.client, fg) } : status;
}
