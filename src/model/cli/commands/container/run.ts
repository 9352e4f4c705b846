// `docker run` / `docker container run` (docker/cli cli/command/container/run.go): create (pulling
// if needed), then, detached, print the ID before starting; in the foreground attach, start and
// wait for the container's exit, whose code becomes docker's.
import type { CommandContext, CommandResult } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';
import { buildCreateBody } from './container-config';
import { ConfigError } from './config-error';
import { createContainer, runErrorCode, validatePullOption } from './create-container';
import { withHelp } from './create';
import { closeForeground, containerJob, followForeground } from '../run-foreground';

/** Runs `docker run`. */
export function run(ctx: CommandContext): number | CommandResult {
  const { flags, out } = ctx;
  const pullProblem = validatePullOption(flags.string('pull', 'missing'));
  if (pullProblem) throw withHelp('run', pullProblem);
  let created;
  try {
    created = buildCreateBody(flags, ctx.args[0], ctx.args.slice(1));
  } catch (error) {
    if (error instanceof ConfigError) throw withHelp('run', error.message);
    throw error;
  }
  const detach = flags.bool('detach');
  if (!detach) {
    if (created.tty && created.attachStdin && !ctx.term.stdinTty) throw new CliError('the input device is not a TTY');
  } else {
    if (flags.list('attach').length > 0)
      throw new CliError('conflicting options: cannot specify both --attach and --detach');
    Object.assign(created.body, { AttachStdin: false, AttachStdout: false, AttachStderr: false, StdinOnce: false });
  }
  let id: string;
  try {
    id = createContainer(ctx, ctx.args[0], created);
  } catch (error) {
    if (error instanceof CliError) throw withHelp('run', error.message, runErrorCode(error.message));
    throw error;
  }
  if (detach) out.out(`${id}\n`);
  const attached = !detach && (created.attachStdout || created.attachStderr || created.attachStdin);
  const attach = attached
    ? ctx.client.request('POST', `/containers/${pathSegment(id)}/attach`, {
        stderr: created.attachStderr,
        stdin: created.attachStdin,
        stdout: created.attachStdout,
        stream: true,
      }).body
    : undefined;
  const wait = ctx.client.request('POST', `/containers/${pathSegment(id)}/wait`, {
    condition: created.autoRemove ? 'removed' : 'next-exit',
  });
  const fg = { containerId: id, tty: created.tty, attach, wait, stdin: created.attachStdin };
  const started = ctx.client.request('POST', `/containers/${pathSegment(id)}/start`);
  if (isError(started)) {
    closeForeground(fg);
    const message = daemonError(started);
    throw withHelp('run', message, runErrorCode(message));
  }
  if (detach) {
    closeForeground(fg);
    return 0;
  }
  // Piped stdin (`echo ls | docker run -i alpine sh`) is copied to the container, then closed (EOF);
  // stdin that is neither a pipe nor a terminal is empty (/dev/null).
  const piped = ctx.stdin ?? (ctx.term.stdinTty ? undefined : '');
  if (created.attachStdin && piped !== undefined) {
    attach?.write?.(piped);
    attach?.closeWrite?.();
    fg.stdin = false;
  }
  const status = followForeground(ctx.client, fg, ctx.out);
  if (status === undefined) return { exitCode: 0, foreground: containerJob(ctx.client, fg) };
  return status;
}
