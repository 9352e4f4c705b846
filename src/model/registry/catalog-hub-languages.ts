/**
 * Language runtimes on Docker Hub: node and python, each in three variants. The full variants sit
 * on buildpack-deps:bookworm (so node and python share four layers), the slim ones on
 * debian:bookworm-slim (nginx's base) and the alpine ones on alpine:3.22 (alpine's base).
 * Compressed sizes follow docker-library/repo-info; uncompressed sizes are estimates.
 */
import { sha256Hex } from '../kernel/digest';
import { ALPINE_3_22_STEPS, BUILDPACK_DEPS_STEPS, DEBIAN_SLIM_STEPS } from './catalog-hub-bases';
import { step, syntheticLayer } from './image-spec';
import type { BuildStep, ImageSpec } from './image-spec';

const DAY = 86_400;

const NODE_ENV = [
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'NODE_VERSION=22.17.0',
  'YARN_VERSION=1.22.22',
];
const NODE_CONFIG = { Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'], Env: NODE_ENV };
const NODE_INSTALL =
  'RUN /bin/sh -c ARCH= && dpkgArch="$(dpkg --print-architecture)"   && case "${dpkgArch##*-}" in     amd64) ' +
  "ARCH='x64';;     arm64) ARCH='arm64';;     *) echo \"unsupported architecture\"; exit 1 ;;   esac   && " +
  'curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz"   ' +
  '&& curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/SHASUMS256.txt.asc"   && gpg --batch ' +
  '--decrypt --output SHASUMS256.txt SHASUMS256.txt.asc   && grep " node-v$NODE_VERSION-linux-$ARCH.tar.xz\\$" ' +
  'SHASUMS256.txt | sha256sum -c -   && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local ' +
  '--strip-components=1 --no-same-owner   && rm "node-v$NODE_VERSION-linux-$ARCH.tar.xz" SHASUMS256.txt.asc ' +
  'SHASUMS256.txt   && ln -s /usr/local/bin/node /usr/local/bin/nodejs   && node --version   && npm --version ' +
  '# buildkit';
const YARN_INSTALL =
  'RUN /bin/sh -c set -ex   && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/' +
  'yarn-v$YARN_VERSION.tar.gz"   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s ' +
  '/opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/' +
  'local/bin/yarnpkg   && rm yarn-v$YARN_VERSION.tar.gz   && yarn --version # buildkit';

/** The node layers above the install steps: yarn, the entrypoint script, and the defaults. */
function nodeSteps(variant: string, install: BuildStep[]): BuildStep[] {
  return [
    ...install,
    step('ENV YARN_VERSION=1.22.22'),
    step(YARN_INSTALL, syntheticLayer(`node-22-${variant}-yarn`, 1_250_675, 5_350_000)),
    step(
      'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
      syntheticLayer(`node-22-${variant}-entrypoint`, 446, 388),
    ),
    step('ENTRYPOINT ["docker-entrypoint.sh"]'),
    step('CMD ["node"]'),
  ];
}

/** On Debian the node user gets its own layer, then the official tarball is unpacked. */
function debianNodeInstall(variant: string, node: [number, number]): BuildStep[] {
  return [
    step(
      'RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash ' +
        '--create-home node # buildkit',
      syntheticLayer(`node-22-${variant}-user`, 3_321, 8_940),
    ),
    step('ENV NODE_VERSION=22.17.0'),
    step(NODE_INSTALL, syntheticLayer(`node-22-${variant}-node`, node[0], node[1])),
  ];
}

/** On Alpine one step adds the user and the musl build of node. */
const ALPINE_NODE_INSTALL: BuildStep[] = [
  step('ENV NODE_VERSION=22.17.0'),
  step(
    'RUN /bin/sh -c addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node     && apk add ' +
      '--no-cache         libstdc++     && apk add --no-cache --virtual .build-deps         curl     && ' +
      "ARCH='x64'     && curl -fsSLO --compressed \"https://unofficial-builds.nodejs.org/download/release/" +
      'v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz"     && tar -xJf ' +
      '"node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz" -C /usr/local --strip-components=1 --no-same-owner     && ' +
      'ln -s /usr/local/bin/node /usr/local/bin/nodejs     && rm -f ' +
      '"node-v$NODE_VERSION-linux-$ARCH-musl.tar.xz"     && apk del .build-deps     && node --version     && npm ' +
      '--version # buildkit',
    syntheticLayer('node-22-alpine-node', 50_310_000, 146_900_000),
  ),
];

/** node:latest (22 on buildpack-deps:bookworm): compilers included, so npm can build native modules. */
export const NODE: ImageSpec = {
  repository: 'library/node',
  tags: ['latest', '22', '22.17', '22.17.0', 'lts', 'jod', 'bookworm', '22-bookworm'],
  createdAgoSeconds: 11 * DAY,
  config: NODE_CONFIG,
  steps: [...BUILDPACK_DEPS_STEPS, ...nodeSteps('bookworm', debianNodeInstall('bookworm', [58_553_286, 190_500_000]))],
};

/** node:slim (22 on debian:bookworm-slim). */
export const NODE_SLIM: ImageSpec = {
  repository: 'library/node',
  tags: ['slim', '22-slim', 'lts-slim', 'bookworm-slim', '22-bookworm-slim'],
  createdAgoSeconds: 11 * DAY,
  config: NODE_CONFIG,
  steps: [
    ...DEBIAN_SLIM_STEPS,
    ...nodeSteps('bookworm-slim', debianNodeInstall('bookworm-slim', [49_180_000, 146_300_000])),
  ],
};

/** node:alpine (22 on alpine:3.22), about 160MB. */
export const NODE_ALPINE: ImageSpec = {
  repository: 'library/node',
  tags: ['alpine', '22-alpine', 'lts-alpine', 'alpine3.22', '22-alpine3.22'],
  createdAgoSeconds: 11 * DAY,
  config: NODE_CONFIG,
  steps: [...ALPINE_3_22_STEPS, ...nodeSteps('alpine', ALPINE_NODE_INSTALL)],
};

// A synthetic checksum (like every digest here); the real one is in the python Dockerfile.
const PYTHON_SHA256 = sha256Hex('pelabuhan:Python-3.13.5.tar.xz');
const PYTHON_ENV = [
  'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305',
  'PYTHON_VERSION=3.13.5',
  `PYTHON_SHA256=${PYTHON_SHA256}`,
];
const PYTHON_CONFIG = { Cmd: ['python3'], Env: PYTHON_ENV };
const PYTHON_BUILD =
  'RUN /bin/sh -c set -eux; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/' +
  '${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \techo "$PYTHON_SHA256 *python.tar.xz" | ' +
  'sha256sum -c -; \tmkdir -p /usr/src/python; \ttar --extract --directory /usr/src/python ' +
  '--strip-components=1 --file python.tar.xz; \trm python.tar.xz; \t\tcd /usr/src/python; \t./configure ' +
  '\t\t--enable-loadable-sqlite-extensions \t\t--enable-optimizations \t\t--enable-option-checking=fatal ' +
  '\t\t--enable-shared \t\t--with-lto \t\t--with-ensurepip \t; \tmake -j "$(nproc)"; \tmake install; \t\tcd /; ' +
  '\trm -rf /usr/src/python; \t\tldconfig; \t\tpython3 --version; \tpip3 --version # buildkit';
const PYTHON_LINKS =
  'RUN /bin/sh -c set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | ' +
  'tr -d 3)"; \t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/' +
  'local/bin/$dst"; \tdone # buildkit';

/** The python layers above a base: runtime packages, the interpreter build, the `python` links. */
function pythonSteps(variant: string, deps: [string, number, number], build: [number, number]): BuildStep[] {
  return [
    step('ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'),
    step(deps[0], syntheticLayer(`python-3.13-${variant}-deps`, deps[1], deps[2])),
    step('ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305'),
    step('ENV PYTHON_VERSION=3.13.5'),
    step(`ENV PYTHON_SHA256=${PYTHON_SHA256}`),
    step(PYTHON_BUILD, syntheticLayer(`python-3.13-${variant}-build`, build[0], build[1])),
    step(PYTHON_LINKS, syntheticLayer(`python-3.13-${variant}-links`, 250, 35)),
    step('CMD ["python3"]'),
  ];
}

/** python:latest (3.13 on buildpack-deps:bookworm), about 1.03GB. */
export const PYTHON: ImageSpec = {
  repository: 'library/python',
  tags: ['latest', '3', '3.13', '3.13.5', 'bookworm', '3.13-bookworm'],
  createdAgoSeconds: 8 * DAY,
  config: PYTHON_CONFIG,
  steps: [
    ...BUILDPACK_DEPS_STEPS,
    ...pythonSteps(
      'bookworm',
      [
        'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
          '\t\tlibbluetooth-dev \t\ttk-dev \t\tuuid-dev \t; \trm -rf /var/lib/apt/lists/* # buildkit',
        6_240_000,
        19_100_000,
      ],
      [25_580_000, 74_300_000],
    ),
  ],
};

/** python:slim (3.13 on debian:bookworm-slim), about 125MB. */
export const PYTHON_SLIM: ImageSpec = {
  repository: 'library/python',
  tags: ['slim', '3-slim', '3.13-slim', 'slim-bookworm', '3.13-slim-bookworm'],
  createdAgoSeconds: 8 * DAY,
  config: PYTHON_CONFIG,
  steps: [
    ...DEBIAN_SLIM_STEPS,
    ...pythonSteps(
      'slim-bookworm',
      [
        'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
          '\t\tca-certificates \t\tnetbase \t\ttzdata \t; \trm -rf /var/lib/apt/lists/* # buildkit',
        3_520_780,
        9_420_000,
      ],
      [12_570_612, 41_200_000],
    ),
  ],
};

/** python:alpine (3.13 on alpine:3.22), about 46MB. */
export const PYTHON_ALPINE: ImageSpec = {
  repository: 'library/python',
  tags: ['alpine', '3-alpine', '3.13-alpine', 'alpine3.22', '3.13-alpine3.22'],
  createdAgoSeconds: 8 * DAY,
  config: PYTHON_CONFIG,
  steps: [
    ...ALPINE_3_22_STEPS,
    ...pythonSteps(
      'alpine',
      [
        'RUN /bin/sh -c set -eux; \tapk add --no-cache \t\tca-certificates \t\ttzdata \t; # buildkit',
        461_000,
        1_610_000,
      ],
      [13_700_000, 36_400_000],
    ),
  ],
};

/** The language runtime images of this file. */
export const LANGUAGE_IMAGES: ImageSpec[] = [NODE, NODE_SLIM, NODE_ALPINE, PYTHON, PYTHON_SLIM, PYTHON_ALPINE];
