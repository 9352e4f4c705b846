// The Engine API requests docker compose makes about a project: its containers by label, and the
// labels it puts on what it creates (pkg/api/labels.go). Compose talks to the daemon only so.
import type { ApiClient } from '../client/api-client';
import { daemonError, isError, pathSegment } from '../client/api-client';
import { CliError } from '../docker/context';
import type { ContainerSummary } from '../commands/rows/container-row';

/** The compose version the labels carry (the plugin bundled with docker 28.2.2's packages). */
export const COMPOSE_VERSION = '2.36.2';

/** api.ProjectLabel and friends. */
export const LABEL = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  number: 'com.docker.compose.container-number',
  oneoff: 'com.docker.compose.oneoff',
  workingDir: 'com.docker.compose.project.working_dir',
  configFiles: 'com.docker.compose.project.config_files',
  version: 'com.docker.compose.version',
  network: 'com.docker.compose.network',
  volume: 'com.docker.compose.volume',
  image: 'com.docker.compose.image',
  dependsOn: 'com.docker.compose.depends_on',
  configHash: 'com.docker.compose.config-hash',
} as const;

/** The project's containers (GET /containers/json filtered on the project label), by name. */
export function projectContainers(client: ApiClient, project: string, all = true): ContainerSummary[] {
  const response = client.request('GET', '/containers/json', {
    all: all ? '1' : undefined,
    filters: JSON.stringify({ label: [`${LABEL.project}=${project}`] }),
  });
  if (isError(response)) throw new CliError(daemonError(response));
  return ((response.json ?? []) as ContainerSummary[])
    .filter((c) => c.Labels?.[LABEL.project] === project && c.Labels?.[LABEL.oneoff] !== 'True')
    .sort((a, b) => containerNameOf(a).localeCompare(containerNameOf(b)));
}

/** A container summary's name without the leading slash. */
export function containerNameOf(c: ContainerSummary): string {
  return (c.Names?.[0] ?? '').replace(/^\//, '');
}

/** Whether the daemon knows a thing at `path` (a 404 is "no"; another error is compose's error). */
export function exists(client: ApiClient, path: string): boolean {
  const response = client.request('GET', path);
  if (response.status === 404) return false;
  if (isError(response)) throw new CliError(daemonError(response));
  return true;
}

/** GET /images/{name}/json: whether the image is there. */
export function imageExists(client: ApiClient, image: string): boolean {
  return exists(client, `/images/${pathSegment(image)}/json`);
}
