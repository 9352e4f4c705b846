/**
 * What a container's main process does, honestly enough to teach with: a program either exits (with
 * output and a code, now or after some virtual time) or keeps serving until it is signalled.
 */

import type { FileTable } from '../state';
import type { ShellFlavour } from './redirects';

/** A line the process writes. */
export interface OutputLine {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Written without its newline (`echo -n`), which matters when it goes into a file. */
  partial?: true;
  /** Written this long after the process started (a line after `sleep 2`); absent: at once. */
  afterMs?: number;
}

/** Store key (`layer`, `volume:NAME`, `host`) → the store's whole new table, for the stores a program wrote to. */
export type FileWrites = Record<string, FileTable>;

/** A process that ends by itself after `afterMs` with `exitCode`. */
export interface ExitingProgram {
  kind: 'exits';
  exitCode: number;
  afterMs: number;
  output: OutputLine[];
  /** PID 1 without a handler ignores SIGTERM, so `docker stop` waits for its timeout, then SIGKILLs. */
  stopSignals: string[];
  /** The files the process wrote (applied when it starts, whatever virtual time it writes them at). */
  files?: FileWrites;
}

/** A process that keeps running (a server, an interactive shell) until a signal stops it. */
export interface ServingProgram {
  kind: 'serves';
  output: OutputLine[];
  /** Bytes the process writes into the container's writable layer when it starts. */
  rwBytes: number;
  /** Signals the process handles by exiting cleanly with code 0. */
  stopSignals: string[];
  /** The files the process wrote when it started. */
  files?: FileWrites;
  /** A shell reading its commands from stdin (`-i`): the engine opens its session as it starts. */
  readsStdin?: ShellFlavour;
  /** An interactive client (redis-cli, mongosh) that reads the terminal's next lines itself. */
  session?: ProgramSession;
}

/** An interactive client's state between two lines it reads, plain JSON. */
export interface ProgramSession {
  /** Which client: `redis-cli`, `mongosh`, `mysql`, `psql`. */
  program: string;
  /** What it prints before reading a line. */
  prompt: string;
  /** The database it uses (`use db` in mongosh, `\c` in psql). */
  database?: string;
  /** Its output is for a terminal (`exec -t`): redis-cli quotes values there and prints them raw otherwise. */
  tty: boolean;
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
  /** The working directory it starts in (`Config.WorkingDir`, `exec -w`); '' or absent means `/`. */
  workingDir?: string;
  nowMs: number;
  kernelVersion: string;
  /** Which base the image is built on decides which executables exist. */
  family: 'alpine' | 'debian' | 'ubuntu' | 'scratch';
  ipAddress: string;
  /** The executables the image's own config runs (Entrypoint and Cmd): the image surely has them. */
  imagePrograms: string[];
  /** The container's mounts and the file tables it can see (read only here; writes come back in the Program). */
  files: ProcessFiles;
  /**
   * The container's main process (PID 1) when this one is not it (an exec): `ps` lists it, and a
   * client (redis-cli, mongosh) finds its server there. Absent: this process is PID 1, or (for a
   * client) the image's own server is taken to be running.
   */
  mainProcess?: string[];
  /** The command lines of the shells between that process (or PID 1) and this one, outermost first. */
  parents?: string[];
  /** What the container's resolver answers and which addresses answer it (none given: only localhost). */
  network?: NetworkView;
}

/** The names a container can resolve and the addresses it can reach, as its process starts. */
export interface NetworkView {
  /** /etc/hosts: localhost and the container's own hostname → IPv4 address. */
  hosts: Record<string, string>;
  /** What Docker's embedded DNS server (127.0.0.11) answers on the user-defined networks the container is on. */
  dns: Record<string, string>;
  /** Addresses that answer an ICMP echo: loopback, its own, its networks' gateways, running containers on them. */
  reachable: string[];
  /** Fixed for one run of the container: seeds the small variations (round-trip times). */
  seed: string;
}

/** A mount as the process sees it: `destination` shows the store's tables from `base` on. */
export interface MountView {
  destination: string;
  rw: boolean;
  /** `volume:NAME` or `host`. */
  store: string;
  /** The path inside the store the mount starts at, without slashes at the ends ('' for a volume). */
  base: string;
}

/** What a process can see of files: its mounts, and the tables of the stores (`layer` is its own). */
export interface ProcessFiles {
  mounts: MountView[];
  stores: Record<string, FileTable>;
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
