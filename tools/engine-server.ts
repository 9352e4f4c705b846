/**
 * `npm run engine -- --port N [--seed S]`: serves the engine's Engine API over HTTP on 127.0.0.1,
 * so the real docker client can drive it: `DOCKER_HOST=tcp://127.0.0.1:N docker ps`. A thin adapter:
 * every request goes through `route()`; this file only speaks HTTP (streams, hijacked attach,
 * long-polled wait) and adds the test endpoints `/_sim/advance`, `/_sim/reset`, `/_sim/daemon`.
 */

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createWorld, subscribe, defaultHost, type World } from '../src/model/world/world';
import { route } from '../src/model/api/route';
import { resolvePending } from '../src/model/api/pending';
import type { ApiResponse, PendingCall } from '../src/model/api/types';
import { advanceClock } from '../src/model/engine/advance';
import { setDaemonRunning } from '../src/model/engine/daemon';
import { shiftTimestamps } from './wall-clock-offset';

interface Waiter {
  pending: PendingCall;
  finish: (response: ApiResponse) => void;
}

/** Options of the server. */
export interface EngineServerOptions {
  port: number;
  seed: string;
}

/** Starts the server; resolves with a function that closes it. */
export function startEngineServer(options: EngineServerOptions): Promise<{ port: number; close: () => Promise<void> }> {
  let world: World = createWorld({ seed: options.seed });
  const waiters = new Set<Waiter>();
  const attachSockets = new Map<string, Set<{ socket: Duplex; tty: boolean; stdout: boolean; stderr: boolean }>>();
  let unsubscribe = watch(world);

  function watch(w: World): () => void {
    return subscribe(w, (event) => {
      if (event.type !== 'container.output') return;
      for (const a of attachSockets.get(event.containerId) ?? []) {
        if ((event.stream === 'stdout' && !a.stdout) || (event.stream === 'stderr' && !a.stderr)) continue;
        a.socket.write(frame(event.stream, `${event.text}\n`, a.tty));
      }
    });
  }

  function settleWaiters(): void {
    for (const waiter of [...waiters]) {
      const done = resolvePending(world, waiter.pending);
      if (done) {
        waiters.delete(waiter);
        waiter.finish(done);
      }
    }
  }

  // Whole seconds, rounded down: list times are whole Unix seconds, and ages must never come out short.
  const offset = () => Math.floor((Date.now() - world.state.clock.nowMs) / 1000) * 1000;

  function send(res: ServerResponse, response: ApiResponse, head: boolean): void {
    const headers: Record<string, string> = {
      ...response.headers,
      Server: 'Docker/28.2.2 (linux)',
      'Api-Version': '1.50',
      Ostype: 'linux',
    };
    if (response.stream) {
      res.writeHead(response.status, headers);
      for (const chunk of response.stream) res.write(`${JSON.stringify(chunk.json)}\r\n`);
      res.end();
      return;
    }
    if (response.output) {
      res.writeHead(response.status, headers);
      for (const line of response.output) res.write(frame(line.stream, line.text, response.raw ?? false));
      res.end();
      return;
    }
    let body = '';
    if (response.json !== undefined) body = `${JSON.stringify(shiftTimestamps(response.json, offset()))}\n`;
    else if (response.text !== undefined) body = response.text;
    if (response.status === 204 || response.status === 304) body = '';
    headers['Content-Length'] = String(Buffer.byteLength(body));
    res.writeHead(response.status, headers);
    res.end(head ? undefined : body);
  }

  function simulatorControl(path: string, query: URLSearchParams): ApiResponse | undefined {
    if (path === '/_sim/advance') {
      const seconds = Number(query.get('seconds') ?? '0');
      if (!Number.isFinite(seconds) || seconds < 0)
        return { status: 400, headers: {}, json: { message: 'seconds must be a number >= 0' } };
      advanceClock(world, seconds * 1000);
      return { status: 200, headers: {}, json: { nowMs: world.state.clock.nowMs } };
    }
    if (path === '/_sim/reset') {
      unsubscribe();
      world = createWorld({ seed: options.seed });
      unsubscribe = watch(world);
      return { status: 200, headers: {}, json: { seed: options.seed } };
    }
    if (path === '/_sim/daemon') {
      const wanted = query.get('state');
      if (wanted !== 'running' && wanted !== 'stopped')
        return { status: 400, headers: {}, json: { message: 'state must be running or stopped' } };
      setDaemonRunning({ world, host: defaultHost(world) }, wanted === 'running');
      // A stopped daemon does not listen: the client's connection is refused, as with real Docker.
      // The /_sim endpoints stay reachable on the control port (the API port + 1) meanwhile.
      if (wanted === 'stopped') setTimeout(() => switchListeners(false), 10);
      else if (controlServer) setTimeout(() => switchListeners(true), 10);
      return { status: 200, headers: {}, json: { state: wanted, controlPort: boundPort + 1 } };
    }
    return undefined;
  }

  function handle(req: IncomingMessage, body: string, res: ServerResponse | null, socket: Duplex | null): void {
    const url = req.url ?? '/';
    if (process.env.PELABUHAN_TRACE) console.error(`${req.method} ${url} ${body.slice(0, 200)}`);
    const [path, queryText = ''] = url.split('?', 2);
    const control = path.startsWith('/_sim/') ? simulatorControl(path, new URLSearchParams(queryText)) : undefined;
    const response =
      control ??
      route(world, {
        method: req.method ?? 'GET',
        path: url,
        headers: req.headers as Record<string, string>,
        body: body === '' ? undefined : body,
      });
    if (response.status === 0) {
      // A stopped daemon: the connection is dropped, as if nothing listened.
      (res?.socket ?? socket)?.destroy();
      return;
    }
    if (socket) {
      if (response.status !== 101 || response.pending?.kind !== 'attach') {
        socket.end(
          `HTTP/1.1 ${response.status} Error\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(response.json ?? {})}`,
        );
        return;
      }
      const pending = response.pending;
      socket.write(
        `HTTP/1.1 101 UPGRADED\r\nContent-Type: ${response.headers['Content-Type']}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n`,
      );
      const entry = { socket, tty: pending.tty, stdout: pending.stdout, stderr: pending.stderr };
      const set = attachSockets.get(pending.containerId) ?? new Set();
      set.add(entry);
      attachSockets.set(pending.containerId, set);
      waiters.add({
        pending,
        finish: () => {
          set.delete(entry);
          socket.end();
        },
      });
      socket.on('error', () => set.delete(entry));
      settleWaiters();
      return;
    }
    if (response.pending && response.pending.kind === 'wait') {
      // The client reads the headers before it starts the container; the body comes on exit.
      res!.writeHead(200, {
        'Content-Type': 'application/json',
        'Api-Version': '1.50',
        Ostype: 'linux',
        Server: 'Docker/28.2.2 (linux)',
      });
      res!.flushHeaders();
      const waiter: Waiter = {
        pending: response.pending,
        finish: (done) => res!.end(`${JSON.stringify(done.json)}\n`),
      };
      waiters.add(waiter);
      res!.on('close', () => waiters.delete(waiter));
    } else {
      send(res!, response, req.method === 'HEAD');
    }
    settleWaiters();
  }

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    readBody(req).then(
      (body) => handle(req, body, res, null),
      () => res.destroy(),
    );
  };
  const server = createServer(onRequest);
  let boundPort = options.port;
  let controlServer: ReturnType<typeof createServer> | undefined;

  function switchListeners(apiUp: boolean): void {
    if (!apiUp) {
      server.closeAllConnections();
      server.close();
      controlServer = createServer(onRequest);
      controlServer.listen(boundPort + 1, '127.0.0.1');
    } else {
      controlServer?.closeAllConnections();
      controlServer?.close();
      controlServer = undefined;
      server.listen(boundPort, '127.0.0.1');
    }
  }
  // An upgraded request (attach) has no body to read: the socket carries the stream from here on.
  server.on('upgrade', (req, socket) => handle(req, '', null, socket));
  server.on('clientError', (_err, socket) => socket.destroy());
  return new Promise((resolve) => {
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      boundPort = port;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            controlServer?.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** An 8-byte stdcopy frame header ([stream, 0, 0, 0, size]) and the text, or the bare text on a TTY. */
function frame(stream: 'stdout' | 'stderr', text: string, raw: boolean): Buffer {
  const payload = Buffer.from(text);
  if (raw) return payload;
  const header = Buffer.alloc(8);
  header[0] = stream === 'stdout' ? 1 : 2;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

// Bodies above this are cut off and answered with 400 by the JSON decoder.
const MAX_BODY = 8 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.split('=')[1];
}

if (process.argv[1] && /engine-server\.ts$/.test(process.argv[1])) {
  const port = Number(argValue('--port') ?? '2375');
  const seed = argValue('--seed') ?? '1';
  startEngineServer({ port, seed }).then(({ port: bound }) => {
    console.log(`Pelabuhan engine (Docker Engine API 1.50) listening on tcp://127.0.0.1:${bound}, seed ${seed}`);
    console.log(`Try: DOCKER_HOST=tcp://127.0.0.1:${bound} docker version`);
  });
}
