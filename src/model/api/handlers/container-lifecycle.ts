/** Container lifecycle routes: start, stop, restart, kill, pause, unpause, wait, attach, resize. */

import type { RouteContext, RouteEntry } from '../answers';
import { empty, json } from '../answers';
import type { ApiResponse } from '../types';
import { intValue } from '../query';
import { getContainer } from '../../engine/containers/lookup';
import { startContainer } from '../../engine/containers/start';
import { killContainer, restartContainer, stopContainer } from '../../engine/containers/stop';
import { pauseContainer, unpauseContainer } from '../../engine/containers/pause';
import { EngineError } from '../../engine/errors';
import { attachStream, waitOutcome, waitStream, type AttachStdin } from '../streams/container-streams';
import { closeContainerStdin, writeContainerStdin } from '../../engine/containers/stdin';
import type { ContainerRecord } from '../../engine/state';

const CONTAINER = '([^/]+)';
const path = (suffix: string) => new RegExp(`^/containers/${CONTAINER}/${suffix}$`);

function withContainer(op: (ctx: RouteContext, c: ContainerRecord) => void): (ctx: RouteContext) => ApiResponse {
  return (ctx) => {
    op(ctx, getContainer(ctx.engine.host, ctx.params[0]));
    return empty(204);
  };
}

function kill(ctx: RouteContext): ApiResponse {
  try {
    killContainer(ctx.engine, getContainer(ctx.engine.host, ctx.params[0]), ctx.query.get('signal') || 'SIGKILL');
  } catch (error) {
    // moby's container router wraps every kill error with the name as typed.
    if (error instanceof EngineError)
      throw new EngineError(error.kind, `cannot kill container: ${ctx.params[0]}: ${error.message}`);
    throw error;
  }
  return empty(204);
}

function wait(ctx: RouteContext): ApiResponse {
  const c = getContainer(ctx.engine.host, ctx.params[0]);
  const condition = ctx.query.get('condition') || 'not-running';
  if (condition !== 'not-running' && condition !== 'next-exit' && condition !== 'removed') {
    throw new EngineError('invalidParameter', `invalid condition: "${condition}"`);
  }
  const { world, host } = ctx.engine;
  const code = waitOutcome(world, host.name, c.id, condition, c.exitSeq);
  if (code !== undefined) return json(200, { Error: null, StatusCode: code });
  // The headers go out now; the JSON result when the container gets there.
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: waitStream(world, host.name, c.id, condition, c.exitSeq),
  };
}

/** The container's stdin for an attach: found again at each write (the record may be replaced by a restore). */
function containerStdin(ctx: RouteContext, containerId: string): AttachStdin {
  const { world, host } = ctx.engine;
  const target = () => {
    const h = world.state.hosts[host.name];
    const c = h?.containers[containerId];
    return h && c ? { engine: { world, host: h }, c } : undefined;
  };
  return {
    write(data) {
      const t = target();
      return t ? writeContainerStdin(t.engine, t.c, data) : true;
    },
    close() {
      const t = target();
      return t ? closeContainerStdin(t.engine, t.c) : true;
    },
    closeOnHangUp: host.containers[containerId]?.config.AttachStdin ?? false,
  };
}

function attach(ctx: RouteContext): ApiResponse {
  const c = getContainer(ctx.engine.host, ctx.params[0]);
  const flag = (key: string) => ['1', 'true'].includes(ctx.query.get(key) ?? '');
  return {
    status: 101,
    headers: {
      'Content-Type': c.config.Tty ? 'application/vnd.docker.raw-stream' : 'application/vnd.docker.multiplexed-stream',
      Connection: 'Upgrade',
      Upgrade: 'tcp',
    },
    body: attachStream(ctx.engine.world, ctx.engine.host.name, c.id, {
      stdout: flag('stdout'),
      stderr: flag('stderr'),
      tty: c.config.Tty,
      // moby daemon/attach.go: stdin is attached only when the container was created with OpenStdin.
      stdin: flag('stdin') && c.config.OpenStdin ? containerStdin(ctx, c.id) : undefined,
    }),
  };
}

/** Lifecycle routes. */
export const CONTAINER_LIFECYCLE_ROUTES: RouteEntry[] = [
  { method: 'POST', pattern: path('start'), handle: withContainer((ctx, c) => startContainer(ctx.engine, c)) },
  {
    method: 'POST',
    pattern: path('stop'),
    handle: withContainer((ctx, c) =>
      stopContainer(ctx.engine, c, intValue(ctx.query, 't'), ctx.query.get('signal') || undefined),
    ),
  },
  {
    method: 'POST',
    pattern: path('restart'),
    handle: withContainer((ctx, c) =>
      restartContainer(ctx.engine, c, ctx.params[0], intValue(ctx.query, 't'), ctx.query.get('signal') || undefined),
    ),
  },
  { method: 'POST', pattern: path('kill'), handle: kill },
  { method: 'POST', pattern: path('pause'), handle: withContainer((ctx, c) => pauseContainer(ctx.engine, c)) },
  { method: 'POST', pattern: path('unpause'), handle: withContainer((ctx, c) => unpauseContainer(ctx.engine, c)) },
  { method: 'POST', pattern: path('wait'), handle: wait },
  { method: 'POST', pattern: path('attach'), handle: attach },
  {
    method: 'POST',
    pattern: path('resize'),
    handle: (ctx) => (getContainer(ctx.engine.host, ctx.params[0]), json(200, {})),
  },
];
