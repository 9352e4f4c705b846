/**
 * Exec routes (moby api/server/router/container/exec.go): create an exec instance in a running
 * container, start it (detached, or on a hijacked stream that carries its stdin and output),
 * inspect it, resize its TTY.
 */

import type { RouteContext, RouteEntry } from '../answers';
import { empty, json } from '../answers';
import type { ApiResponse } from '../types';
import { field, objectBody } from '../body';
import { createExec, type ExecOptions } from '../../engine/execs/exec-create';
import { startExec } from '../../engine/execs/exec-start';
import { findExec, getExecConfig } from '../../engine/execs/exec-store';
import { EngineError, invalidParameter } from '../../engine/errors';
import { execStream } from '../streams/exec-stream';
import { execInspect } from '../views/exec-views';

const OWNER = 'container.ExecOptions';

/** The create request's options, with Go's unmarshal errors for fields of the wrong type. */
function decodeExecOptions(body: unknown): ExecOptions {
  const obj = objectBody(body, OWNER);
  const bool = (key: string) => field<boolean>(obj, key, 'boolean', OWNER);
  const size = obj.ConsoleSize;
  return {
    Cmd: field<string[]>(obj, 'Cmd', 'string[]', OWNER) ?? [],
    User: field<string>(obj, 'User', 'string', OWNER),
    Privileged: bool('Privileged'),
    Tty: bool('Tty'),
    ConsoleSize: Array.isArray(size) && size.length === 2 ? [Number(size[0]), Number(size[1])] : null,
    AttachStdin: bool('AttachStdin'),
    AttachStdout: bool('AttachStdout'),
    AttachStderr: bool('AttachStderr'),
    DetachKeys: field<string>(obj, 'DetachKeys', 'string', OWNER),
    Env: field<string[]>(obj, 'Env', 'string[]', OWNER),
    WorkingDir: field<string>(obj, 'WorkingDir', 'string', OWNER),
  };
}

function create({ engine, params, body }: RouteContext): ApiResponse {
  const options = decodeExecOptions(body());
  // execCommandError: an InvalidParameter.
  if (options.Cmd.length === 0) throw invalidParameter('No exec command specified');
  return json(201, { Id: createExec(engine, params[0], options) });
}

function start({ engine, params, body }: RouteContext): ApiResponse {
  const obj = objectBody(body(), 'container.ExecStartOptions');
  const detach = field<boolean>(obj, 'Detach', 'boolean', 'container.ExecStartOptions') ?? false;
  const tty = field<boolean>(obj, 'Tty', 'boolean', 'container.ExecStartOptions') ?? false;
  // ExecExists before hijacking: these refusals are HTTP errors.
  getExecConfig(engine.host, params[0]);
  if (detach) {
    startExec(engine, params[0]);
    return empty(200);
  }
  const stream = execStream(engine.world, engine.host.name, params[0], tty);
  try {
    startExec(engine, params[0]);
  } catch (error) {
    // After the hijack a start error is written into the stream (moby postContainerExecStart).
    if (!(error instanceof EngineError)) throw error;
    stream.fail(error.message);
  }
  return {
    status: 101,
    headers: {
      // Multiplexed without a TTY since API 1.42.
      'Content-Type': tty ? 'application/vnd.docker.raw-stream' : 'application/vnd.docker.multiplexed-stream',
      Connection: 'Upgrade',
      Upgrade: 'tcp',
    },
    body: stream,
  };
}

/** httputils.Uint32Value: an absent value is 0; anything else must be a uint32. */
function uint32Query(ctx: RouteContext, key: string, what: string): number {
  const raw = ctx.query.get(key) ?? '';
  if (raw === '') return 0;
  if (!/^\d+$/.test(raw) || Number(raw) > 0xffffffff) {
    const reason = /^\d+$/.test(raw) ? 'value out of range' : 'invalid syntax';
    throw invalidParameter(`invalid resize ${what} "${raw}": strconv.ParseUint: parsing "${raw}": ${reason}`);
  }
  return Number(raw);
}

function resize(ctx: RouteContext): ApiResponse {
  uint32Query(ctx, 'h', 'height');
  uint32Query(ctx, 'w', 'width');
  getExecConfig(ctx.engine.host, ctx.params[0]);
  return empty(200);
}

/** Exec routes. */
export const EXEC_ROUTES: RouteEntry[] = [
  { method: 'POST', pattern: /^\/containers\/([^/]+)\/exec$/, handle: create },
  { method: 'POST', pattern: /^\/exec\/([^/]+)\/start$/, handle: start },
  { method: 'POST', pattern: /^\/exec\/([^/]+)\/resize$/, handle: resize },
  {
    method: 'GET',
    pattern: /^\/exec\/([^/]+)\/json$/,
    handle: ({ engine, params }) => json(200, execInspect(findExec(engine.host, params[0]))),
  },
];
