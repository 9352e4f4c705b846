/**
 * The names Tab completion offers, read from the world: registry images, local images, containers, volumes, networks.
 */

import { defaultHost, type World, familiarFromFull, familiarString, parseNormalizedNamed } from '../../model';
import type { NameSource } from '../terminal/completion';

/** Every `repository:tag` the registries serve, in the short form a person types (`nginx:alpine`). */
export function registryReferences(world: World): string[] {
  const out: string[] = [];
  for (const registry of Object.values(world.state.registries)) {
    for (const [repo, record] of Object.entries(registry.repositories)) {
      for (const tag of Object.keys(record.tags)) {
        const parsed = parseNormalizedNamed(`${registry.host}/${repo}:${tag}`);
        if (parsed.ok) out.push(familiarString(parsed.ref));
      }
    }
  }
  return out;
}

let cachedRegistries: unknown;
let cachedRefs: string[] = [];

/** The name source for a world. */
export function completionNames(world: World): NameSource {
  return (kind) => {
    const host = defaultHost(world);
    switch (kind) {
      case 'remoteImage':
        if (cachedRegistries !== world.state.registries) {
          cachedRegistries = world.state.registries;
          cachedRefs = registryReferences(world);
        }
        return cachedRefs;
      case 'localImage':
        return Object.values(host.images).flatMap((i) => i.repoTags.map(familiarFromFull));
      case 'container':
        return Object.values(host.containers).map((c) => c.name.replace(/^\//, ''));
      case 'volume':
        return Object.keys(host.volumes);
      case 'network':
        return Object.values(host.networks).map((n) => n.name);
    }
  };
}
