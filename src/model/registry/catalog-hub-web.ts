/**
 * httpd (Apache) on Docker Hub, built on the same debian:bookworm-slim layer as nginx and redis.
 * Layer structure and compressed sizes follow docker-library/repo-info; uncompressed sizes are
 * estimates that add up to what `docker images` shows (about 148MB).
 */
import { sha256Hex } from '../kernel/digest';
import { DEBIAN_SLIM_STEPS } from './catalog-hub-bases';
import { step, syntheticLayer } from './image-spec';
import type { ImageSpec } from './image-spec';

// A synthetic checksum (like every digest here); the real one is in the httpd Dockerfile.
const HTTPD_SHA256 = sha256Hex('pelabuhan:httpd-2.4.65.tar.bz2');

/** httpd:latest (2.4 on bookworm): Apache in the foreground, stopped gracefully with SIGWINCH. */
export const HTTPD: ImageSpec = {
  repository: 'library/httpd',
  tags: ['latest', '2', '2.4', '2.4.65', 'bookworm'],
  createdAgoSeconds: 16 * 86_400,
  config: {
    Env: [
      'PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'HTTPD_PREFIX=/usr/local/apache2',
      'HTTPD_VERSION=2.4.65',
      `HTTPD_SHA256=${HTTPD_SHA256}`,
      'HTTPD_PATCHES=',
    ],
    Cmd: ['httpd-foreground'],
    WorkingDir: '/usr/local/apache2',
    ExposedPorts: { '80/tcp': {} },
    StopSignal: 'SIGWINCH',
  },
  steps: [
    ...DEBIAN_SLIM_STEPS,
    step('ENV HTTPD_PREFIX=/usr/local/apache2'),
    step('ENV PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'),
    step(
      'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX" # buildkit',
      syntheticLayer('httpd-2.4-prefix', 145, 0),
    ),
    step('WORKDIR /usr/local/apache2', syntheticLayer('httpd-2.4-workdir', 32, 0)),
    step(
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
        '\t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      syntheticLayer('httpd-2.4-runtime-deps', 2_008_639, 4_870_000),
    ),
    step('ENV HTTPD_VERSION=2.4.65'),
    step(`ENV HTTPD_SHA256=${HTTPD_SHA256}`),
    step('ENV HTTPD_PATCHES='),
    step(
      'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install ' +
        '-y --no-install-recommends \t\tbzip2 \t\tdpkg-dev \t\tgcc \t\tgnupg \t\tlibapr1-dev \t\tlibaprutil1-dev ' +
        '\t\tlibbrotli-dev \t\tlibcurl4-openssl-dev \t\tlibjansson-dev \t\tliblua5.2-dev \t\tlibnghttp2-dev ' +
        '\t\tlibpcre2-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tmake \t\twget \t\tzlib1g-dev \t; \t\tddist ' +
        '\'httpd.tar.bz2\' "httpd/httpd-$HTTPD_VERSION.tar.bz2"; \techo "$HTTPD_SHA256 *httpd.tar.bz2" | ' +
        'sha256sum -c -; \t\tmkdir -p src; \ttar -xf httpd.tar.bz2 -C src --strip-components=1; \trm ' +
        'httpd.tar.bz2; \tcd src; \t./configure \t\t--build="$gnuArch" \t\t--prefix="$HTTPD_PREFIX" ' +
        '\t\t--enable-mods-shared=reallyall \t\t--enable-mpms-shared=all \t\t--enable-pie \t; \tmake -j ' +
        '"$(nproc)"; \tmake install; \t\tcd ..; \trm -r src man manual; \t\tapt-get purge -y --auto-remove -o ' +
        'APT::AutoRemove::RecommendsImportant=false; \trm -rf /var/lib/apt/lists/*; \t\thttpd -v # buildkit',
      syntheticLayer('httpd-2.4-build', 13_453_247, 68_330_000),
    ),
    step('STOPSIGNAL SIGWINCH'),
    step('COPY httpd-foreground /usr/local/bin/ # buildkit', syntheticLayer('httpd-2.4-foreground', 292, 138)),
    step('EXPOSE map[80/tcp:{}]'),
    step('CMD ["httpd-foreground"]'),
  ],
};

/** The web server images of this file. */
export const WEB_IMAGES: ImageSpec[] = [HTTPD];
