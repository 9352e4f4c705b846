// `docker compose stop | start | restart [SERVICE…]` (pkg/compose/stop.go, start.go, restart.go):
// the project's containers, dependants first to stop, dependencies first to start, one progress
// event pair each (`Stopping`/`Stopped`, `Starting`/`Started`, `Restarting`/`Started`).
import type { ApiClient } from '../client/api-client';
import { daemonError, isError, pathSegment } from '../client/api-client';
import { CliError } from '../docker/context';
import { LABEL, containerNameOf, projectContainers } from './compose-api';
import { dependencyOrder, type ComposeProject } from './project';
import type { ProgressWriter } from './progress-writer';

/** Which operation, and the words of its two events. */
export type Lifecycle = 'stop' | 'start' | 'restart';

const WORDS: Readonly<Record<Lifecycle, [string, string]>> = {
  stop: ['Stopping', 'Stopped'],
  start: ['Starting', 'Started'],
  restart: ['Restarting', 'Started'],
};

/** The progress title of each (RunWithTitle), `Running` for start (progress.Run). */
export const LIFECYCLE_TITLE: Readonly<Record<Lifecycle, string>> = {
  stop: 'Stopping',
  start: 'Running',
  restart: 'Restarting',
};

/** Runs the operation on the selected services' containers. */
export function lifecycleProject(
  client: ApiClient,
  project: ComposeProject,
  operation: Lifecycle,
  only: readonly string[],
  w: ProgressWriter,
): void {
  const containers = projectContainers(client, project.name);
  let order = dependencyOrder([...project.services].sort((a, b) => a.name.localeCompare(b.name)));
  if (operation === 'stop') order = order.reverse();
  const [working, done] = WORDS[operation];
  for (const s of order) {
    if (only.length > 0 && !only.includes(s.name)) continue;
    for (const c of containers.filter((c) => c.Labels?.[LABEL.service] === s.name)) {
      if (operation === 'start' && c.State === 'running') continue;
      const id = `Container ${containerNameOf(c)}`;
      w.event({ id, status: 'working', statusText: working });
      const response = client.request('POST', `/containers/${pathSegment(c.Id)}/${operation}`);
      if (isError(response)) {
        w.event({ id, status: 'error', statusText: 'Error' });
        throw new CliError(daemonError(response));
      }
      w.event({ id, status: 'done', statusText: done });
    }
  }
}
