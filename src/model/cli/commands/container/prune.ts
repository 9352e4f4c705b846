// `docker container prune` (docker/cli cli/command/container/prune.go).
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import { filtersQuery } from '../common/filters';
import { confirmPrune, writeDeleted, writeReclaimed } from '../common/prune';

/** Runs `docker container prune`. */
export function containerPrune(ctx: CommandContext): number {
  if (!confirmPrune(ctx, 'WARNING! This will remove all stopped containers.')) return 0;
  const response = ctx.client.request('POST', '/containers/prune', { filters: filtersQuery(ctx.flags.list('filter')) });
  if (isError(response)) throw new CliError(daemonError(response));
  const json = response.json as { ContainersDeleted?: string[] | null; SpaceReclaimed?: number };
  writeDeleted(ctx, 'Deleted Containers', json.ContainersDeleted ?? []);
  writeReclaimed(ctx, json.SpaceReclaimed ?? 0);
  return 0;
}
