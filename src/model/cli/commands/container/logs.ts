// `docker logs` (docker/cli cli/command/container/logs.go): inspect the container, then copy its
// log stream (demultiplexed to stdout/stderr, or raw to stdout for a TTY container). With
// --follow on a running container the stream stays open: what is there is printed, then the
// command keeps the terminal as a job that copies what the container writes as virtual time
// passes, until it stops (exit 0) or Ctrl+C.
import type { CommandContext, CommandResult } from '../../docker/context';
import type { ForegroundJob } from '../../docker/foreground-job';
import type { Output } from '../../docker/output';
import type { StreamBody, StreamFrame } from '../../../api/types';
import type { ApiClient } from '../../client/api-client';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';

/** Runs `docker logs`. */
export function logs(ctx: CommandContext): number | CommandResult {
  const { flags, out } = ctx;
  const name = ctx.args[0];
  if (name === '') throw new CliError('invalid container name or ID: value is empty');
  const inspect = ctx.client.request('GET', `/containers/${pathSegment(name)}/json`);
  if (isError(inspect)) throw new CliError(daemonError(inspect));
  const info = inspect.json as { Id: string; Config?: { Tty?: boolean } };
  const response = ctx.client.request('GET', `/containers/${pathSegment(info.Id)}/logs`, {
    details: flags.bool('details'),
    follow: flags.bool('follow'),
    since: flags.string('since') || undefined,
    stderr: true,
    stdout: true,
    tail: flags.string('tail', 'all'),
    timestamps: flags.bool('timestamps'),
    until: flags.string('until') || undefined,
  });
  if (isError(response)) throw new CliError(daemonError(response));
  const tty = info.Config?.Tty ?? false;
  const copy = (to: Output) => (frames: StreamFrame[]) => {
    for (const frame of frames) if ('stream' in frame) to.write(tty ? 'stdout' : frame.stream, frame.text, frame.at);
  };
  if (!response.body) return 0;
  if (!flags.bool('follow')) {
    ctx.client.readStream(response.body, copy(out));
    return 0;
  }
  if (ctx.client.pollStream(response.body, copy(out))) return 0;
  return { exitCode: 0, foreground: followJob(ctx.client, response.body, copy) };
}

/** `logs -f` in the foreground: reads nothing typed, prints as the container writes, ends with it. */
function followJob(
  client: ApiClient,
  body: StreamBody,
  copy: (to: Output) => (frames: StreamFrame[]) => void,
): ForegroundJob {
  let ended = false;
  const follow = (out: Output) => {
    if (!ended && client.pollStream(body, copy(out))) ended = true;
    return ended ? 0 : undefined;
  };
  return {
    readsInput: false,
    rawInput: false,
    input: (_text, out) => follow(out),
    follow,
    wakeAt: () => (ended ? undefined : body.wakeAt()),
    interrupt() {
      // The client dies of SIGINT (cmd/docker/docker.go getExitCode: 128 + SIGINT), printing nothing.
      body.close();
      ended = true;
      return 130;
    },
    close() {
      body.close();
    },
  };
}
