// `docker logs` (docker/cli cli/command/container/logs.go): inspect the container, then copy its
// log stream (demultiplexed to stdout/stderr, or raw to stdout for a TTY container). With
// --follow the simulator prints what is there and returns, as if interrupted at once.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';

/** Runs `docker logs`. */
export function logs(ctx: CommandContext): number {
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
  if (response.body)
    ctx.client.readStream(response.body, (frames) => {
      for (const frame of frames) if ('stream' in frame) out.write(tty ? 'stdout' : frame.stream, frame.text);
    });
  return 0;
}
