// formatter.ContainerContext (docker/cli 28.2.2) over one entry of GET /containers/json: what
// `docker ps` shows in each column and what `--format` fields and `--format json` see.
import { humanDuration, humanSizeWithPrecision } from '../../../kernel/go-units';
import { truncateRunes } from '../../format/ellipsis';
import { goQuote } from '../../format/go-quote';
import { familiarString, parseNormalizedNamed } from '../../../registry/reference';
import { goTimeString } from '../common/go-time';
import { displayablePorts, type PortSummary } from './ports';

/** The fields of an API container summary the CLI reads. */
export interface ContainerSummary {
  Id: string;
  Names?: string[] | null;
  Image?: string;
  ImageID?: string;
  Command?: string;
  Created?: number;
  Ports?: PortSummary[] | null;
  Labels?: Record<string, string> | null;
  State?: string;
  Status?: string;
  SizeRw?: number;
  SizeRootFs?: number;
  NetworkSettings?: { Networks?: Record<string, unknown> | null } | null;
  Mounts?: Array<{ Name?: string; Source?: string; Driver?: string }> | null;
}

/** The table headers of ContainerContext. */
export const CONTAINER_HEADER: Readonly<Record<string, string>> = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
  Platform: 'PLATFORM',
};

/** The Go type the templates see. */
export const CONTAINER_TYPE = '*formatter.ContainerContext';

/** The default `docker ps` table. */
export const DEFAULT_CONTAINER_TABLE =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

/** stringid.TruncateID: drop anything up to a ':', keep 12 characters. */
export function truncateId(id: string): string {
  const at = id.indexOf(':');
  return at >= 0 ? id.slice(at + 1, at + 13) : id.slice(0, 12);
}

function imageColumn(c: ContainerSummary, trunc: boolean): string {
  const image = c.Image ?? '';
  if (image === '') return '<no image>';
  if (!trunc) return image;
  const short = truncateId(c.ImageID ?? '');
  if (short === truncateId(image)) return short;
  const parsed = parseNormalizedNamed(image);
  if (!parsed.ok) return image;
  // A digest is dropped; a tag stays.
  const { digest: _digest, ...ref } = parsed.ref;
  return familiarString(ref);
}

function sortedLabels(labels: Record<string, string> | null | undefined): string {
  if (!labels) return '';
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(',');
}

/** Caches a computation by key: many rows share a command, an image or an age. */
function memo<K, V extends string>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = compute(key);
      cache.set(key, v);
    }
    return v;
  };
}

const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** strconv.Quote, with the common case (printable ASCII without quotes or backslashes) done directly. */
function quote(text: string): string {
  return PLAIN_ASCII.test(text) ? `"${text}"` : goQuote(text);
}

/** The first name without the leading slash (and, truncated, the first that is not a legacy link). */
function names(c: ContainerSummary, trunc: boolean): string {
  const list = c.Names ?? [];
  let joined = '';
  for (let i = 0; i < list.length; i++) {
    const n = list[i].charCodeAt(0) === 47 ? list[i].slice(1) : list[i];
    if (trunc) {
      if (!n.includes('/')) return n;
      continue;
    }
    joined += i > 0 ? `,${n}` : n;
  }
  return joined;
}

/** The string fields of ContainerContext, one function each, for a given --no-trunc and clock. */
export function containerFields(trunc: boolean, nowMs: number): Record<string, (c: ContainerSummary) => string> {
  const command = memo((text: string) => quote(trunc ? truncateRunes(text, 20) : text));
  const age = memo((createdSec: number) => `${humanDuration(nowMs - createdSec * 1000)} ago`);
  const createdAt = memo((createdSec: number) => goTimeString(createdSec * 1000));
  const images = new Map<string, (imageId: string) => string>();
  const image = (img: string, imageId: string) => {
    let byId = images.get(img);
    if (!byId) {
      byId = memo((id: string) => imageColumn({ Id: '', Image: img, ImageID: id }, trunc));
      images.set(img, byId);
    }
    return byId(imageId);
  };
  const size = memo((rw: number) => humanSizeWithPrecision(rw, 3));
  const ports = new Map<string, string>();
  const portsOf = (list: readonly PortSummary[]) => {
    let key = '';
    for (const p of list) key += `${p.IP ?? ''}|${p.PrivatePort}|${p.PublicPort ?? ''}|${p.Type};`;
    let text = ports.get(key);
    if (text === undefined) {
      text = displayablePorts(list);
      ports.set(key, text);
    }
    return text;
  };
  return {
    Command: (c) => command(c.Command ?? ''),
    CreatedAt: (c) => createdAt(c.Created ?? 0),
    ID: (c) => (trunc ? truncateId(c.Id) : c.Id),
    Image: (c) => image(c.Image ?? '', c.ImageID ?? ''),
    Labels: (c) => sortedLabels(c.Labels),
    LocalVolumes: (c) => String((c.Mounts ?? []).filter((m) => m.Driver === 'local').length),
    Mounts: (c) =>
      (c.Mounts ?? [])
        .map((m) => (trunc ? truncateRunes(m.Name || m.Source || '', 15) : m.Name || m.Source || ''))
        .join(','),
    Names: (c) => names(c, trunc),
    Networks: (c) => Object.keys(c.NetworkSettings?.Networks ?? {}).join(','),
    Ports: (c) => (c.Ports && c.Ports.length > 0 ? portsOf(c.Ports) : ''),
    RunningFor: (c) => age(c.Created ?? 0),
    Size: (c) => {
      const rootFs = c.SizeRootFs ?? 0;
      return rootFs > 0 ? `${size(c.SizeRw ?? 0)} (virtual ${size(rootFs)})` : size(c.SizeRw ?? 0);
    },
    State: (c) => c.State ?? '',
    Status: (c) => c.Status ?? '',
  };
}

/** One row of `docker ps`: every field ContainerContext has, computed like docker/cli does. */
export function containerRow(
  c: ContainerSummary,
  trunc: boolean,
  nowMs: number,
  fields = containerFields(trunc, nowMs),
): Record<string, unknown> {
  const labels = c.Labels ?? null;
  const row: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(fields)) row[name] = fn(c);
  row.Platform = null;
  row.Label = (name: string) => (labels ? (labels[String(name)] ?? '') : '');
  return row;
}
