/**
 * Invariants of a daemon's state that must hold after every Engine API call, each returning the
 * list of what is wrong (empty when all is well) so a failure names the broken rule.
 */

import type { World } from '../../src/model/world/world';
import type { HostState } from '../../src/model/engine/state';
import { isRunning } from '../../src/model/engine/container-state';

/** What the checks remember from just before a call. */
export interface BeforeCall {
  /** Running containers whose image record existed: container ID → image ID. */
  runningImages: Map<string, string>;
}

/** Takes the snapshot `checkHost` compares against. */
export function beforeCall(host: HostState): BeforeCall {
  const runningImages = new Map<string, string>();
  for (const c of Object.values(host.containers))
    if (isRunning(c) && host.images[c.imageId]) runningImages.set(c.id, c.imageId);
  return { runningImages };
}

/** The chain of a layer, top down; `null` in the list marks a missing link. */
function chain(host: HostState, chainId: string): Array<string | null> {
  const out: Array<string | null> = [];
  let current: string | null = chainId;
  while (current) {
    const layer: HostState['layers'][string] | undefined = host.layers[current];
    if (!layer) {
      out.push(null);
      break;
    }
    out.push(current);
    current = layer.parent;
    if (out.length > 10_000) break;
  }
  return out;
}

/** Layer store, image store and reference store agree with each other; nothing in use is gone. */
export function checkImagesAndLayers(host: HostState, before: BeforeCall): string[] {
  const problems: string[] = [];
  const images = Object.values(host.images);
  // A container's writable layer sits on its image's top layer: that layer and all below must exist.
  for (const c of Object.values(host.containers)) {
    if (chain(host, c.topLayer).includes(null))
      problems.push(`container ${c.name}: top layer ${c.topLayer} or one of its ancestors is missing`);
  }
  // No image used by a running container is deleted while it runs.
  for (const [id, imageId] of before.runningImages) {
    const c = host.containers[id];
    if (c && isRunning(c) && !host.images[imageId])
      problems.push(`image ${imageId} was deleted while container ${c.name} was running on it`);
  }
  for (const image of images) {
    for (const chainId of image.layers)
      if (!host.layers[chainId]) problems.push(`image ${image.id} lists missing layer ${chainId}`);
    const size = image.layers.reduce((s, l) => s + (host.layers[l]?.size ?? 0), 0);
    if (size !== image.size) problems.push(`image ${image.id} size ${image.size} is not the sum of its layers ${size}`);
  }
  // users are exactly the images that list the layer; refs count children, image tops and containers.
  const listing = new Map<string, string[]>();
  const refs = new Map<string, number>();
  const addRef = (id: string) => refs.set(id, (refs.get(id) ?? 0) + 1);
  for (const image of images) {
    for (const chainId of image.layers) listing.set(chainId, [...(listing.get(chainId) ?? []), image.id]);
    addRef(image.layers[image.layers.length - 1]);
  }
  for (const layer of Object.values(host.layers)) if (layer.parent) addRef(layer.parent);
  for (const c of Object.values(host.containers)) addRef(c.topLayer);
  // A build cache record holds its step's layer (BuildKit keeps the snapshot until the cache is pruned).
  for (const r of Object.values(host.buildCache ?? {})) if (r.chainId) addRef(r.chainId);
  for (const layer of Object.values(host.layers)) {
    const users = [...layer.users].sort().join(',');
    const expected = (listing.get(layer.chainId) ?? []).sort().join(',');
    if (users !== expected) problems.push(`layer ${layer.chainId} users [${users}] but listed by [${expected}]`);
    if (layer.refs !== (refs.get(layer.chainId) ?? 0)) {
      problems.push(
        `layer ${layer.chainId} refs ${layer.refs} ≠ ${refs.get(layer.chainId) ?? 0} (children + image tops + ` +
          `containers on it + build cache records)`,
      );
    }
  }
  // No garbage: every stored layer is reachable from an image or a container.
  const reachable = reachableLayers(host);
  for (const id of Object.keys(host.layers))
    if (!reachable.has(id)) problems.push(`layer ${id} is stored but nothing uses it`);
  // The reference store and the images' own lists agree.
  for (const [index, field] of [
    [host.tags, 'repoTags'],
    [host.digests, 'repoDigests'],
  ] as const) {
    for (const [ref, id] of Object.entries(index))
      if (!host.images[id]?.[field].includes(ref)) problems.push(`${ref} points at ${id}, which does not list it`);
    for (const image of images)
      for (const ref of image[field])
        if (index[ref] !== image.id) problems.push(`image ${image.id} lists ${ref}, which points at ${index[ref]}`);
  }
  return problems;
}

/** The layers in use: every image's layers and every container's top layer with its ancestors. */
export function reachableLayers(host: HostState): Set<string> {
  const out = new Set<string>();
  const tops = [
    ...Object.values(host.images).map((i) => i.layers[i.layers.length - 1]),
    ...Object.values(host.containers).map((c) => c.topLayer),
    ...Object.values(host.buildCache ?? {}).flatMap((r) => (r.chainId ? [r.chainId] : [])),
  ];
  for (const top of tops) for (const id of chain(host, top)) if (id) out.add(id);
  return out;
}

/** Names, ports, endpoints, volumes and timers are consistent with the containers. */
export function checkContainers(world: World, host: HostState): string[] {
  const problems: string[] = [];
  const containers = Object.values(host.containers);
  // host.names is a bijection with the containers.
  for (const [name, id] of Object.entries(host.names))
    if (host.containers[id]?.name !== name) problems.push(`name ${name} → ${id}, which is not that container`);
  for (const c of containers)
    if (host.names[c.name] !== c.id) problems.push(`container ${c.id} named ${c.name} is not in the name registry`);
  if (Object.keys(host.names).length !== containers.length)
    problems.push(`${Object.keys(host.names).length} names for ${containers.length} containers`);
  if (new Set(containers.map((c) => c.name)).size !== containers.length) problems.push('two containers share a name');
  for (const [key, id] of Object.entries(host.ports)) {
    const c = host.containers[id];
    if (!c || !isRunning(c)) problems.push(`port ${key} is held by ${id}, which is not a running container`);
  }
  const addresses = new Map<string, string>();
  for (const c of containers) {
    const running = isRunning(c);
    const lifecycle = JSON.stringify(c.state.lifecycle);
    if (lifecycle === '"removing"' || lifecycle === '"removed"')
      problems.push(`container ${c.name} is stored while ${lifecycle}`);
    if (running !== c.state.pid > 0) problems.push(`container ${c.name} is ${lifecycle} with pid ${c.state.pid}`);
    if (running && c.state.startedAt === 0) problems.push(`running container ${c.name} was never started`);
    const ownAddresses = !['host', 'none'].includes(c.hostConfig.NetworkMode);
    for (const [name, e] of Object.entries(c.networks)) {
      if (running && ownAddresses && !(e.endpointId && e.ipAddress))
        problems.push(`running container ${c.name} has no address on ${name}`);
      if (running && e.ipAddress) {
        const holder = addresses.get(`${e.networkId} ${e.ipAddress}`);
        if (holder) problems.push(`${c.name} and ${holder} both have ${e.ipAddress} on ${name}`);
        addresses.set(`${e.networkId} ${e.ipAddress}`, c.name);
      }
      if (!running && e.endpointId) problems.push(`stopped container ${c.name} still has an endpoint on ${name}`);
      if (running && e.endpointId && !Object.values(host.networks).some((n) => n.name === name && n.id === e.networkId))
        problems.push(`running container ${c.name} has an endpoint on a missing network ${name}`);
    }
    if (!running && c.publishedPorts.length) problems.push(`stopped container ${c.name} still publishes ports`);
    for (const b of c.publishedPorts) {
      const key = `${b.hostIp || '0.0.0.0'}:${b.hostPort}/${b.proto}`;
      if (host.ports[key] !== c.id)
        problems.push(`container ${c.name} publishes ${key}, which the port table gives to ${host.ports[key]}`);
    }
    for (const m of c.mounts)
      if (m.type === 'volume' && !host.volumes[m.name])
        problems.push(`container ${c.name} mounts missing volume ${m.name}`);
  }
  const now = world.state.clock.nowMs;
  for (const t of world.state.timers)
    if (t.at <= now)
      problems.push(
        `timer for ${t.kind === 'exec.wake' ? t.execId : t.containerId} at ${t.at} is overdue (now ${now})`,
      );
  return problems;
}

/** `system df` against the state: distinct layers + writable layers + volumes. */
export function checkDiskUsage(host: HostState, df: unknown): string[] {
  const problems: string[] = [];
  const doc = df as {
    LayersSize: number;
    Images: Array<{ Id: string; Size: number; SharedSize: number; Containers: number }>;
    Containers: Array<{ Id: string; SizeRw: number }>;
    Volumes: Array<{ Name: string; UsageData: { Size: number; RefCount: number } }>;
  };
  const layers = [...reachableLayers(host)].reduce((s, id) => s + (host.layers[id]?.size ?? 0), 0);
  const rw = Object.values(host.containers).reduce((s, c) => s + c.rwSize, 0);
  const volumes = Object.values(host.volumes).reduce((s, v) => s + v.size, 0);
  const reported =
    doc.LayersSize +
    doc.Containers.reduce((s, c) => s + c.SizeRw, 0) +
    doc.Volumes.reduce((s, v) => s + v.UsageData.Size, 0);
  if (doc.LayersSize !== layers) problems.push(`df LayersSize ${doc.LayersSize} ≠ distinct layers in use ${layers}`);
  if (reported !== layers + rw + volumes)
    problems.push(`df total ${reported} ≠ layers ${layers} + writable ${rw} + volumes ${volumes}`);
  if (doc.Images.length !== Object.keys(host.images).length)
    problems.push(`df lists ${doc.Images.length} images of ${Object.keys(host.images).length}`);
  if (doc.Containers.length !== Object.keys(host.containers).length)
    problems.push(`df lists ${doc.Containers.length} containers of ${Object.keys(host.containers).length}`);
  if (doc.Volumes.length !== Object.keys(host.volumes).length)
    problems.push(`df lists ${doc.Volumes.length} volumes of ${Object.keys(host.volumes).length}`);
  for (const image of doc.Images) {
    const record = host.images[image.Id];
    if (!record) {
      problems.push(`df lists ${image.Id}, which the image store does not have`);
      continue;
    }
    const shared = record.layers
      .filter((l) => Object.values(host.images).some((o) => o.id !== record.id && o.layers.includes(l)))
      .reduce((s, l) => s + host.layers[l].size, 0);
    if (image.SharedSize !== shared) problems.push(`df image ${image.Id} SharedSize ${image.SharedSize} ≠ ${shared}`);
    const users = Object.values(host.containers).filter((c) => c.imageId === image.Id).length;
    if (image.Containers !== users) problems.push(`df image ${image.Id} Containers ${image.Containers} ≠ ${users}`);
  }
  for (const v of doc.Volumes) {
    const users = Object.values(host.containers).filter((c) =>
      c.mounts.some((m) => m.type === 'volume' && m.name === v.Name),
    ).length;
    if (v.UsageData.RefCount !== users)
      problems.push(`df volume ${v.Name} RefCount ${v.UsageData.RefCount} ≠ ${users}`);
  }
  return problems;
}

/**
 * Whether two JSON-able values are equal as JSON sees them: a missing key and an `undefined` value
 * are the same, but NaN, Infinity, functions, Maps or class instances would not survive and differ.
 */
export function jsonEqual(a: unknown, b: unknown, path = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${path}: ${String(a)} ≠ ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different prototypes`;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) {
    if (x[key] === undefined && y[key] === undefined) continue;
    const diff = jsonEqual(x[key], y[key], `${path}.${key}`);
    if (diff) return diff;
  }
  for (const key in y) if (!(key in x) && y[key] !== undefined) return `${path}.${key}: missing ≠ ${String(y[key])}`;
  return null;
}
