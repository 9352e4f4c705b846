/**
 * What a build is asked for and what it did, independent of how it is streamed: the steps as BuildKit's
 * vertexes (which the API writes as `moby.buildkit.trace` messages or as the classic builder's lines).
 */

import type { ImageConfig } from '../state';

/** The options of `POST /build`, decoded from its query. */
export interface BuildOptions {
  /** Tags as given (`x`, `x:1.0`), in order. */
  tags: string[];
  /** The Dockerfile's path inside the context. */
  dockerfile: string;
  /** `--build-arg` values; null means "from the client's environment" and leaves the ARG unset here. */
  buildArgs: Record<string, string | null>;
  noCache: boolean;
  target: string;
  labels: Record<string, string>;
  pull: boolean;
  /** `1` (classic builder) or `2` (BuildKit). */
  version: '1' | '2';
  /** The request's virtual deadline (the client gives up then: Ctrl+C). */
  deadline?: number;
}

/** One line a step's process wrote. */
export interface StepLog {
  at: number;
  stream: 1 | 2;
  text: string;
}

/** Progress of one part of a step (`transferring context: 2B`, `writing image sha256:…`). */
export interface StepStatus {
  id: string;
  at: number;
  completed: number;
  current?: number;
  total?: number;
}

/** One step of the build as BuildKit shows it (an LLB vertex). */
export interface BuildStepRecord {
  digest: string;
  name: string;
  started: number;
  completed: number;
  cached: boolean;
  error?: string;
  logs: StepLog[];
  statuses: StepStatus[];
  /** The Dockerfile instruction this step runs (absent for internal steps and the export). */
  instruction?: string;
  /** For the classic stream: the 1-based instruction index and the layer/config it ended with. */
  classic?: { index: number; result: string; ranIn?: string };
}

/** An error that ended the build: BuildKit's message and, for Dockerfile errors, the lines it points at. */
export interface BuildFailure {
  message: string;
  /** The classic builder's words for the same failure, when they differ. */
  classicMessage?: string;
  source?: { filename: string; data: string; startLine: number; endLine: number };
}

/** One instruction as the classic builder prints it (`Step 2/3 : RUN …`, ` ---> Running in …`). */
export interface ClassicStep {
  text: string;
  cached: boolean;
  logs: StepLog[];
  /** The intermediate image's ID after the step (the last one is the built image's). */
  id: string;
  /** FROM prints only the base's ID; RUN and metadata steps run a container; COPY does not; a meta ARG nothing. */
  kind: 'arg' | 'from' | 'run' | 'copy' | 'meta';
  /** The pull of a missing base, as `POST /images/create` streams it (the classic builder shows it). */
  pull?: unknown[];
  /** The last instruction of its stage (the classic builder sends the stage's image ID after it). */
  stageEnd?: boolean;
}

/** What a build did: its steps in order, then its image (or why it failed). */
export interface BuildOutcome {
  steps: BuildStepRecord[];
  /** Every instruction of the target's stages, for the classic `Step i/n : …` lines. */
  classicSteps: ClassicStep[];
  imageId?: string;
  /** Tags set, fully qualified. */
  tagged: string[];
  failure?: BuildFailure;
  /** BuildKit's lint warnings, on the `load build definition` step. */
  warnings: Array<{
    vertex: string;
    at: number;
    short: string;
    detail: string[];
    url: string;
    startLine: number;
    endLine: number;
  }>;
  /** `[Warning] One or more build-args [X] were not consumed` (the classic builder). */
  unusedArgs: string[];
  startedAt: number;
  endedAt: number;
  /** The deadline passed before the build ended: no image, the stream ends there. */
  cancelled?: boolean;
}

/** The state a stage has reached: its files' layer chain and its image config so far. */
export interface StageState {
  name: string;
  /** Chain IDs from the base up. */
  layers: string[];
  diffIds: string[];
  config: ImageConfig & { Shell?: string[]; Healthcheck?: unknown; ArgsEscaped?: boolean };
  history: Array<{ created: string; created_by: string; comment?: string; empty_layer?: boolean }>;
  /** The cache key of the last step (the base's for a fresh stage). */
  cacheKey: string;
  /** Build args declared in this stage (ARG), with their values. */
  args: Record<string, string>;
  architecture: string;
  os: string;
  /** Which base family its processes run with (alpine's busybox, debian's coreutils). */
  family: 'alpine' | 'debian' | 'ubuntu' | 'scratch';
  /** The executables of the base image's own config (the image surely has them). */
  basePrograms: string[];
  /** Latest virtual time a layer of it was made (keeps a fully cached rebuild's image ID). */
  createdAt: number;
  /** This stage set CMD (an ENTRYPOINT after it keeps it; one before resets the base's). */
  cmdSet?: boolean;
}
