// `docker rmi` / `docker image rm` (docker/cli cli/command/image/remove.go): Untagged/Deleted lines
// as the daemon lists them; errors at the end, and with --force only "not found" ones are forgiven.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';

/** Runs `docker rmi`. */
export function rmi(ctx: CommandContext): number {
  const { flags, out } = ctx;
  const force = flags.bool('force');
  const errors: string[] = [];
  let fatal = false;
  for (const image of ctx.args) {
    const response = ctx.client.request('DELETE', `/images/${pathSegment(image)}`, {
      force,
      noprune: flags.bool('no-prune'),
    });
    if (isError(response)) {
      if (response.status !== 404) fatal = true;
      errors.push(daemonError(response));
      continue;
    }
    for (const item of (response.json as Array<{ Untagged?: string; Deleted?: string }> | undefined) ?? []) {
      out.out(item.Deleted ? `Deleted: ${item.Deleted}\n` : `Untagged: ${item.Untagged ?? ''}\n`);
    }
  }
  if (errors.length === 0) return 0;
  if (!force || fatal) throw new CliError(errors.join('\n'));
  out.err(`${errors.join('\n')}\n`);
  return 0;
}
