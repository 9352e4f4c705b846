/**
 * The transport of the page, `npm run sim` and lesson replay: the daemon is a world in the same
 * process, reached through route() only. A client waiting on a stream is virtual time passing, so
 * this transport (never a command) moves the world's clock to the stream's wake. It is also where
 * a line is recorded: every exchange it carries and every event the world announces meanwhile.
 */

import type { World } from '../../engine/world-state';
import { defaultHost } from '../../world/world-base';
import { subscribe, type DomainEvent } from '../../kernel/events';
import { advanceClock } from '../../engine/advance';
import { route } from '../../api/route';
import { hostHttp } from '../../api/host-http';
import type { ApiRequest, ApiResponse, StreamBody, StreamRead } from '../../api/types';
import type { ApiExchange } from '../shell/command-record';
import type { Transport } from './transport';

// Far beyond any lesson (ten years of virtual time); keeps the clock finite.
const MAX_SLEEP_MS = 10 * 365 * 86400 * 1000;
// A stream that keeps waking without sending anything is a simulator bug; stop rather than spin.
const MAX_WAKES = 10_000;

/** The span of virtual time a stream body took, from its request to its last frame. */
export interface StreamSpan {
  path: string;
  startMs: number;
  endMs: number;
}

/** What the transport carried while a line ran. */
export interface Recording<T> {
  result: T;
  exchanges: ApiExchange[];
  events: DomainEvent[];
  streams: StreamSpan[];
}

/** The in-process transport, with what only the simulator can do: deadlines, recording, snapshots. */
export interface InProcessTransport extends Transport {
  /** The world it serves (the page's views and the lesson goals read it; commands never do). */
  readonly world: World;
  /** The virtual deadline every request carries from now on (Ctrl+C at that time), or undefined. */
  deadline: number | undefined;
  /** Whether the daemon it talks to is running. */
  daemonRunning(): boolean;
  /** Runs `run`, returning with its result the exchanges (ids from `nextId`), events and stream spans. */
  record<T>(nextId: () => number, run: () => T): Recording<T>;
  /**
   * The same client (one clock, one recording, one deadline) talking to the daemon of another host
   * of the world, dialled as `endpoint` (DOCKER_HOST, a context): its exchanges carry that host.
   */
  toHost(host: string, endpoint: string): Transport;
  /** The name of the host this transport's daemon runs on. */
  hostName(): string;
}

interface Tap {
  nextId: () => number;
  exchanges: ApiExchange[];
  streams: StreamSpan[];
  bodies: Map<StreamBody, StreamSpan>;
}

/** A transport to the daemon of `host` (the first by default) in `world`. */
export function createInProcessTransport(world: World, host?: string): InProcessTransport {
  let tap: Tap | undefined;
  const hostName = () => (host && world.state.hosts[host] ? host : defaultHost(world).name);

  function request(req: ApiRequest, to = hostName()): ApiResponse {
    const at = world.state.clock.nowMs;
    const sent = transport.deadline === undefined ? req : { ...req, deadline: transport.deadline };
    const response = route(world, sent, { host: to });
    if (tap) note(tap, req, response, at, to);
    return response;
  }

  function note(t: Tap, req: ApiRequest, response: ApiResponse, at: number, to: string): void {
    const raw = String(req.path);
    const q = raw.indexOf('?');
    const path = (q >= 0 ? raw.slice(0, q) : raw).replace(/^\/v\d+\.\d+(?=\/)/, '');
    const exchange: ApiExchange = {
      id: t.nextId(),
      method: String(req.method).toUpperCase(),
      path,
      query: q >= 0 ? raw.slice(q + 1) : '',
      status: response.status,
      at,
      host: to,
    };
    if (req.body !== undefined) exchange.requestBody = req.body;
    if (response.json !== undefined) exchange.responseBody = response.json;
    t.exchanges.push(exchange);
    if (response.body) {
      const span = { path, startMs: at, endMs: at };
      t.streams.push(span);
      t.bodies.set(response.body, span);
    }
  }

  function read(body: StreamBody): StreamRead {
    let result = body.read();
    for (let wakes = 0; result.frames.length === 0 && !result.done && wakes < MAX_WAKES; wakes++) {
      const wake = body.wakeAt();
      if (wake === undefined) break;
      advanceClock(world, Math.max(0, wake - world.state.clock.nowMs));
      result = body.read();
    }
    return spanned(body, result);
  }

  function spanned(body: StreamBody, result: StreamRead): StreamRead {
    const span = tap?.bodies.get(body);
    if (span) for (const frame of result.frames) span.endMs = Math.max(span.endMs, frame.at);
    return result;
  }

  const transport: InProcessTransport = {
    world,
    deadline: undefined,
    request: (req) => request(req),
    read,
    poll: (body) => spanned(body, body.read()),
    now: () => world.state.clock.nowMs,
    sleep: (ms) => advanceClock(world, Math.min(Math.max(0, ms), MAX_SLEEP_MS)),
    hostHttp: (target, req) => hostHttp(world, target, req, { host }),
    daemonRunning: () => world.state.hosts[hostName()].daemon.status === 'running',
    hostName,
    toHost: (other, endpoint) => ({
      endpoint,
      request: (req) => request(req, world.state.hosts[other] ? other : hostName()),
      read,
      poll: transport.poll,
      now: transport.now,
      sleep: transport.sleep,
    }),
    record(nextId, run) {
      const outer = tap;
      const mine: Tap = { nextId, exchanges: [], streams: [], bodies: new Map() };
      const events: DomainEvent[] = [];
      const unsubscribe = subscribe(world, (event) => events.push(event));
      tap = mine;
      try {
        return { result: run(), exchanges: mine.exchanges, events, streams: mine.streams };
      } finally {
        tap = outer;
        unsubscribe();
      }
    },
  };
  return transport;
}
