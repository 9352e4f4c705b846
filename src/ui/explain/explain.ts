/**
 * What happened in a command, as plain facts for the explanation panel: derived only from the
 * command's domain events, its API exchanges and the host state, never from Docker rules of its own.
 */

import { type HostState, familiarFromFull, parseNormalizedNamed } from '../../model';
import type { CommandRecord } from '../../model/client';

/** One fact worth a sentence. */
export type ExplainFact =
  | { kind: 'daemonDown' }
  | { kind: 'daemonStopped'; stoppedContainers: number }
  | { kind: 'daemonStarted' }
  | { kind: 'pullReused'; image: string; reused: string[]; reusedFrom: string[]; downloaded: number }
  | { kind: 'pullFresh'; image: string; registry: string; layers: number }
  | { kind: 'pullUpToDate'; image: string }
  | { kind: 'created'; name: string; image: string; started: boolean }
  | { kind: 'started'; name: string }
  | { kind: 'stopped'; name: string; exitCode: number }
  | { kind: 'paused'; name: string }
  | { kind: 'unpaused'; name: string }
  | { kind: 'removed'; name: string }
  | { kind: 'nameConflict'; name: string; holder: string }
  | { kind: 'imageInUse'; image: string; container: string; running: boolean }
  | { kind: 'imageRemoved'; image: string; layersDeleted: number }
  | { kind: 'imageUntagged'; image: string }
  | { kind: 'built'; image: string; cached: number; ran: number }
  | { kind: 'pushed'; image: string; registry: string; sent: number; kept: number }
  | { kind: 'volumeCreated'; name: string }
  | { kind: 'volumeRemoved'; name: string }
  | { kind: 'networkCreated'; name: string }
  | { kind: 'networkRemoved'; name: string }
  | { kind: 'readOnly'; requests: number }
  | { kind: 'clientOnly' }
  | { kind: 'apiError'; status: number; message: string };

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

/** The short name of a container ID (or the short ID if it is gone). */
function containerName(host: HostState, idPrefix: string): string {
  const c = Object.values(host.containers).find((x) => x.id.startsWith(idPrefix));
  return c ? c.name.replace(/^\//, '') : idPrefix;
}

function messageOf(body: unknown): string {
  const m = (body as { message?: unknown } | undefined)?.message;
  return typeof m === 'string' ? m : '';
}

/** The facts of one command, most important first. */
export function explainCommand(record: CommandRecord, host: HostState): ExplainFact[] {
  const facts: ExplainFact[] = [];
  const { events, exchanges } = record;
  if (record.action?.kind === 'daemon') {
    for (const e of events) {
      if (e.type === 'daemon.stopped') {
        const stopped = events.filter((x) => x.type === 'container.state.changed' && x.to === 'exited').length;
        facts.push({ kind: 'daemonStopped', stoppedContainers: stopped });
      } else if (e.type === 'daemon.started') facts.push({ kind: 'daemonStarted' });
    }
    return facts;
  }
  if (!record.daemonRunning && exchanges.length === 0 && record.exitCode !== 0 && /^\s*docker\b/.test(record.line)) {
    return [{ kind: 'daemonDown' }];
  }
  for (const x of exchanges) {
    if (x.status === 409 && x.method === 'POST' && x.path === '/containers/create') {
      const name = new URLSearchParams(x.query).get('name') ?? '';
      const holder = host.names[`/${name}`];
      facts.push({ kind: 'nameConflict', name, holder: holder ? short(holder) : '' });
    } else if (x.status === 409 && x.method === 'DELETE' && x.path.startsWith('/images/')) {
      const message = messageOf(x.responseBody);
      const id = /container ([0-9a-f]{12})/.exec(message)?.[1];
      if (id) {
        const c = Object.values(host.containers).find((k) => k.id.startsWith(id));
        const running = !!c && typeof c.state.lifecycle !== 'string';
        facts.push({
          kind: 'imageInUse',
          image: decodeURIComponent(x.path.slice('/images/'.length)),
          container: containerName(host, id),
          running,
        });
      } else facts.push({ kind: 'apiError', status: x.status, message });
    } else if (x.status >= 400) {
      facts.push({ kind: 'apiError', status: x.status, message: messageOf(x.responseBody) });
    }
  }
  const stored = new Set(events.flatMap((e) => (e.type === 'layer.stored' ? [e.chainId] : [])));
  for (const e of events) {
    if (e.type === 'image.pulled') {
      const image = host.images[e.imageId];
      const layers = image?.layers ?? [];
      // A layer is new in this command when the record has its `layer.stored` event; the others were there.
      const reusedChains = layers.filter((l) => !stored.has(l));
      const downloaded = layers.filter((l) => stored.has(l)).length;
      if (downloaded === 0) facts.push({ kind: 'pullUpToDate', image: e.reference });
      else if (reusedChains.length > 0) {
        const reusedFrom = new Set<string>();
        for (const chain of reusedChains) {
          for (const user of host.layers[chain]?.users ?? []) {
            if (user !== e.imageId && host.images[user]?.repoTags[0])
              reusedFrom.add(familiarFromFull(host.images[user].repoTags[0]));
          }
        }
        const reused = reusedChains.map((c) => short(host.layers[c]?.blobDigest ?? c));
        facts.push({ kind: 'pullReused', image: e.reference, reused, reusedFrom: [...reusedFrom], downloaded });
      } else {
        const parsed = parseNormalizedNamed(e.reference);
        facts.push({
          kind: 'pullFresh',
          image: e.reference,
          registry: parsed.ok ? parsed.ref.domain : '',
          layers: downloaded,
        });
      }
    } else if (e.type === 'container.created') {
      const c = host.containers[e.containerId];
      const started = events.some(
        (x) => x.type === 'container.state.changed' && x.containerId === e.containerId && x.event === 'container.start',
      );
      facts.push({ kind: 'created', name: e.name.replace(/^\//, ''), image: c?.imageRef ?? '', started });
    } else if (e.type === 'container.state.changed') {
      const name = e.name.replace(/^\//, '');
      const createdNow = events.some((x) => x.type === 'container.created' && x.containerId === e.containerId);
      if (e.to === 'running' && e.from === 'paused') facts.push({ kind: 'unpaused', name });
      else if (e.to === 'running' && !createdNow) facts.push({ kind: 'started', name });
      else if (e.to === 'paused') facts.push({ kind: 'paused', name });
      else if (e.to === 'exited')
        facts.push({ kind: 'stopped', name, exitCode: host.containers[e.containerId]?.state.exitCode ?? 0 });
      else if (e.to === 'removed') facts.push({ kind: 'removed', name });
    } else if (e.type === 'image.deleted') {
      const deleted = events.filter((x) => x.type === 'layer.deleted').length;
      const untagged = events.find((x) => x.type === 'image.untagged' && x.imageId === e.imageId);
      const name =
        untagged && untagged.type === 'image.untagged' ? familiarFromFull(untagged.reference) : short(e.imageId);
      facts.push({ kind: 'imageRemoved', image: name, layersDeleted: deleted });
    } else if (e.type === 'volume.created') facts.push({ kind: 'volumeCreated', name: e.name });
    else if (e.type === 'volume.removed') facts.push({ kind: 'volumeRemoved', name: e.name });
    else if (e.type === 'network.created') facts.push({ kind: 'networkCreated', name: e.name });
    else if (e.type === 'network.removed') facts.push({ kind: 'networkRemoved', name: e.name });
    else if (e.type === 'image.built') {
      const steps = events.filter((x) => x.type === 'build.step' && x.host === e.host);
      const cached = steps.filter((x) => x.type === 'build.step' && x.cached).length;
      const image = e.tags[0] ? familiarFromFull(e.tags[0]) : short(e.imageId);
      facts.push({ kind: 'built', image, cached, ran: steps.length - cached });
    } else if (e.type === 'image.pushed') {
      const layers = events.filter((x) => x.type === 'image.layer.pushed' && x.host === e.host);
      const sent = layers.filter((x) => x.type === 'image.layer.pushed' && x.status === 'Pushed').length;
      facts.push({
        kind: 'pushed',
        image: familiarFromFull(e.reference),
        registry: e.registry,
        sent,
        kept: layers.length - sent,
      });
    }
  }
  // A build that reuses a tag moves it from the old image, which is not the untagging the reader asked for.
  if (!facts.some((f) => f.kind === 'imageRemoved' || f.kind === 'built')) {
    for (const e of events) {
      if (e.type === 'image.untagged' && host.images[e.imageId])
        facts.push({ kind: 'imageUntagged', image: familiarFromFull(e.reference) });
    }
  }
  if (facts.length === 0 && exchanges.length > 0 && exchanges.every((x) => x.method === 'GET' || x.method === 'HEAD')) {
    facts.push({ kind: 'readOnly', requests: exchanges.length });
  }
  if (facts.length === 0 && exchanges.length === 0 && record.exitCode !== 0 && /^\s*docker\b/.test(record.line)) {
    facts.push({ kind: 'clientOnly' });
  }
  return facts;
}
