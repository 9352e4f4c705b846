// A container in the foreground of `docker run` (or `start -a`): the client copies the attach
// stream to the terminal until it ends with the container, then reads the wait's exit code. Both
// are blocking reads, so the transport lets virtual time pass meanwhile (`docker run alpine sleep
// 5` takes 5 virtual seconds). A process with no end in sight (a server) leaves the stream open:
// the command stays attached, the page offers Ctrl+C, and the headless runner goes on as a
// terminal that was closed would.
import type { ApiResponse, StreamBody } from '../../api/types';
import { ApiClient, pathSegment } from '../client/api-client';
import type { Foreground } from '../docker/context';
import type { Output } from '../docker/output';

/** Copies an attach stream's frames to stdout/stderr (all to stdout with a TTY); true once it ended. */
function copyAttach(client: ApiClient, attach: StreamBody, out: Output, tty: boolean): boolean {
  return client.readStream(attach, (frames) => {
    for (const frame of frames) if ('stream' in frame) out.write(tty ? 'stdout' : frame.stream, frame.text, frame.at);
  });
}

/** The exit code a wait answer carries (125 for an error answer), or undefined while it has none. */
function waitCode(client: ApiClient, wait: ApiResponse): number | undefined {
  if (wait.status >= 400) return 125;
  const json = client.readJson(wait) as { StatusCode?: number } | undefined;
  if (json === undefined) return undefined;
  return json.StatusCode ?? 0;
}

/**
 * Follows a container in the foreground: its output, then its exit code; undefined (the streams
 * left open in `fg`) while it keeps running.
 */
export function followForeground(client: ApiClient, fg: Foreground, out: Output): number | undefined {
  if (fg.attach && !copyAttach(client, fg.attach, out, fg.tty)) return undefined;
  const code = waitCode(client, fg.wait);
  if (code !== undefined) fg.wait.body?.close();
  return code;
}

/** Lets go of a foreground container's streams (the terminal was closed, or it is done). */
export function closeForeground(fg: Foreground): void {
  fg.attach?.close();
  fg.wait.body?.close();
}

/**
 * Ctrl+C in `docker run`: the client forwards SIGINT (sig-proxy), then reads the rest of the attach
 * stream and the wait; the exit code is the container's, or 130 if it ignores the signal.
 */
export function interruptForeground(client: ApiClient, fg: Foreground, out: Output): number {
  client.request('POST', `/containers/${pathSegment(fg.containerId)}/kill`, { signal: 'INT' });
  const code = followForeground(client, fg, out);
  closeForeground(fg);
  return code ?? 130;
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
