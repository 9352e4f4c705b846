// formatter.imageContext (docker/cli 28.2.2): the rows `docker images` prints for one image
// summary (a row per repository:tag, `<none>` rows for dangling images) and their fields.
import { humanDuration, humanSize, humanSizeWithPrecision } from '../../../kernel/go-units';
import { familiarName, parseNormalizedNamed } from '../../../registry/reference';
import { goTimeString } from '../common/go-time';
import { truncateId } from './container-row';

/** The fields of an API image summary the CLI reads. */
export interface ImageSummary {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Created?: number;
  Size?: number;
  SharedSize?: number;
  Containers?: number;
}

/** The table headers of imageContext. */
export const IMAGE_HEADER: Readonly<Record<string, string>> = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  VirtualSize: 'SIZE',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};

/** The Go type the templates see. */
export const IMAGE_TYPE = '*formatter.imageContext';

function isDangling(img: ImageSummary): boolean {
  const tags = img.RepoTags ?? [];
  const digests = img.RepoDigests ?? [];
  if (tags.length === 0 && digests.length === 0) return true;
  return tags.length === 1 && tags[0] === '<none>:<none>' && digests.length === 1 && digests[0] === '<none>@<none>';
}

function imageRow(
  img: ImageSummary,
  repo: string,
  tag: string,
  digest: string,
  trunc: boolean,
  nowMs: number,
): Record<string, unknown> {
  const createdMs = (img.Created ?? 0) * 1000;
  const size = img.Size ?? 0;
  const shared = img.SharedSize ?? -1;
  return {
    Containers: img.Containers === undefined || img.Containers === -1 ? 'N/A' : String(img.Containers),
    CreatedAt: goTimeString(createdMs),
    CreatedSince: `${humanDuration(nowMs - createdMs)} ago`,
    Digest: digest,
    ID: trunc ? truncateId(img.Id) : img.Id,
    Repository: repo,
    SharedSize: shared === -1 ? 'N/A' : humanSize(shared),
    Size: humanSizeWithPrecision(size, 3),
    Tag: tag,
    UniqueSize: size === -1 || shared === -1 ? 'N/A' : humanSize(size - shared),
    VirtualSize: humanSize(size),
  };
}

/** imageFormat: the rows of one image; digests get their own rows only when `needDigest`. */
export function imageRows(
  img: ImageSummary,
  options: { trunc: boolean; needDigest: boolean; digestFlag: boolean; nowMs: number },
): Record<string, unknown>[] {
  const { trunc, needDigest, digestFlag, nowMs } = options;
  if (isDangling(img)) return [imageRow(img, '<none>', '<none>', '<none>', trunc, nowMs)];
  const repoTags = new Map<string, string[]>();
  const repoDigests = new Map<string, string[]>();
  for (const text of img.RepoTags ?? []) {
    const parsed = parseNormalizedNamed(text);
    if (!parsed.ok || !parsed.ref.tag) continue;
    const name = familiarName(parsed.ref);
    repoTags.set(name, [...(repoTags.get(name) ?? []), parsed.ref.tag]);
  }
  for (const text of img.RepoDigests ?? []) {
    const parsed = parseNormalizedNamed(text);
    if (!parsed.ok || !parsed.ref.digest) continue;
    const name = familiarName(parsed.ref);
    repoDigests.set(name, [...(repoDigests.get(name) ?? []), parsed.ref.digest]);
  }
  const rows: Record<string, unknown>[] = [];
  for (const [repo, tags] of repoTags) {
    const digests = needDigest ? (repoDigests.get(repo) ?? []) : [];
    repoDigests.delete(repo);
    for (const tag of tags) {
      if (digests.length === 0) rows.push(imageRow(img, repo, tag, '<none>', trunc, nowMs));
      else for (const d of digests) rows.push(imageRow(img, repo, tag, d, trunc, nowMs));
    }
  }
  for (const [repo, digests] of repoDigests) {
    if (digestFlag) for (const d of digests) rows.push(imageRow(img, repo, '<none>', d, trunc, nowMs));
    else rows.push(imageRow(img, repo, '<none>', '', trunc, nowMs));
  }
  return rows;
}
