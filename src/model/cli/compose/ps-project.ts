// `docker compose ps` (cmd/compose/ps.go, cmd/formatter/container.go): the project's containers
// (running ones, all with -a) sorted by name, as the table NAME IMAGE COMMAND SERVICE CREATED
// STATUS PORTS; -q their full IDs, --services the services' names.
import type { ApiClient } from '../client/api-client';
import { tabwrite } from '../format/tabwriter';
import { containerFields } from '../commands/rows/container-row';
import { LABEL, containerNameOf, projectContainers } from './compose-api';

/** ps's options. */
export interface PsOptions {
  all: boolean;
  quiet: boolean;
  services: boolean;
  /** Service names given as arguments (only theirs are listed). */
  only: readonly string[];
}

/** The text `compose ps` prints on stdout. */
export function psProject(client: ApiClient, project: string, options: PsOptions, nowMs: number): string {
  const containers = projectContainers(client, project, options.all).filter(
    (c) => options.only.length === 0 || options.only.includes(c.Labels?.[LABEL.service] ?? ''),
  );
  if (options.quiet) return containers.map((c) => `${c.Id}\n`).join('');
  if (options.services) {
    const names = [...new Set(containers.map((c) => c.Labels?.[LABEL.service] ?? ''))];
    return names.map((n) => `${n}\n`).join('');
  }
  const fields = containerFields(true, nowMs);
  let text = 'NAME\tIMAGE\tCOMMAND\tSERVICE\tCREATED\tSTATUS\tPORTS\n';
  for (const c of containers)
    text +=
      [
        containerNameOf(c),
        c.Image ?? '',
        fields.Command(c),
        c.Labels?.[LABEL.service] ?? '',
        fields.RunningFor(c),
        fields.Status(c),
        fields.Ports(c),
      ].join('\t') + '\n';
  return tabwrite(text);
}
