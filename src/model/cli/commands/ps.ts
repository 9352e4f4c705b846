// `docker ps` / `docker container ls` (docker/cli cli/command/container/list.go).
import type { CommandContext } from '../docker/context';
import { CliError } from '../docker/context';
import { daemonError, isError } from '../client/api-client';
import { executeDockerTemplate, parseDockerTemplate } from '../format/template';
import { filtersQuery } from './common/filters';
import { writeList } from './common/write-list';
import {
  CONTAINER_HEADER,
  CONTAINER_TYPE,
  DEFAULT_CONTAINER_TABLE,
  containerFields,
  containerRow,
  type ContainerSummary,
} from './rows/container-row';

/** The `--format` for raw output (formatter.RawFormatKey). */
function rawFormat(quiet: boolean, size: boolean): string {
  if (quiet) return 'container_id: {{.ID}}';
  return (
    `container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\n` +
    `state: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\n` +
    `labels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n${size ? 'size: {{.Size}}\\n' : ''}`
  );
}

/** formatter.NewContainerFormat. */
function containerFormat(source: string, quiet: boolean, size: boolean): string {
  if (source === 'table' || source === '')
    return quiet ? '{{.ID}}' : size ? `${DEFAULT_CONTAINER_TABLE}\t{{.Size}}` : DEFAULT_CONTAINER_TABLE;
  if (source === 'raw') return rawFormat(quiet, size);
  return quiet ? '{{.ID}}' : source;
}

/**
 * buildContainerListOptions' template check: the raw --format is parsed and run once over an empty
 * container, both to validate it and to see whether it uses .Size (which asks the daemon for sizes).
 */
function checkTemplate(format: string, nowMs: number): boolean {
  const parsed = parseDockerTemplate(format);
  if (!parsed.ok) throw new CliError(`failed to parse template: ${parsed.error}`);
  let usesSize = false;
  const probe = containerRow({ Id: '' }, true, nowMs);
  const size = probe.Size;
  Object.defineProperty(probe, 'Size', {
    enumerable: true,
    get: () => {
      usesSize = true;
      return size;
    },
  });
  const result = executeDockerTemplate(parsed.template, probe, { typeName: CONTAINER_TYPE });
  if (result.error !== undefined) throw new CliError(`failed to execute template: ${result.error}`);
  return usesSize;
}

/** Runs `docker ps`. */
export function ps(ctx: CommandContext): number {
  const { flags, out } = ctx;
  const format = flags.string('format');
  const quiet = flags.bool('quiet');
  const last = flags.int('last', -1);
  let size = flags.bool('size');
  const limit = flags.bool('latest') && last === -1 ? 1 : last;
  if (format !== '' && checkTemplate(format, ctx.nowMs())) size = true;
  const response = ctx.client.request('GET', '/containers/json', {
    all: flags.bool('all'),
    filters: filtersQuery(flags.list('filter')),
    limit: limit !== -1 ? String(limit) : undefined,
    size,
  });
  if (isError(response)) throw new CliError(daemonError(response));
  if (format !== '' && quiet) out.err('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
  const trunc = !flags.bool('no-trunc');
  const now = ctx.nowMs();
  const fields = containerFields(trunc, now);
  const containers = (response.json as ContainerSummary[] | undefined) ?? [];
  writeList(out, containers, {
    format: containerFormat(format, quiet, size),
    header: CONTAINER_HEADER,
    typeName: CONTAINER_TYPE,
    row: (c) => containerRow(c, trunc, now, fields),
    fields,
  });
  return 0;
}
