/**
 * The version tags a course or tutorial types besides `latest`: redis:7 and redis:alpine,
 * postgres:16, mysql:8.0, node:20, alpine:3.19, ubuntu:22.04. Each is built as its repository's
 * Dockerfile template builds it, on the base that tag really uses, so the layers it shares are the
 * real ones (redis:7 and postgres:16 share nginx's debian layer, redis:alpine alpine:latest's).
 * Versions are those of July 2025, like the rest of the catalog. Compressed sizes of alpine:3.19,
 * alpine:3.19.4 and node:20-alpine3.19 are docker-library/repo-info's; the others, and every
 * uncompressed size, are estimates scaled from the neighbouring tag of the same Dockerfile.
 */
import { sha256Hex } from '../kernel/digest';
import {
  ALPINE_3_19_4_AGO,
  ALPINE_3_19_4_STEPS,
  ALPINE_3_22_STEPS,
  DEBIAN_SLIM_STEPS,
  UBUNTU_JAMMY_AGO,
  UBUNTU_JAMMY_STEPS,
} from './catalog-hub-bases';
import { MYSQL, POSTGRES } from './catalog-hub-databases';
import { NODE, NODE_ALPINE } from './catalog-hub-languages';
import { REDIS_LATEST } from './catalog-hub-oracle';
import { builtAgo, DEFAULT_PATH, step, syntheticLayer } from './image-spec';
import type { BuildStep, ImageSpec } from './image-spec';

const DAY = 86_400;

/** New compressed and uncompressed sizes, by the name of the layer they replace. */
type Resized = Record<string, [name: string, csize: number, usize: number]>;

/**
 * The steps of a neighbouring tag built from the same Dockerfile template at another version: the
 * texts get the new version, the image's own layers new blobs; base layers not listed stay shared.
 */
function rebuild(steps: BuildStep[], rewrite: Array<[string, string]>, resized: Resized): BuildStep[] {
  return steps.map((s) => {
    const createdBy = rewrite.reduce((text, [from, to]) => text.replaceAll(from, to), s.createdBy);
    const size = s.layer && resized[s.layer.name];
    return { ...s, createdBy, ...(size ? { layer: syntheticLayer(...size) } : {}) };
  });
}

/** The image's own steps: everything above the `base` steps it starts with. */
const above = (image: ImageSpec, base: BuildStep[]) => image.steps.slice(base.length);

/** alpine:3.19 (3.19.5, 06 Jan 2025): a later patch build than the 3.19.4 mongo-express sits on. */
export const ALPINE_3_19: ImageSpec = {
  repository: 'library/alpine',
  tags: ['3.19', '3.19.5'],
  createdAgoSeconds: 214 * DAY,
  config: { Cmd: ['/bin/sh'], Env: [DEFAULT_PATH] },
  steps: builtAgo(214 * DAY, [
    step(
      'ADD alpine-minirootfs-3.19.5-x86_64.tar.gz / # buildkit',
      syntheticLayer('alpine-3.19.5-base', 3_413_271, 7_372_000),
    ),
    step('CMD ["/bin/sh"]'),
  ]),
};

/** alpine:3.19.4: the patch tag Docker Hub still serves, whose layer mongo-express shares. */
export const ALPINE_3_19_4: ImageSpec = {
  repository: 'library/alpine',
  tags: ['3.19.4'],
  createdAgoSeconds: ALPINE_3_19_4_AGO,
  config: { Cmd: ['/bin/sh'], Env: [DEFAULT_PATH] },
  steps: ALPINE_3_19_4_STEPS,
};

/** ubuntu:22.04 (jammy): the base of mongo:7. */
export const UBUNTU_22_04_IMAGE: ImageSpec = {
  repository: 'library/ubuntu',
  tags: ['22.04', 'jammy', 'jammy-20250415.1'],
  createdAgoSeconds: UBUNTU_JAMMY_AGO,
  config: { Cmd: ['/bin/bash'], Env: [DEFAULT_PATH] },
  steps: UBUNTU_JAMMY_STEPS,
};

// A synthetic checksum (like every digest here); the real one is in the redis Dockerfile.
const REDIS_7_SHA = sha256Hex('pelabuhan:redis-7.4.5.tar.gz');
const REDIS_7_URL = 'https://github.com/redis/redis/archive/refs/tags/7.4.5.tar.gz';

/** redis:7 (7.4.5 on bookworm-slim): the same Dockerfile as redis:8, one major back. */
export const REDIS_7: ImageSpec = {
  repository: 'library/redis',
  tags: ['7', '7.4', '7.4.5', '7-bookworm', '7.4-bookworm', '7.4.5-bookworm'],
  createdAgoSeconds: 33 * DAY,
  config: {
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['redis-server'],
    Env: [DEFAULT_PATH, `REDIS_DOWNLOAD_URL=${REDIS_7_URL}`, `REDIS_DOWNLOAD_SHA=${REDIS_7_SHA}`],
    ExposedPorts: { '6379/tcp': {} },
    Volumes: { '/data': {} },
    WorkingDir: '/data',
  },
  steps: [
    ...DEBIAN_SLIM_STEPS,
    ...rebuild(above(REDIS_LATEST, DEBIAN_SLIM_STEPS), [['8.0.3', '7.4.5']], {
      'redis-1': ['redis-7.4-user', 1_100, 4_370],
      'redis-2': ['redis-7.4-tzdata', 1_090_000, 4_090_000],
      'redis-3': ['redis-7.4-build', 13_110_000, 38_060_000],
      'redis-4': ['redis-7.4-data', 101, 32],
      'redis-5': ['redis-7.4-workdir', 32, 0],
      'redis-6': ['redis-7.4-entrypoint', 576, 6_500],
    }).flatMap((s) =>
      s.createdBy.startsWith('ENV REDIS_DOWNLOAD_URL') ? [s, step(`ENV REDIS_DOWNLOAD_SHA=${REDIS_7_SHA}`)] : [s],
    ),
  ],
};

// A synthetic checksum (like every digest here); the real one is in the redis Dockerfile.
const REDIS_8_SHA = sha256Hex('pelabuhan:redis-8.0.3.tar.gz');
const REDIS_8_URL = 'https://github.com/redis/redis/archive/refs/tags/8.0.3.tar.gz';

/** redis:alpine (8.0.3 on alpine:3.22): su-exec instead of gosu, musl build. Long RUNs abridged. */
export const REDIS_ALPINE: ImageSpec = {
  repository: 'library/redis',
  tags: ['alpine', '8-alpine', '8.0-alpine', '8.0.3-alpine', 'alpine3.22', '8.0.3-alpine3.22'],
  createdAgoSeconds: 20 * DAY,
  config: {
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['redis-server'],
    Env: [DEFAULT_PATH, `REDIS_DOWNLOAD_URL=${REDIS_8_URL}`, `REDIS_DOWNLOAD_SHA=${REDIS_8_SHA}`],
    ExposedPorts: { '6379/tcp': {} },
    Volumes: { '/data': {} },
    WorkingDir: '/data',
  },
  steps: [
    ...ALPINE_3_22_STEPS,
    step(
      'RUN /bin/sh -c set -eux; \taddgroup -S -g 1000 redis; \tadduser -S -G redis -u 999 redis # buildkit',
      syntheticLayer('redis-8.0-alpine-user', 965, 4_820),
    ),
    step(
      "RUN /bin/sh -c set -eux; \tapk add --no-cache \t\t'su-exec>=0.2' \t\ttzdata \t; # buildkit",
      syntheticLayer('redis-8.0-alpine-su-exec', 430_000, 1_510_000),
    ),
    step(`ENV REDIS_DOWNLOAD_URL=${REDIS_8_URL}`),
    step(`ENV REDIS_DOWNLOAD_SHA=${REDIS_8_SHA}`),
    step(
      'RUN /bin/sh -c set -eux; \t\tapk add --no-cache --virtual .build-deps \t\tcoreutils \t\tdpkg-dev dpkg ' +
        '\t\tgcc \t\tg++ \t\tlinux-headers \t\tmake \t\tmusl-dev \t\topenssl-dev \t; \twget -O redis.tar.gz ' +
        '"$REDIS_DOWNLOAD_URL"; \techo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -; \tmake -C /usr/src/' +
        'redis -j "$(nproc)" all; \tmake -C /usr/src/redis install; \tapk del --no-network .build-deps; ' +
        '\tredis-cli --version; \tredis-server --version # buildkit',
      syntheticLayer('redis-8.0-alpine-build', 18_540_000, 52_220_000),
    ),
    step(
      'RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit',
      syntheticLayer('redis-8.0-alpine-data', 98, 0),
    ),
    step('VOLUME [/data]'),
    step('WORKDIR /data', syntheticLayer('redis-8.0-alpine-workdir', 93, 0)),
    step(
      'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
      syntheticLayer('redis-8.0-alpine-entrypoint', 575, 6_500),
    ),
    step('ENTRYPOINT ["docker-entrypoint.sh"]'),
    step('EXPOSE map[6379/tcp:{}]'),
    step('CMD ["redis-server"]'),
  ],
};

/** postgres:16 (16.9 on bookworm-slim): the postgres Dockerfile template with PG_MAJOR=16. */
export const POSTGRES_16: ImageSpec = {
  repository: 'library/postgres',
  tags: ['16', '16.9', '16-bookworm', '16.9-bookworm'],
  createdAgoSeconds: 9 * DAY,
  config: {
    ...POSTGRES.config,
    Env: (POSTGRES.config.Env ?? []).map((e) =>
      e.replace('/postgresql/17/', '/postgresql/16/').replace('PG_MAJOR=17', 'PG_MAJOR=16').replace('17.5-1', '16.9-1'),
    ),
  },
  steps: [
    ...DEBIAN_SLIM_STEPS,
    ...rebuild(
      above(POSTGRES, DEBIAN_SLIM_STEPS),
      [
        ['PG_MAJOR=17', 'PG_MAJOR=16'],
        ['/postgresql/17/', '/postgresql/16/'],
        ['17.5-1.pgdg120+1', '16.9-1.pgdg120+1'],
      ],
      Object.fromEntries(
        above(POSTGRES, DEBIAN_SLIM_STEPS).flatMap((s) => {
          if (!s.layer) return [];
          const server = s.layer.name === 'postgres-17-server';
          // PostgreSQL 16's server package is a little smaller than 17's; the other layers are the same size.
          const [csize, usize] = server ? [109_080_000, 309_200_000] : [s.layer.csize, s.layer.usize];
          return [[s.layer.name, [s.layer.name.replace('postgres-17', 'postgres-16'), csize, usize]]];
        }),
      ),
    ),
  ],
};

/** mysql:8.0 (8.0.43 on Oracle Linux 9 slim): shares only the Oracle Linux layer with mysql:8.4. */
export const MYSQL_8_0: ImageSpec = {
  repository: 'library/mysql',
  tags: ['8.0', '8.0.43', '8.0-oraclelinux9', '8.0.43-oraclelinux9'],
  createdAgoSeconds: 16 * DAY,
  config: {
    ...MYSQL.config,
    Env: (MYSQL.config.Env ?? []).map((e) =>
      e.replace('MYSQL_MAJOR=8.4', 'MYSQL_MAJOR=8.0').replace('8.4.5-1', '8.0.43-1'),
    ),
  },
  steps: [
    MYSQL.steps[0],
    MYSQL.steps[1],
    ...rebuild(
      MYSQL.steps.slice(2),
      [
        ['MYSQL_MAJOR=8.4', 'MYSQL_MAJOR=8.0'],
        ['8.4.5-1.el9', '8.0.43-1.el9'],
        ['mysql8.4-server-minimal', 'mysql8.0-server-minimal'],
        ['MySQL 8.4 Server', 'MySQL 8.0 Server'],
        ['mysql-8.4-community', 'mysql-8.0-community'],
        ['mysql-tools-8.4-community', 'mysql-tools-community'],
      ],
      {
        'mysql-8.4-user': ['mysql-8.0-user', 882, 2_950],
        'mysql-8.4-gosu': ['mysql-8.0-gosu', 783_555, 2_380_000],
        'mysql-8.4-tools': ['mysql-8.0-tools', 6_193_401, 17_900_000],
        'mysql-8.4-gpg-key': ['mysql-8.0-gpg-key', 2_605, 3_140],
        'mysql-8.4-server-repo': ['mysql-8.0-server-repo', 333, 232],
        'mysql-8.4-server': ['mysql-8.0-server', 62_110_000, 262_400_000],
        'mysql-8.4-tools-repo': ['mysql-8.0-tools-repo', 318, 226],
        'mysql-8.4-shell': ['mysql-8.0-shell', 131_870_000, 370_100_000],
        'mysql-8.4-entrypoint': ['mysql-8.0-entrypoint', 5_356, 16_600],
      },
    ),
  ],
};

const NODE_20_ENV = (version: string) => [DEFAULT_PATH, `NODE_VERSION=${version}`, 'YARN_VERSION=1.22.22'];

/** node:20 (20.19.4 on buildpack-deps:bookworm): shares its four base layers with node:22 and python. */
export const NODE_20: ImageSpec = {
  repository: 'library/node',
  tags: ['20', '20.19', '20.19.4', 'iron', '20-bookworm', '20.19.4-bookworm', 'iron-bookworm'],
  createdAgoSeconds: 11 * DAY,
  config: { ...NODE.config, Env: NODE_20_ENV('20.19.4') },
  steps: [
    ...NODE.steps.slice(0, 4),
    ...rebuild(NODE.steps.slice(4), [['22.17.0', '20.19.4']], {
      'node-22-bookworm-user': ['node-20-bookworm-user', 3_321, 8_940],
      'node-22-bookworm-node': ['node-20-bookworm-node', 48_390_000, 173_600_000],
      'node-22-bookworm-yarn': ['node-20-bookworm-yarn', 1_250_675, 5_350_000],
      'node-22-bookworm-entrypoint': ['node-20-bookworm-entrypoint', 446, 388],
    }),
  ],
};

/** node:20-alpine3.19 (20.18.1): the last build of that tag, and the base mongo-express was built on. */
export const NODE_20_ALPINE_3_19: ImageSpec = {
  repository: 'library/node',
  tags: ['20-alpine3.19', '20.18-alpine3.19', '20.18.1-alpine3.19', 'iron-alpine3.19'],
  createdAgoSeconds: 261 * DAY,
  config: { ...NODE_ALPINE.config, Env: NODE_20_ENV('20.18.1') },
  steps: [
    ...ALPINE_3_19_4_STEPS,
    ...builtAgo(
      261 * DAY,
      rebuild(above(NODE_ALPINE, ALPINE_3_22_STEPS), [['22.17.0', '20.18.1']], {
        'node-22-alpine-node': ['node-20.18.1-alpine3.19-node', 42_631_729, 135_400_000],
        'node-22-alpine-yarn': ['node-20.18.1-alpine3.19-yarn', 1_387_217, 5_360_000],
        'node-22-alpine-entrypoint': ['node-20.18.1-alpine3.19-entrypoint', 445, 388],
      }),
    ),
  ],
};

/** The version-tag images of this file. */
export const VERSION_IMAGES: ImageSpec[] = [
  ALPINE_3_19,
  ALPINE_3_19_4,
  UBUNTU_22_04_IMAGE,
  REDIS_7,
  REDIS_ALPINE,
  POSTGRES_16,
  MYSQL_8_0,
  NODE_20,
  NODE_20_ALPINE_3_19,
];
