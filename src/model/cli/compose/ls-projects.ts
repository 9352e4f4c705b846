// `docker compose ls [-a] [-q]` (cmd/compose/list.go, pkg/compose/ls.go): the projects found on the
// daemon from their containers' labels (no compose file needed), each with its containers' states
// counted (`running(2)`, `exited(1), running(1)`) and its config files, in compose's pretty table
// (tabwriter minwidth 20). Without -a only running containers count.
import type { ApiClient } from '../client/api-client';
import { daemonError, isError } from '../client/api-client';
import { CliError } from '../docker/context';
import { tabwrite } from '../format/tabwriter';
import type { ContainerSummary } from '../commands/rows/container-row';
import { LABEL } from './compose-api';

/** combinedStatus: each state with its count, states sorted. */
function combinedStatus(states: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of states) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.keys()]
    .sort()
    .map((s) => `${s}(${counts.get(s)})`)
    .join(', ');
}

/** The text `compose ls` prints. */
export function lsProjects(client: ApiClient, all: boolean, quiet: boolean): string {
  const response = client.request('GET', '/containers/json', {
    all: all ? '1' : undefined,
    filters: JSON.stringify({ label: [LABEL.project, LABEL.configHash] }),
  });
  if (isError(response)) throw new CliError(daemonError(response));
  const containers = ((response.json ?? []) as ContainerSummary[]).filter(
    (c) => c.Labels?.[LABEL.project] !== undefined && c.Labels?.[LABEL.configHash] !== undefined,
  );
  const byProject = new Map<string, ContainerSummary[]>();
  for (const c of containers) {
    const name = c.Labels![LABEL.project];
    byProject.set(name, [...(byProject.get(name) ?? []), c]);
  }
  if (quiet) return [...byProject.keys()].map((n) => `${n}\n`).join('');
  let text = 'NAME\tSTATUS\tCONFIG FILES\n';
  for (const [name, list] of byProject) {
    const files: string[] = [];
    for (const c of list)
      for (const f of (c.Labels?.[LABEL.configFiles] ?? '').split(',')) if (!files.includes(f)) files.push(f);
    text += `${name}\t${combinedStatus(list.map((c) => c.State ?? ''))}\t${files.join(',')}\n`;
  }
  return tabwrite(text, { minwidth: 20, tabwidth: 1, padding: 3 });
}
