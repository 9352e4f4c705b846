/**
 * The bodies that follow a container: `attach` carries what it writes until it exits, `wait` its
 * exit code once the condition holds. Both are read as time passes; their wake is the container's
 * next timer (a process that ends by itself), so a reader that waits knows when to look again.
 * They watch the world's events while open and keep nothing in its state.
 */

import type { World } from '../../engine/world-state';
import { subscribe } from '../../kernel/events';
import { isRunning } from '../../engine/container-state';
import type { StreamBody, StreamFrame } from '../types';

/** What `wait` waits for (moby's container.WaitCondition). */
export type WaitCondition = 'next-exit' | 'not-running' | 'removed';

/** The container's next timer (its process writing or ending by itself), if it has one; an exec's are its own. */
function nextTimerAt(world: World, containerId: string): number | undefined {
  return world.state.timers.find((t) => t.kind !== 'exec.wake' && t.containerId === containerId)?.at;
}

/** The exit code `wait` answers once `condition` holds, or undefined while it does not. */
export function waitOutcome(
  world: World,
  hostName: string,
  containerId: string,
  condition: WaitCondition,
  exitSeq: number,
): number | undefined {
  const host = world.state.hosts[hostName];
  const c = host?.containers[containerId];
  const exited = !c || c.exitSeq > exitSeq;
  const done = condition === 'removed' ? !c : condition === 'next-exit' ? exited : !c || !isRunning(c);
  if (!done) return undefined;
  return c ? c.state.exitCode : (host?.removedExitCodes[containerId] ?? 0);
}

/** The body of a `wait` that has to wait: one JSON result (`{"Error":null,"StatusCode":N}`) when it holds. */
export function waitStream(
  world: World,
  hostName: string,
  containerId: string,
  condition: WaitCondition,
  exitSeq: number,
): StreamBody {
  let closed = false;
  return {
    format: 'json',
    read() {
      if (closed) return { frames: [], done: true };
      const code = waitOutcome(world, hostName, containerId, condition, exitSeq);
      if (code === undefined) return { frames: [], done: false };
      closed = true;
      return { frames: [{ at: world.state.clock.nowMs, json: { Error: null, StatusCode: code } }], done: true };
    },
    wakeAt: () => (closed ? undefined : nextTimerAt(world, containerId)),
    close() {
      closed = true;
    },
  };
}

/** The container's stdin as an attach with `stdin=1` writes it. */
export interface AttachStdin {
  /** False when nothing reads the container's stdin yet (not started): the bytes wait in the pipe. */
  write(data: string): boolean;
  /** EOF on the container's stdin; false when nothing reads it yet. */
  close(): boolean;
  /** `StdinOnce`: the container's stdin closes when this client hangs up (moby container/stream/attach.go). */
  closeOnHangUp: boolean;
}

/** Which of the container's streams an attach carries. */
export interface AttachStreams {
  stdout: boolean;
  stderr: boolean;
  /** The container has a TTY: its output is raw bytes, not stdcopy frames. */
  tty: boolean;
  /** Present when the client attached stdin. */
  stdin?: AttachStdin;
  /** Frames sent before any new output (the log so far, for `logs --follow`). */
  initial?: StreamFrame[];
  /** Each piece of output is prefixed with its time (`logs --follow --timestamps`). */
  timestamps?: boolean;
}

/** A log line's time as `--timestamps` prints it (RFC 3339 with nanoseconds). */
export function logTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

/** The text of one output event as a stream carries it: a line with its newline, or a partial write as is. */
export function outputText(text: string, partial: boolean | undefined): string {
  return partial ? text : `${text}\n`;
}

/**
 * The body of an attach (or a followed log): the container's output from now until it exits (or is
 * removed); with `stdin`, what the client writes goes to the container's stdin.
 */
export function attachStream(world: World, hostName: string, containerId: string, streams: AttachStreams): StreamBody {
  const exitSeq = world.state.hosts[hostName]?.containers[containerId]?.exitSeq ?? 0;
  const exited = () => {
    const c = world.state.hosts[hostName]?.containers[containerId];
    return !c || c.exitSeq > exitSeq;
  };
  let buffered: StreamFrame[] = [...(streams.initial ?? [])];
  let closed = false;
  let stdinOpen = streams.stdin !== undefined;
  const unsubscribe = subscribe(world, (event) => {
    if (event.type !== 'container.output' || event.containerId !== containerId || event.host !== hostName) return;
    if ((event.stream === 'stdout' && !streams.stdout) || (event.stream === 'stderr' && !streams.stderr)) return;
    const at = world.state.clock.nowMs;
    const stamp = streams.timestamps ? `${logTimestamp(at)} ` : '';
    buffered.push({ at, stream: event.stream, text: `${stamp}${outputText(event.text, event.partial)}` });
  });
  const close = () => {
    closed = true;
    unsubscribe();
  };
  // moby keeps what the client sends before the process reads it in the stdin pipe (the real client
  // starts copying stdin before it starts the container): delivered once something reads.
  let pipe = '';
  let eofPending = false;
  const flushStdin = () => {
    const stdin = streams.stdin;
    if (!stdin || closed) return;
    if (pipe !== '' && stdin.write(pipe)) pipe = '';
    if (pipe === '' && eofPending && stdin.close()) eofPending = false;
  };
  const body: StreamBody = {
    format: streams.tty ? 'raw' : 'multiplexed',
    read() {
      flushStdin();
      const frames = buffered;
      buffered = [];
      if (!closed && exited()) close();
      return { frames, done: closed };
    },
    wakeAt: () => (closed ? undefined : nextTimerAt(world, containerId)),
    close() {
      if (!closed && streams.stdin?.closeOnHangUp) body.closeWrite?.();
      close();
    },
  };
  if (streams.stdin) {
    body.write = (data) => {
      if (closed || !stdinOpen) return;
      pipe += data;
      flushStdin();
    };
    body.closeWrite = () => {
      if (!stdinOpen) return;
      stdinOpen = false;
      eofPending = true;
      flushStdin();
    };
  }
  return body;
}
