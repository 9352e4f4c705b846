// `docker exec` / `docker container exec` (docker/cli cli/command/container/exec.go RunExec): inspect
// the container first (so "no such container" wins), refuse -it without a terminal, create the exec,
// then start it detached (-d prints nothing) or attached: the output until the process ends, and
// its exit code. A process that keeps going (a shell reading the terminal) leaves a ForegroundJob.
import type { CommandContext, CommandResult } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';
import { copyExecFrames, ExecJob, execExitStatus } from './exec-job';

/** Runs `docker exec`. */
export function exec(ctx: CommandContext): number | CommandResult {
  const { flags, client } = ctx;
  const [container, ...cmd] = ctx.args;
  // opts.ReadKVEnvStrings: the env files are read first; the page has no files to read.
  for (const file of flags.list('env-file')) throw new CliError(`open ${file}: no such file or directory`);
  const env = flags.list('env');
  const detach = flags.bool('detach');
  const tty = flags.bool('tty');
  const attachStdin = !detach && flags.bool('interactive');

  const inspected = client.request('GET', `/containers/${pathSegment(container)}/json`);
  if (isError(inspected)) throw new CliError(daemonError(inspected));
  // In.CheckTty: only -i with -t needs stdin to be a terminal.
  if (!detach && tty && attachStdin && !ctx.term.stdinTty) throw new CliError('the input device is not a TTY');

  // container.ExecOptions, in its field order; ConsoleSize only with a TTY (as for run, 0x0 here).
  const options = {
    User: flags.string('user'),
    Privileged: flags.bool('privileged'),
    Tty: tty,
    ...(tty ? { ConsoleSize: [0, 0] } : {}),
    AttachStdin: attachStdin,
    AttachStderr: !detach,
    AttachStdout: !detach,
    Detach: detach,
    DetachKeys: flags.string('detach-keys'),
    Env: env.length ? env : null,
    WorkingDir: flags.string('workdir'),
    Cmd: cmd,
  };
  const created = client.request('POST', `/containers/${pathSegment(container)}/exec`, {}, options);
  if (isError(created)) throw new CliError(daemonError(created));
  const execId = (created.json as { Id: string }).Id;
  const startOptions = { Detach: detach, Tty: tty, ...(tty ? { ConsoleSize: [0, 0] } : {}) };
  const started = client.request('POST', `/exec/${pathSegment(execId)}/start`, {}, startOptions);
  if (isError(started)) throw new CliError(daemonError(started));
  if (detach || !started.body) return 0;

  const body = started.body;
  const terminalInput = attachStdin && ctx.stdin === undefined && ctx.term.stdinTty;
  if (attachStdin && !terminalInput) {
    // Piped stdin (or none: EOF at once), then CloseWrite, as the hijacked streamer does.
    if (ctx.stdin) body.write?.(ctx.stdin);
    body.closeWrite?.();
  }
  const ended = client.readStream(body, (frames) => copyExecFrames(frames, ctx.out, tty));
  if (ended) return execExitStatus(client, execId);
  return { exitCode: 0, foreground: new ExecJob(client, execId, body, tty, terminalInput) };
}
