/**
 * What a container's main process does, honestly enough to teach with: a program either exits (with
 * output and a code, now or after some virtual time) or keeps serving until it is signalled.
 */

/** A line the process writes. */
export interface OutputLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** A process that ends by itself after `afterMs` with `exitCode`. */
export interface ExitingProgram {
  kind: 'exits';
  exitCode: number;
  afterMs: number;
  output: OutputLine[];
  /** PID 1 without a handler ignores SIGTERM, so `docker stop` waits for its timeout, then SIGKILLs. */
  stopSignals: string[];
}

/** A process that keeps running (a server, an interactive shell) until a signal stops it. */
export interface ServingProgram {
  kind: 'serves';
  output: OutputLine[];
  /** Bytes the process writes into the container's writable layer when it starts. */
  rwBytes: number;
  /** Signals the process handles by exiting cleanly with code 0. */
  stopSignals: string[];
}

/** The executable does not exist in the image: the OCI runtime refuses to start it. */
export interface MissingProgram {
  kind: 'missing';
  message: string;
}

/** What starting a container runs. */
export type Program = ExitingProgram | ServingProgram | MissingProgram;

/** What a program needs to know about its container when it starts. */
export interface ProcessContext {
  argv: string[];
  env: string[];
  tty: boolean;
  openStdin: boolean;
  hostname: string;
  nowMs: number;
  kernelVersion: string;
  /** Which base the image is built on decides which executables exist. */
  family: 'alpine' | 'debian' | 'ubuntu' | 'scratch';
  ipAddress: string;
  /** The executables the image's own config runs (Entrypoint and Cmd): the image surely has them. */
  imagePrograms: string[];
}

/** Output lines on stdout from text lines. */
export function stdout(...lines: string[]): OutputLine[] {
  return lines.map((text) => ({ stream: 'stdout', text }));
}

/** Output lines on stderr from text lines. */
export function stderr(...lines: string[]): OutputLine[] {
  return lines.map((text) => ({ stream: 'stderr', text }));
}

/** A program that exits at once with `exitCode` after writing `output`. */
export function exitsNow(exitCode: number, output: OutputLine[] = []): ExitingProgram {
  return { kind: 'exits', exitCode, afterMs: 0, output, stopSignals: [] };
}
