/** Decodes the body of `POST /containers/create` with Go's type errors for wrong JSON types. */

import type { CreateContainerRequest } from '../../engine/containers/create';
import type { PortBinding } from '../../engine/containers/container-config';
import { field, objectBody } from '../body';
import { EngineError } from '../../engine/errors';
import { decodeMounts } from './mount-request';
import { decodeResources } from './resources-request';

/** Turns a create body (Config fields at the top, plus HostConfig and NetworkingConfig) into a request. */
export function decodeCreateRequest(body: unknown, name: string | undefined): CreateContainerRequest {
  const root = objectBody(body, 'container.CreateRequest');
  const c = 'Config';
  const image = field<string>(root, 'Image', 'string', c);
  if (!image) throw new EngineError('invalidParameter', 'no image specified');
  const hostConfig = objectBody(field<object>(root, 'HostConfig', 'object', 'CreateRequest'), 'container.HostConfig');
  const networking = objectBody(
    field<object>(root, 'NetworkingConfig', 'object', 'CreateRequest'),
    'network.NetworkingConfig',
  );
  const endpoints = field<Record<string, { Aliases?: string[] | null }>>(
    networking,
    'EndpointsConfig',
    'object',
    'NetworkingConfig',
  );
  const restart = field<{ Name?: string; MaximumRetryCount?: number }>(
    hostConfig,
    'RestartPolicy',
    'object',
    'HostConfig',
  );
  const portBindings =
    field<Record<string, PortBinding[] | null>>(hostConfig, 'PortBindings', 'object', 'HostConfig') ?? {};
  for (const [port, bindings] of Object.entries(portBindings)) {
    if (!/^\d+(-\d+)?(\/(tcp|udp|sctp))?$/.test(port))
      throw new EngineError('invalidParameter', `invalid port specification: "${port}"`);
    if (bindings !== null && !Array.isArray(bindings))
      throw new EngineError(
        'invalidParameter',
        'invalid JSON: json: cannot unmarshal object into Go struct field HostConfig.PortBindings of type ' +
          '[]nat.PortBinding',
      );
  }
  return {
    name,
    config: {
      Image: image,
      Cmd: field<string[]>(root, 'Cmd', 'string[]', c) ?? null,
      Entrypoint: field<string[]>(root, 'Entrypoint', 'string[]', c) ?? null,
      Env: field<string[]>(root, 'Env', 'string[]', c) ?? [],
      Tty: field<boolean>(root, 'Tty', 'boolean', c) ?? false,
      OpenStdin: field<boolean>(root, 'OpenStdin', 'boolean', c) ?? false,
      AttachStdin: field<boolean>(root, 'AttachStdin', 'boolean', c) ?? false,
      AttachStdout: field<boolean>(root, 'AttachStdout', 'boolean', c) ?? false,
      AttachStderr: field<boolean>(root, 'AttachStderr', 'boolean', c) ?? false,
      ExposedPorts: field<Record<string, object>>(root, 'ExposedPorts', 'object', c) ?? {},
      Volumes: field<Record<string, object>>(root, 'Volumes', 'object', c) ?? null,
      WorkingDir: field<string>(root, 'WorkingDir', 'string', c) ?? '',
      Labels: field<Record<string, string>>(root, 'Labels', 'object', c) ?? {},
      StopSignal: field<string>(root, 'StopSignal', 'string', c),
      StopTimeout: field<number>(root, 'StopTimeout', 'number', c),
    },
    hostConfig: {
      Binds: field<string[]>(hostConfig, 'Binds', 'string[]', 'HostConfig') ?? null,
      Mounts: decodeMounts(hostConfig),
      PortBindings: Object.fromEntries(
        Object.entries(portBindings).map(([k, v]) => [k.includes('/') ? k : `${k}/tcp`, v ?? []]),
      ),
      NetworkMode: field<string>(hostConfig, 'NetworkMode', 'string', 'HostConfig') ?? 'default',
      AutoRemove: field<boolean>(hostConfig, 'AutoRemove', 'boolean', 'HostConfig') ?? false,
      PublishAllPorts: field<boolean>(hostConfig, 'PublishAllPorts', 'boolean', 'HostConfig') ?? false,
      RestartPolicy: { Name: restart?.Name || 'no', MaximumRetryCount: restart?.MaximumRetryCount ?? 0 },
      ...decodeResources(hostConfig),
    },
    endpoints: endpoints ?? undefined,
  };
}
