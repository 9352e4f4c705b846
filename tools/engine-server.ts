/**
 * `npm run engine -- --port N [--seed S] [--hosts docker-host,server-2]`: serves the engine's Engine
 * API over HTTP on 127.0.0.1, so the real docker client can drive it: `DOCKER_HOST=tcp://127.0.0.1:N
 * docker ps`. With `--hosts`, each named host of the world gets its own listener on consecutive
 * ports (N for the first, N+1 for the next…), so the real client switches hosts by DOCKER_HOST or a
 * context, as it would between two machines. A thin adapter:
 * every request goes through `route()`; this file only speaks HTTP and adds the test endpoints
 * `/_sim/advance`, `/_sim/reset`, `/_sim/daemon`. It is the wire transport of stream bodies (the
 * in-process one is src/model/cli/client/in-process-transport.ts): it writes a body's frames as
 * they come, and re-reads every open body after each request and each `/_sim/advance`, so a
 * hijacked attach carries the container's output and a long-polled wait answers on its exit.
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createWorld, defaultHost, type World } from '../src/model/world/world';
import { route } from '../src/model/api/route';
import type { ApiResponse, StreamBody, StreamFrame } from '../src/model/api/types';
import { advanceClock } from '../src/model/engine/advance';
import { setDaemonRunning } from '../src/model/engine/daemon';
import { shiftTimestamps } from './wall-clock-offset';

/** A stream body being written to a connection. */
interface OpenStream {
  body: StreamBody;
  write: (bytes: string | Buffer) => void;
  end: () => void;
}

/** Options of the server. */
export interface EngineServerOptions {
  /** The first host's port; the others follow it (0: any free port for each). */
  port: number;
  seed: string;
  /** The hosts of the world to serve, each on its own port; the world's first host when absent. */
  hosts?: readonly string[];
}

/** A running server: the first host's port, every served host's port, and how to stop it. */
export interface EngineServer {
  port: number;
  ports: Record<string, number>;
  close: () => Promise<void>;
}

/** Starts the server; resolves with its ports and a function that closes it. */
export function startEngineServer(options: EngineServerOptions): Promise<EngineServer> {
  let world: World = createWorld({ seed: options.seed });
  const hostNames = options.hosts && options.hosts.length > 0 ? [...options.hosts] : [defaultHost(world).name];
  for (const name of hostNames)
    if (!world.state.hosts[name]) throw new Error(`the world has no host named ${JSON.stringify(name)}`);
  const open = new Set<OpenStream>();

  /** Writes what a body has now; ends the connection when it is done. */
  function pump(stream: OpenStream): void {
    const { frames, done } = stream.body.read();
    for (const f of frames) stream.write(encodeFrame(stream.body.format, f));
    if (done) {
      open.delete(stream);
      stream.end();
    }
  }

  function pumpAll(): void {
    for (const stream of [...open]) pump(stream);
  }

  /** Starts writing a body; its connection closing (the client hung up) closes the body. */
  function serve(stream: OpenStream, connection: { on(event: 'close', listener: () => void): unknown }): void {
    open.add(stream);
    connection.on('close', () => {
      open.delete(stream);
      stream.body.close();
    });
    pump(stream);
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
      // The old world's streams end (pumped after this request); their clients hang up.
      for (const stream of open) stream.body.close();
      world = createWorld({ seed: options.seed });
      return { status: 200, headers: {}, json: { seed: options.seed } };
    }
    if (path === '/_sim/daemon') {
      const wanted = query.get('state');
      if (wanted !== 'running' && wanted !== 'stopped')
        return { status: 400, headers: {}, json: { message: 'state must be running or stopped' } };
      const name = query.get('host') ?? hostNames[0];
      const listener = listeners.find((l) => l.host === name);
      if (!listener) return { status: 400, headers: {}, json: { message: `no served host named ${name}` } };
      setDaemonRunning({ world, host: world.state.hosts[name] }, wanted === 'running');
      // A stopped daemon does not listen: the client's connection is refused, as with real Docker.
      // The /_sim endpoints stay reachable on the control port (the port after the hosts' ports).
      if (wanted === 'stopped') setTimeout(() => switchListener(listener, false), 10);
      else setTimeout(() => switchListener(listener, true), 10);
      return { status: 200, headers: {}, json: { state: wanted, controlPort: controlPort() } };
    }
    return undefined;
  }

  /** Stdin of a hijacked stream that takes it (exec start): the socket's bytes, and its half-close as EOF. */
  function feedStdin(body: StreamBody, socket: Duplex, early: Buffer): void {
    const write = body.write?.bind(body);
    if (!write) return;
    const decoder = new StringDecoder('utf8');
    const take = (chunk: Buffer) => {
      const text = decoder.write(chunk);
      if (text) write(text);
      pumpAll();
    };
    if (early.length) take(early);
    socket.on('data', take);
    socket.on('end', () => {
      const text = decoder.end();
      if (text) write(text);
      body.closeWrite?.();
      pumpAll();
    });
  }

  function handle(
    host: string,
    req: IncomingMessage,
    body: string,
    res: ServerResponse | null,
    socket: Duplex | null,
    early: Buffer = Buffer.alloc(0),
  ): void {
    const url = req.url ?? '/';
    if (process.env.PELABUHAN_TRACE) console.error(`${req.method} ${url} ${body.slice(0, 200)}`);
    const [path, queryText = ''] = url.split('?', 2);
    const control = path.startsWith('/_sim/') ? simulatorControl(path, new URLSearchParams(queryText)) : undefined;
    const response =
      control ??
      route(
        world,
        {
          method: req.method ?? 'GET',
          path: url,
          headers: req.headers as Record<string, string>,
          body: body === '' ? undefined : body,
        },
        { host },
      );
    if (response.status === 0) {
      // A stopped daemon: the connection is dropped, as if nothing listened.
      (res?.socket ?? socket)?.destroy();
      return;
    }
    if (socket) {
      if (response.status !== 101 || !response.body) {
        socket.end(
          `HTTP/1.1 ${response.status} Error\r\nContent-Type: application/json\r\n\r\n` +
            `${JSON.stringify(response.json ?? {})}`,
        );
        return;
      }
      socket.write(
        `HTTP/1.1 101 UPGRADED\r\nContent-Type: ${response.headers['Content-Type']}\r\nConnection: Upgrade\r\n` +
          `Upgrade: tcp\r\n\r\n`,
      );
      socket.on('error', () => socket.destroy());
      serve({ body: response.body, write: (bytes) => socket.write(bytes), end: () => socket.end() }, socket);
      feedStdin(response.body, socket, early);
    } else if (response.body) {
      // The client reads the headers first (it starts the container after a wait's headers); the
      // body comes as it is sent.
      res!.writeHead(response.status, {
        ...response.headers,
        'Api-Version': '1.50',
        Ostype: 'linux',
        Server: 'Docker/28.2.2 (linux)',
      });
      res!.flushHeaders();
      serve({ body: response.body, write: (bytes) => res!.write(bytes), end: () => res!.end() }, res!);
    } else {
      send(res!, response, req.method === 'HEAD');
    }
    pumpAll();
  }

  const onRequest = (host: string) => (req: IncomingMessage, res: ServerResponse) => {
    readBody(req).then(
      (body) => handle(host, req, body, res, null),
      () => res.destroy(),
    );
  };

  /** One host's listener: its API server, and its port once bound. */
  interface Listener {
    host: string;
    port: number;
    server: Server;
    /** Its daemon is stopped: nothing listens. */
    stopped: boolean;
  }

  /** An API server for `host`. */
  function apiServer(host: string): Server {
    const server = createServer(onRequest(host));
    // An upgraded request (attach, exec start) may carry a JSON body of Content-Length bytes; what
    // follows it on the socket is the stream's stdin.
    server.on('upgrade', (req, socket, head: Buffer) => {
      const length = Number(req.headers['content-length'] ?? 0) || 0;
      let received = head;
      const ready = () => {
        socket.off('data', more);
        handle(host, req, received.subarray(0, length).toString('utf8'), null, socket, received.subarray(length));
      };
      const more = (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        if (received.length >= length) ready();
      };
      if (received.length >= length) ready();
      else socket.on('data', more);
    });
    server.on('clientError', (_err, socket) => socket.destroy());
    return server;
  }

  const listeners: Listener[] = hostNames.map((host) => ({
    host,
    port: 0,
    server: apiServer(host),
    stopped: false,
  }));
  let controlServer: Server | undefined;
  const controlPort = () => Math.max(...listeners.map((l) => l.port)) + 1;

  /** Stops or starts a host's listener; the control server listens while any daemon is stopped. */
  function switchListener(listener: Listener, up: boolean): void {
    if (!up && !listener.stopped) {
      listener.stopped = true;
      listener.server.closeAllConnections();
      listener.server.close();
    } else if (up && listener.stopped) {
      listener.stopped = false;
      listener.server = apiServer(listener.host);
      listener.server.listen(listener.port, '127.0.0.1');
    }
    const anyStopped = listeners.some((l) => l.stopped);
    if (anyStopped && !controlServer) {
      controlServer = createServer(onRequest(hostNames[0]));
      controlServer.listen(controlPort(), '127.0.0.1');
    } else if (!anyStopped && controlServer) {
      controlServer.closeAllConnections();
      controlServer.close();
      controlServer = undefined;
    }
  }

  function listen(listener: Listener, port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      listener.server.once('error', reject);
      listener.server.listen(port, '127.0.0.1', () => {
        const address = listener.server.address();
        listener.port = typeof address === 'object' && address ? address.port : port;
        listener.server.off('error', reject);
        resolve();
      });
    });
  }

  return (async () => {
    for (const [i, listener] of listeners.entries()) await listen(listener, options.port === 0 ? 0 : options.port + i);
    return {
      port: listeners[0].port,
      ports: Object.fromEntries(listeners.map((l) => [l.host, l.port])),
      close: async () => {
        controlServer?.close();
        await Promise.all(
          listeners.map(
            (l) =>
              new Promise<void>((done) => {
                l.server.closeAllConnections();
                if (l.stopped) done();
                else l.server.close(() => done());
              }),
          ),
        );
      },
    };
  })();
}

/** A frame as the wire carries it: JSON and CRLF (pull), JSON and LF (wait), stdcopy or raw output. */
function encodeFrame(format: StreamBody['format'], frame: StreamFrame): string | Buffer {
  if ('json' in frame) return `${JSON.stringify(frame.json)}${format === 'json' ? '\n' : '\r\n'}`;
  return stdcopyFrame(frame.stream, frame.text, format === 'raw');
}

/** An 8-byte stdcopy frame header ([stream, 0, 0, 0, size]) and the text, or the bare text on a TTY. */
function stdcopyFrame(stream: 'stdout' | 'stderr', text: string, raw: boolean): Buffer {
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
    // A build context (`Content-Type: application/x-tar`) stays binary: one char per byte (latin1), as
    // unpackTar reads it.
    const binary = /^application\/(x-tar|octet-stream)\b/.test(String(req.headers['content-type'] ?? ''));
    req.on('end', () => resolve(Buffer.concat(chunks).toString(binary ? 'latin1' : 'utf8')));
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
  const hosts = argValue('--hosts')
    ?.split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  startEngineServer({ port, seed, hosts }).then(({ ports }) => {
    for (const [host, bound] of Object.entries(ports))
      console.log(
        `Pelabuhan engine (Docker Engine API 1.50) for ${host} listening on tcp://127.0.0.1:${bound}, seed ${seed}`,
      );
    console.log(`Try: DOCKER_HOST=tcp://127.0.0.1:${Object.values(ports)[0]} docker version`);
  });
}
