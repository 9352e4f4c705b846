/**
 * The base images that official images are built FROM, as reusable build steps. Sharing these
 * steps is what makes real images share layers: every image on bookworm-slim starts with the same
 * debian blob, so a daemon that has nginx already has the first layer of redis.
 */
import { sha256Hex } from '../kernel/digest';
import { ALPINE_3_22_BASE, DEBIAN_BOOKWORM_SLIM, UBUNTU_24_04 } from './catalog-layers-oracle';
import { builtAgo, step, syntheticLayer } from './image-spec';
import type { BuildStep, LayerSpec } from './image-spec';

const DAY = 86_400;

/** When the alpine:3.22 base was built (catalog.json alpine:latest, 24 days). */
export const ALPINE_AGO = 2_073_600;
/** When the Debian bookworm rootfs snapshots were built (before nginx at 13 and redis at 20 days). */
export const DEBIAN_AGO = 28 * DAY;
/** When the ubuntu:24.04 base was built (catalog.json ubuntu:latest, 35 days). */
export const UBUNTU_AGO = 3_024_000;
/** When buildpack-deps:bookworm, the base of the full node and python images, was built. */
export const BUILDPACK_AGO = 27 * DAY;

/** debian:bookworm (full): a bigger rootfs than bookworm-slim, so it is a different layer. */
export const DEBIAN_BOOKWORM = syntheticLayer('debian-bookworm', 48_497_091, 116_540_000);

// The three buildpack-deps:bookworm layers (curl, scm, then compilers and -dev libraries).
const BUILDPACK_CURL = syntheticLayer('buildpack-deps-bookworm-curl', 24_056_077, 50_700_000);
const BUILDPACK_SCM = syntheticLayer('buildpack-deps-bookworm-scm', 64_424_271, 190_000_000);
const BUILDPACK_DEV = syntheticLayer('buildpack-deps-bookworm', 211_707_818, 580_000_000);

/** FROM alpine:3.22 (the catalog.json alpine base layer). */
export const ALPINE_3_22_STEPS: BuildStep[] = builtAgo(ALPINE_AGO, [
  step('ADD alpine-minirootfs-3.22.1-x86_64.tar.gz / # buildkit', ALPINE_3_22_BASE),
  step('CMD ["/bin/sh"]'),
]);

/** A debuerreotype rootfs step: Debian's images are built outside Dockerfiles, in one layer. */
function debianRootfs(layer: LayerSpec): BuildStep {
  return {
    createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1751241600'",
    layer,
    comment: 'debuerreotype 0.15',
    agoSeconds: DEBIAN_AGO,
  };
}

/** FROM debian:bookworm-slim (the catalog.json debian layer that nginx and redis share). */
export const DEBIAN_SLIM_STEPS: BuildStep[] = [debianRootfs(DEBIAN_BOOKWORM_SLIM)];

/** FROM debian:bookworm (full). */
export const DEBIAN_FULL_STEPS: BuildStep[] = [debianRootfs(DEBIAN_BOOKWORM)];

/** FROM ubuntu:24.04 (the catalog.json ubuntu layer); Canonical still builds with the classic builder. */
export const UBUNTU_STEPS: BuildStep[] = builtAgo(UBUNTU_AGO, [
  { createdBy: '/bin/sh -c #(nop)  ARG RELEASE' },
  { createdBy: '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH' },
  { createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu' },
  { createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04' },
  { createdBy: `/bin/sh -c #(nop) ADD file:${sha256Hex('pelabuhan:ubuntu-24.04-rootfs')} in / `, layer: UBUNTU_24_04 },
  { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
]);

/** When the alpine 3.19.4 rootfs was built (repo-info: layer uploaded 09 Sep 2024), before mongo-express. */
export const ALPINE_3_19_4_AGO = 333 * DAY;
/** When the ubuntu:22.04 (jammy) base was built (repo-info for mongo:7: 28 Apr 2025). */
export const UBUNTU_JAMMY_AGO = 102 * DAY;

/** alpine 3.19.4's rootfs: mongo-express and the node:20-alpine3.19 it was built from start with it. */
export const ALPINE_3_19_4_BASE = syntheticLayer('alpine-3.19.4-base', 3_419_728, 7_378_000);

/** ubuntu:22.04's rootfs (29532614 bytes compressed in repo-info's mongo:7). */
export const UBUNTU_22_04 = syntheticLayer('ubuntu-22.04', 29_532_614, 77_860_000);

/** FROM alpine:3.19.4. */
export const ALPINE_3_19_4_STEPS: BuildStep[] = builtAgo(ALPINE_3_19_4_AGO, [
  step('ADD alpine-minirootfs-3.19.4-x86_64.tar.gz / # buildkit', ALPINE_3_19_4_BASE),
  step('CMD ["/bin/sh"]'),
]);

/** FROM ubuntu:22.04 (jammy), which mongo:7 is built on. */
export const UBUNTU_JAMMY_STEPS: BuildStep[] = builtAgo(UBUNTU_JAMMY_AGO, [
  { createdBy: '/bin/sh -c #(nop)  ARG RELEASE' },
  { createdBy: '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH' },
  { createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu' },
  { createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=22.04' },
  { createdBy: `/bin/sh -c #(nop) ADD file:${sha256Hex('pelabuhan:ubuntu-22.04-rootfs')} in / `, layer: UBUNTU_22_04 },
  { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
]);

/** FROM buildpack-deps:bookworm: debian:bookworm plus curl, version control and build tools. */
export const BUILDPACK_DEPS_STEPS: BuildStep[] = [
  ...DEBIAN_FULL_STEPS,
  ...builtAgo(BUILDPACK_AGO, [
    step(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
        '\t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \trm -rf /var/lib/apt/lists/* # ' +
        'buildkit',
      BUILDPACK_CURL,
    ),
    step(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit ' +
        '\t\tmercurial \t\topenssh-client \t\tsubversion \t\tprocps \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      BUILDPACK_SCM,
    ),
    step(
      'RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf ' +
        '\t\tautomake \t\tbzip2 \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev ' +
        '\t\tlibc6-dev \t\tlibcurl4-openssl-dev \t\tlibffi-dev \t\tlibssl-dev \t\tlibtool \t\tmake \t\tpatch ' +
        '\t\tunzip \t\txz-utils \t\tzlib1g-dev \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      BUILDPACK_DEV,
    ),
  ]),
];
