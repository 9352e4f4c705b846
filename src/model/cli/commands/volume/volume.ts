// `docker volume create|ls|rm` (docker/cli cli/command/volume/).
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';
import { filtersQuery } from '../common/filters';
import { writeList } from '../common/write-list';
import { naturalCompare } from '../common/natural-sort';
import { VOLUME_HEADER, volumeRow, type VolumeSummary } from '../rows/volume-row';

function keyValues(list: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    list.map((item) =>
      item.includes('=') ? [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)] : [item, ''],
    ),
  );
}

/** `docker volume create [NAME]`: prints the volume's name. */
export function volumeCreate(ctx: CommandContext): number {
  const { flags } = ctx;
  let name = ctx.args[0] ?? '';
  const flagName = flags.string('name');
  if (flagName !== '' && name !== '' && flagName !== name)
    throw new CliError('conflicting options: cannot specify a volume-name through both --name and as a positional arg');
  if (name === '') name = flagName;
  // volume.CreateOptions marshals with omitempty: empty options, labels and name are left out.
  const body: Record<string, unknown> = { Driver: flags.string('driver', 'local') };
  if (flags.list('opt').length > 0) body.DriverOpts = keyValues(flags.list('opt'));
  if (flags.list('label').length > 0) body.Labels = keyValues(flags.list('label'));
  if (name !== '') body.Name = name;
  const response = ctx.client.request('POST', '/volumes/create', {}, body);
  if (isError(response)) throw new CliError(daemonError(response));
  ctx.out.out(`${(response.json as { Name: string }).Name}\n`);
  return 0;
}

/** `docker volume ls`: sorted by name, naturally. */
export function volumeLs(ctx: CommandContext): number {
  const { flags } = ctx;
  const response = ctx.client.request('GET', '/volumes', { filters: filtersQuery(flags.list('filter')) });
  if (isError(response)) throw new CliError(daemonError(response));
  const volumes = [...((response.json as { Volumes?: VolumeSummary[] | null }).Volumes ?? [])].sort((a, b) =>
    naturalCompare(a.Name, b.Name),
  );
  const source = flags.string('format') || 'table';
  const format =
    source === 'table'
      ? flags.bool('quiet')
        ? '{{.Name}}'
        : 'table {{.Driver}}\t{{.Name}}'
      : flags.bool('quiet')
        ? '{{.Name}}'
        : source;
  writeList(ctx.out, volumes.map(volumeRow), {
    format,
    header: VOLUME_HEADER,
    typeName: '*formatter.volumeContext',
    row: (r) => r,
  });
  return 0;
}

/** `docker volume rm`: names echoed; errors at the end. */
export function volumeRm(ctx: CommandContext): number {
  const errors: string[] = [];
  for (const name of ctx.args) {
    if (name === '') {
      errors.push('invalid volume name or ID: value is empty');
      continue;
    }
    const response = ctx.client.request('DELETE', `/volumes/${pathSegment(name)}`, { force: ctx.flags.bool('force') });
    if (isError(response)) errors.push(daemonError(response));
    else ctx.out.out(`${name}\n`);
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'));
  return 0;
}
