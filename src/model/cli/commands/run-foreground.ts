// A container in the foreground of `docker run` (or `start -a`): the client copies the attach
// stream to the terminal until it ends with the container, then reads the wait's exit code. Both
// are blocking reads at first, so the transport lets virtual time pass meanwhile (`docker run
// alpine sleep 5` takes 5 virtual seconds). A process with no end in sight (a server, a shell
// waiting for what is typed) leaves the stream open: the command becomes a ForegroundJob that the
// shell feeds typed text (through the attach's stdin), virtual time and Ctrl+C, reading without
// waiting (docker/cli cli/command/container/run.go and hijack.go).
import type { ApiResponse, StreamBody } from '../../api/types';
import { ApiClient, pathSegment } from '../client/api-client';
import type { Foreground } from '../docker/context';
import type { ForegroundJob } from '../docker/foreground-job';
import type { Output } from '../docker/output';

/** Copies frames to stdout/stderr (all to stdout with a TTY). */
function copyTo(out: Output, tty: boolean) {
  return (frames: ReturnType<StreamBody['read']>['frames']) => {
    for (const frame of frames) if ('stream' in frame) out.write(tty ? 'stdout' : frame.stream, frame.text, frame.at);
  };
}

/** The exit code a wait answer carries (125 for an error answer), or undefined while it has none. */
function waitCode(client: ApiClient, wait: ApiResponse, blocking: boolean): number | undefined {
  if (wait.status >= 400) return 125;
  if (!wait.body) return (wait.json as { StatusCode?: number } | undefined)?.StatusCode ?? 0;
  let json: { StatusCode?: number } | undefined;
  const keep = (frames: ReturnType<StreamBody['read']>['frames']) => {
    for (const frame of frames) if ('json' in frame) json = frame.json as { StatusCode?: number };
  };
  if (blocking) client.readStream(wait.body, keep);
  else client.pollStream(wait.body, keep);
  return json === undefined ? undefined : (json.StatusCode ?? 0);
}

/**
 * Follows a container in the foreground as a blocking client does: its output, then its exit code;
 * undefined (the streams left open in `fg`) while it keeps running.
 */
export function followForeground(client: ApiClient, fg: Foreground, out: Output): number | undefined {
  if (fg.attach && !client.readStream(fg.attach, copyTo(out, fg.tty))) return undefined;
  const code = waitCode(client, fg.wait, true);
  if (code !== undefined) fg.wait.body?.close();
  return code;
}

/** Lets go of a foreground container's streams (the terminal was closed, or it is done). */
export function closeForeground(fg: Foreground): void {
  fg.attach?.close();
  fg.wait.body?.close();
}

/** What has arrived on the streams now, without waiting: the exit code once the container is done. */
function pollForeground(client: ApiClient, fg: Foreground, out: Output): number | undefined {
  if (fg.attach && !client.pollStream(fg.attach, copyTo(out, fg.tty))) return undefined;
  const code = waitCode(client, fg.wait, false);
  if (code !== undefined) fg.wait.body?.close();
  return code;
}

/** The container of `docker run` / `start -a` kept in the terminal's foreground. */
export function containerJob(client: ApiClient, fg: Foreground): ForegroundJob {
  const readsInput = !!fg.stdin && !!fg.attach?.write;
  const rawInput = readsInput && fg.tty;
  let ended: number | undefined;
  const settle = (code: number | undefined) => {
    if (code !== undefined && ended === undefined) {
      ended = code;
      closeForeground(fg);
    }
    return code;
  };
  return {
    containerId: fg.containerId,
    readsInput,
    rawInput,
    input(text, out) {
      if (ended !== undefined) return ended;
      // A cooked terminal ends the input at Ctrl+D: the client closes its side of stdin (EOF).
      if (!rawInput && text === '\x04') fg.attach?.closeWrite?.();
      else if (readsInput) fg.attach?.write?.(text);
      return settle(pollForeground(client, fg, out));
    },
    follow(out) {
      if (ended !== undefined) return ended;
      return settle(pollForeground(client, fg, out));
    },
    wakeAt() {
      if (ended !== undefined) return undefined;
      return fg.attach?.wakeAt() ?? fg.wait.body?.wakeAt();
    },
    interrupt(out) {
      if (ended !== undefined) return ended;
      // A TTY in raw mode passes Ctrl+C to the container's terminal, whose shell gets SIGINT.
      if (rawInput) {
        fg.attach?.write?.('\x03');
        return settle(pollForeground(client, fg, out));
      }
      // Otherwise the client gets SIGINT and forwards it (sig-proxy); 130 if the container ignores it.
      client.request('POST', `/containers/${pathSegment(fg.containerId)}/kill`, { signal: 'INT' });
      return settle(pollForeground(client, fg, out) ?? 130);
    },
    close() {
      if (ended === undefined) closeForeground(fg);
    },
  };
}

/** Attaches to a running container as `docker run` had (for a client that was not the one that ran it). */
export function attachForeground(client: ApiClient, containerId: string): Foreground {
  const inspect = client.request('GET', `/containers/${pathSegment(containerId)}/json`);
  const tty = (inspect.json as { Config?: { Tty?: boolean } } | undefined)?.Config?.Tty ?? false;
  const attach = client.request('POST', `/containers/${pathSegment(containerId)}/attach`, {
    stderr: true,
    stdout: true,
    stream: true,
  });
  const wait = client.request('POST', `/containers/${pathSegment(containerId)}/wait`, { condition: 'next-exit' });
  return { containerId, tty, attach: attach.body, wait };
}
