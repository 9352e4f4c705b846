// A container in the foreground of `docker run`: its output is copied to the terminal as the
// engine announces it (what the attach stream carries), and the client waits for its exit while
// the virtual clock moves to the container's next timer (`sleep 5` takes 5 virtual seconds). A
// process with no end in sight (a server) stays attached: the page offers Ctrl+C, and the headless
// runner goes on as a terminal that was closed would.
import type { World } from '../../world/world-base';
import { subscribe } from '../../world/world-base';
import { advanceClock } from '../../engine/advance';
import { resolvePending } from '../../api/pending';
import type { ApiResponse } from '../../api/types';
import { ApiClient, CANNOT_CONNECT, pathSegment } from '../client/api-client';
import type { CommandContext } from '../docker/context';
import type { Output } from '../docker/output';
import type { CreateBody } from './container/container-config';

/** Copies the container's output to stdout/stderr (all to stdout with a TTY); returns the unsubscribe. */
export function collectOutput(ctx: CommandContext, containerId: string, created: CreateBody): () => void {
  return subscribe(ctx.world, (event) => {
    if (event.type !== 'container.output' || event.containerId !== containerId) return;
    const stream = created.tty ? 'stdout' : event.stream;
    if (event.stream === 'stdout' && !created.attachStdout) return;
    if (event.stream === 'stderr' && !created.attachStderr) return;
    ctx.out.write(stream, `${event.text}\n`, ctx.world.state.clock.nowMs);
  });
}

/** The container's next timer (a process that ends by itself), if it has one. */
function nextTimerAt(world: World, containerId: string): number | undefined {
  return world.state.timers.find((t) => t.containerId === containerId)?.at;
}

/** Waits for a pending `wait` answer, moving the clock along the container's timers; the exit code, or undefined if it keeps running. */
export function waitForExit(ctx: CommandContext, wait: ApiResponse): number | undefined {
  if (!wait.pending) return statusCode(wait);
  const pending = wait.pending;
  for (let guard = 0; guard < 10_000; guard++) {
    const done = resolvePending(ctx.world, pending);
    if (done) return statusCode(done);
    const at = nextTimerAt(ctx.world, pending.containerId);
    if (at === undefined) return undefined;
    advanceClock(ctx.world, Math.max(0, at - ctx.world.state.clock.nowMs));
  }
  return undefined;
}

function statusCode(response: ApiResponse): number {
  if (response.status >= 400) return 125;
  const json = response.json as { StatusCode?: number } | undefined;
  return json?.StatusCode ?? 0;
}

/** Ctrl+C in `docker run`: the client forwards SIGINT (sig-proxy) and still shows what the container writes while it stops; the exit code is the container's, or 130 if it ignores the signal. */
export function interruptContainer(world: World, containerId: string, out: Output, host?: string): number {
  const client = new ApiClient(world, host);
  const unsubscribe = subscribe(world, (event) => {
    if (event.type === 'container.output' && event.containerId === containerId)
      out.write(event.stream, `${event.text}\n`, world.state.clock.nowMs);
  });
  try {
    const wait = client.request('POST', `/containers/${pathSegment(containerId)}/wait`, { condition: 'next-exit' });
    client.request('POST', `/containers/${pathSegment(containerId)}/kill`, { signal: 'INT' });
    if (!wait.pending) return statusCode(wait);
    const done = resolvePending(world, wait.pending);
    return done ? statusCode(done) : 130;
  } catch {
    out.err(`${CANNOT_CONNECT}\n`);
    return 1;
  } finally {
    unsubscribe();
  }
}
