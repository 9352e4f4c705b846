/**
 * The web applications' programs: Apache with mod_php (php:apache, wordpress, phpmyadmin).
 */

import type { ContainerFs } from './container-fs';
import { stderr, type OutputLine, type Program, type ProcessContext } from './program';
import { DAYS, envValue, MONTHS, parts } from './server-log';

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
