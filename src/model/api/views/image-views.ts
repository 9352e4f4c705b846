/** The JSON shapes of images in the Engine API: list summaries and inspect documents. */

import type { HostState, ImageRecord } from '../../engine/state';
import { familiarFromFull } from '../../engine/images/familiar';
import { containersUsing } from '../../engine/images/references';
import { rfc3339Nano, unixSeconds } from './time-format';

/** Sum of the sizes of the image's layers that some other image also uses. */
export function sharedSize(host: HostState, image: ImageRecord): number {
  let shared = 0;
  for (const chainId of image.layers) {
    const layer = host.layers[chainId];
    if (layer && layer.users.some((u) => u !== image.id)) shared += layer.size;
  }
  return shared;
}

/** One entry of `GET /images/json`. */
export function imageSummary(host: HostState, image: ImageRecord, withSharedSize: boolean): Record<string, unknown> {
  return {
    Containers: withSharedSize ? containersUsing(host, image.id).length : -1,
    Created: unixSeconds(image.created),
    Id: image.id,
    Labels: image.config.Labels ?? null,
    ParentId: '',
    Descriptor: undefined,
    RepoDigests: image.repoDigests.map(familiarFromFull),
    RepoTags: image.repoTags.map(familiarFromFull),
    SharedSize: withSharedSize ? sharedSize(host, image) : -1,
    Size: image.size,
  };
}

const nonEmpty = <T>(v: T | null | undefined): T | undefined =>
  v === null || v === undefined || v === '' || (typeof v === 'object' && Object.keys(v).length === 0) ? undefined : v;

/**
 * The image config at API 1.50: a DockerOCIImageConfig (image-spec ImageConfig and docker's
 * extension), every field omitempty and in that struct's order (api/server/router/image
 * getImagesByName stops converting to the legacy container.Config from 1.50 on).
 */
function imageConfigView(image: ImageRecord): Record<string, unknown> {
  const c = image.config;
  const config: Record<string, unknown> = {
    ExposedPorts: nonEmpty(c.ExposedPorts),
    Env: nonEmpty(c.Env),
    Entrypoint: nonEmpty(c.Entrypoint),
    Cmd: nonEmpty(c.Cmd),
    Volumes: nonEmpty(c.Volumes),
    WorkingDir: nonEmpty(c.WorkingDir),
    Labels: nonEmpty(c.Labels),
    StopSignal: nonEmpty(c.StopSignal),
  };
  return Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined));
}

/** `GET /images/{name}/json`. */
export function imageInspect(host: HostState, image: ImageRecord): Record<string, unknown> {
  return {
    Id: image.id,
    RepoTags: image.repoTags.map(familiarFromFull),
    RepoDigests: image.repoDigests.map(familiarFromFull),
    Parent: '',
    Comment: 'buildkit.dockerfile.v0',
    Created: rfc3339Nano(image.created),
    DockerVersion: '',
    Author: '',
    Config: imageConfigView(image),
    Architecture: image.architecture,
    Os: image.os,
    Size: image.size,
    GraphDriver: { Name: 'overlay2', Data: { MergedDir: `/var/lib/docker/overlay2/${image.id.slice(7)}/merged` } },
    RootFS: { Type: 'layers', Layers: image.layers.map((chainId) => host.layers[chainId]?.diffId ?? chainId) },
    Metadata: { LastTagTime: '0001-01-01T00:00:00Z' },
  };
}
