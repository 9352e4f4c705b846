// `docker images` / `docker image ls` (docker/cli cli/command/image/list.go, formatter/image.go).
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import { filtersQuery } from '../common/filters';
import { writeList } from '../common/write-list';
import { IMAGE_HEADER, IMAGE_TYPE, imageRows, type ImageSummary } from '../rows/image-row';

const DEFAULT_TABLE =
  'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const DEFAULT_TABLE_DIGEST =
  'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/' +
  'A{{end}}\t{{.Size}}';

/** `docker image` subcommands (and the `list` alias) that `docker images WORD` hints at. */
const HINTED = new Set([
  'build',
  'history',
  'import',
  'inspect',
  'list',
  'load',
  'ls',
  'prune',
  'pull',
  'push',
  'rm',
  'save',
  'tag',
]);

/** formatter.NewImageFormat. */
function imageFormat(source: string, quiet: boolean, digest: boolean): string {
  if (source === 'table') return quiet ? '{{.ID}}' : digest ? DEFAULT_TABLE_DIGEST : DEFAULT_TABLE;
  if (source === 'raw') {
    if (quiet) return 'image_id: {{.ID}}';
    return (
      `repository: {{ .Repository }}\ntag: {{.Tag}}\n${digest ? 'digest: {{.Digest}}\n' : ''}image_id: {{.ID}}\n` +
      `created_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n`
    );
  }
  if (source.startsWith('table') && digest && !source.includes('{{.Digest}}')) return `${source}\t{{.Digest}}`;
  return source;
}

/** Runs `docker images`. */
export function images(ctx: CommandContext): number {
  const { flags, out, args } = ctx;
  const match = args[0] ?? '';
  const response = ctx.client.request('GET', '/images/json', {
    all: flags.bool('all'),
    filters: filtersQuery(flags.list('filter'), match ? [['reference', match]] : []),
  });
  if (isError(response)) throw new CliError(daemonError(response));
  const list = (response.json as ImageSummary[] | undefined) ?? [];
  const quiet = flags.bool('quiet');
  const digests = flags.bool('digests');
  const format = imageFormat(flags.string('format') || 'table', quiet, digests);
  const options = {
    trunc: !flags.bool('no-trunc'),
    needDigest: digests || format.includes('{{.Digest}}'),
    digestFlag: digests,
    nowMs: ctx.nowMs(),
  };
  writeList(
    out,
    list.flatMap((img) => imageRows(img, options)),
    { format, header: IMAGE_HEADER, typeName: IMAGE_TYPE, row: (r) => r },
  );
  if (list.length === 0 && ctx.path === 'images' && HINTED.has(match)) {
    out.err(`\nNo images found matching "${match}": did you mean "docker image ${match}"?\n`);
  }
  return 0;
}
