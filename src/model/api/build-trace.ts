/**
 * What `POST /build?version=2` streams: BuildKit's progress, as moby's builder-next sends it to a client
 * (`{"id":"moby.buildkit.trace","aux":…}` messages, one SolveStatus each), then the image ID
 * (`{"id":"moby.image.id","aux":{"ID":"sha256:…"}}`). Real BuildKit encodes `aux` as a base64 protobuf
 * (controlapi.StatusResponse); here it is the same SolveStatus as plain JSON, with buildkit's
 * client/graph.go field names and times as virtual milliseconds. The client renders it as
 * buildkit's progressui does (plain, tty, quiet, rawjson).
 */

/** One build step (an LLB vertex): `[2/4] RUN apk add curl`, `[internal] load .dockerignore`. */
export interface BuildVertex {
  /** `sha256:…` of the step's definition; the same step in a rebuild has the same digest. */
  digest: string;
  inputs?: string[];
  name: string;
  /** Virtual ms; absent until the step starts. */
  started?: number;
  completed?: number;
  /** A cache hit: `#5 CACHED`. */
  cached?: boolean;
  /** Why the step failed: `process "/bin/sh -c exit 3" did not complete successfully: exit code: 3`. */
  error?: string;
}

/** Progress of one part of a step: `transferring context: 2B`, `sha256:… 3.64MB / 3.64MB`. */
export interface BuildVertexStatus {
  id: string;
  vertex: string;
  name?: string;
  total?: number;
  current: number;
  timestamp: number;
  started?: number;
  completed?: number;
}

/** Output a step's process wrote: `#6 0.254 hi`. */
export interface BuildVertexLog {
  vertex: string;
  /** 1 stdout, 2 stderr. */
  stream: number;
  data: string;
  timestamp: number;
}

/** A lint warning BuildKit's Dockerfile frontend reports (`1 warning found (use docker --debug to expand)`). */
export interface BuildVertexWarning {
  vertex: string;
  level: number;
  short: string;
  detail?: string[];
  url?: string;
  /** 1-based line range in the Dockerfile. */
  range?: Array<{ start: { line: number; character?: number }; end: { line: number; character?: number } }>;
}

/** One progress update (buildkit client.SolveStatus): what changed since the last. */
export interface SolveStatus {
  vertexes?: BuildVertex[];
  statuses?: BuildVertexStatus[];
  logs?: BuildVertexLog[];
  warnings?: BuildVertexWarning[];
}

/** The stream message carrying progress. */
export interface BuildTraceMessage {
  id: 'moby.buildkit.trace';
  aux: SolveStatus;
}

/** The stream message carrying the built image's ID (builder-next's exporter). */
export interface BuildImageIdMessage {
  id: 'moby.image.id';
  aux: { ID: string };
}

/**
 * Where in a file an error is (BuildKit's errdefs.Source, which buildx prints as the excerpt
 * `Dockerfile:3` / `>>> RUNN echo hi`).
 */
export interface BuildErrorSource {
  filename: string;
  /** The file's whole text. */
  data: string;
  /** 1-based line ranges. */
  ranges: Array<{ start: { line: number }; end: { line: number } }>;
}

/** An error that ends the build stream (jsonmessage's `errorDetail`), with the source it points at. */
export interface BuildErrorMessage {
  errorDetail: { message: string };
  error: string;
  source?: BuildErrorSource;
}

/** Any message of a `version=2` build stream. */
export type BuildStreamMessage = BuildTraceMessage | BuildImageIdMessage | BuildErrorMessage;
