// `docker compose down` (pkg/compose/down.go): each service's containers stopped and removed,
// dependants first, then the project's networks, its images with --rmi, its volumes with -v. A
// project with nothing left to remove warns as compose does.
import type { ApiClient } from '../client/api-client';
import { daemonError, isError, pathSegment } from '../client/api-client';
import { CliError } from '../docker/context';
import { LABEL, containerNameOf, projectContainers } from './compose-api';
import { dependencyOrder, serviceImage, type ComposeProject } from './project';
import type { ProgressWriter } from './progress-writer';

/** down's options: -v, --rmi (local|all), -t. */
export interface DownOptions {
  volumes: boolean;
  rmi: '' | 'local' | 'all';
  timeout?: number;
}

/** Stops then removes one container (stopAndRemoveContainer). */
export function stopAndRemove(
  client: ApiClient,
  id: string,
  name: string,
  w: ProgressWriter,
  volumes: boolean,
  timeout?: number,
): void {
  const event = `Container ${name}`;
  w.event({ id: event, status: 'working', statusText: 'Stopping' });
  const stop = client.request('POST', `/containers/${pathSegment(id)}/stop`, { t: timeout });
  if (stop.status === 404) {
    w.event({ id: event, status: 'done', statusText: 'Removed' });
    return;
  }
  if (isError(stop)) {
    w.event({ id: event, status: 'error', statusText: 'Error while Stopping' });
    throw new CliError(daemonError(stop));
  }
  w.event({ id: event, status: 'done', statusText: 'Stopped' });
  w.event({ id: event, status: 'working', statusText: 'Removing' });
  const rm = client.request('DELETE', `/containers/${pathSegment(id)}`, { force: '1', v: volumes ? '1' : undefined });
  if (isError(rm) && rm.status !== 404 && rm.status !== 409) {
    w.event({ id: event, status: 'error', statusText: 'Error while Removing' });
    throw new CliError(daemonError(rm));
  }
  w.event({ id: event, status: 'done', statusText: 'Removed' });
}

function removeResource(client: ApiClient, path: string, event: string, w: ProgressWriter): void {
  w.event({ id: event, status: 'working', statusText: 'Removing' });
  const response = client.request('DELETE', path);
  if (response.status === 404)
    w.event({ id: event, status: 'done', statusText: 'Warning: No resource found to remove' });
  else if (response.status === 409) w.event({ id: event, status: 'warning', statusText: 'Resource is still in use' });
  else if (isError(response)) {
    w.event({ id: event, status: 'error', statusText: 'Error' });
    throw new CliError(daemonError(response));
  } else w.event({ id: event, status: 'done', statusText: 'Removed' });
}

/** Takes the project down; returns compose's warning when there was nothing to remove. */
export function downProject(
  client: ApiClient,
  project: ComposeProject,
  options: DownOptions,
  w: ProgressWriter,
): string | undefined {
  const containers = projectContainers(client, project.name);
  // InReverseDependencyOrder: a service's dependants go before it.
  const order = dependencyOrder([...project.services].sort((a, b) => a.name.localeCompare(b.name))).reverse();
  for (const s of order)
    for (const c of containers.filter((c) => c.Labels?.[LABEL.service] === s.name))
      stopAndRemove(client, c.Id, containerNameOf(c), w, options.volumes, options.timeout);
  // Containers of services no longer in the file are orphans: down leaves them (without --remove-orphans).
  let removed = containers.length > 0;
  for (const n of project.networks) {
    if (n.external) continue;
    const list = client.request('GET', '/networks', {
      filters: JSON.stringify({ label: [`${LABEL.project}=${project.name}`, `${LABEL.network}=${n.key}`] }),
    });
    if (isError(list)) throw new CliError(`failed to list networks: ${daemonError(list)}`);
    if (((list.json ?? []) as unknown[]).length === 0) continue;
    removeResource(client, `/networks/${pathSegment(n.name)}`, `Network ${n.name}`, w);
    removed = true;
  }
  if (options.rmi !== '') {
    const images = new Set<string>();
    for (const s of project.services) if (options.rmi === 'all' || !s.image) images.add(serviceImage(project, s));
    for (const image of [...images].sort()) {
      if (client.request('GET', `/images/${pathSegment(image)}/json`).status === 404) continue;
      removeResource(client, `/images/${pathSegment(image)}`, `Image ${image}`, w);
      removed = true;
    }
  }
  if (options.volumes)
    for (const v of project.volumes) {
      if (v.external) continue;
      removeResource(client, `/volumes/${pathSegment(v.name)}`, `Volume ${v.name}`, w);
      removed = true;
    }
  return removed ? undefined : `Warning: No resource found to remove for project "${project.name}".`;
}
