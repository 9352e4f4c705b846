/**
 * A simulated Docker host: hardware facts and an empty daemon with the three predefined networks,
 * as a fresh `dockerd` has them.
 */

import type { HostState } from './state';
import type { RandomState } from '../kernel/random';
import { nextHex, nextInt } from '../kernel/random';
import { createPredefinedNetworks } from './networks/predefined-networks';

/** The facts of a host that `docker info` reports. */
export interface HostProfile {
  name: string;
  cpus: number;
  memTotal: number;
  kernelVersion: string;
  operatingSystem: string;
  /** The daemon's ID as `docker info` shows it; generated when absent. */
  daemonId?: string;
}

/** The host the golden transcripts were captured against: an 8-core, 16 GB Ubuntu 24.04 server. */
export const DEFAULT_HOST_PROFILE: HostProfile = {
  name: 'docker-host',
  cpus: 8,
  memTotal: 16_622_931_968,
  kernelVersion: '6.8.0-60-generic',
  operatingSystem: 'Ubuntu 24.04.2 LTS',
  daemonId: '7TRN:IPZB:QYBB:VPBQ:UWYJ:KDIC:TKYH:4WZT:7LRW:NBG3:ND3Y:ZAG6',
};

/**
 * The second machine of the page: a smaller Ubuntu 24.04 server (4 cores, 8 GB) the student reaches
 * as `ssh://student@server-2` or `tcp://server-2:2375` (cli/client/daemon-dialer.ts). Its daemon ID
 * is drawn from its own random stream (world-base.ts), so adding it changes nothing on the first host.
 */
export const SERVER_2_PROFILE: HostProfile = {
  name: 'server-2',
  cpus: 4,
  memTotal: 8_322_822_144,
  kernelVersion: '6.8.0-60-generic',
  operatingSystem: 'Ubuntu 24.04.2 LTS',
};

/** The hosts of a world when nothing says otherwise: the Docker host the terminal runs on, and server-2. */
export const DEFAULT_HOST_PROFILES: readonly HostProfile[] = [DEFAULT_HOST_PROFILE, SERVER_2_PROFILE];

/** A host profile by name, for scenarios and options that name hosts (`hosts: [docker-host, server-2]`). */
export function hostProfileNamed(name: string): HostProfile | undefined {
  return DEFAULT_HOST_PROFILES.find((p) => p.name === name);
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A daemon ID in the classic `XXXX:XXXX:…` form (12 groups of 4 base32 characters). */
function generateDaemonId(random: RandomState): string {
  const groups: string[] = [];
  for (let g = 0; g < 12; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += BASE32[nextInt(random, 32)];
    groups.push(group);
  }
  return groups.join(':');
}

/** Creates a host with a running, empty daemon. */
export function createHost(profile: HostProfile, random: RandomState, nowMs: number): HostState {
  const host: HostState = {
    name: profile.name,
    cpus: profile.cpus,
    memTotal: profile.memTotal,
    kernelVersion: profile.kernelVersion,
    operatingSystem: profile.operatingSystem,
    daemon: { status: 'running', id: profile.daemonId ?? generateDaemonId(random) },
    images: {},
    layers: {},
    tags: {},
    digests: {},
    containers: {},
    names: {},
    volumes: {},
    networks: {},
    ports: {},
    removedExitCodes: {},
    hostFiles: {},
  };
  for (const network of createPredefinedNetworks(() => nextHex(random), nowMs)) host.networks[network.id] = network;
  return host;
}

/** Gives a host saved before files were modelled its empty file tables, so it loads unchanged otherwise. */
export function fillFileTables(host: HostState): void {
  host.hostFiles ??= {};
  for (const id in host.containers) host.containers[id].files ??= {};
  for (const name in host.volumes) host.volumes[name].files ??= {};
}
