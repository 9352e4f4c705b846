/**
 * `POST /containers/create`: validate everything first, then reserve the name, create volumes and
 * the thin writable layer, and store the container in `created`.
 */

import type { ContainerRecord, MountRecord } from '../state';
import type { ContainerConfig, HostConfig } from './container-config';
import { announce, now, type EngineContext } from '../context';
import { getImage } from '../images/lookup';
import { assertNameFree, generateName, reserveName, validateContainerName } from '../names/container-names';
import { nextHex } from '../../kernel/random';
import { retainLayer } from '../layers';
import { parseBind } from '../volumes/binds';
import { ensureVolume } from '../volumes/volume-store';
import { validateMountSpec } from '../volumes/mount-spec';
import { createMountPoints, planMountPoints } from '../volumes/mount-points';
import { EngineError } from '../errors';
import { adaptContainerResources } from './resource-limits';

/** A create request after the API decoded it. */
export interface CreateContainerRequest {
  name?: string;
  config: Partial<ContainerConfig> & { Image: string };
  hostConfig?: Partial<HostConfig>;
  /** Network name → requested aliases, from NetworkingConfig.EndpointsConfig. */
  endpoints?: Record<string, { Aliases?: string[] | null }>;
}

/** Creates a container and returns its ID. */
export function createContainer(ctx: EngineContext, request: CreateContainerRequest): ContainerRecord {
  const { host, world } = ctx;
  // moby's order: settings, then the image, then the name.
  const binds = (request.hostConfig?.Binds ?? []).map(parseBind);
  // daemon/container.go validateHostConfig checks Mounts (bind sources included) before the image.
  const mountSpecs = request.hostConfig?.Mounts ?? [];
  for (const spec of mountSpecs) validateMountSpec(host, spec);
  const image = getImage(host, request.config.Image);
  const requestedName = request.name ? validateContainerName(request.name) : undefined;
  if (requestedName) assertNameFree(host, requestedName);
  const plannedMounts = planMountPoints(ctx, binds, mountSpecs);
  const networkMode =
    !request.hostConfig?.NetworkMode || request.hostConfig.NetworkMode === 'default'
      ? 'bridge'
      : request.hostConfig.NetworkMode;
  if (networkMode.startsWith('container:'))
    throw new EngineError('invalidParameter', 'container network mode is not supported by the simulator');

  const id = nextHex(world.state.random);
  const name = requestedName ?? generateName(host, world.state.random, id);
  const entrypoint =
    request.config.Entrypoint !== undefined &&
    request.config.Entrypoint !== null &&
    request.config.Entrypoint.length > 0
      ? request.config.Entrypoint
      : (image.config.Entrypoint ?? null);
  const userCmd = request.config.Cmd && request.config.Cmd.length > 0 ? request.config.Cmd : null;
  // An entrypoint given on the command line resets the image's CMD, as Docker does.
  const cmd =
    userCmd ?? (request.config.Entrypoint && request.config.Entrypoint.length > 0 ? null : (image.config.Cmd ?? null));
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])];
  const exposed: Record<string, object> = {
    ...(image.config.ExposedPorts ?? {}),
    ...(request.config.ExposedPorts ?? {}),
  };
  for (const port in request.hostConfig?.PortBindings ?? {}) exposed[port] = {};

  const config: ContainerConfig = {
    Hostname: id.slice(0, 12),
    Image: request.config.Image,
    Cmd: cmd,
    Entrypoint: entrypoint,
    Env: [...(image.config.Env ?? []), ...(request.config.Env ?? [])],
    Tty: request.config.Tty ?? false,
    OpenStdin: request.config.OpenStdin ?? false,
    AttachStdin: request.config.AttachStdin ?? false,
    AttachStdout: request.config.AttachStdout ?? false,
    AttachStderr: request.config.AttachStderr ?? false,
    ExposedPorts: exposed,
    Volumes:
      image.config.Volumes || request.config.Volumes
        ? { ...(image.config.Volumes ?? {}), ...(request.config.Volumes ?? {}) }
        : null,
    WorkingDir: request.config.WorkingDir || image.config.WorkingDir || '',
    Labels: { ...(image.config.Labels ?? {}), ...(request.config.Labels ?? {}) },
    StopSignal: request.config.StopSignal ?? image.config.StopSignal,
    StopTimeout: request.config.StopTimeout,
  };
  const hostConfig: HostConfig = {
    Binds: request.hostConfig?.Binds ?? null,
    ...(mountSpecs.length > 0 ? { Mounts: mountSpecs } : {}),
    PortBindings: request.hostConfig?.PortBindings ?? {},
    NetworkMode: networkMode,
    AutoRemove: request.hostConfig?.AutoRemove ?? false,
    RestartPolicy: request.hostConfig?.RestartPolicy ?? { Name: 'no', MaximumRetryCount: 0 },
    PublishAllPorts: request.hostConfig?.PublishAllPorts ?? false,
    ...adaptContainerResources(request.hostConfig ?? {}),
  };

  const mounts: MountRecord[] = createMountPoints(ctx, plannedMounts);
  // Image VOLUMEs and `-v /path` (sent as Config.Volumes) without a named volume get anonymous ones.
  for (const destination of Object.keys(config.Volumes ?? {})) {
    if (mounts.some((m) => m.destination === destination)) continue;
    const volume = ensureVolume(ctx, nextHex(world.state.random), true);
    mounts.push({
      type: 'volume',
      name: volume.name,
      source: `/var/lib/docker/volumes/${volume.name}/_data`,
      destination,
      rw: true,
      anonymous: true,
      // container.AddMountPointWithVolume: an image's or `-v /path`'s volume has no Mode.
      mode: '',
      propagation: '',
    });
  }

  const networkNames =
    request.endpoints && Object.keys(request.endpoints).length > 0 ? Object.keys(request.endpoints) : [networkMode];
  const container: ContainerRecord = {
    id,
    name,
    created: now(ctx),
    imageId: image.id,
    topLayer: image.layers[image.layers.length - 1],
    imageRef: request.config.Image,
    path: argv[0] ?? '',
    args: argv.slice(1),
    config,
    hostConfig,
    state: {
      lifecycle: 'created',
      pid: 0,
      exitCode: 0,
      error: '',
      startedAt: 0,
      finishedAt: 0,
      manuallyStopped: false,
    },
    mounts,
    networks: Object.fromEntries(
      networkNames.map((n) => [
        n === 'default' ? 'bridge' : n,
        {
          networkId: '',
          endpointId: '',
          ipAddress: '',
          macAddress: '',
          gateway: '',
          aliases: request.endpoints?.[n]?.Aliases ?? [],
        },
      ]),
    ),
    publishedPorts: [],
    rwSize: 0,
    runSeq: 0,
    exitSeq: 0,
    restartCount: 0,
    handledSignals: [],
    pausedExit: null,
    logs: [],
    files: {},
  };
  host.containers[id] = container;
  reserveName(host, name, id);
  retainLayer(host, image.layers[image.layers.length - 1]);
  announce(ctx, { type: 'name.reserved', host: host.name, name, containerId: id });
  announce(ctx, { type: 'container.created', host: host.name, containerId: id, name });
  return container;
}
