/** What the architecture diagram shows of a host: its parts' labels, the registries, the daemon's state. Pure. */

import { type HostState, familiarFromFull, statusOf } from '../../../model';

const REGISTRY_NAMES: Record<string, string> = {
  'docker.io': 'Docker Hub',
  'registry.digitalocean.com': 'DigitalOcean',
  'gcr.io': 'Google (GCR)',
  'ghcr.io': 'GitHub (GHCR)',
};

/** The name a registry host is known by. */
export function registryLabel(host: string): string {
  if (REGISTRY_NAMES[host]) return REGISTRY_NAMES[host];
  if (host.includes('.dkr.ecr.')) return 'Amazon ECR';
  if (host.endsWith('.azurecr.io')) return 'Azure (ACR)';
  return host;
}

/** The diagram's content, before words and layout. */
export interface ArchitectureModel {
  daemonRunning: boolean;
  images: Array<{ label: string }>;
  /** Oldest first, with Docker's status word. */
  containers: Array<{ label: string; state: string }>;
  volumes: Array<{ label: string }>;
  networks: Array<{ label: string }>;
  registries: Array<{ host: string; label: string }>;
}

/** The architecture of `host`, pulling from registries at `registryHosts`. */
export function projectArchitecture(host: HostState, registryHosts: readonly string[]): ArchitectureModel {
  return {
    daemonRunning: host.daemon.status === 'running',
    images: Object.values(host.images).map((i) => ({
      label: i.repoTags[0] ? familiarFromFull(i.repoTags[0]) : `<none> ${i.id.slice(7, 19)}`,
    })),
    containers: Object.values(host.containers)
      .sort((a, b) => a.created - b.created)
      .map((c) => ({ label: c.name.replace(/^\//, ''), state: statusOf(c.state.lifecycle) })),
    volumes: Object.values(host.volumes).map((v) => ({ label: v.anonymous ? v.name.slice(0, 12) : v.name })),
    networks: Object.values(host.networks).map((n) => ({ label: `${n.name} (${n.driver})` })),
    registries: registryHosts.map((h) => ({ host: h, label: registryLabel(h) })),
  };
}

/** What the diagram shows of a host the terminal does not talk to: its daemon and how much it holds. */
export interface OtherHostModel {
  name: string;
  daemonRunning: boolean;
  images: number;
  containers: number;
  /** The image labels, newest store order, for the box's tooltip-free list when it has room. */
  imageLabels: string[];
}

/** The summary of another host of the world. */
export function projectOtherHost(host: HostState): OtherHostModel {
  const images = projectArchitecture(host, []).images.map((i) => i.label);
  return {
    name: host.name,
    daemonRunning: host.daemon.status === 'running',
    images: images.length,
    containers: Object.keys(host.containers).length,
    imageLabels: images,
  };
}
