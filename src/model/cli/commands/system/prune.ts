// `docker system prune` (docker/cli cli/command/system/prune.go): one confirmation for everything,
// then container, network, (volume,) image and build-cache prunes in that order, each printing its
// section, and the sum of what they reclaimed.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { filterPairs } from '../common/filters';
import { naturalCompare } from '../common/natural-sort';
import { confirmThenPrune, writeReclaimed, type PruneReport } from '../common/prune';
import { runContainerPrune } from '../container/prune';
import { runNetworkPrune } from '../network/prune';
import { runVolumePrune } from '../volume/prune';
import { runImagePrune } from '../image/prune';
import { runBuildCachePrune } from './build-cache-prune';

/**
 * confirmationMessage: confirmationTemplate rendered with its warnings (which depend on --volumes
 * and --all; the build cache is always pruned at API >= 1.31) and the label/label!/until filters.
 */
export function systemPruneMessage(all: boolean, volumes: boolean, filters: readonly string[]): string {
  const warnings = ['all stopped containers', 'all networks not used by at least one container'];
  if (volumes) warnings.push('all anonymous volumes not used by at least one container');
  warnings.push(all ? 'all images without at least one container associated to them' : 'all dangling images');
  warnings.push(all ? 'all build cache' : 'unused build cache');
  const shown = filterPairs(filters)
    .filter(([key]) => ['label', 'label!', 'until'].includes(key))
    .map(([key, value]) => `${key}=${value}`)
    .filter((f, i, list) => list.indexOf(f) === i)
    .sort(naturalCompare);
  const filterBlock = shown.length
    ? `\n  Items to be pruned will be filtered with:${shown.map((f) => `\n  - ${f}`).join('')}\n`
    : '';
  const list = warnings.map((w) => `\n  - ${w}`).join('');
  return `WARNING! This will remove:${list}\n${filterBlock}\nAre you sure you want to continue?`;
}

/** Runs `docker system prune`. */
export function systemPrune(ctx: CommandContext): number {
  const all = ctx.flags.bool('all');
  const volumes = ctx.flags.bool('volumes');
  const filters = ctx.flags.list('filter');
  if (volumes && filterPairs(filters).some(([key]) => key === 'until'))
    throw new CliError('ERROR: The "until" filter is not supported with "--volumes"');
  return confirmThenPrune(ctx, systemPruneMessage(all, volumes, filters), () => {
    const steps: Array<() => PruneReport> = [
      () => runContainerPrune(ctx, filters),
      () => runNetworkPrune(ctx, filters),
    ];
    if (volumes) steps.push(() => runVolumePrune(ctx, filters));
    steps.push(() => runImagePrune(ctx, all, filters));
    steps.push(() => runBuildCachePrune(ctx, all, filters));
    let reclaimed = 0;
    for (const step of steps) {
      const report = step();
      reclaimed += report.spaceReclaimed;
      if (report.output !== '') ctx.out.out(`${report.output}\n`);
    }
    writeReclaimed(ctx, reclaimed);
  });
}
