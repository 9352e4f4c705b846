/**
 * The web applications the course runs: php:8.2-apache and the two images built FROM it, wordpress
 * and phpmyadmin (so all three share the php layers, and the debian:bookworm-slim layer with
 * nginx), and mongo-express, built FROM node:20-alpine3.19. Layer structures and compressed sizes
 * follow docker-library/repo-info (mongo-express 1.0.2-20-alpine3.19 exactly; the php family from
 * its 2024 entries, at the July 2025 versions PHP 8.2.29, WordPress 6.8.2 and phpMyAdmin 5.2.2);
 * long RUN scripts are abridged; uncompressed sizes are estimates.
 */
import { sha256Hex } from '../kernel/digest';
import { DEBIAN_SLIM_STEPS } from './catalog-hub-bases';
import { NODE_20_ALPINE_3_19 } from './catalog-hub-versions';
import { builtAgo, DEFAULT_PATH, step, syntheticLayer } from './image-spec';
import type { BuildStep, ImageSpec } from './image-spec';

const DAY = 86_400;

// A synthetic checksum (like every digest here); the real one is in the php Dockerfile.
const PHP_SHA256 = sha256Hex('pelabuhan:php-8.2.29.tar.xz');
const PHPIZE_DEPS =
  'PHPIZE_DEPS=autoconf \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\tlibc-dev \t\tmake \t\tpkg-config \t\tre2c';
const FLAGS = '-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64';
const PHP_URL = 'https://www.php.net/distributions/php-8.2.29.tar.xz';

/** The Env of php:8.2-apache, in the order its Dockerfile sets it. */
const PHP_APACHE_ENV = [
  DEFAULT_PATH,
  PHPIZE_DEPS,
  'PHP_INI_DIR=/usr/local/etc/php',
  'APACHE_CONFDIR=/etc/apache2',
  'APACHE_ENVVARS=/etc/apache2/envvars',
  `PHP_CFLAGS=${FLAGS}`,
  `PHP_CPPFLAGS=${FLAGS}`,
  'PHP_LDFLAGS=-Wl,-O1 -pie',
  'GPG_KEYS=39B641343D8C104B2B146DC3F9C39DC0B9698544 E60913E4DF209907D8E30D96659A97C9CF2A795A ' +
    '1198C0117593497A5EC5C199286AF1F9897469DC',
  'PHP_VERSION=8.2.29',
  `PHP_URL=${PHP_URL}`,
  `PHP_ASC_URL=${PHP_URL}.asc`,
  `PHP_SHA256=${PHP_SHA256}`,
];

const PHP_APACHE_AGO = 30 * DAY;

/** php:8.2-apache's own steps above debian:bookworm-slim. */
const PHP_APACHE_STEPS: BuildStep[] = builtAgo(PHP_APACHE_AGO, [
  step(
    "RUN /bin/sh -c set -eux; \t{ \t\techo 'Package: php*'; \t\techo 'Pin: release *'; \t\techo 'Pin-Priority: " +
      "-1'; \t} > /etc/apt/preferences.d/no-debian-php # buildkit",
    syntheticLayer('php-8.2-apache-no-debian-php', 225, 90),
  ),
  step(`ENV ${PHPIZE_DEPS}`),
  step(
    'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\t$PHPIZE_DEPS ' +
      '\t\tca-certificates \t\tcurl \t\txz-utils \t; \trm -rf /var/lib/apt/lists/* # buildkit',
    syntheticLayer('php-8.2-apache-phpize-deps', 104_355_586, 320_400_000),
  ),
  step('ENV PHP_INI_DIR=/usr/local/etc/php'),
  step(
    'RUN /bin/sh -c set -eux; \tmkdir -p "$PHP_INI_DIR/conf.d"; \t[ ! -d /var/www/html ]; \tmkdir -p /var/www/' +
      'html; \tchown www-data:www-data /var/www/html; \tchmod 1777 /var/www/html # buildkit',
    syntheticLayer('php-8.2-apache-ini-dir', 270, 0),
  ),
  step('ENV APACHE_CONFDIR=/etc/apache2'),
  step('ENV APACHE_ENVVARS=/etc/apache2/envvars'),
  step(
    'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends apache2; \trm -rf ' +
      '/var/lib/apt/lists/*; \t\tln -sfT /dev/stderr "$APACHE_LOG_DIR/error.log"; \tln -sfT /dev/stdout ' +
      '"$APACHE_LOG_DIR/access.log"; \tln -sfT /dev/stdout "$APACHE_LOG_DIR/other_vhosts_access.log" # buildkit',
    syntheticLayer('php-8.2-apache-apache2', 20_303_886, 33_100_000),
  ),
  step(
    'RUN /bin/sh -c a2dismod mpm_event && a2enmod mpm_prefork # buildkit',
    syntheticLayer('php-8.2-apache-prefork', 476, 70),
  ),
  step(
    "RUN /bin/sh -c { \t\techo '<FilesMatch \\.php$>'; \t\techo '\\tSetHandler application/x-httpd-php'; " +
      '\t\techo \'</FilesMatch>\'; \t} | tee "$APACHE_CONFDIR/conf-available/docker-php.conf" \t&& a2enconf ' +
      'docker-php # buildkit',
    syntheticLayer('php-8.2-apache-docker-php-conf', 512, 1_100),
  ),
  step(`ENV PHP_CFLAGS=${FLAGS}`),
  step(`ENV PHP_CPPFLAGS=${FLAGS}`),
  step('ENV PHP_LDFLAGS=-Wl,-O1 -pie'),
  step(`ENV ${PHP_APACHE_ENV[8]}`),
  step('ENV PHP_VERSION=8.2.29'),
  step(`ENV PHP_URL=${PHP_URL} PHP_ASC_URL=${PHP_URL}.asc`),
  step(`ENV PHP_SHA256=${PHP_SHA256}`),
  step(
    'RUN /bin/sh -c set -eux; \t\tmkdir -p /usr/src; \tcd /usr/src; \t\tcurl -fsSL -o php.tar.xz "$PHP_URL"; ' +
      '\t\tif [ -n "$PHP_SHA256" ]; then \t\techo "$PHP_SHA256 *php.tar.xz" | sha256sum -c -; \tfi # buildkit',
    syntheticLayer('php-8.2-apache-source', 12_425_751, 12_520_000),
  ),
  step(
    'COPY docker-php-source /usr/local/bin/ # buildkit',
    syntheticLayer('php-8.2-apache-php-source-script', 490, 1_270),
  ),
  step(
    'RUN /bin/sh -c set -eux; \t\tdocker-php-source extract; \tcd /usr/src/php; \t./configure ' +
      '\t\t--with-config-file-path="$PHP_INI_DIR" \t\t--enable-mbstring \t\t--enable-mysqlnd \t\t--with-curl ' +
      '\t\t--with-openssl \t\t--with-apxs2 \t; \tmake -j "$(nproc)"; \tmake install; \tdocker-php-source delete; ' +
      '\t\tphp --version # buildkit',
    syntheticLayer('php-8.2-apache-build', 14_009_049, 52_300_000),
  ),
  step(
    'COPY docker-php-ext-configure docker-php-ext-enable docker-php-ext-install /usr/local/bin/ # buildkit',
    syntheticLayer('php-8.2-apache-ext-scripts', 2_459, 9_800),
  ),
  step('RUN /bin/sh -c docker-php-ext-enable sodium # buildkit', syntheticLayer('php-8.2-apache-sodium', 247, 17)),
  step('ENTRYPOINT ["docker-php-entrypoint"]'),
  step('STOPSIGNAL SIGWINCH'),
  step('COPY apache2-foreground /usr/local/bin/ # buildkit', syntheticLayer('php-8.2-apache-foreground', 897, 1_350)),
  step('WORKDIR /var/www/html'),
  step('EXPOSE map[80/tcp:{}]'),
  step('CMD ["apache2-foreground"]'),
]);

/** php:8.2-apache: PHP as an Apache module; the base of wordpress and phpmyadmin. */
export const PHP_APACHE: ImageSpec = {
  repository: 'library/php',
  tags: ['8.2-apache', '8.2-apache-bookworm', '8.2.29-apache', '8.2.29-apache-bookworm'],
  createdAgoSeconds: PHP_APACHE_AGO,
  config: {
    Entrypoint: ['docker-php-entrypoint'],
    Cmd: ['apache2-foreground'],
    Env: PHP_APACHE_ENV,
    WorkingDir: '/var/www/html',
    ExposedPorts: { '80/tcp': {} },
    StopSignal: 'SIGWINCH',
  },
  steps: [...DEBIAN_SLIM_STEPS, ...PHP_APACHE_STEPS],
};

/** wordpress:latest (6.8.2 on php:8.2-apache): the whole site lives in the /var/www/html volume. */
export const WORDPRESS: ImageSpec = {
  repository: 'library/wordpress',
  tags: ['latest', '6', '6.8', '6.8.2', 'apache', 'php8.2', 'php8.2-apache', '6.8.2-php8.2-apache'],
  createdAgoSeconds: 22 * DAY,
  config: {
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['apache2-foreground'],
    Env: PHP_APACHE_ENV,
    WorkingDir: '/var/www/html',
    ExposedPorts: { '80/tcp': {} },
    Volumes: { '/var/www/html': {} },
    StopSignal: 'SIGWINCH',
  },
  steps: [
    ...DEBIAN_SLIM_STEPS,
    ...PHP_APACHE_STEPS,
    step(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tghostscript ' +
        '\t; \trm -rf /var/lib/apt/lists/* # buildkit',
      syntheticLayer('wordpress-6.8-ghostscript', 26_255_030, 91_400_000),
    ),
    step(
      'RUN /bin/sh -c set -ex; \t\tdocker-php-ext-configure gd \t\t--with-freetype \t\t--with-jpeg ' +
        '\t\t--with-webp \t; \tdocker-php-ext-install -j "$(nproc)" \t\tbcmath \t\texif \t\tgd \t\tintl ' +
        '\t\tmysqli \t\tzip \t; \tdocker-php-ext-install /tmp/imagick-3.8.0 # buildkit',
      syntheticLayer('wordpress-6.8-extensions', 12_335_198, 42_100_000),
    ),
    step(
      "RUN /bin/sh -c set -eux; \tdocker-php-ext-enable opcache; \t{ \t\techo 'opcache.memory_consumption=128';" +
        " \t\techo 'opcache.interned_strings_buffer=8'; \t\techo 'opcache.max_accelerated_files=4000'; \t\techo " +
        "'opcache.revalidate_freq=2'; \t} > /usr/local/etc/php/conf.d/opcache-recommended.ini # buildkit",
      syntheticLayer('wordpress-6.8-opcache', 364, 171),
    ),
    step(
      "RUN /bin/sh -c { \t\techo 'display_errors = Off'; \t\techo 'log_errors = On'; \t\techo 'error_log = /" +
        "dev/stderr'; \t} > /usr/local/etc/php/conf.d/error-logging.ini # buildkit",
      syntheticLayer('wordpress-6.8-error-logging', 342, 356),
    ),
    step(
      "RUN /bin/sh -c set -eux; \ta2enmod rewrite expires; \t\ta2enmod remoteip; \t{ \t\techo 'RemoteIPHeader " +
        "X-Forwarded-For'; \t} > /etc/apache2/conf-available/remoteip.conf; \ta2enconf remoteip # buildkit",
      syntheticLayer('wordpress-6.8-remoteip', 502, 1_040),
    ),
    step(
      "RUN /bin/sh -c set -eux; \tversion='6.8.2'; \t\tcurl -o wordpress.tar.gz -fL \"https://wordpress.org/" +
        'wordpress-$version.tar.gz"; \t\ttar -xzf wordpress.tar.gz -C /usr/src/; \trm wordpress.tar.gz; ' +
        '\t\tchown -R www-data:www-data /usr/src/wordpress # buildkit',
      syntheticLayer('wordpress-6.8-source', 24_560_000, 79_800_000),
    ),
    step('VOLUME [/var/www/html]'),
    step(
      'COPY --chown=www-data:www-data wp-config-docker.php /usr/src/wordpress/ # buildkit',
      syntheticLayer('wordpress-6.8-wp-config', 2_341, 5_630),
    ),
    step(
      'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
      syntheticLayer('wordpress-6.8-entrypoint', 2_594, 7_310),
    ),
    step('ENTRYPOINT ["docker-entrypoint.sh"]'),
    step('CMD ["apache2-foreground"]'),
  ],
};

/** phpmyadmin:latest (5.2.2 on php:8.2-apache): a web UI for MySQL and MariaDB on port 80. */
export const PHPMYADMIN: ImageSpec = {
  repository: 'library/phpmyadmin',
  tags: ['latest', '5', '5.2', '5.2.2', 'apache', '5-apache', '5.2-apache', '5.2.2-apache'],
  createdAgoSeconds: 25 * DAY,
  config: {
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['apache2-foreground'],
    Env: [
      ...PHP_APACHE_ENV,
      'MAX_EXECUTION_TIME=600',
      'MEMORY_LIMIT=512M',
      'UPLOAD_LIMIT=2048K',
      'TZ=UTC',
      'SESSION_SAVE_PATH=/sessions',
      'VERSION=5.2.2',
      `SHA256=${sha256Hex('pelabuhan:phpMyAdmin-5.2.2-all-languages.tar.xz')}`,
      'URL=https://files.phpmyadmin.net/phpMyAdmin/5.2.2/phpMyAdmin-5.2.2-all-languages.tar.xz',
    ],
    WorkingDir: '/var/www/html',
    ExposedPorts: { '80/tcp': {} },
    StopSignal: 'SIGWINCH',
  },
  steps: [
    ...DEBIAN_SLIM_STEPS,
    ...PHP_APACHE_STEPS,
    step(
      'RUN /bin/sh -c set -ex; \t\tdocker-php-ext-configure gd --with-freetype --with-jpeg --with-webp ' +
        '--with-xpm; \tdocker-php-ext-install -j "$(nproc)" \t\tbz2 \t\tgd \t\tmysqli \t\topcache \t\tzip ' +
        '\t\tbcmath \t; # buildkit',
      syntheticLayer('phpmyadmin-5.2-extensions', 11_429_517, 38_200_000),
    ),
    step('ENV MAX_EXECUTION_TIME=600'),
    step('ENV MEMORY_LIMIT=512M'),
    step('ENV UPLOAD_LIMIT=2048K'),
    step('ENV TZ=UTC'),
    step('ENV SESSION_SAVE_PATH=/sessions'),
    step(
      "RUN /bin/sh -c set -ex; \t\t{ \t\techo 'opcache.memory_consumption=128'; \t} > $PHP_INI_DIR/conf.d/" +
        "opcache-recommended.ini; \t\t{ \t\techo 'allow_url_fopen=Off'; \t\techo 'memory_limit=${MEMORY_LIMIT}'; " +
        '\t} > $PHP_INI_DIR/conf.d/phpmyadmin-misc.ini # buildkit',
      syntheticLayer('phpmyadmin-5.2-ini', 2_457, 8_400),
    ),
    step('ENV VERSION=5.2.2'),
    step(`ENV SHA256=${sha256Hex('pelabuhan:phpMyAdmin-5.2.2-all-languages.tar.xz')}`),
    step('ENV URL=https://files.phpmyadmin.net/phpMyAdmin/5.2.2/phpMyAdmin-5.2.2-all-languages.tar.xz'),
    step(
      'RUN /bin/sh -c set -ex; \t\tmkdir $SESSION_SAVE_PATH; \tcurl -fsSL -o phpMyAdmin.tar.xz $URL; \techo ' +
        '"$SHA256 *phpMyAdmin.tar.xz" | sha256sum -c -; \ttar -xf phpMyAdmin.tar.xz -C /var/www/html ' +
        '--strip-components=1; \tmkdir -p /var/www/html/tmp; \tchown www-data:www-data /var/www/html/tmp # ' +
        'buildkit',
      syntheticLayer('phpmyadmin-5.2-source', 13_460_000, 61_900_000),
    ),
    step(
      'COPY config.inc.php /etc/phpmyadmin/config.inc.php # buildkit',
      syntheticLayer('phpmyadmin-5.2-config', 1_124, 2_930),
    ),
    step(
      'COPY docker-entrypoint.sh /docker-entrypoint.sh # buildkit',
      syntheticLayer('phpmyadmin-5.2-entrypoint', 812, 1_660),
    ),
    step('ENTRYPOINT ["/docker-entrypoint.sh"]'),
    step('CMD ["apache2-foreground"]'),
  ],
};

const MONGO_EXPRESS_AGO = 518 * DAY;

/** mongo-express:latest (1.0.2 on node:20-alpine3.19): a web UI for MongoDB on port 8081. */
export const MONGO_EXPRESS: ImageSpec = {
  repository: 'library/mongo-express',
  tags: [
    'latest',
    '1',
    '1.0',
    '1.0.2',
    '1-20',
    '1.0-20',
    '1.0.2-20',
    '1-20-alpine3.19',
    '1.0-20-alpine3.19',
    '1.0.2-20-alpine3.19',
  ],
  // The build sets SOURCE_DATE_EPOCH, so every history entry carries the date of the 1.0.2 commit.
  createdAgoSeconds: MONGO_EXPRESS_AGO,
  config: {
    Entrypoint: ['/sbin/tini', '--', '/docker-entrypoint.sh'],
    Cmd: ['mongo-express'],
    Env: [
      ...(NODE_20_ALPINE_3_19.config.Env ?? []),
      'ME_CONFIG_MONGODB_URL=mongodb://mongo:27017',
      'ME_CONFIG_MONGODB_ENABLE_ADMIN=true',
      'ME_CONFIG_SITE_SESSIONSECRET=secret',
      'ME_CONFIG_BASICAUTH=true',
      'VCAP_APP_HOST=0.0.0.0',
    ],
    WorkingDir: '/app',
    ExposedPorts: { '8081/tcp': {} },
  },
  steps: builtAgo(MONGO_EXPRESS_AGO, [
    ...NODE_20_ALPINE_3_19.steps,
    step(
      'RUN /bin/sh -c set -eux;     apk add --no-cache         bash         tini # buildkit',
      syntheticLayer('mongo-express-1.0.2-bash-tini', 784_635, 2_210_000),
    ),
    step('WORKDIR /app', syntheticLayer('mongo-express-1.0.2-workdir', 93, 0)),
    step('ARG MONGO_EXPRESS_REPOSITORY=mongo-express/mongo-express'),
    step('ARG MONGO_EXPRESS_VERSION=release/v1.0.2'),
    step(
      'RUN |2 MONGO_EXPRESS_REPOSITORY=mongo-express/mongo-express MONGO_EXPRESS_VERSION=release/v1.0.2 /bin/' +
        'sh -c set -eux;     apk add --no-cache --virtual .me-fetch-deps git;     git clone --depth 1 --branch ' +
        '"$MONGO_EXPRESS_VERSION" -c advice.detachedHead=false https://github.com/$MONGO_EXPRESS_REPOSITORY.git ' +
        '.;     export DISABLE_V8_COMPILE_CACHE=1;     yarn install;     yarn build;     yarn remove --all;     ' +
        'yarn workspaces focus --production;     yarn cache clean;     apk del --no-network .me-fetch-deps;     ' +
        'rm -rf .git* ~/.cache ~/.yarn # buildkit',
      syntheticLayer('mongo-express-1.0.2-app', 13_640_146, 36_100_000),
    ),
    step(
      'ENV ME_CONFIG_MONGODB_URL=mongodb://mongo:27017 ME_CONFIG_MONGODB_ENABLE_ADMIN=true ' +
        'ME_CONFIG_SITE_SESSIONSECRET=secret ME_CONFIG_BASICAUTH=true VCAP_APP_HOST=0.0.0.0',
    ),
    step('EXPOSE map[8081/tcp:{}]'),
    step('COPY docker-entrypoint.sh / # buildkit', syntheticLayer('mongo-express-1.0.2-entrypoint', 851, 2_390)),
    step('ENTRYPOINT ["/sbin/tini" "--" "/docker-entrypoint.sh"]'),
    step('CMD ["mongo-express"]'),
  ]),
};

/** The course's web application images. */
export const COURSE_APP_IMAGES: ImageSpec[] = [PHP_APACHE, WORDPRESS, PHPMYADMIN, MONGO_EXPRESS];
