/**
 * A TCP connection from the Docker host to a container, carrying one HTTP request: through a
 * published port (`localhost:8080`, which docker-proxy forwards from the network's gateway address)
 * or straight to a container's address on a bridge (the host routes to it). The container's server
 * program answers, and logs the access as the real image does.
 */

import type { ContainerRecord } from '../state';
import { now, type EngineContext } from '../context';
import { isPaused, isRunning } from '../container-state';
import { appendOutput } from '../containers/exit';
import { imageFamily } from '../containers/image-family';
import { ContainerFs } from '../processes/container-fs';
import { processFiles } from '../processes/file-stores';
import { networkView } from '../networks/resolver';
import { envOf, type HttpOutcome, type HttpRequest } from './http-message';
import { httpdAnswer, nginxAnswer, type WebAnswer, type WebContext } from './static-servers';
import { apacheAnswer, mongodAnswer, mongoExpressAnswer, redisAnswer, type ApacheApp } from './app-servers';

/** Where the host connects: an IPv4 address or `localhost`, and a TCP port. */
export interface HostTarget {
  address: string;
  port: number;
}

// The servers of the official images and the TCP port their default configuration listens on.
const LISTENERS: Record<string, number> = {
  nginx: 80,
  httpd: 80,
  'httpd-foreground': 80,
  'apache2-foreground': 80,
  'mongo-express': 8081,
  'redis-server': 6379,
  postgres: 5432,
  mysqld: 3306,
  mariadbd: 3306,
  mongod: 27017,
};

// As resolve-program.ts unwraps them: entrypoint scripts exec what follows them (tini after `--`).
const ENTRYPOINT_SCRIPTS = new Set(['docker-entrypoint.sh', 'httpd-foreground', 'docker-php-entrypoint', 'tini']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0']);

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The server program a container's command ends up running, if any. */
function serverName(container: ContainerRecord): string | undefined {
  let argv = [container.path, ...container.args].filter((a, i) => i > 0 || a !== '');
  while (argv.length > 1 && ENTRYPOINT_SCRIPTS.has(basename(argv[0])))
    argv = argv.slice(basename(argv[0]) === 'tini' && argv[1] === '--' ? 2 : 1);
  const name = argv[0] ? basename(argv[0]) : undefined;
  return name && name in LISTENERS ? name : undefined;
}

/** Whether the container's process is one that ends by itself (mongo-express still waiting for MongoDB). */
function exitsBySelf(ctx: EngineContext, container: ContainerRecord): boolean {
  if (container.pausedExit) return true;
  return ctx.world.state.timers.some(
    (t) => t.kind === 'container.exit' && t.containerId === container.id && t.runSeq === container.runSeq,
  );
}

/** The container and its port a host target reaches, and whether docker-proxy stands between. */
function reach(
  ctx: EngineContext,
  target: HostTarget,
): { container: ContainerRecord; port: number; proxied: boolean } | undefined {
  const { host } = ctx;
  if (LOOPBACK.has(target.address)) {
    for (const ip of ['0.0.0.0', '127.0.0.1', '::', '::1']) {
      const id = host.ports[`${ip}:${target.port}/tcp`];
      const container = id ? host.containers[id] : undefined;
      const binding = container?.publishedPorts.find((b) => b.proto === 'tcp' && b.hostPort === String(target.port));
      if (container && binding) return { container, port: Number(binding.port), proxied: true };
    }
    return undefined;
  }
  for (const container of Object.values(host.containers)) {
    if (isRunning(container) && Object.values(container.networks).some((e) => e.ipAddress === target.address))
      return { container, port: target.port, proxied: false };
  }
  return undefined;
}

/** Which application an Apache container serves: its image's entrypoint tells wordpress and phpmyadmin apart. */
function apacheApp(ctx: EngineContext, container: ContainerRecord): ApacheApp {
  const entrypoint = ctx.host.images[container.imageId]?.config.Entrypoint?.[0];
  return entrypoint === 'docker-entrypoint.sh'
    ? 'wordpress'
    : entrypoint === '/docker-entrypoint.sh'
      ? 'phpmyadmin'
      : 'php';
}

/** Whether WordPress's database host (WORDPRESS_DB_HOST, `mysql` by default) resolves and answers. */
function databaseReachable(ctx: EngineContext, container: ContainerRecord): boolean {
  const dbHost = (envOf(container.config.Env, 'WORDPRESS_DB_HOST') || 'mysql').split(':')[0];
  const view = networkView(ctx.host, container);
  const ip = /^\d+\.\d+\.\d+\.\d+$/.test(dbHost) ? dbHost : (view.hosts[dbHost] ?? view.dns[dbHost]);
  return !!ip && view.reachable.includes(ip);
}

/** Connects from the host to `target` and sends `request`; the container's server answers and logs it. */
export function connectFromHost(ctx: EngineContext, target: HostTarget, request: HttpRequest): HttpOutcome {
  const reached = reach(ctx, target);
  if (!reached) return { kind: 'refused' };
  const { container, port, proxied } = reached;
  if (!isRunning(container)) return { kind: 'refused' };
  // A frozen process never reads the request; the kernel (or docker-proxy) has accepted the connection.
  if (isPaused(container)) return { kind: 'hangs' };
  const server = serverName(container);
  const listening = server !== undefined && LISTENERS[server] === port && !exitsBySelf(ctx, container);
  // docker-proxy accepts, fails to reach the container's port, and closes with the request unread (RST).
  if (!listening) return { kind: proxied ? 'reset' : 'refused' };
  const endpoint = Object.values(container.networks).find((e) => e.ipAddress);
  const counter = container.httpConnections?.runSeq === container.runSeq ? container.httpConnections.count : 0;
  container.httpConnections = { runSeq: container.runSeq, count: counter + 1 };
  const image = ctx.host.images[container.imageId];
  const files = processFiles(ctx.host, container);
  const family = image ? imageFamily(ctx.host, image) : 'debian';
  const web: WebContext = {
    request,
    fs: new ContainerFs(files, family !== 'scratch'),
    files,
    process: { env: container.config.Env, nowMs: now(ctx) },
    clientIp: endpoint?.gateway ?? '',
    connection: counter + 1,
    startedAt: container.state.startedAt,
  };
  const answer = answerOf(ctx, container, server, web);
  appendOutput(ctx, container, answer.log);
  return answer.outcome;
}

function answerOf(ctx: EngineContext, container: ContainerRecord, server: string, web: WebContext): WebAnswer {
  switch (server) {
    case 'nginx':
      return nginxAnswer(web);
    case 'httpd':
    case 'httpd-foreground':
      return httpdAnswer(web);
    case 'apache2-foreground':
      return apacheAnswer(web, apacheApp(ctx, container), databaseReachable(ctx, container));
    case 'mongo-express':
      return mongoExpressAnswer(web);
    case 'mongod':
      return mongodAnswer();
    case 'redis-server':
      return redisAnswer(web);
    case 'mysqld':
    case 'mariadbd':
      // The server speaks first: its handshake packet is not HTTP.
      return { outcome: { kind: 'http09' }, log: [] };
    default:
      // postgres reads the request as a startup packet of impossible length and closes the connection.
      return { outcome: { kind: 'empty' }, log: [] };
  }
}
