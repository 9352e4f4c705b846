/**
 * The container configuration the Engine API accepts on create (`Config`, `HostConfig`), reduced to
 * the fields the simulator honours; unknown fields in a request are ignored, as Go's decoder does.
 */

import type { MountSpec } from '../volumes/mount-spec';

/** `Config` of a create request and of `GET /containers/{id}/json`. */
export interface ContainerConfig {
  Hostname: string;
  Image: string;
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  Env: string[];
  Tty: boolean;
  OpenStdin: boolean;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  ExposedPorts: Record<string, object>;
  Volumes: Record<string, object> | null;
  WorkingDir: string;
  Labels: Record<string, string>;
  StopSignal?: string;
  StopTimeout?: number;
}

/** One host binding of a published port. */
export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

/** `HostConfig` of a create request. */
export interface HostConfig {
  Binds: string[] | null;
  /** `--mount` specs (api/types/mount.Mount), kept as sent; absent when none. */
  Mounts?: MountSpec[];
  PortBindings: Record<string, PortBinding[]>;
  NetworkMode: string;
  AutoRemove: boolean;
  RestartPolicy: { Name: string; MaximumRetryCount: number };
  PublishAllPorts: boolean;
  // moby's container.Resources (api/types/container/hostconfig.go), the limits the course teaches. Optional so a
  // world saved before limits were modelled loads as "no limit".
  /** Memory limit in bytes; 0 means none. */
  Memory?: number;
  /** Memory plus swap in bytes; -1 unlimited, 0 unset (the daemon makes it twice Memory). */
  MemorySwap?: number;
  /** Memory soft limit in bytes. */
  MemoryReservation?: number;
  /** CPU quota in billionths of a CPU (`--cpus 0.5` is 500000000). */
  NanoCpus?: number;
  /** CPU shares (relative weight). */
  CpuShares?: number;
  /** CFS period and quota in microseconds. */
  CpuPeriod?: number;
  CpuQuota?: number;
  /** CPUs the container may run on (`0-3`, `0,1`). */
  CpusetCpus?: string;
  /** PIDs limit; null means none. */
  PidsLimit?: number | null;
  /** Always false on this cgroup v2 host: moby discards the setting there. */
  OomKillDisable?: boolean;
}
