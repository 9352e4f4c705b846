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
    Config: {
      Env: image.config.Env ?? null,
      Cmd: image.config.Cmd ?? null,
      Entrypoint: image.config.Entrypoint ?? null,
      ExposedPorts: image.config.ExposedPorts ?? undefined,
      Volumes: image.config.Volumes ?? null,
      WorkingDir: image.config.WorkingDir ?? '',
      Labels: image.config.Labels ?? null,
      StopSignal: image.config.StopSignal,
      OnBuild: null,
    },
    Architecture: image.architecture,
    Os: image.os,
    Size: image.size,
    GraphDriver: { Name: 'overlay2', Data: { MergedDir: `/var/lib/docker/overlay2/${image.id.slice(7)}/merged` } },
    RootFS: { Type: 'layers', Layers: image.layers.map((chainId) => host.layers[chainId]?.diffId ?? chainId) },
    Metadata: { LastTagTime: '0001-01-01T00:00:00Z' },
  };
}
