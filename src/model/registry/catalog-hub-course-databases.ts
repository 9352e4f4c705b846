/**
 * The other databases the course runs: mongo:7 (7.0.20 on ubuntu:22.04) and mariadb (11.8 on
 * ubuntu:24.04, so it shares the ubuntu layer with ubuntu:latest and mongo:latest). mongo:7's
 * history, layers and compressed sizes are docker-library/repo-info's (built 29 Apr 2025); mariadb's
 * layer structure is repo-info's for mariadb:latest, at MariaDB 11.8.2, with the long RUN scripts
 * abridged. Uncompressed sizes are estimates that add up to what `docker images` shows.
 */
import { UBUNTU_JAMMY_STEPS, UBUNTU_STEPS } from './catalog-hub-bases';
import { DEFAULT_PATH, step, syntheticLayer } from './image-spec';
import type { ImageSpec } from './image-spec';

const DAY = 86_400;
const JSYAML = '662e32319bdd378e91f67578e56a34954b0a2e33aca11d70ab9f4826af24b941';

/** mongo:7 (7.0.20 on jammy): the previous major, which many tutorials still pin. */
export const MONGO_7: ImageSpec = {
  repository: 'library/mongo',
  tags: ['7', '7.0', '7.0.20', '7-jammy', '7.0-jammy', '7.0.20-jammy'],
  createdAgoSeconds: 101 * DAY,
  config: {
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['mongod'],
    Env: [
      DEFAULT_PATH,
      'GOSU_VERSION=1.17',
      'JSYAML_VERSION=3.13.1',
      `JSYAML_CHECKSUM=${JSYAML}`,
      'MONGO_PACKAGE=mongodb-org',
      'MONGO_REPO=repo.mongodb.org',
      'MONGO_MAJOR=7.0',
      'MONGO_VERSION=7.0.20',
      'HOME=/data/db',
    ],
    ExposedPorts: { '27017/tcp': {} },
    Volumes: { '/data/db': {}, '/data/configdb': {} },
  },
  steps: [
    ...UBUNTU_JAMMY_STEPS,
    step(
      'RUN /bin/sh -c set -eux; \tgroupadd --gid 999 --system mongodb; \tuseradd --uid 999 --system --gid ' +
        'mongodb --home-dir /data/db mongodb; \tmkdir -p /data/db /data/configdb; \tchown -R mongodb:mongodb /' +
        'data/db /data/configdb # buildkit',
      syntheticLayer('mongo-7.0-user', 1_788, 4_980),
    ),
    step(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
        '\t\tca-certificates \t\tjq \t\tnumactl \t\tprocps \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      syntheticLayer('mongo-7.0-deps', 1_513_402, 4_230_000),
    ),
    step('ENV GOSU_VERSION=1.17'),
    step('ENV JSYAML_VERSION=3.13.1'),
    step(`ENV JSYAML_CHECKSUM=${JSYAML}`),
    step(
      'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install ' +
        '-y --no-install-recommends \t\tgnupg \t\twget \t; \trm -rf /var/lib/apt/lists/*; \t\tdpkgArch="$(dpkg ' +
        '--print-architecture | awk -F- \'{ print $NF }\')"; \twget -O /usr/local/bin/gosu "https://github.com/' +
        'tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \t\tmkdir -p /opt/js-yaml/; \twget -O /opt/' +
        'js-yaml/js-yaml.tgz https://registry.npmjs.org/js-yaml/-/js-yaml-${JSYAML_VERSION}.tgz; \t\twget -O ' +
        "KEYS 'https://pgp.mongodb.com/server-7.0.asc'; \tgpg --batch --import KEYS; \t\tchmod +x /usr/local/" +
        'bin/gosu; \tgosu --version; \tgosu nobody true # buildkit',
      syntheticLayer('mongo-7.0-gosu-jsyaml', 1_095_292, 3_090_000),
    ),
    step('RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit', syntheticLayer('mongo-7.0-initdb-dir', 116, 0)),
    step('ARG MONGO_PACKAGE=mongodb-org'),
    step('ARG MONGO_REPO=repo.mongodb.org'),
    step('ENV MONGO_PACKAGE=mongodb-org MONGO_REPO=repo.mongodb.org'),
    step('ENV MONGO_MAJOR=7.0'),
    step(
      'RUN |2 MONGO_PACKAGE=mongodb-org MONGO_REPO=repo.mongodb.org /bin/sh -c echo "deb [ signed-by=/etc/apt/' +
        'keyrings/mongodb.asc ] http://$MONGO_REPO/apt/ubuntu jammy/${MONGO_PACKAGE%-unstable}/$MONGO_MAJOR ' +
        'multiverse" | tee "/etc/apt/sources.list.d/${MONGO_PACKAGE%-unstable}.list" # buildkit',
      syntheticLayer('mongo-7.0-apt-source', 265, 139),
    ),
    step('ENV MONGO_VERSION=7.0.20'),
    step(
      'RUN |2 MONGO_PACKAGE=mongodb-org MONGO_REPO=repo.mongodb.org /bin/sh -c set -x \t&& export ' +
        'DEBIAN_FRONTEND=noninteractive \t&& apt-get update \t&& apt-get install -y ' +
        '\t\t${MONGO_PACKAGE}=$MONGO_VERSION \t\t${MONGO_PACKAGE}-server=$MONGO_VERSION ' +
        '\t\t${MONGO_PACKAGE}-shell=$MONGO_VERSION \t\t${MONGO_PACKAGE}-mongos=$MONGO_VERSION ' +
        '\t\t${MONGO_PACKAGE}-tools=$MONGO_VERSION \t\t${MONGO_PACKAGE}-database=$MONGO_VERSION ' +
        '\t\t${MONGO_PACKAGE}-database-tools-extra=$MONGO_VERSION \t&& rm -rf /var/lib/apt/lists/* \t&& rm -rf /' +
        'var/lib/mongodb \t&& mv /etc/mongod.conf /etc/mongod.conf.orig # buildkit',
      syntheticLayer('mongo-7.0-server', 243_050_123, 673_500_000),
    ),
    step('VOLUME [/data/db /data/configdb]'),
    step('ENV HOME=/data/db'),
    step('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', syntheticLayer('mongo-7.0-entrypoint', 5_001, 15_700)),
    step('ENTRYPOINT ["docker-entrypoint.sh"]'),
    step('EXPOSE map[27017/tcp:{}]'),
    step('CMD ["mongod"]'),
  ],
};

const MARIADB_VERSION = '1:11.8.2+maria~ubu2404';
const MARIADB_REPO = 'http://archive.mariadb.org/mariadb-11.8.2/repo/ubuntu/ noble main main/debug';
// BuildKit records the build arguments a RUN sees as `RUN |3 NAME=value ...`.
const MARIADB_ARGS =
  `RUN |3 GPG_KEYS=177F4010FE56CA3336300305F1656F24C74CD1D8 MARIADB_VERSION=${MARIADB_VERSION} REPOSITORY=` +
  `${MARIADB_REPO}`;

/** mariadb:latest (11.8 LTS on noble): the MySQL fork the course's WordPress and phpMyAdmin chapters use. */
export const MARIADB: ImageSpec = {
  repository: 'library/mariadb',
  tags: ['latest', '11', '11.8', '11.8.2', 'lts', 'noble', '11.8-noble', '11.8.2-noble'],
  createdAgoSeconds: 24 * DAY,
  config: {
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['mariadbd'],
    Env: [DEFAULT_PATH, 'GOSU_VERSION=1.17', 'LANG=C.UTF-8', `MARIADB_VERSION=${MARIADB_VERSION}`],
    ExposedPorts: { '3306/tcp': {} },
    Volumes: { '/var/lib/mysql': {} },
  },
  steps: [
    ...UBUNTU_STEPS,
    step(
      'RUN /bin/sh -c groupadd -r mysql && useradd -r -g mysql mysql --home-dir /var/lib/mysql # buildkit',
      syntheticLayer('mariadb-11.8-user', 1_718, 4_960),
    ),
    step('ENV GOSU_VERSION=1.17'),
    step('ARG GPG_KEYS=177F4010FE56CA3336300305F1656F24C74CD1D8'),
    step(
      'RUN |1 GPG_KEYS=177F4010FE56CA3336300305F1656F24C74CD1D8 /bin/sh -c set -eux; \tapt-get update; ' +
        '\tDEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \t\tca-certificates \t\tgpg ' +
        '\t\tgpgv \t\tlibjemalloc2 \t\tpwgen \t\ttzdata \t\txz-utils \t\tzstd ; \t\tchmod +x /usr/local/bin/gosu;' +
        ' \tgosu --version; \tgosu nobody true # buildkit',
      syntheticLayer('mariadb-11.8-gosu', 5_647_769, 16_900_000),
    ),
    step(
      'RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit',
      syntheticLayer('mariadb-11.8-initdb-dir', 116, 0),
    ),
    step('ENV LANG=C.UTF-8'),
    step(`ARG MARIADB_VERSION=${MARIADB_VERSION}`),
    step(`ENV MARIADB_VERSION=${MARIADB_VERSION}`),
    step(`ARG REPOSITORY=${MARIADB_REPO}`),
    step(
      `${MARIADB_ARGS} /bin/sh -c set -e;\techo "deb \${REPOSITORY}" > /etc/apt/sources.list.d/mariadb.list; ` +
        `\t{ \t\techo 'Package: *'; \t\techo 'Pin: release o=MariaDB'; \t\techo 'Pin-Priority: 999'; \t} > /etc/` +
        `apt/preferences.d/mariadb # buildkit`,
      syntheticLayer('mariadb-11.8-repo', 332, 130),
    ),
    step(
      `${MARIADB_ARGS} /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends ` +
        `mariadb-server="$MARIADB_VERSION" mariadb-backup socat \t; \trm -rf /var/lib/apt/lists/*; \tmkdir -p /` +
        `var/lib/mysql /run/mysqld; \tchown -R mysql:mysql /var/lib/mysql /run/mysqld; \tchmod 1777 /run/mysqld ` +
        `# buildkit`,
      syntheticLayer('mariadb-11.8-server', 87_521_881, 226_800_000),
    ),
    step('VOLUME [/var/lib/mysql]'),
    step(
      'COPY healthcheck.sh /usr/local/bin/healthcheck.sh # buildkit',
      syntheticLayer('mariadb-11.8-healthcheck', 3_612, 10_400),
    ),
    step(
      'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
      syntheticLayer('mariadb-11.8-entrypoint', 8_255, 26_300),
    ),
    step('ENTRYPOINT ["docker-entrypoint.sh"]'),
    step('EXPOSE map[3306/tcp:{}]'),
    step('CMD ["mariadbd"]'),
  ],
};

/** The course's other database images. */
export const COURSE_DATABASE_IMAGES: ImageSpec[] = [MONGO_7, MARIADB];
