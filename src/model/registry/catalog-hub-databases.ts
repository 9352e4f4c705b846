/**
 * Database images on Docker Hub: postgres (on debian:bookworm-slim, sharing nginx's base layer),
 * mysql (on Oracle Linux 9 slim) and mongo (on ubuntu:24.04, sharing the ubuntu layer).
 * Layer lists and compressed sizes follow docker-library/repo-info for amd64; uncompressed sizes
 * are estimates that add up to the sizes `docker images` shows (438MB, 603MB, 868MB).
 */
import { DEBIAN_SLIM_STEPS, UBUNTU_STEPS } from './catalog-hub-bases';
import { builtAgo, step, syntheticLayer } from './image-spec';
import type { ImageSpec } from './image-spec';

const DAY = 86_400;
const GOSU = 'ENV GOSU_VERSION=1.17';
const GOSU_INSTALL =
  'RUN /bin/sh -c set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y ' +
  '--no-install-recommends ca-certificates wget; \trm -rf /var/lib/apt/lists/*; \tdpkgArch="$(dpkg ' +
  '--print-architecture | awk -F- \'{ print $NF }\')"; \twget -O /usr/local/bin/gosu "https://github.com/' +
  'tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \tchmod +x /usr/local/bin/gosu; \tgosu ' +
  '--version; \tgosu nobody true # buildkit';

/** postgres:latest (17 on bookworm): stops on SIGINT, the "fast shutdown" request. */
export const POSTGRES: ImageSpec = {
  repository: 'library/postgres',
  tags: ['latest', '17', '17.5', 'bookworm', '17-bookworm'],
  createdAgoSeconds: 9 * DAY,
  config: {
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['postgres'],
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin',
      'GOSU_VERSION=1.17',
      'LANG=en_US.utf8',
      'PG_MAJOR=17',
      'PG_VERSION=17.5-1.pgdg120+1',
      'PGDATA=/var/lib/postgresql/data',
    ],
    ExposedPorts: { '5432/tcp': {} },
    Volumes: { '/var/lib/postgresql/data': {} },
    StopSignal: 'SIGINT',
  },
  steps: [
    ...DEBIAN_SLIM_STEPS,
    step(
      'RUN /bin/sh -c set -eux; \tgroupadd -r postgres --gid=999; \tuseradd -r -g postgres --uid=999 ' +
        '--home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \tinstall --verbose --directory --owner ' +
        'postgres --group postgres --mode 1777 /var/lib/postgresql # buildkit',
      syntheticLayer('postgres-17-user', 1_167, 4_270),
    ),
    step(
      'RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgnupg ' +
        '\t\tless \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      syntheticLayer('postgres-17-gnupg', 4_534_226, 12_400_000),
    ),
    step(GOSU),
    step(GOSU_INSTALL, syntheticLayer('postgres-17-gosu', 1_250_043, 4_080_000)),
    step(
      'RUN /bin/sh -c set -eux; \tapt-get update; apt-get install -y --no-install-recommends locales; rm -rf /' +
        "var/lib/apt/lists/*; \techo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen; \tlocale-gen; \tlocale -a | grep " +
        "'en_US.utf8' # buildkit",
      syntheticLayer('postgres-17-locales', 8_066_407, 24_300_000),
    ),
    step('ENV LANG=en_US.utf8'),
    step(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
        '\t\tlibnss-wrapper \t\txz-utils \t\tzstd \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      syntheticLayer('postgres-17-nss-wrapper', 1_196_420, 3_620_000),
    ),
    step(
      'RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit',
      syntheticLayer('postgres-17-initdb-dir', 113, 0),
    ),
    step(
      "RUN /bin/sh -c set -ex; \tkey='B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8'; \texport " +
        'GNUPGHOME="$(mktemp -d)"; \tmkdir -p /usr/local/share/keyrings/; \tgpg --batch --keyserver ' +
        'keyserver.ubuntu.com --recv-keys "$key"; \tgpg --batch --export --armor "$key" > /usr/local/share/' +
        'keyrings/postgres.gpg.asc; \tgpgconf --kill all; \trm -rf "$GNUPGHOME" # buildkit',
      syntheticLayer('postgres-17-apt-key', 3_144, 6_200),
    ),
    step('ENV PG_MAJOR=17'),
    step('ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin'),
    step('ENV PG_VERSION=17.5-1.pgdg120+1'),
    step(
      'RUN /bin/sh -c set -ex; \t\texport PYTHONDONTWRITEBYTECODE=1; \t\tdpkgArch="$(dpkg ' +
        '--print-architecture)"; \taptRepo="[ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://' +
        'apt.postgresql.org/pub/repos/apt bookworm-pgdg main $PG_MAJOR"; \techo "deb $aptRepo" > /etc/apt/' +
        'sources.list.d/pgdg.list; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
        "postgresql-common; \tsed -ri 's/#(create_main_cluster) .*$/\\1 = false/' /etc/postgresql-common/" +
        'createcluster.conf; \tapt-get install -y --no-install-recommends \t\t"postgresql-$PG_MAJOR=$PG_VERSION" ' +
        '\t; \trm -rf /var/lib/apt/lists/*; \tpostgres --version # buildkit',
      syntheticLayer('postgres-17-server', 112_869_042, 318_700_000),
    ),
    step(
      'RUN /bin/sh -c set -eux; \tdpkg-divert --add --rename --divert "/usr/share/postgresql/' +
        'postgresql.conf.sample.dpkg" "/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample"; \tcp -v /usr/' +
        'share/postgresql/postgresql.conf.sample.dpkg /usr/share/postgresql/postgresql.conf.sample; \tln -sv ../' +
        'postgresql.conf.sample "/usr/share/postgresql/$PG_MAJOR/"; \tsed -ri ' +
        '"s!^#?(listen_addresses)\\s*=\\s*\\S+.*!\\1 = \'*\'!" /usr/share/postgresql/postgresql.conf.sample # ' +
        'buildkit',
      syntheticLayer('postgres-17-conf-sample', 10_349, 30_800),
    ),
    step(
      'RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/' +
        'postgresql # buildkit',
      syntheticLayer('postgres-17-run-dir', 126, 0),
    ),
    step('ENV PGDATA=/var/lib/postgresql/data'),
    step(
      'RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 1777 "$PGDATA" # buildkit',
      syntheticLayer('postgres-17-pgdata', 167, 0),
    ),
    step('VOLUME [/var/lib/postgresql/data]'),
    step(
      'COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit',
      syntheticLayer('postgres-17-entrypoint', 6_108, 17_100),
    ),
    step(
      'RUN /bin/sh -c ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh # buildkit',
      syntheticLayer('postgres-17-enforce-link', 184, 24),
    ),
    step('ENTRYPOINT ["docker-entrypoint.sh"]'),
    step('STOPSIGNAL SIGINT'),
    step('EXPOSE map[5432/tcp:{}]'),
    step('CMD ["postgres"]'),
  ],
};

/** mysql:latest (8.4 LTS): Oracle builds it on Oracle Linux 9 slim, so it shares no Debian layer. */
export const MYSQL: ImageSpec = {
  repository: 'library/mysql',
  tags: ['latest', '8', '8.4', '8.4.5', 'lts', 'oraclelinux9'],
  createdAgoSeconds: 18 * DAY,
  config: {
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['mysqld'],
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'GOSU_VERSION=1.17',
      'MYSQL_MAJOR=8.4',
      'MYSQL_VERSION=8.4.5-1.el9',
      'MYSQL_SHELL_VERSION=8.4.5-1.el9',
    ],
    ExposedPorts: { '3306/tcp': {}, '33060/tcp': {} },
    Volumes: { '/var/lib/mysql': {} },
  },
  steps: [
    ...builtAgo(30 * DAY, [
      step(
        'ADD oraclelinux-9-slim-amd64-rootfs.tar.xz / # buildkit',
        syntheticLayer('oraclelinux-9-slim', 47_931_319, 117_800_000),
      ),
      step('CMD ["/bin/bash"]'),
    ]),
    step(
      'RUN /bin/sh -c set -eux; \tgroupadd --system --gid 999 mysql; \tuseradd --system --uid 999 --gid 999 ' +
        '--home-dir /var/lib/mysql --no-create-home mysql # buildkit',
      syntheticLayer('mysql-8.4-user', 882, 2_950),
    ),
    step(GOSU),
    step(
      'RUN /bin/sh -c set -eux; \tarch="$(uname -m)"; \tcase "$arch" in \t\taarch64) gosuArch=\'arm64\' ;; ' +
        "\t\tx86_64) gosuArch='amd64' ;; \tesac; \tcurl -fL -o /usr/local/bin/gosu \"https://github.com/tianon/" +
        'gosu/releases/download/$GOSU_VERSION/gosu-$gosuArch"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; ' +
        '\tgosu nobody true # buildkit',
      syntheticLayer('mysql-8.4-gosu', 783_555, 2_380_000),
    ),
    step(
      'RUN /bin/sh -c set -eux; \tmicrodnf install -y \t\tbzip2 \t\tgzip \t\topenssl \t\txz \t\tzstd ' +
        '\t\tfindutils \t; \tmicrodnf clean all # buildkit',
      syntheticLayer('mysql-8.4-tools', 6_193_401, 17_900_000),
    ),
    step(
      "RUN /bin/sh -c set -eux; \tkey='BCA4 3417 C3B4 85DD 128E C6D4 B7B3 B788 A8D3 785C'; \texport " +
        'GNUPGHOME="$(mktemp -d)"; \tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \tgpg ' +
        '--batch --export --armor "$key" > /etc/pki/rpm-gpg/RPM-GPG-KEY-mysql; \trm -rf "$GNUPGHOME" # buildkit',
      syntheticLayer('mysql-8.4-gpg-key', 2_605, 3_140),
    ),
    step('ENV MYSQL_MAJOR=8.4'),
    step('ENV MYSQL_VERSION=8.4.5-1.el9'),
    step(
      "RUN /bin/sh -c set -eu; \t{ \t\techo '[mysql8.4-server-minimal]'; \t\techo 'name=MySQL 8.4 Server " +
        "Minimal'; \t\techo 'enabled=1'; \t\techo 'baseurl=https://repo.mysql.com/yum/mysql-8.4-community/docker/" +
        "el/9/$basearch/'; \t\techo 'gpgcheck=1'; \t\techo 'gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-mysql'; " +
        "\t\techo 'module_hotfixes=true'; \t} | tee /etc/yum.repos.d/mysql-community-minimal.repo # buildkit",
      syntheticLayer('mysql-8.4-server-repo', 333, 232),
    ),
    step(
      'RUN /bin/sh -c set -eux; \tmicrodnf install -y "mysql-community-server-minimal-$MYSQL_VERSION"; ' +
        "\tmicrodnf clean all; \tsed -i 's!^socket=.*!socket=/var/run/mysqld/mysqld.sock!' /etc/my.cnf; \t{ echo " +
        "'[client]'; echo 'socket=/var/run/mysqld/mysqld.sock'; } >> /etc/my.cnf; \tmkdir -p /etc/mysql/conf.d; " +
        '\tmkdir -p /var/lib/mysql /var/run/mysqld; \tchown mysql:mysql /var/lib/mysql /var/run/mysqld; \tchmod ' +
        '1777 /var/lib/mysql /var/run/mysqld; \tmkdir /docker-entrypoint-initdb.d; \tmysqld --version; \tmysql ' +
        '--version # buildkit',
      syntheticLayer('mysql-8.4-server', 51_637_258, 214_000_000),
    ),
    step(
      "RUN /bin/sh -c set -eu; \t{ \t\techo '[mysql-tools-community]'; \t\techo 'name=MySQL Tools Community'; " +
        "\t\techo 'baseurl=https://repo.mysql.com/yum/mysql-tools-8.4-community/el/9/$basearch/'; \t\techo " +
        "'enabled=1'; \t\techo 'gpgcheck=1'; \t\techo 'gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-mysql'; " +
        "\t\techo 'module_hotfixes=true'; \t} | tee /etc/yum.repos.d/mysql-community-tools.repo # buildkit",
      syntheticLayer('mysql-8.4-tools-repo', 321, 226),
    ),
    step('ENV MYSQL_SHELL_VERSION=8.4.5-1.el9'),
    step(
      'RUN /bin/sh -c set -eux; \tmicrodnf install -y "mysql-shell-$MYSQL_SHELL_VERSION"; \tmicrodnf clean all;' +
        ' \t\tmysqlsh --version # buildkit',
      syntheticLayer('mysql-8.4-shell', 132_432_030, 250_500_000),
    ),
    step('VOLUME [/var/lib/mysql]'),
    step('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', syntheticLayer('mysql-8.4-entrypoint', 5_224, 16_200)),
    step('ENTRYPOINT ["docker-entrypoint.sh"]'),
    step('EXPOSE map[3306/tcp:{} 33060/tcp:{}]'),
    step('CMD ["mysqld"]'),
  ],
};

/** mongo:latest (8.0 on ubuntu noble): data in /data/db, config servers in /data/configdb. */
export const MONGO: ImageSpec = {
  repository: 'library/mongo',
  tags: ['latest', '8', '8.0', '8.0.12', 'noble'],
  createdAgoSeconds: 21 * DAY,
  config: {
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['mongod'],
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'GOSU_VERSION=1.17',
      'JSYAML_VERSION=3.13.1',
      'JSYAML_CHECKSUM=662e32319bdd378e91f67578e56a34954b0a2e33aca11d70ab9f4826af24b941',
      'MONGO_PACKAGE=mongodb-org',
      'MONGO_REPO=repo.mongodb.org',
      'MONGO_MAJOR=8.0',
      'MONGO_VERSION=8.0.12',
      'HOME=/data/db',
      'GLIBC_TUNABLES=glibc.pthread.rseq=0',
    ],
    ExposedPorts: { '27017/tcp': {} },
    Volumes: { '/data/db': {}, '/data/configdb': {} },
  },
  steps: [
    ...UBUNTU_STEPS,
    step(
      'RUN /bin/sh -c set -eux; \tgroupadd --gid 999 --system mongodb; \tuseradd --uid 999 --system --gid ' +
        'mongodb --home-dir /data/db mongodb; \tmkdir -p /data/db /data/configdb; \tchown -R mongodb:mongodb /' +
        'data/db /data/configdb # buildkit',
      syntheticLayer('mongo-8.0-user', 1_215, 3_420),
    ),
    step(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
        '\t\tca-certificates \t\tjq \t\tnumactl \t\tprocps \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      syntheticLayer('mongo-8.0-deps', 3_876_619, 10_200_000),
    ),
    step(GOSU),
    step('ENV JSYAML_VERSION=3.13.1'),
    step('ENV JSYAML_CHECKSUM=662e32319bdd378e91f67578e56a34954b0a2e33aca11d70ab9f4826af24b941'),
    step(GOSU_INSTALL, syntheticLayer('mongo-8.0-gosu-jsyaml', 934_262, 2_890_000)),
    step('RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit', syntheticLayer('mongo-8.0-initdb-dir', 116, 0)),
    step('ENV MONGO_PACKAGE=mongodb-org MONGO_REPO=repo.mongodb.org'),
    step('ENV MONGO_MAJOR=8.0'),
    step(
      'RUN |2 MONGO_PACKAGE=mongodb-org MONGO_REPO=repo.mongodb.org /bin/sh -c echo "deb [ signed-by=/etc/apt/' +
        'keyrings/mongodb.asc ] http://$MONGO_REPO/apt/ubuntu noble/$MONGO_PACKAGE/$MONGO_MAJOR multiverse" | ' +
        'tee "/etc/apt/sources.list.d/$MONGO_PACKAGE.list" # buildkit',
      syntheticLayer('mongo-8.0-apt-source', 264, 139),
    ),
    step('ENV MONGO_VERSION=8.0.12'),
    step(
      'RUN |2 MONGO_PACKAGE=mongodb-org MONGO_REPO=repo.mongodb.org /bin/sh -c set -x \t&& export ' +
        'DEBIAN_FRONTEND=noninteractive \t&& apt-get update \t&& apt-get install -y ' +
        '\t\t${MONGO_PACKAGE}=$MONGO_VERSION \t\t${MONGO_PACKAGE}-server=$MONGO_VERSION ' +
        '\t\t${MONGO_PACKAGE}-shell=$MONGO_VERSION \t\t${MONGO_PACKAGE}-mongos=$MONGO_VERSION ' +
        '\t\t${MONGO_PACKAGE}-tools=$MONGO_VERSION \t&& rm -rf /var/lib/apt/lists/* \t&& rm -rf /var/lib/mongodb ' +
        '\t&& mv /etc/mongod.conf /etc/mongod.conf.orig # buildkit',
      syntheticLayer('mongo-8.0-server', 280_574_231, 777_000_000),
    ),
    step('VOLUME [/data/db /data/configdb]'),
    step('ENV HOME=/data/db'),
    step('ENV GLIBC_TUNABLES=glibc.pthread.rseq=0'),
    step('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', syntheticLayer('mongo-8.0-entrypoint', 5_003, 15_700)),
    step('ENTRYPOINT ["docker-entrypoint.sh"]'),
    step('EXPOSE map[27017/tcp:{}]'),
    step('CMD ["mongod"]'),
  ],
};

/** The database images of this file. */
export const DATABASE_IMAGES: ImageSpec[] = [POSTGRES, MYSQL, MONGO];
