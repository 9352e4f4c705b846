// `docker system df` (docker/cli cli/command/formatter/disk_usage.go): the summary table, or with
// -v the four sections. Sizes in the summary use 4 significant digits; the verbose image table
// mixes 3 (SIZE) and 4 (SHARED/UNIQUE SIZE), as docker does.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import { humanSize } from '../../../kernel/go-units';
import { formatRows } from '../../format/template';
import { familiarName, parseNormalizedNamed } from '../../../registry/reference';
import { writeList } from '../common/write-list';
import { IMAGE_HEADER, IMAGE_TYPE, imageRows, type ImageSummary } from '../rows/image-row';
import { CONTAINER_HEADER, CONTAINER_TYPE, containerRow, type ContainerSummary } from '../rows/container-row';
import { VOLUME_HEADER, volumeRow, type VolumeSummary } from '../rows/volume-row';

interface DiskUsage {
  LayersSize?: number;
  Images?: ImageSummary[] | null;
  Containers?: ContainerSummary[] | null;
  Volumes?: VolumeSummary[] | null;
  BuildCache?: Array<{ InUse?: boolean; Size?: number; Shared?: boolean }> | null;
}

/**
 * The build cache's size as docker/cli's system/df.go counts it: the records not shared with
 * others; the client does not read the API's BuilderSize.
 */
function builderSize(du: DiskUsage): number {
  return (du.BuildCache ?? []).filter((b) => !b.Shared).reduce((s, b) => s + (b.Size ?? 0), 0);
}

const SUMMARY_FORMAT = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
const SUMMARY_HEADER = {
  Type: 'TYPE',
  TotalCount: 'TOTAL',
  Active: 'ACTIVE',
  Size: 'SIZE',
  Reclaimable: 'RECLAIMABLE',
};

const withPercent = (reclaimable: number, total: number) =>
  total > 0 ? `${humanSize(reclaimable)} (${Math.trunc((reclaimable * 100) / total)}%)` : humanSize(reclaimable);

function summaryRows(du: DiskUsage): Record<string, string>[] {
  const images = du.Images ?? [];
  const containers = du.Containers ?? [];
  const volumes = du.Volumes ?? [];
  const cache = du.BuildCache ?? [];
  const layers = du.LayersSize ?? 0;
  let used = 0;
  for (const i of images)
    if ((i.Containers ?? 0) !== 0 && i.Size !== -1 && i.SharedSize !== -1) used += (i.Size ?? 0) - (i.SharedSize ?? 0);
  const active = (c: ContainerSummary) => /running|paused|restarting/.test(c.State ?? '');
  const containerSize = containers.reduce((s, c) => s + (c.SizeRw ?? 0), 0);
  const containerReclaimable = containers.filter((c) => !active(c)).reduce((s, c) => s + (c.SizeRw ?? 0), 0);
  const volumeSize = volumes.reduce((s, v) => s + Math.max(0, v.UsageData?.Size ?? 0), 0);
  const volumeReclaimable = volumes
    .filter((v) => (v.UsageData?.RefCount ?? 0) === 0)
    .reduce((s, v) => s + Math.max(0, v.UsageData?.Size ?? 0), 0);
  const cacheReclaimable = cache.filter((b) => !b.InUse && !b.Shared).reduce((s, b) => s + (b.Size ?? 0), 0);
  return [
    {
      Type: 'Images',
      TotalCount: String(images.length),
      Active: String(images.filter((i) => (i.Containers ?? 0) > 0).length),
      Size: humanSize(layers),
      Reclaimable: withPercent(layers - used, layers),
    },
    {
      Type: 'Containers',
      TotalCount: String(containers.length),
      Active: String(containers.filter(active).length),
      Size: humanSize(containerSize),
      Reclaimable: withPercent(containerReclaimable, containerSize),
    },
    {
      Type: 'Local Volumes',
      TotalCount: String(volumes.length),
      Active: String(volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length),
      Size: humanSize(volumeSize),
      Reclaimable: withPercent(volumeReclaimable, volumeSize),
    },
    {
      Type: 'Build Cache',
      TotalCount: String(cache.length),
      Active: String(cache.filter((b) => b.InUse).length),
      Size: humanSize(builderSize(du)),
      Reclaimable: humanSize(cacheReclaimable),
    },
  ];
}

/** The first tag of an image as the verbose table shows it. */
function firstTag(img: ImageSummary): [string, string] | undefined {
  const first = img.RepoTags?.[0];
  if (!first || first === '<none>:<none>') return undefined;
  const parsed = parseNormalizedNamed(first);
  return parsed.ok && parsed.ref.tag ? [familiarName(parsed.ref), parsed.ref.tag] : undefined;
}

function verbose(ctx: CommandContext, du: DiskUsage): void {
  const now = ctx.nowMs();
  const table = (format: string, rows: unknown[], header: Record<string, string>, typeName: string) => {
    const r = formatRows(format, rows, header, { typeName });
    if (!r.ok) throw new CliError(r.error);
    return r.output;
  };
  const imageRowsOut = (du.Images ?? []).map((img) => {
    const tag = firstTag(img);
    const row = imageRows(
      { ...img, RepoTags: [], RepoDigests: [] },
      { trunc: true, needDigest: false, digestFlag: false, nowMs: now },
    )[0];
    return { ...row, Repository: tag?.[0] ?? '<none>', Tag: tag?.[1] ?? '<none>' };
  });
  let text = 'Images space usage:\n\n';
  text += table(
    'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t' +
      '{{.Containers}}',
    imageRowsOut,
    IMAGE_HEADER,
    IMAGE_TYPE,
  );
  text += '\nContainers space usage:\n\n';
  const containers = (du.Containers ?? []).map((c) => containerRow({ ...c, SizeRootFs: 0 }, true, now));
  text += table(
    'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}',
    containers,
    CONTAINER_HEADER,
    CONTAINER_TYPE,
  );
  text += '\nLocal Volumes space usage:\n\n';
  text += table(
    'table {{.Name}}\t{{.Links}}\t{{.Size}}',
    (du.Volumes ?? []).map(volumeRow),
    VOLUME_HEADER,
    '*formatter.volumeContext',
  );
  text += `\nBuild cache usage: ${humanSize(builderSize(du))}\n\n`;
  text += table(
    'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}',
    [],
    {
      ID: 'CACHE ID',
      CacheType: 'CACHE TYPE',
      Size: 'SIZE',
      CreatedSince: 'CREATED',
      LastUsedSince: 'LAST USED',
      UsageCount: 'USAGE',
      Shared: 'SHARED',
    },
    '*formatter.buildCacheContext',
  );
  ctx.out.out(text);
}

/** Runs `docker system df`. */
export function systemDf(ctx: CommandContext): number {
  const response = ctx.client.request('GET', '/system/df');
  if (isError(response)) throw new CliError(daemonError(response));
  const du = response.json as DiskUsage;
  if (ctx.flags.bool('verbose')) {
    verbose(ctx, du);
    return 0;
  }
  const format = ctx.flags.string('format') || SUMMARY_FORMAT;
  writeList(ctx.out, summaryRows(du), {
    format: format === 'table' ? SUMMARY_FORMAT : format,
    header: SUMMARY_HEADER,
    typeName: '*formatter.diskUsageImagesContext',
    row: (r) => r,
  });
  return 0;
}
