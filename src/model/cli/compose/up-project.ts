// `docker compose up` (pkg/compose/up.go, create.go, convergence.go, start.go) over the Engine API:
// pull the missing images, build the services with `build:`, create the project's networks and
// volumes, create each service's container (`<project>-<service>-1`, compose's labels, the
// service name as its network alias so other services find it by name), then start them in
// depends_on order. Every step is a progress event; the first failure ends it with its error.
import type { ApiClient } from '../client/api-client';
import { daemonError, isError, pathSegment } from '../client/api-client';
import { CliError } from '../docker/context';
import { COMPOSE_VERSION, LABEL, containerNameOf, exists, imageExists, projectContainers } from './compose-api';
import { containerName, dependencyOrder, serviceImage, type ComposeProject, type ServiceConfig } from './project';
import type { ProgressWriter } from './progress-writer';
import type { LocalFiles } from '../client/local-files';
import { sha256Hex } from '../../kernel/digest';
import { pullServiceImage } from './pull-services';
import { buildService } from './build-service';

/** What `up` and `create` were asked: build first, or never. */
export interface UpOptions {
  build: boolean;
  noBuild: boolean;
  /** The client's files, for the build contexts. */
  files?: LocalFiles;
}

/** An event's step failed: its error event, then compose's error. */
function fail(w: ProgressWriter, id: string, message: string): never {
  w.event({ id, status: 'error', statusText: 'Error' });
  throw new CliError(message);
}

/** ensureImagesExists: pull what is missing, build what has `build:` and no image yet (or --build). */
export function ensureImages(client: ApiClient, project: ComposeProject, options: UpOptions, w: ProgressWriter): void {
  for (const s of [...project.services].sort((a, b) => a.name.localeCompare(b.name))) {
    const image = serviceImage(project, s);
    if (s.build && (options.build || !imageExists(client, image))) {
      if (options.noBuild) continue;
      buildService(client, options.files, project, s, w);
      continue;
    }
    if (!s.build && !imageExists(client, image)) pullServiceImage(client, s.name, image, w);
  }
}

function ensureNetworks(client: ApiClient, project: ComposeProject, w: ProgressWriter): void {
  for (const n of project.networks) {
    if (exists(client, `/networks/${pathSegment(n.name)}`)) continue;
    if (n.external) throw new CliError(`network ${n.name} declared as external, but could not be found`);
    const id = `Network ${n.name}`;
    w.event({ id, status: 'working', statusText: 'Creating' });
    const response = client.request('POST', '/networks/create', undefined, {
      Name: n.name,
      Driver: n.driver ?? 'bridge',
      Labels: { [LABEL.network]: n.key, [LABEL.project]: project.name, [LABEL.version]: COMPOSE_VERSION },
    });
    if (isError(response)) fail(w, id, `failed to create network ${n.name}: ${daemonError(response)}`);
    w.event({ id, status: 'done', statusText: 'Created' });
  }
}

function ensureVolumes(client: ApiClient, project: ComposeProject, w: ProgressWriter): void {
  for (const v of project.volumes) {
    if (exists(client, `/volumes/${pathSegment(v.name)}`)) continue;
    if (v.external) throw new CliError(`external volume "${v.name}" not found`);
    const id = `Volume "${v.name}"`;
    w.event({ id, status: 'working', statusText: 'Creating' });
    const response = client.request('POST', '/volumes/create', undefined, {
      Name: v.name,
      Driver: v.driver ?? 'local',
      Labels: { [LABEL.project]: project.name, [LABEL.version]: COMPOSE_VERSION, [LABEL.volume]: v.key },
    });
    if (isError(response)) fail(w, id, daemonError(response));
    w.event({ id, status: 'done', statusText: 'Created' });
  }
}

/** The create request compose sends for a service's first container. */
function createBody(project: ComposeProject, s: ServiceConfig, imageId: string): Record<string, unknown> {
  const name = containerName(project, s);
  const net = (key: string) => project.networks.find((n) => n.key === key)!.name;
  const exposed: Record<string, object> = {};
  const bindings: Record<string, Array<{ HostIp: string; HostPort: string }>> = {};
  for (const p of s.ports) {
    const key = `${p.target}/${p.protocol}`;
    exposed[key] = {};
    (bindings[key] ??= []).push({ HostIp: p.hostIp, HostPort: p.published });
  }
  const volume = (source: string) => project.volumes.find((v) => v.key === source)?.name ?? source;
  const dependsOn = Object.entries(s.dependsOn)
    .map(([dep, d]) => `${dep}:${d.condition}:false`)
    .join(',');
  return {
    Image: serviceImage(project, s),
    Cmd: s.command ?? null,
    Entrypoint: s.entrypoint ?? null,
    Env: Object.entries(s.environment)
      .filter((e): e is [string, string] => e[1] !== null)
      .map(([k, v]) => `${k}=${v}`),
    ExposedPorts: Object.keys(exposed).length ? exposed : undefined,
    Labels: {
      // compose hashes its own JSON of the service (ServiceHash); this hashes the simulator's, so
      // the value differs from the real one but changes with the service as it does.
      [LABEL.configHash]: sha256Hex(JSON.stringify(s)),
      [LABEL.number]: '1',
      [LABEL.dependsOn]: dependsOn,
      [LABEL.image]: imageId,
      [LABEL.oneoff]: 'False',
      [LABEL.project]: project.name,
      [LABEL.configFiles]: project.configFiles.join(','),
      [LABEL.workingDir]: project.workingDir,
      [LABEL.service]: s.name,
      [LABEL.version]: COMPOSE_VERSION,
    },
    HostConfig: {
      Binds: s.volumes
        .filter((v) => v.type === 'bind')
        .map((v) => `${v.source}:${v.target}:${v.readOnly ? 'ro' : 'rw'}`),
      Mounts: s.volumes
        .filter((v) => v.type !== 'bind')
        .map((v) => ({
          Type: v.type,
          Source: v.type === 'volume' ? volume(v.source) : undefined,
          Target: v.target,
          ReadOnly: v.readOnly,
        })),
      PortBindings: bindings,
      RestartPolicy: { Name: s.restart ?? '' },
      NetworkMode: net(s.networks[0]),
    },
    NetworkingConfig: {
      EndpointsConfig: { [net(s.networks[0])]: { Aliases: [name, s.name] } },
    },
  };
}

function imageIdOf(client: ApiClient, image: string): string {
  const response = client.request('GET', `/images/${pathSegment(image)}/json`);
  return isError(response) ? '' : ((response.json as { Id?: string }).Id ?? '');
}

/** Creates what is missing and starts every service's container; the events go to `w`. */
export function upProject(
  client: ApiClient,
  project: ComposeProject,
  options: UpOptions,
  w: ProgressWriter,
  start = true,
): void {
  ensureImages(client, project, options, w);
  ensureNetworks(client, project, w);
  ensureVolumes(client, project, w);
  const existing = new Map(projectContainers(client, project.name).map((c) => [containerNameOf(c), c]));
  const ordered = dependencyOrder([...project.services].sort((a, b) => a.name.localeCompare(b.name)));
  const ids = new Map<string, string>();
  for (const s of ordered) {
    const name = containerName(project, s);
    const id = `Container ${name}`;
    const found = existing.get(name);
    if (found) {
      ids.set(s.name, found.Id);
      w.event({ id, status: 'done', statusText: found.State === 'running' ? 'Running' : 'Created' });
      continue;
    }
    w.event({ id, status: 'working', statusText: 'Creating' });
    const response = client.request(
      'POST',
      '/containers/create',
      { name },
      createBody(project, s, imageIdOf(client, serviceImage(project, s))),
    );
    if (isError(response)) fail(w, id, daemonError(response));
    const created = response.json as { Id: string };
    ids.set(s.name, created.Id);
    for (const extra of s.networks.slice(1)) {
      const net = project.networks.find((n) => n.key === extra)!.name;
      const connect = client.request('POST', `/networks/${pathSegment(net)}/connect`, undefined, {
        Container: created.Id,
        EndpointConfig: { Aliases: [name, s.name] },
      });
      if (isError(connect)) fail(w, id, daemonError(connect));
    }
    w.event({ id, status: 'done', statusText: 'Created' });
  }
  if (!start) return;
  startProject(client, project, w, ids, existing);
}

/** start.go: each container not yet running is started, its dependencies first. */
function startProject(
  client: ApiClient,
  project: ComposeProject,
  w: ProgressWriter,
  ids: Map<string, string>,
  existing: Map<string, { State?: string }>,
): void {
  for (const s of dependencyOrder([...project.services].sort((a, b) => a.name.localeCompare(b.name)))) {
    const name = containerName(project, s);
    if (existing.get(name)?.State === 'running') continue;
    const id = `Container ${name}`;
    w.event({ id, status: 'working', statusText: 'Starting' });
    const response = client.request('POST', `/containers/${pathSegment(ids.get(s.name) ?? name)}/start`);
    if (isError(response)) fail(w, id, daemonError(response));
    w.event({ id, status: 'done', statusText: 'Started' });
  }
}
