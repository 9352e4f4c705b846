/**
 * An exec instance as moby keeps it (container/exec.go ExecConfig): a process started in a running
 * container beside its PID 1, kept by the daemon until its container is removed, so it can be
 * inspected after it exited. Plain JSON, as everything in the world.
 */

import type { ShellSession } from '../processes/shell-session';
import type { OutputLine } from '../processes/program';

/** What the exec's process does later by itself: lines it prints, then (maybe) its exit. */
export interface ExecPending {
  output: OutputLine[];
  /** Set when the process exits once `output` is out. */
  exitCode?: number;
}

/** One exec instance (moby ExecConfig). */
export interface ExecRecord {
  /** 64 hex digits (stringid.GenerateRandomID). */
  id: string;
  containerId: string;
  entrypoint: string;
  args: string[];
  tty: boolean;
  privileged: boolean;
  user: string;
  workingDir: string;
  env: string[];
  openStdin: boolean;
  openStdout: boolean;
  openStderr: boolean;
  /** The detach key sequence as bytes (term.ToBytes), which JSON shows in base64 as Go does a []byte. */
  detachKeys: number[];
  consoleSize: [number, number] | null;
  running: boolean;
  /** null until the process exited (moby's *int). */
  exitCode: number | null;
  pid: number;
  canRemove: boolean;
  /** An interactive shell's state between two lines it read (`docker exec -it web sh`). */
  session?: ShellSession;
  /** Input not yet a whole line: the line being typed into the terminal (already echoed), or a pipe's partial line. */
  typed?: string;
  /** Whole lines (or "\x04", end of input) the shell has not read yet: it was busy (`sleep 2`) when they came. */
  lines?: string[];
  /** What the process does when the clock reaches its timer. */
  pending?: ExecPending;
  /** While its container is paused (the cgroup freezer holds execs too): the time its timer had left. */
  frozenMs?: number;
}
