/**
 * The five images of docs/reference/catalog.json (the golden transcripts' registry), with their
 * IDs, index digests, configs and build times exactly as given. Only the history texts and the
 * alias tags (real Hub aliases such as `alpine:3.22`) are added here.
 */
import * as L from './catalog-layers-oracle';
import { ALPINE_3_22_STEPS, DEBIAN_SLIM_STEPS, UBUNTU_STEPS } from './catalog-hub-bases';
import { DEFAULT_PATH, step } from './image-spec';
import type { BuildStep, ImageSpec, LayerSpec } from './image-spec';

// nginx's entrypoint scripts: the same five COPY steps on Debian and on Alpine.
const NGINX_ENTRYPOINT_STEPS = (layers: LayerSpec[]): BuildStep[] => [
  step('COPY docker-entrypoint.sh / # buildkit', layers[0]),
  step('COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', layers[1]),
  step('COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', layers[2]),
  step('COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', layers[3]),
  step('COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', layers[4]),
  step('ENTRYPOINT ["/docker-entrypoint.sh"]'),
  step('EXPOSE map[80/tcp:{}]'),
  step('STOPSIGNAL SIGQUIT'),
  step('CMD ["nginx" "-g" "daemon off;"]'),
];

const NGINX_CONFIG = {
  Entrypoint: ['/docker-entrypoint.sh'],
  Cmd: ['nginx', '-g', 'daemon off;'],
  ExposedPorts: { '80/tcp': {} },
  StopSignal: 'SIGQUIT',
};
const NGINX_LABELS = { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' };

// The Env, Labels and WorkingDir of an image config are what its Dockerfile's ENV, LABEL and
// WORKDIR steps (the history below, as the Docker Hub images' configs carry them) left, over the
// base image's PATH; catalog.json abbreviates them.
/** nginx:latest's config (nginxinc/docker-nginx mainline/debian/Dockerfile, 1.29.0). */
const NGINX_DEBIAN_CONFIG = {
  ...NGINX_CONFIG,
  Env: [
    DEFAULT_PATH,
    'NGINX_VERSION=1.29.0',
    'NJS_VERSION=0.9.0',
    'NJS_RELEASE=1~bookworm',
    'PKG_RELEASE=1~bookworm',
    'DYNPKG_RELEASE=1~bookworm',
  ],
  Labels: NGINX_LABELS,
};
/** nginx:alpine's config (mainline/alpine-slim then mainline/alpine Dockerfiles, 1.29.0). */
const NGINX_ALPINE_CONFIG = {
  ...NGINX_CONFIG,
  Env: [
    DEFAULT_PATH,
    'NGINX_VERSION=1.29.0',
    'PKG_RELEASE=1',
    'DYNPKG_RELEASE=1',
    'NJS_VERSION=0.9.0',
    'NJS_RELEASE=1',
  ],
  Labels: NGINX_LABELS,
};

/** alpine:latest (catalog.json). */
export const ALPINE_LATEST: ImageSpec = {
  repository: 'library/alpine',
  tags: ['latest', '3', '3.22'],
  id: 'sha256:e7c8ca00dae597cf851f8ba899a195862554fa0e79434463615300f0da1deae9',
  indexDigest: 'sha256:a7d33f75178a2d554dfc5f09609a551f43b39a89bb2c4352fa338c55aa0b9e7a',
  createdAgoSeconds: 2_073_600,
  config: { Cmd: ['/bin/sh'], Env: [DEFAULT_PATH] },
  steps: ALPINE_3_22_STEPS,
};

/** nginx:latest (catalog.json), on debian:bookworm-slim. */
export const NGINX_LATEST: ImageSpec = {
  repository: 'library/nginx',
  tags: ['latest', '1', '1.29', 'mainline', 'bookworm'],
  id: 'sha256:e1c8d9cae0b90e7e57c11a453100124a51c10d6f58fe54999675258d5071c5fd',
  indexDigest: 'sha256:0d5a35d6c34267997e3e44cdd1ded08d065fca45deb0ac87216b2c8df96c4dda',
  createdAgoSeconds: 1_123_200,
  config: NGINX_DEBIAN_CONFIG,
  steps: [
    ...DEBIAN_SLIM_STEPS,
    step('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'),
    step('ENV NGINX_VERSION=1.29.0'),
    step('ENV NJS_VERSION=0.9.0'),
    step('ENV NJS_RELEASE=1~bookworm'),
    step('ENV PKG_RELEASE=1~bookworm'),
    step('ENV DYNPKG_RELEASE=1~bookworm'),
    step(
      'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx ' +
        '--no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && ' +
        'apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ' +
        'ca-certificates     && apt-get install --no-install-recommends --no-install-suggests -y ' +
        'nginx=${NGINX_VERSION}-${PKG_RELEASE} nginx-module-njs=${NGINX_VERSION}+${NJS_VERSION}-${NJS_RELEASE} ' +
        'gettext-base curl     && rm -rf /var/lib/apt/lists/*     && ln -sf /dev/stdout /var/log/nginx/' +
        'access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # ' +
        'buildkit',
      L.NGINX_DEB_1,
    ),
    ...NGINX_ENTRYPOINT_STEPS([L.NGINX_DEB_2, L.NGINX_DEB_3, L.NGINX_DEB_4, L.NGINX_DEB_5, L.NGINX_DEB_6]),
  ],
};

/** nginx:alpine (catalog.json): nginx:alpine-slim plus the njs and module layer. */
export const NGINX_ALPINE: ImageSpec = {
  repository: 'library/nginx',
  tags: ['alpine', '1-alpine', '1.29-alpine', 'mainline-alpine'],
  id: 'sha256:62122b75d377cbcf480c48d1d8ef0c99aca67930e53f0aaaf9b810f540ec8661',
  indexDigest: 'sha256:b9f31982321b0fe9168423cf2027451bb843f5da9cd7865643274531853eda03',
  createdAgoSeconds: 1_126_800,
  config: NGINX_ALPINE_CONFIG,
  steps: [
    ...ALPINE_3_22_STEPS,
    step('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'),
    step('ENV NGINX_VERSION=1.29.0'),
    step('ENV PKG_RELEASE=1'),
    step('ENV DYNPKG_RELEASE=1'),
    step(
      'RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/' +
        'nginx -s /sbin/nologin -G nginx -g nginx nginx     && apk add --no-cache --virtual .checksum-deps ' +
        "openssl     && apk add -X \"https://nginx.org/packages/mainline/alpine/v$(egrep -o '^[0-9]+\\.[0-9]+' /" +
        'etc/alpine-release)/main" --no-cache nginx=${NGINX_VERSION}-r${PKG_RELEASE}     && apk add --no-cache ' +
        'tzdata curl ca-certificates     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/' +
        'stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit',
      L.NGINX_ALP_1,
    ),
    ...NGINX_ENTRYPOINT_STEPS([L.NGINX_ALP_2, L.NGINX_ALP_3, L.NGINX_ALP_4, L.NGINX_ALP_5, L.NGINX_ALP_6]),
    step('ENV NJS_VERSION=0.9.0'),
    step('ENV NJS_RELEASE=1'),
    step(
      'RUN /bin/sh -c set -x     && apk add --no-cache --virtual .checksum-deps openssl     && apk add -X ' +
        '"https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" ' +
        '--no-cache nginx-module-xslt=${NGINX_VERSION}-r${DYNPKG_RELEASE} ' +
        'nginx-module-geoip=${NGINX_VERSION}-r${DYNPKG_RELEASE} ' +
        'nginx-module-image-filter=${NGINX_VERSION}-r${DYNPKG_RELEASE} ' +
        'nginx-module-njs=${NGINX_VERSION}.${NJS_VERSION}-r${NJS_RELEASE}     && apk del --no-network ' +
        '.checksum-deps # buildkit',
      L.NGINX_ALP_7,
    ),
  ],
};

/** redis:latest (catalog.json), on debian:bookworm-slim. */
export const REDIS_LATEST: ImageSpec = {
  repository: 'library/redis',
  tags: ['latest', '8', '8.0', 'bookworm'],
  id: 'sha256:a71b38ef6ab1a0360e1d7efbfd94bb7077c3232e9225f61e6baf42687d970a34',
  indexDigest: 'sha256:8e188e64d0fef3da626c70f248a61272577abace65df99bfb919f58fdf42eded',
  createdAgoSeconds: 1_728_000,
  config: {
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['redis-server'],
    Env: [DEFAULT_PATH, 'REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.0.3.tar.gz'],
    ExposedPorts: { '6379/tcp': {} },
    Volumes: { '/data': {} },
    WorkingDir: '/data',
  },
  steps: [
    ...DEBIAN_SLIM_STEPS,
    step(
      'RUN /bin/sh -c set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis # buildkit',
      L.REDIS_1,
    ),
    step(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; ' +
        '\trm -rf /var/lib/apt/lists/* # buildkit',
      L.REDIS_2,
    ),
    step('ENV REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.0.3.tar.gz'),
    step(
      'RUN /bin/sh -c set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install ' +
        '-y --no-install-recommends \t\tca-certificates \t\twget \t\tdpkg-dev \t\tgcc \t\tg++ \t\tlibc6-dev ' +
        '\t\tlibssl-dev \t\tmake \t\tgit \t\tcmake \t; \twget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \tmkdir -p /' +
        'usr/src/redis; \ttar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \trm redis.tar.gz; ' +
        '\tmake -C /usr/src/redis -j "$(nproc)" all; \tmake -C /usr/src/redis install; \trm -r /usr/src/redis; ' +
        "\tapt-mark auto '.*' > /dev/null; \tapt-get purge -y --auto-remove -o " +
        'APT::AutoRemove::RecommendsImportant=false; \tredis-cli --version; \tredis-server --version # buildkit',
      L.REDIS_3,
    ),
    step('RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit', L.REDIS_4),
    step('VOLUME [/data]'),
    step('WORKDIR /data', L.REDIS_5),
    step('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', L.REDIS_6),
    step('ENTRYPOINT ["docker-entrypoint.sh"]'),
    step('EXPOSE map[6379/tcp:{}]'),
    step('CMD ["redis-server"]'),
  ],
};

/** ubuntu:latest (catalog.json): the 24.04 base alone. */
export const UBUNTU_LATEST: ImageSpec = {
  repository: 'library/ubuntu',
  tags: ['latest', '24.04', 'noble'],
  id: 'sha256:69fa125554dd305e3af240b45db3d1b34f3d94b9e3df4e79fa6f81cea36548e7',
  indexDigest: 'sha256:62bcf36917c9ae06a9050dea77e6e9d143a00af3a03e61777d097fe31cce09ce',
  createdAgoSeconds: 3_024_000,
  config: {
    Cmd: ['/bin/bash'],
    Env: [DEFAULT_PATH],
    Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' },
  },
  steps: UBUNTU_STEPS,
};

/** The catalog.json images, in catalog order. */
export const ORACLE_IMAGES: ImageSpec[] = [ALPINE_LATEST, NGINX_LATEST, NGINX_ALPINE, REDIS_LATEST, UBUNTU_LATEST];
