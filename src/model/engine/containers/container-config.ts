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
}
