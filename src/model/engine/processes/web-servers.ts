/**
 * The web applications' programs: Apache with mod_php (php:apache, wordpress, phpmyadmin) and
 * mongo-express, which needs a MongoDB server it can reach over the container's networks.
 */

import type { ContainerFs } from './container-fs';
import { stderr, stdout, type OutputLine, type Program, type ProcessContext } from './program';
import { dateCommand, DAYS, envValue, hasEnv, MONTHS, parts } from './server-log';

// Debian bookworm's apache2 package: not in the image's Env (it comes from apt), so fixed here.
const DEBIAN_APACHE_VERSION = '2.4.62';

/** Where wordpress's entrypoint looks for a site and copies /usr/src/wordpress into when it finds none. */
const WORDPRESS_ROOT = '/var/www/html';

/**
 * wordpress's docker-entrypoint.sh (its Entrypoint is `docker-entrypoint.sh`; phpmyadmin's is
 * `/docker-entrypoint.sh`, php's `docker-php-entrypoint`): an empty document root gets a copy of
 * WordPress. Only the directory is recorded (the site's files are not modelled), so a restart finds it.
 */
function wordpressCopy(ctx: ProcessContext, fs: ContainerFs): OutputLine[] {
  if (ctx.imagePrograms[0] !== 'docker-entrypoint.sh') return [];
  if (fs.kind(`${WORDPRESS_ROOT}/wp-includes`) === 'dir') return [];
  fs.mkdir(WORDPRESS_ROOT);
  fs.mkdir(`${WORDPRESS_ROOT}/wp-includes`);
  return stderr(
    `WordPress not found in ${WORDPRESS_ROOT} - copying now...`,
    `Complete! WordPress has been successfully copied to ${WORDPRESS_ROOT}`,
  );
}

/** apache2-foreground: Apache 2.4 from Debian with mod_php, logging the image's PHP_VERSION. */
export function apache2Foreground(ctx: ProcessContext, fs: ContainerFs): Program {
  const t = parts(ctx.nowMs);
  const stamp = `${DAYS[t.wd]} ${MONTHS[t.mo]} ${t.d} ${t.h}:${t.mi}:${t.s}.${t.ms}000 ${t.y}`;
  const fqdn =
    `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ` +
    `${ctx.ipAddress}. Set the 'ServerName' directive globally to suppress this message`;
  const php = envValue(ctx, 'PHP_VERSION');
  const server = `Apache/${DEBIAN_APACHE_VERSION} (Debian)${php ? ` PHP/${php}` : ''}`;
  return {
    kind: 'serves',
    output: [
      ...wordpressCopy(ctx, fs),
      ...stderr(
        fqdn,
        fqdn,
        `[${stamp}] [mpm_prefork:notice] [pid 1:tid 1] AH00163: ${server} configured -- resuming normal operations`,
        `[${stamp}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
      ),
    ],
    rwBytes: 2,
    // apache2-foreground's images stop with SIGWINCH (graceful stop); SIGTERM stops it at once.
    stopSignals: ['SIGWINCH', 'SIGTERM'],
  };
}

/** The MongoDB server mongo-express connects to: ME_CONFIG_MONGODB_SERVER, else the host of ME_CONFIG_MONGODB_URL. */
function mongoTarget(ctx: ProcessContext): { host: string; port: string; url: string } {
  const url = envValue(ctx, 'ME_CONFIG_MONGODB_URL') ?? 'mongodb://mongo:27017';
  const fromUrl = /^mongodb(?:\+srv)?:\/\/(?:[^@/]*@)?([^:/,?]+)(?::(\d+))?/.exec(url);
  const server = envValue(ctx, 'ME_CONFIG_MONGODB_SERVER');
  const host = server ?? fromUrl?.[1] ?? 'mongo';
  const port = envValue(ctx, 'ME_CONFIG_MONGODB_PORT') ?? (server ? undefined : fromUrl?.[2]) ?? '27017';
  return { host, port, url: server ? `mongodb://${host}:${port}` : url };
}

const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * mongo-express 1.0.2: /docker-entrypoint.sh waits for the server with bash's /dev/tcp (ten tries,
 * a second apart), then the app starts; it serves once it reaches MongoDB, and exits with the
 * driver's error when server selection times out (30 s). The retry and error texts are the ones
 * users post from mongo-express:1.0.2; the driver's stack trace and the TopologyDescription dump
 * after its first line are left out (their exact text depends on the driver and node versions).
 */
export function mongoExpress(ctx: ProcessContext): Program {
  const { host, port, url } = mongoTarget(ctx);
  const view = ctx.network;
  const ip = IPV4.test(host) ? host : (view?.hosts[host] ?? view?.dns[host]);
  const welcome = [
    'No custom config.js found, loading config.default.js',
    'Welcome to mongo-express 1.0.2',
    '------------------------',
    '',
    '',
  ];
  if (ip && view?.reachable.includes(ip)) {
    const defaultAuth = !hasEnv(ctx, 'ME_CONFIG_BASICAUTH_USERNAME') && !hasEnv(ctx, 'ME_CONFIG_BASICAUTH_PASSWORD');
    return {
      kind: 'serves',
      output: stdout(
        `Waiting for ${host}:${port}...`,
        ...welcome,
        'Mongo Express server listening at http://0.0.0.0:8081',
        'Server is open to allow connections from anyone (0.0.0.0)',
        ...(defaultAuth
          ? ['basicAuth credentials are "admin:pass", it is recommended you change this in your config.js!']
          : []),
      ),
      rwBytes: 0,
      stopSignals: ['SIGTERM', 'SIGINT'],
    };
  }
  // An unknown name fails in musl's resolver; a known address that nothing answers refuses the connection.
  const failure = ip
    ? [
        '/docker-entrypoint.sh: line 15: connect: Connection refused',
        `/docker-entrypoint.sh: line 15: /dev/tcp/${host}/${port}: Connection refused`,
      ]
    : [
        `/docker-entrypoint.sh: line 15: ${host}: Name does not resolve`,
        `/docker-entrypoint.sh: line 15: /dev/tcp/${host}/${port}: Invalid argument`,
      ];
  const output: OutputLine[] = [...stdout(`Waiting for ${host}:${port}...`), ...stderr(...failure)];
  for (let attempt = 2; attempt <= 10; attempt++) {
    output.push(
      ...stdout(
        `${dateCommand(ctx.nowMs + (attempt - 1) * 1000)} retrying to connect to ${host}:${port} (${attempt}/10)`,
      ),
    );
    output.push(...stderr(...failure));
  }
  const reason = ip ? `connect ECONNREFUSED ${ip}:${port}` : `getaddrinfo ENOTFOUND ${host}`;
  output.push(
    ...stdout(...welcome),
    ...stderr(
      `Could not connect to database using connectionString: ${url.replace(/(mongo.*?:\/\/.*?:).*?@/, '$1****@')}"`,
      '/app/node_modules/mongodb/lib/sdam/topology.js:285',
      '                const timeoutError = new error_1.MongoServerSelectionError(`Server selection timed out ' +
        'after ${serverSelectionTimeoutMS} ms`, this.description);',
      '                                     ^',
      '',
      `MongoServerSelectionError: ${reason}`,
      '',
      `Node.js v${envValue(ctx, 'NODE_VERSION') ?? ''}`,
    ),
  );
  // Ten tries a second apart, then the driver's 30-second server selection timeout.
  return { kind: 'exits', exitCode: 1, afterMs: 40_000, output, stopSignals: ['SIGTERM', 'SIGINT'] };
}
