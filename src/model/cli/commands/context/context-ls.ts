// `docker context ls` (docker/cli cli/command/context/list.go): the stored contexts and the
// default one, naturally sorted, the current one starred; a current context that does not exist
// gets a row with its error (truncated to 45 columns), and DOCKER_HOST earns a warning.
import type { CommandContext } from '../../docker/context';
import { writeList } from '../common/write-list';
import { naturalLess } from '../common/natural-sort';
import { truncateRunes } from '../../format/ellipsis';
import { contextNotFound, listContexts } from '../../client/context-store';
import { currentContext, defaultContext, dockerHostOverrides, storeDir } from './context-env';

interface ContextRow {
  Name: string;
  Description: string;
  DockerEndpoint: string;
  Current: boolean;
  Error: string;
}

const HEADER: Readonly<Record<string, string>> = {
  Name: 'NAME',
  Description: 'DESCRIPTION',
  DockerEndpoint: 'DOCKER ENDPOINT',
  Error: 'ERROR',
};

/** formatter.ClientContextTableFormat. */
const TABLE = 'table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}';

/** Runs `docker context ls`. */
export function contextLs(ctx: CommandContext): number {
  const dir = storeDir(ctx);
  const current = currentContext(ctx);
  const metas = [defaultContext(ctx), ...listContexts(ctx.local, dir)];
  const rows: ContextRow[] = metas.map((meta) => ({
    Name: meta.Name,
    Description: meta.Metadata.Description ?? '',
    DockerEndpoint: meta.Endpoints.docker?.Host ?? '',
    Current: meta.Name === current,
    Error: '',
  }));
  if (!rows.some((r) => r.Current))
    rows.push({
      Name: current,
      Description: '',
      DockerEndpoint: '',
      Current: true,
      Error: contextNotFound(dir, current),
    });
  rows.sort((a, b) => (naturalLess(a.Name, b.Name) ? -1 : naturalLess(b.Name, a.Name) ? 1 : 0));
  const source = ctx.flags.string('format') || 'table';
  const format = ctx.flags.bool('quiet') ? '{{.Name}}' : source === 'table' ? TABLE : source;
  writeList(ctx.out, rows, {
    format,
    header: HEADER,
    typeName: '*formatter.clientContextContext',
    row: (r) => ({ ...r, Error: truncateRunes(r.Error, 45) }),
  });
  if (dockerHostOverrides(ctx))
    ctx.out.err(
      'Warning: DOCKER_HOST environment variable overrides the active context. To use a context, either set the ' +
        'global --context flag, or unset DOCKER_HOST environment variable.\n',
    );
  return 0;
}
