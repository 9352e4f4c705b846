/**
 * The daemon's state as plain, serializable data, in moby's vocabulary. Everything the engine knows
 * lives here; functions in this folder read and change it, and nothing here refers to a view.
 */

import type { StdinState } from './processes/stdin-reader';
import type { ContainerConfig, HostConfig } from './containers/container-config';
import type { ExecRecord } from './execs/exec-state';

/**
 * Files by path relative to the root of their store (a volume, the host's `/`, a container's
 * writable layer) → content. A key ending in `/` is a directory made with `mkdir`; a `.wh.NAME`
 * key is a whiteout, the layer-diff mark of an image file the container deleted.
 */
export type FileTable = Record<string, string>;

/** One layer in the daemon's layer store, addressed by its chain ID as moby's layer store is. */
export interface LayerRecord {
  chainId: string;
  diffId: string;
  blobDigest: string;
  parent: string | null;
  /** Uncompressed size in bytes. */
  size: number;
  /** Compressed (transfer) size in bytes. */
  compressedSize: number;
  /** Images that list this layer in their rootfs, in the order they were stored. */
  users: string[];
  /** References that keep the layer alive: child layers, images whose top it is, containers' RW layers. */
  refs: number;
  /**
   * What a layer made by `docker build` adds to the ones below it (a whiteout `.wh.NAME` deletes a file
   * below). Absent for pulled layers, whose files are not modelled (container-fs.ts).
   */
  files?: FileTable;
}

/** The config part of an image, as the Engine API shows it under `Config`. */
export interface ImageConfig {
  Cmd?: string[] | null;
  Entrypoint?: string[] | null;
  Env?: string[] | null;
  ExposedPorts?: Record<string, object> | null;
  Volumes?: Record<string, object> | null;
  StopSignal?: string;
  WorkingDir?: string;
  Labels?: Record<string, string> | null;
  User?: string;
}

/** One image in the daemon's image store, addressed by its ID (the config digest). */
export interface ImageRecord {
  id: string;
  /** Upstream build time (ms), which `docker images` shows as CREATED. */
  created: number;
  config: ImageConfig;
  /** Chain IDs from the base layer up. */
  layers: string[];
  /** Fully qualified tags, e.g. `docker.io/library/alpine:latest`. */
  repoTags: string[];
  /** Fully qualified digests, e.g. `docker.io/library/alpine@sha256:…`. */
  repoDigests: string[];
  architecture: string;
  os: string;
  /** Sum of the uncompressed sizes of the image's layers. */
  size: number;
  /**
   * The config blob's history, one entry per build step (`docker history`); `empty_layer` steps changed
   * only metadata. Absent in worlds saved before builds (read from the registry's config blob then).
   */
  history?: Array<{ created: string; created_by: string; comment?: string; empty_layer?: boolean }>;
  /** The exact config blob JSON whose sha256 is the ID, for images this daemon built (push uploads it). */
  configJson?: string;
}

/**
 * One record of the build cache (BuildKit's cache manager as `docker system df -v` and `docker builder
 * prune` show it): a step's result that a later build with the same cache key reuses.
 */
export interface BuildCacheRecord {
  /** 25 base-36 characters, as BuildKit's identity.NewID. */
  id: string;
  /** The cache key: the parent's key, the instruction and the digests of what it read (context files, args). */
  cacheKey: string;
  /** `regular` (a RUN/COPY result), `source.local` (a context), `internal`, `frontend`. */
  type: string;
  /** As BuildKit describes it: `mount / from exec /bin/sh -c apk add curl`, `local source for context`. */
  description: string;
  parents: string[];
  /** The layer the step produced (chain ID), when it produced one. */
  chainId?: string;
  /** Bytes the record holds on disk (its layer's size; 0 for a metadata-only step). */
  size: number;
  inUse: boolean;
  shared: boolean;
  createdAt: number;
  lastUsedAt: number;
  usageCount: number;
}

/** The lifecycle state of a container as moby's container.State holds it. */
export interface ContainerState {
  /** The statechart's value: `created`, `{ running: 'active' }`, `{ running: 'paused' }`, … */
  lifecycle: string | Record<string, string>;
  pid: number;
  exitCode: number;
  error: string;
  /** 0 means Go's zero time: the container was never started. */
  startedAt: number;
  finishedAt: number;
  /** Set by `docker stop`/`kill`, which keeps a restart policy from restarting it. */
  manuallyStopped: boolean;
  /** The kernel's OOM killer ended the last run (moby State.OOMKilled); absent in worlds saved before it existed. */
  oomKilled?: boolean;
}

/** A container's attachment to one network. */
export interface EndpointRecord {
  networkId: string;
  endpointId: string;
  ipAddress: string;
  macAddress: string;
  gateway: string;
  aliases: string[];
}

/** A mount of a volume or host path into a container. */
export interface MountRecord {
  type: 'volume' | 'bind' | 'tmpfs';
  name: string;
  source: string;
  destination: string;
  rw: boolean;
  anonymous: boolean;
  /** moby MountPoint.Mode: a `-v` spec's options as given, `z` for a local volume without any (absent: older saves). */
  mode?: string;
  /** moby MountPoint.Propagation of a bind (`rprivate` unless asked). */
  propagation?: string;
  /** A bind from HostConfig.Mounts: its missing source is refused, never created (moby SkipMountpointCreation). */
  skipCreate?: boolean;
}

/** One line a container's process wrote. */
export interface LogLine {
  at: number;
  stream: 'stdout' | 'stderr';
  text: string;
  /** Written without a newline (a prompt, a TTY's echo of typed keys). */
  partial?: true;
}

/** One container, addressed by its 64-hex ID. */
export interface ContainerRecord {
  id: string;
  /** With the leading slash, as moby stores names. */
  name: string;
  created: number;
  imageId: string;
  /** Chain ID of the image's top layer, which the container's writable layer sits on. */
  topLayer: string;
  /** The image as the user typed it (`nginx`), which `docker ps` shows while it still resolves. */
  imageRef: string;
  path: string;
  args: string[];
  config: ContainerConfig;
  hostConfig: HostConfig;
  state: ContainerState;
  mounts: MountRecord[];
  /** Network name → endpoint; endpoints get IDs and addresses when the container starts. */
  networks: Record<string, EndpointRecord>;
  /** Host ports bound while running (ephemeral ones resolved). */
  publishedPorts: Array<{ port: string; proto: string; hostIp: string; hostPort: string }>;
  /** Size of the thin writable layer on top of the image. */
  rwSize: number;
  /** Incremented on every start, so a timer set for an older run is ignored. */
  runSeq: number;
  /** Incremented on every exit, so `wait?condition=next-exit` knows an exit happened. */
  exitSeq: number;
  restartCount: number;
  /** Signals the running process exits on (others are ignored, as PID 1 ignores SIGTERM). */
  handledSignals: string[];
  /** While paused, the time left before the process would have exited by itself. */
  pausedExit: { remainingMs: number; exitCode: number; oomKilled?: boolean } | null;
  logs: LogLine[];
  /** Files the container wrote into its writable layer: kept across stop/start, gone with `docker rm`. */
  files: FileTable;
  /** What its servers hold in memory (redis keys, mongo documents), by program: gone with `docker rm`. */
  memory?: FileTable;
  /** The shell PID 1 runs with `-i` reads stdin: its session and terminal state (engine/containers/stdin.ts). */
  stdin?: StdinState;
  /** Connections its server accepted from the host in run `runSeq` (nginx numbers them in its error log). */
  httpConnections?: { runSeq: number; count: number };
}

/** A named or anonymous volume. */
export interface VolumeRecord {
  name: string;
  driver: string;
  created: number;
  labels: Record<string, string> | null;
  options: Record<string, string> | null;
  anonymous: boolean;
  /** Bytes written into the volume. */
  size: number;
  /** What containers wrote into the volume; it outlives them. */
  files: FileTable;
}

/** A network with its IPAM pool. */
export interface NetworkRecord {
  id: string;
  name: string;
  driver: string;
  scope: string;
  created: number;
  internal: boolean;
  attachable: boolean;
  labels: Record<string, string>;
  options: Record<string, string>;
  subnet: string;
  gateway: string;
  /** Host numbers in use in the subnet → the container holding each (moby's IPAM bitmap). */
  addresses: Record<number, string>;
  predefined: boolean;
}

/** The daemon process itself: it can be stopped and started. */
export interface DaemonRecord {
  status: 'running' | 'stopped';
  id: string;
}

/** A simulated Docker host: its hardware facts and its daemon's stores. */
export interface HostState {
  name: string;
  cpus: number;
  memTotal: number;
  kernelVersion: string;
  operatingSystem: string;
  daemon: DaemonRecord;
  images: Record<string, ImageRecord>;
  layers: Record<string, LayerRecord>;
  /** Fully qualified tag → image ID. */
  tags: Record<string, string>;
  /** Fully qualified digest reference → image ID. */
  digests: Record<string, string>;
  containers: Record<string, ContainerRecord>;
  /** `/name` → container ID (moby's name registry). */
  names: Record<string, string>;
  volumes: Record<string, VolumeRecord>;
  networks: Record<string, NetworkRecord>;
  /** `0.0.0.0:8080/tcp` → container ID, for published ports in use. */
  ports: Record<string, string>;
  /** Exit codes of containers removed after exiting, for `wait?condition=removed`. */
  removedExitCodes: Record<string, number>;
  /** Files containers wrote through bind mounts, by host path (relative to the host's `/`). */
  hostFiles: FileTable;
  /** The daemon's exec instances by ID (moby's execCommands); absent in a world saved before execs. */
  execs?: Record<string, ExecRecord>;
  /** BuildKit's cache records by ID; absent in a world saved before builds. */
  buildCache?: Record<string, BuildCacheRecord>;
}
