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
