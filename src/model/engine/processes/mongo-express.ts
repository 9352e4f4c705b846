/**
 * mongo-express 1.0.2 (mongo-express:1.0.2-20-alpine3.19). Its /docker-entrypoint.sh
 * (mongo-express-docker 1.0/20-alpine3.19) waits for the host and port of ME_CONFIG_MONGODB_URL with
 * bash's /dev/tcp, ME_CONFIG_CONNECT_RETRIES tries (10) a second apart, and then runs `node app`
 * whatever came of it. The app (app.js, config.default.js, lib/db.js at v1.0.2) connects with
 * ME_CONFIG_MONGODB_SERVER (and _PORT, the admin credentials) when it is set, else with the URL: so
 * `-e ME_CONFIG_MONGODB_SERVER=mongodb` alone waits in vain for the image's default `mongo` first,
 * then connects to `mongodb`. Names resolve through the container's network view: by name only on a
 * user-defined network. The driver's stack frames and TopologyDescription dump after the first lines
 * of Node's uncaught-error report are left out (their text depends on the driver and Node versions).
 */

import { stderr, stdout, type OutputLine, type Program, type ProcessContext } from './program';
import { dateCommand, envValue } from './server-log';

const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;
/** The image's ENV ME_CONFIG_MONGODB_URL, should a container unset it. */
const IMAGE_URL = 'mongodb://mongo:27017';

/** The entrypoint's parse of ME_CONFIG_MONGODB_URL (scheme, path, userinfo stripped); none for a replica set. */
function waitTarget(ctx: ProcessContext): { host: string; port: string } | undefined {
  const url = envValue(ctx, 'ME_CONFIG_MONGODB_URL') ?? '';
  if (url.includes(',')) return undefined;
  let work = url.includes('://') ? url.slice(url.indexOf('://') + 3) : url;
  work = work.split('/')[0];
  work = work.includes('@') ? work.slice(work.indexOf('@') + 1) : work;
  if (!work.includes(':')) return { host: work, port: '27017' };
  return { host: work.slice(0, work.lastIndexOf(':')), port: work.slice(work.indexOf(':') + 1) };
}

/** config.default.js connectionString: from ME_CONFIG_MONGODB_SERVER and friends when set, else the URL. */
function connection(ctx: ProcessContext): { connectionString: string; host: string; port: string } {
  const server = envValue(ctx, 'ME_CONFIG_MONGODB_SERVER');
  if (!server) {
    const url = envValue(ctx, 'ME_CONFIG_MONGODB_URL') ?? IMAGE_URL;
    const m = /^mongodb(?:\+srv)?:\/\/(?:[^@/]*@)?([^:/,?]+)(?::(\d+))?/.exec(url);
    return { connectionString: url, host: m?.[1] ?? '', port: m?.[2] ?? '27017' };
  }
  const host = server.split(',')[0];
  const port = envValue(ctx, 'ME_CONFIG_MONGODB_PORT') ?? '27017';
  const username = envValue(ctx, 'ME_CONFIG_MONGODB_ADMINUSERNAME') ?? envValue(ctx, 'ME_CONFIG_MONGODB_AUTH_USERNAME');
  const password = envValue(ctx, 'ME_CONFIG_MONGODB_ADMINPASSWORD') ?? envValue(ctx, 'ME_CONFIG_MONGODB_AUTH_PASSWORD');
  const login = username ? `${username}:${password ?? ''}@` : '';
  const dbName = envValue(ctx, 'ME_CONFIG_MONGODB_AUTH_DATABASE') ?? '';
  return { connectionString: `mongodb://${login}${server}:${port}/${dbName}`, host, port };
}

/** The address `host` resolves to in the container, if any. */
function resolve(ctx: ProcessContext, host: string): string | undefined {
  if (IPV4.test(host)) return host;
  return ctx.network?.hosts[host] ?? ctx.network?.dns[host];
}

/** Whether a MongoDB server answers on host:port (a running container on a network the container shares). */
function answers(ctx: ProcessContext, host: string): boolean {
  const ip = resolve(ctx, host);
  return !!ip && !!ctx.network?.reachable.includes(ip);
}

/** The entrypoint's wait loop: its lines, and how long it waited. */
function waitForServer(ctx: ProcessContext): { output: OutputLine[]; waitedMs: number } {
  const target = waitTarget(ctx);
  if (!target) return { output: [], waitedMs: 0 };
  const { host, port } = target;
  const output = stdout(`Waiting for ${host}:${port}...`);
  if (answers(ctx, host)) return { output, waitedMs: 0 };
  // musl's resolver fails an unknown name; a known address nothing listens on refuses the connection.
  const failure = resolve(ctx, host)
    ? stderr(
        '/docker-entrypoint.sh: line 15: connect: Connection refused',
        `/docker-entrypoint.sh: line 15: /dev/tcp/${host}/${port}: Connection refused`,
      )
    : stderr(
        `/docker-entrypoint.sh: line 15: ${host}: Name does not resolve`,
        `/docker-entrypoint.sh: line 15: /dev/tcp/${host}/${port}: Invalid argument`,
      );
  const retries = Number(envValue(ctx, 'ME_CONFIG_CONNECT_RETRIES') ?? '10');
  const tries = Number.isInteger(retries) && retries > 1 ? retries : 1;
  output.push(...failure);
  for (let attempt = 2; attempt <= tries; attempt++) {
    const at = ctx.nowMs + (attempt - 1) * 1000;
    output.push(...stdout(`${dateCommand(at)} retrying to connect to ${host}:${port} (${attempt}/${tries})`));
    output.push(...failure);
  }
  return { output, waitedMs: (tries - 1) * 1000 };
}

/** mongo-express: the entrypoint's wait, then the app, which serves on 8081 or dies of the driver's error. */
export function mongoExpress(ctx: ProcessContext): Program {
  const wait = waitForServer(ctx);
  const welcome = [
    ...stdout('No custom config.js found, loading config.default.js', 'Welcome to mongo-express 1.0.2'),
    // console.log('\n') after the rule: two empty lines.
    ...stdout('------------------------', '', ''),
  ];
  const { connectionString, host, port } = connection(ctx);
  const stopSignals = ['SIGTERM', 'SIGINT'];
  if (answers(ctx, host)) {
    const basicAuth = (envValue(ctx, 'ME_CONFIG_BASICAUTH') ?? '').toLowerCase() === 'true';
    const user = envValue(ctx, 'ME_CONFIG_BASICAUTH_USERNAME') || 'admin';
    const pass = envValue(ctx, 'ME_CONFIG_BASICAUTH_PASSWORD') || 'pass';
    // app.js bootstrap: the address on stdout, the warnings through console.error / console.warn.
    const auth = !basicAuth
      ? 'Basic authentication is disabled. It is recommended to set the useBasicAuth to true in the config.js.'
      : user === 'admin' && pass === 'pass'
        ? 'basicAuth credentials are "admin:pass", it is recommended you change this in your config.js!'
        : undefined;
    const output = [
      ...wait.output,
      ...welcome,
      ...stdout('Mongo Express server listening at http://0.0.0.0:8081'),
      ...stderr('Server is open to allow connections from anyone (0.0.0.0)', ...(auth ? [auth] : [])),
    ];
    return { kind: 'serves', output, rwBytes: 0, stopSignals };
  }
  const ip = resolve(ctx, host);
  const reason = ip ? `connect ECONNREFUSED ${ip}:${port}` : `getaddrinfo ENOTFOUND ${host}`;
  const masked = connectionString.replace(/(mongo.*?:\/\/.*?:).*?@/, '$1****@');
  const output = [
    ...wait.output,
    ...welcome,
    ...stderr(
      // lib/db.js, with its stray closing quote.
      `Could not connect to database using connectionString: ${masked}"`,
      '/app/node_modules/mongodb/lib/sdam/topology.js:285',
      '                const timeoutError = new error_1.MongoServerSelectionError(`Server selection timed out ' +
        'after ${serverSelectionTimeoutMS} ms`, this.description);',
      '                                     ^',
      '',
      `MongoServerSelectionError: ${reason}`,
      '',
      `Node.js v${envValue(ctx, 'NODE_VERSION') ?? ''}`,
    ),
  ];
  // After the wait, the driver's 30-second server selection timeout.
  return { kind: 'exits', exitCode: 1, afterMs: wait.waitedMs + 30_000, output, stopSignals };
}
