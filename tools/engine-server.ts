/**
 * `npm run engine -- --port N [--seed S]`: serves the engine's Engine API over HTTP on 127.0.0.1,
 * so the real docker client can drive it: `DOCKER_HOST=tcp://127.0.0.1:N docker ps`. A thin adapter:
 * every request goes through `route()`; this file only speaks HTTP and adds the test endpoints
 * `/_sim/advance`, `/_sim/reset`, `/_sim/daemon`. It is the wire transport of stream bodies (the
 * in-process one is src/model/cli/client/in-process-transport.ts): it writes a body's frames as
 * they come, and re-reads every open body after each request and each `/_sim/advance`, so a
 * hijacked attach carries the container's output and a long-polled wait answers on its exit.
 */

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
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
  port: number;
  seed: string;
}

/** Starts the server; resolves with a function that closes it. */
export function startEngineServer(options: EngineServerOptions): Promise<{ port: number; close: () => Promise<void> }> {
  let world: World = createWorld({ seed: options.seed });
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
      setDaemonRunning({ world, host: defaultHost(world) }, wanted === 'running');
      // A stopped daemon does not listen: the client's connection is refused, as with real Docker.
      // The /_sim endpoints stay reachable on the control port (the API port + 1) meanwhile.
      if (wanted === 'stopped') setTimeout(() => switchListeners(false), 10);
      else if (controlServer) setTimeout(() => switchListeners(true), 10);
      return { status: 200, headers: {}, json: { state: wanted, controlPort: boundPort + 1 } };
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
  // An upgraded request (attach, exec start) may carry a JSON body of Content-Length bytes; what
  // follows it on the socket is the stream's stdin.
  server.on('upgrade', (req, socket, head: Buffer) => {
    const length = Number(req.headers['content-length'] ?? 0) || 0;
    let received = head;
    const ready = () => {
      socket.off('data', more);
      handle(req, received.subarray(0, length).toString('utf8'), null, socket, received.subarray(length));
    };
    const more = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= length) ready();
    };
    if (received.length >= length) ready();
    else socket.on('data', more);
  });
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
  startEngineServer({ port, seed }).then(({ port: bound }) => {
    console.log(`Pelabuhan engine (Docker Engine API 1.50) listening on tcp://127.0.0.1:${bound}, seed ${seed}`);
    console.log(`Try: DOCKER_HOST=tcp://127.0.0.1:${bound} docker version`);
  });
}
