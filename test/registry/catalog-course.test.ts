import { describe, expect, it } from 'vitest';
import { createRegistries } from '../../src/model/registry/registries';
import { resolveImage } from '../../src/model/registry/resolve-image';
import type { ResolvedImage } from '../../src/model/registry/resolve-image';
import { parseNormalizedNamed, withDefaultTag } from '../../src/model/registry/reference';
import { humanSizeWithPrecision } from '../../src/model/kernel/go-units';

const registries = createRegistries(Date.UTC(2026, 10, 28, 12, 0, 0));

function pull(text: string): ResolvedImage {
  const parsed = parseNormalizedNamed(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = resolveImage(registries, withDefaultTag(parsed.ref));
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.image;
}

const blobs = (text: string) => pull(text).layers.map((l) => l.blobDigest);
const env = (text: string, name: string) =>
  pull(text)
    .config.config.Env?.find((e) => e.startsWith(`${name}=`))
    ?.slice(name.length + 1);

describe('the images the course uses', () => {
  it('pull, with the sizes and layer counts `docker images` shows', () => {
    const images = [
      'alpine:3.19',
      'alpine:3.19.4',
      'ubuntu:22.04',
      'redis:7',
      'redis:alpine',
      'postgres:16',
      'mysql:8.0',
      'node:20',
      'node:20-alpine3.19',
      'mongo:7',
      'mariadb',
      'php:8.2-apache',
      'wordpress',
      'phpmyadmin',
      'mongo-express',
    ];
    const size = (text: string) => {
      const image = pull(text);
      return `${humanSizeWithPrecision(
        image.layers.reduce((s, l) => s + l.usize, 0),
        3,
      )}/${image.layers.length}`;
    };
    expect(Object.fromEntries(images.map((n) => [n, size(n)]))).toEqual({
      'alpine:3.19': '7.37MB/1',
      'alpine:3.19.4': '7.38MB/1',
      'ubuntu:22.04': '77.9MB/1',
      'redis:7': '117MB/7',
      'redis:alpine': '62.1MB/7',
      'postgres:16': '428MB/14',
      'mysql:8.0': '771MB/10',
      'node:20': '1.12GB/8',
      'node:20-alpine3.19': '148MB/4',
      'mongo:7': '759MB/8',
      mariadb: '322MB/8',
      'php:8.2-apache': '493MB/13',
      wordpress: '706MB/21',
      phpmyadmin: '593MB/18',
      'mongo-express': '186MB/8',
    });
  });

  it('tags a tutorial types resolve to the same image as their long forms', () => {
    const same = [
      ['redis:7', 'redis:7.4.5-bookworm'],
      ['redis:alpine', 'redis:8.0.3-alpine3.22'],
      ['postgres:16', 'postgres:16.9-bookworm'],
      ['mysql:8.0', 'mysql:8.0.43'],
      ['mongo:7', 'mongo:7.0.20-jammy'],
      ['node:20', 'node:20.19.4-bookworm'],
      ['ubuntu:22.04', 'ubuntu:jammy'],
      ['mariadb', 'mariadb:11.8.2'],
      ['wordpress', 'wordpress:6.8.2-php8.2-apache'],
      ['phpmyadmin', 'phpmyadmin:5.2.2'],
      ['mongo-express', 'mongo-express:1.0.2-20-alpine3.19'],
    ];
    for (const [short, long] of same)
      expect({ short, id: pull(long).imageId }).toEqual({ short, id: pull(short).imageId });
  });

  it('wordpress and phpmyadmin are built FROM php:8.2-apache: all its layers, then their own', () => {
    const php = blobs('php:8.2-apache');
    expect(blobs('wordpress').slice(0, php.length)).toEqual(php);
    expect(blobs('phpmyadmin').slice(0, php.length)).toEqual(php);
    expect(blobs('wordpress')[php.length]).not.toBe(blobs('phpmyadmin')[php.length]);
  });

  it('php, wordpress, phpmyadmin, redis:7 and postgres:16 start with nginx debian:bookworm-slim layer', () => {
    const debian = blobs('nginx')[0];
    for (const name of ['php:8.2-apache', 'wordpress', 'phpmyadmin', 'redis:7', 'postgres:16'])
      expect({ name, base: blobs(name)[0] }).toEqual({ name, base: debian });
  });

  it('mongo-express starts with the four layers of the node:20-alpine3.19 it was built from', () => {
    const node = blobs('node:20-alpine3.19');
    expect(node).toHaveLength(4);
    expect(blobs('mongo-express').slice(0, 4)).toEqual(node);
    expect(node[0]).toBe(blobs('alpine:3.19.4')[0]);
  });

  it('alpine:3.19 is a later 3.19 patch build, so its layer is not the one mongo-express has', () => {
    expect(blobs('alpine:3.19')[0]).not.toBe(blobs('alpine:3.19.4')[0]);
    expect(blobs('alpine:3.19')[0]).not.toBe(blobs('alpine')[0]);
  });

  it('redis:alpine starts with the alpine:latest (3.22) layer', () => {
    expect(blobs('redis:alpine')[0]).toBe(blobs('alpine')[0]);
  });

  it(
    'mariadb shares the ubuntu:24.04 layer with ubuntu:latest and mongo; mongo:7 the 22.04 layer with ' +
      'ubuntu:22.04',
    () => {
      expect(blobs('mariadb')[0]).toBe(blobs('ubuntu')[0]);
      expect(blobs('mongo')[0]).toBe(blobs('ubuntu')[0]);
      expect(blobs('mongo:7')[0]).toBe(blobs('ubuntu:22.04')[0]);
      expect(blobs('mongo:7')[0]).not.toBe(blobs('ubuntu')[0]);
    },
  );

  it('node:20 shares debian:bookworm and the three buildpack-deps layers with node:22, then differs', () => {
    expect(blobs('node:20').slice(0, 4)).toEqual(blobs('node').slice(0, 4));
    expect(blobs('node:20')[4]).not.toBe(blobs('node')[4]);
  });

  it('mysql:8.0 shares only the Oracle Linux 9 slim layer with mysql:8.4', () => {
    const [base, ...own] = blobs('mysql:8.0');
    expect(base).toBe(blobs('mysql:8.4')[0]);
    for (const blob of own) expect(blobs('mysql:8.4')).not.toContain(blob);
  });

  it('every tag carries its own version in Env', () => {
    expect({
      redis7: env('redis:7', 'REDIS_DOWNLOAD_URL'),
      redisAlpine: env('redis:alpine', 'REDIS_DOWNLOAD_URL'),
      postgres16: env('postgres:16', 'PG_VERSION'),
      postgres16Major: env('postgres:16', 'PG_MAJOR'),
      mysql80: env('mysql:8.0', 'MYSQL_VERSION'),
      mongo7: env('mongo:7', 'MONGO_VERSION'),
      node20: env('node:20', 'NODE_VERSION'),
      mariadb: env('mariadb', 'MARIADB_VERSION'),
      php: env('php:8.2-apache', 'PHP_VERSION'),
      wordpressPhp: env('wordpress', 'PHP_VERSION'),
      mongoExpressNode: env('mongo-express', 'NODE_VERSION'),
    }).toEqual({
      redis7: 'https://github.com/redis/redis/archive/refs/tags/7.4.5.tar.gz',
      redisAlpine: 'https://github.com/redis/redis/archive/refs/tags/8.0.3.tar.gz',
      postgres16: '16.9-1.pgdg120+1',
      postgres16Major: '16',
      mysql80: '8.0.43-1.el9',
      mongo7: '7.0.20',
      node20: '20.19.4',
      mariadb: '1:11.8.2+maria~ubu2404',
      php: '8.2.29',
      wordpressPhp: '8.2.29',
      mongoExpressNode: '20.18.1',
    });
  });

  it('mongo-express runs its entrypoint under tini and defaults to the server named mongo', () => {
    const config = pull('mongo-express').config.config;
    expect(config.Entrypoint).toEqual(['/sbin/tini', '--', '/docker-entrypoint.sh']);
    expect(config.Cmd).toEqual(['mongo-express']);
    expect(config.ExposedPorts).toEqual({ '8081/tcp': {} });
    expect(env('mongo-express', 'ME_CONFIG_MONGODB_URL')).toBe('mongodb://mongo:27017');
  });
});
