/** What the lifecycle diagram shows of a host: containers per state and the chosen container. Pure. */

import { type HostState, type DomainEvent, statusOf } from '../../../model';
import type { CommandRecord } from '../../../model/client';
import { nodeOfStatus } from './lifecycle-layout';

/** The diagram's content. */
export interface LifecycleModel {
  /** Containers per statechart node. */
  counts: Map<string, number>;
  /** The chosen container (the given one if it still exists, else the newest), if any. */
  selected: string | undefined;
  selectedNode: string | undefined;
  selectedName: string | undefined;
  selectedState: string | undefined;
  /** The chosen container's last run was ended by the kernel's OOM killer (State.OOMKilled). */
  selectedOomKilled: boolean;
  /** Every container, oldest first, for the chooser. */
  containers: Array<{ id: string; name: string; status: string }>;
}

/** The lifecycle of `host` with `selected` chosen. */
export function projectLifecycle(host: HostState, selected: string | undefined): LifecycleModel {
  const all = Object.values(host.containers).sort((a, b) => a.created - b.created);
  const counts = new Map<string, number>();
  for (const c of all) {
    const node = nodeOfStatus(statusOf(c.state.lifecycle));
    counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  const chosen = selected && host.containers[selected] ? selected : all[all.length - 1]?.id;
  const c = chosen ? host.containers[chosen] : undefined;
  const status = c ? statusOf(c.state.lifecycle) : undefined;
  return {
    counts,
    selected: chosen,
    selectedNode: status ? nodeOfStatus(status) : undefined,
    selectedName: c?.name.replace(/^\//, ''),
    selectedState: status,
    selectedOomKilled: c?.state.oomKilled === true,
    containers: all.map((x) => ({ id: x.id, name: x.name.replace(/^\//, ''), status: statusOf(x.state.lifecycle) })),
  };
}

type StateChange = Extract<DomainEvent, { type: 'container.state.changed' }>;

/**
 * The transitions a command's record plays: the container it changed last becomes the chosen one
 * (if it still exists), and that container's transitions play one after another.
 */
export function transitionsToPlay(
  record: CommandRecord,
  host: HostState,
  selected: string | undefined,
): { selected: string | undefined; changes: StateChange[] } {
  const changes = record.events.filter((e): e is StateChange => e.type === 'container.state.changed');
  const last = changes[changes.length - 1];
  const chosen = last && host.containers[last.containerId] ? last.containerId : selected;
  const mine = changes.filter((e) => e.containerId === (chosen ?? last?.containerId));
  return { selected: chosen, changes: mine };
}
