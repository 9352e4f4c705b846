import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Digest } from '../../src/model/kernel/digest';
import { createRegistries } from '../../src/model/registry/registries';
import type { Registries } from '../../src/model/registry/registry-state';
import { resolveImage } from '../../src/model/registry/resolve-image';
import type { ResolvedImage } from '../../src/model/registry/resolve-image';
import { parseNormalizedNamed, withDefaultTag } from '../../src/model/registry/reference';
import { formatRfc3339Seconds } from '../../src/model/kernel/clock';

interface CatalogLayer {
  name: string;
  blob: string;
  diffID: string;
  csize: number;
  usize: number;
  chainID: string;
}
interface CatalogImage {
  id: string;
  digest: string;
  size: number;
  config: object;
  layers: CatalogLayer[];
  createdAgoSeconds: number;
}
const catalog = JSON.parse(readFileSync(new URL('../../docs/reference/catalog.json', import.meta.url), 'utf8')) as {
  images: Record<string, CatalogImage>;
};

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const registries = createRegistries(NOW);

function pull(text: string, regs: Registries = registries): ResolvedImage {
  const parsed = parseNormalizedNamed(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = resolveImage(regs, withDefaultTag(parsed.ref));
  if (!r.ok) throw new Error(r.message);
  return r.image;
}

const DEBIAN_SLIM_BLOB = 'sha256:d3ce05dfd4ee58e1c3c694fe1d122b6788078fd5258d154b3aa2b3d4952e0b16';
const DEBIAN_SLIM_CHAIN = 'sha256:a5b4bb848029f4b2d33b4a3937a52dd2bb8f8926fd4ee883ab09754af9076bdd';
const ALPINE_BLOB = 'sha256:81e66d712b90241119eb77fbcf2963848879ed62584e6a2be9ae9f2c7408a7cc';
const UBUNTU_BLOB = 'sha256:4f85dc99fc26de2bec0972d2ff13e12e5449d779f974165dd71e91462d3cb814';

describe('Docker Hub holds catalog.json exactly', () => {
  it.each(Object.entries(catalog.images))('%s resolves to exactly its catalog IDs and sizes', (key, expected) => {
    const image = pull(key);
    expect(image.imageId).toBe(expected.id);
    expect(image.indexDigest).toBe(expected.digest);
    // catalog.json abbreviates the configs; the Hub images add the Env, Labels and WorkingDir their
    // Dockerfiles' ENV, LABEL and WORKDIR steps leave (issue 11, inspect as taught).
    expect(image.config.config).toMatchObject(expected.config);
    expect(image.config.created).toBe(formatRfc3339Seconds(NOW - expected.createdAgoSeconds * 1000));
    expect(image.layers).toEqual(
      expected.layers.map((l) => ({
        blobDigest: l.blob,
        diffID: l.diffID,
        chainID: l.chainID,
        csize: l.csize,
        usize: l.usize,
      })),
    );
    expect(image.config.rootfs.diff_ids).toEqual(expected.layers.map((l) => l.diffID));
    expect(image.layers.reduce((sum, l) => sum + l.usize, 0)).toBe(expected.size);
  });

  it('every catalog.json image resolves to exactly its catalog IDs and sizes (none is missing)', () => {
    const hub = registries['docker.io'];
    for (const key of Object.keys(catalog.images)) {
      const [path, tag] = key.split(':');
      expect(hub.repositories[path].tags[tag]).toBe(catalog.images[key].digest);
    }
  });
});

describe('layer sharing', () => {
  it('nginx:alpine shares the alpine base layer', () => {
    const alpine = pull('alpine');
    const nginxAlpine = pull('nginx:alpine');
    expect(nginxAlpine.layers[0]).toEqual(alpine.layers[0]);
    expect(nginxAlpine.layers[0].blobDigest).toBe(ALPINE_BLOB);
  });

  it('debian-based images share the debian base layer', () => {
    for (const name of ['nginx', 'redis', 'httpd', 'postgres', 'node:slim', 'python:slim', 'debian:bookworm-slim']) {
      const first = pull(name).layers[0];
      expect({ name, blob: first.blobDigest, chain: first.chainID }).toEqual({
        name,
        blob: DEBIAN_SLIM_BLOB,
        chain: DEBIAN_SLIM_CHAIN,
      });
    }
  });

  it('alpine-based images share the alpine base layer', () => {
    for (const name of [
      'node:alpine',
      'python:alpine',
      'registry.digitalocean.com/pelabuhan/webapp:1.0',
      'gcr.io/google-samples/hello-app:1.0',
    ]) {
      expect({ name, blob: pull(name).layers[0].blobDigest }).toEqual({ name, blob: ALPINE_BLOB });
    }
  });

  it('mongo is built on the same ubuntu layer as ubuntu:latest', () => {
    expect(pull('mongo').layers[0].blobDigest).toBe(UBUNTU_BLOB);
  });

  it('the full node and python images share debian:latest and the three buildpack-deps layers', () => {
    const node = pull('node').layers;
    const python = pull('python').layers;
    expect(python.slice(0, 4)).toEqual(node.slice(0, 4));
    expect(node[4].blobDigest).not.toBe(python[4].blobDigest);
    expect(node[0]).toEqual(pull('debian').layers[0]);
    expect(node[0].blobDigest).not.toBe(DEBIAN_SLIM_BLOB);
  });

  it('cloud app images reuse every layer of the official image they are built on', () => {
    const nginxAlpine = pull('nginx:alpine').layers;
    const webapp = pull('registry.digitalocean.com/pelabuhan/webapp:1.0').layers;
    expect(webapp.slice(0, nginxAlpine.length)).toEqual(nginxAlpine);
    expect(webapp.length).toBe(nginxAlpine.length + 2);
    const pythonSlim = pull('python:slim').layers;
    expect(pull('123456789012.dkr.ecr.ap-southeast-3.amazonaws.com/pelabuhan/orders:1.4.2').layers.slice(0, 4)).toEqual(
      pythonSlim,
    );
    expect(pull('pelabuhan.azurecr.io/webapp:2.0').layers.slice(0, 7)).toEqual(pull('nginx').layers);
    expect(pull('ghcr.io/pelabuhan/docs').layers.slice(0, 6)).toEqual(pull('httpd').layers);
  });

  it('alpine:3.20 is a different release, so it shares nothing with alpine:latest', () => {
    expect(pull('alpine:3.20').layers[0].blobDigest).not.toBe(ALPINE_BLOB);
  });
});

describe('chain IDs', () => {
  it('a new layer on the debian base continues the chain from the catalog chain ID', () => {
    const httpd = pull('httpd').layers;
    expect(httpd[1].chainID).toBe(sha256Digest(`${DEBIAN_SLIM_CHAIN} ${httpd[1].diffID}`));
    expect(httpd[2].chainID).toBe(sha256Digest(`${httpd[1].chainID} ${httpd[2].diffID}`));
  });

  it('an image with no catalog layers starts its chain at its first diffID', () => {
    const [layer] = pull('hello-world').layers;
    expect(layer.chainID).toBe(layer.diffID);
  });
});

describe('every tag in every registry', () => {
  const all = Object.values(registries).flatMap((registry) =>
    Object.entries(registry.repositories).flatMap(([path, repo]) =>
      Object.keys(repo.tags).map((tag) => `${registry.host === 'docker.io' ? '' : `${registry.host}/`}${path}:${tag}`),
    ),
  );

  it('resolves, with one history line per layer and a config that names the right diffIDs', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const text of all) {
      const image = pull(text);
      const layerSteps = image.config.history.filter((h) => !h.empty_layer);
      expect({ text, steps: layerSteps.length }).toEqual({ text, steps: image.layers.length });
      expect(image.config.rootfs.diff_ids).toEqual(image.layers.map((l) => l.diffID));
      expect(image.config).toMatchObject({ architecture: 'amd64', os: 'linux' });
      expect(image.config.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
  });

  it('has the sizes `docker images` would show (uncompressed MB, and layer count)', () => {
    const size = (text: string) => {
      const image = pull(text);
      return `${(image.layers.reduce((s, l) => s + l.usize, 0) / 1e6).toFixed(1)}MB/${image.layers.length}`;
    };
    const hub = [
      'alpine',
      'alpine:3.20',
      'busybox',
      'debian',
      'debian:bookworm-slim',
      'hello-world',
      'httpd',
      'mongo',
      'mysql',
      'nginx',
      'nginx:alpine',
      'node',
      'node:alpine',
      'node:slim',
      'postgres',
      'python',
      'python:alpine',
      'python:slim',
      'redis',
      'registry:2',
      'ubuntu',
    ];
    expect(Object.fromEntries(hub.map((n) => [n, size(n)]))).toEqual({
      alpine: '8.3MB/1',
      'alpine:3.20': '7.8MB/1',
      busybox: '4.4MB/1',
      debian: '116.5MB/1',
      'debian:bookworm-slim': '74.8MB/1',
      'hello-world': '0.0MB/1',
      httpd: '148.0MB/6',
      mongo: '868.2MB/8',
      mysql: '602.6MB/10',
      nginx: '191.8MB/7',
      'nginx:alpine': '52.1MB/8',
      node: '1133.1MB/8',
      'node:alpine': '160.6MB/4',
      'node:slim': '226.5MB/5',
      postgres: '438.0MB/14',
      python: '1030.6MB/7',
      'python:alpine': '46.3MB/4',
      'python:slim': '125.4MB/4',
      redis: '127.3MB/7',
      'registry:2': '24.8MB/5',
      ubuntu: '78.1MB/1',
    });
  });

  it('alias tags point at the same image (alpine:3.22 is alpine:latest)', () => {
    expect(pull('alpine:3.22').imageId).toBe(pull('alpine:latest').imageId);
  });
});

describe('registry state', () => {
  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(registries))).toEqual(registries);
  });

  it('is deterministic, and the start time changes only the build timestamps', () => {
    expect(createRegistries(NOW)).toEqual(registries);
    const later = createRegistries(NOW + 86_400_000);
    expect(pull('postgres', later).imageId).toBe(pull('postgres').imageId);
    expect(pull('postgres', later).config.created).toBe(formatRfc3339Seconds(NOW + 86_400_000 - 9 * 86_400_000));
    expect(Object.keys(later['docker.io'].blobs)).toEqual(Object.keys(registries['docker.io'].blobs));
  });

  it('has the course registries under their real host-name forms', () => {
    expect(Object.keys(registries).sort()).toEqual([
      '123456789012.dkr.ecr.ap-southeast-3.amazonaws.com',
      'docker.io',
      'gcr.io',
      'ghcr.io',
      'pelabuhan.azurecr.io',
      'registry.digitalocean.com',
    ]);
    expect(registries['docker.io'].apiHost).toBe('registry-1.docker.io');
  });
});
