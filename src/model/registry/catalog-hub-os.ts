/**
 * Small official images on Docker Hub: hello-world, busybox, debian (full and slim), an older
 * alpine, and the registry image. Compressed sizes are the amd64 sizes docker-library/repo-info
 * lists; uncompressed sizes are estimates that match what `docker images` shows.
 */
import { DEBIAN_AGO, DEBIAN_FULL_STEPS, DEBIAN_SLIM_STEPS } from './catalog-hub-bases';
import { builtAgo, DEFAULT_PATH, step, syntheticLayer } from './image-spec';
import type { BuildStep, ImageSpec } from './image-spec';

const DAY = 86_400;

/** hello-world: one static binary that prints a greeting and exits. */
export const HELLO_WORLD: ImageSpec = {
  repository: 'library/hello-world',
  tags: ['latest', 'linux'],
  createdAgoSeconds: 150 * DAY,
  config: { Cmd: ['/hello'], Env: [DEFAULT_PATH] },
  steps: [step('COPY hello / # buildkit', syntheticLayer('hello-world', 2_415, 10_072)), step('CMD ["/hello"]')],
};

/** busybox: the glibc variant, one layer built by the busybox build scripts. */
export const BUSYBOX: ImageSpec = {
  repository: 'library/busybox',
  tags: ['latest', '1', '1.37', '1.37.0', 'glibc'],
  createdAgoSeconds: 45 * DAY,
  config: { Cmd: ['sh'], Env: [DEFAULT_PATH] },
  steps: [
    {
      createdBy: 'BusyBox 1.37.0 (glibc), Debian 12',
      layer: syntheticLayer('busybox-1.37.0-glibc', 2_226_327, 4_423_000),
    },
  ],
};

const DEBIAN_CONFIG = { Cmd: ['bash'], Env: [DEFAULT_PATH] };

/** debian:bookworm-slim: exactly the rootfs layer nginx and redis are built on. */
export const DEBIAN_SLIM: ImageSpec = {
  repository: 'library/debian',
  tags: ['bookworm-slim', '12-slim', 'stable-slim'],
  createdAgoSeconds: DEBIAN_AGO,
  config: DEBIAN_CONFIG,
  steps: DEBIAN_SLIM_STEPS,
};

/** debian:latest (bookworm, full): the base of buildpack-deps, and so of the full node and python. */
export const DEBIAN_FULL: ImageSpec = {
  repository: 'library/debian',
  tags: ['latest', 'bookworm', '12', 'stable'],
  createdAgoSeconds: DEBIAN_AGO,
  config: DEBIAN_CONFIG,
  steps: DEBIAN_FULL_STEPS,
};

const ALPINE_3_20_AGO = 60 * DAY;
const ALPINE_3_20_STEPS: BuildStep[] = builtAgo(ALPINE_3_20_AGO, [
  step(
    'ADD alpine-minirootfs-3.20.6-x86_64.tar.gz / # buildkit',
    syntheticLayer('alpine-3.20-base', 3_626_000, 7_805_000),
  ),
  step('CMD ["/bin/sh"]'),
]);

/** alpine:3.20: an older release, so a different base layer from alpine:latest. */
export const ALPINE_3_20: ImageSpec = {
  repository: 'library/alpine',
  tags: ['3.20', '3.20.6'],
  createdAgoSeconds: ALPINE_3_20_AGO,
  config: { Cmd: ['/bin/sh'], Env: [DEFAULT_PATH] },
  steps: ALPINE_3_20_STEPS,
};

/** registry:2: the CNCF Distribution registry server, for running a private registry locally. */
export const REGISTRY_2: ImageSpec = {
  repository: 'library/registry',
  tags: ['2', '2.8', '2.8.3', 'latest'],
  createdAgoSeconds: 40 * DAY,
  config: {
    Entrypoint: ['/entrypoint.sh'],
    Cmd: ['/etc/docker/registry/config.yml'],
    Env: [DEFAULT_PATH],
    ExposedPorts: { '5000/tcp': {} },
    Volumes: { '/var/lib/registry': {} },
  },
  steps: [
    ...ALPINE_3_20_STEPS,
    step(
      'RUN /bin/sh -c set -ex     && apk add --no-cache ca-certificates # buildkit',
      syntheticLayer('registry-2-ca-certificates', 611_000, 1_170_000),
    ),
    step(
      'COPY ./registry/registry /bin/registry # buildkit',
      syntheticLayer('registry-2-binary', 6_013_000, 15_810_000),
    ),
    step(
      'COPY ./registry/config-example.yml /etc/docker/registry/config.yml # buildkit',
      syntheticLayer('registry-2-config', 369, 295),
    ),
    step('VOLUME [/var/lib/registry]'),
    step('EXPOSE map[5000/tcp:{}]'),
    step('COPY docker-entrypoint.sh /entrypoint.sh # buildkit', syntheticLayer('registry-2-entrypoint', 391, 155)),
    step('ENTRYPOINT ["/entrypoint.sh"]'),
    step('CMD ["/etc/docker/registry/config.yml"]'),
  ],
};

/** The small OS and utility images of this file. */
export const OS_IMAGES: ImageSpec[] = [HELLO_WORLD, BUSYBOX, DEBIAN_FULL, DEBIAN_SLIM, ALPINE_3_20, REGISTRY_2];
