import { describe, expect, it } from 'vitest';
import { createRegistries } from '../../src/model/registry/registries';
import { serveRegistry } from '../../src/model/registry/registry-api';
import type { RegistryRequest } from '../../src/model/registry/registry-api';
import { buildRegistry } from '../../src/model/registry/build-registry';
import { HELLO_WORLD } from '../../src/model/registry/catalog-hub-os';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const registries = createRegistries(NOW);
const HUB = 'registry-1.docker.io';
const ALPINE_INDEX = 'sha256:a7d33f75178a2d554dfc5f09609a551f43b39a89bb2c4352fa338c55aa0b9e7a';
const ALPINE_CONFIG = 'sha256:e7c8ca00dae597cf851f8ba899a195862554fa0e79434463615300f0da1deae9';
const REDIS_LAYER = 'sha256:1682ef0304be5d756dedfaa85972d96f826123e2b42c3703d0256ce3928a8120';

const get = (host: string, path: string, method = 'GET') =>
  serveRegistry(registries, { method, host, path } as RegistryRequest);

describe('GET /v2/', () => {
  it('answers 200 {} with the API version header, on the API host and on the reference domain', () => {
    for (const host of [HUB, 'docker.io', 'gcr.io']) {
      const r = get(host, '/v2/');
      expect({ status: r.status, body: r.body, version: r.headers['Docker-Distribution-Api-Version'] }).toEqual({
        status: 200,
        body: '{}',
        version: 'registry/2.0',
      });
    }
  });

  it('an unknown host gives no HTTP answer, only a network error', () => {
    expect(get('nosuch.example.com', '/v2/')).toEqual({
      status: 0,
      headers: {},
      body: '',
      networkError:
        'Get "https://nosuch.example.com/v2/": dial tcp: lookup nosuch.example.com on 127.0.0.53:53: no such host',
    });
  });
});

describe('manifests', () => {
  it('a tag returns the OCI index with its digest, media type and length', () => {
    const r = get(HUB, '/v2/library/alpine/manifests/latest');
    expect(r.status).toBe(200);
    expect(r.headers['Docker-Content-Digest']).toBe(ALPINE_INDEX);
    expect(r.headers['Content-Type']).toBe('application/vnd.oci.image.index.v1+json');
    expect(Number(r.headers['Content-Length'])).toBe(new TextEncoder().encode(r.body).length);
    const index = JSON.parse(r.body);
    expect(index).toMatchObject({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json' });
    expect(index.manifests.map((m: { platform: unknown }) => m.platform)).toEqual([
      { architecture: 'amd64', os: 'linux' },
    ]);
  });

  it('the index entry leads to an image manifest with the config and layers', () => {
    const index = JSON.parse(get(HUB, '/v2/library/alpine/manifests/latest').body);
    const entry = index.manifests[0];
    const r = get(HUB, `/v2/library/alpine/manifests/${entry.digest}`);
    expect(r.headers['Content-Type']).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(new TextEncoder().encode(r.body).length).toBe(entry.size);
    const manifest = JSON.parse(r.body);
    expect(manifest.config).toMatchObject({
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: ALPINE_CONFIG,
    });
    expect(manifest.layers).toEqual([
      {
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: 'sha256:81e66d712b90241119eb77fbcf2963848879ed62584e6a2be9ae9f2c7408a7cc',
        size: 3_799_000,
      },
    ]);
  });

  it('by digest gives the same document as by tag', () => {
    expect(get(HUB, `/v2/library/alpine/manifests/${ALPINE_INDEX}`).body).toBe(
      get(HUB, '/v2/library/alpine/manifests/latest').body,
    );
  });

  it('HEAD has the headers of GET and no body', () => {
    const head = get(HUB, '/v2/library/alpine/manifests/latest', 'HEAD');
    const full = get(HUB, '/v2/library/alpine/manifests/latest');
    expect(head.headers).toEqual(full.headers);
    expect(head.body).toBe('');
  });

  it('an unknown tag of a known repository is 404 MANIFEST_UNKNOWN', () => {
    const r = get(HUB, '/v2/library/alpine/manifests/3.99');
    expect(r.status).toBe(404);
    expect(r.body).toBe(
      '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{"Tag":"3.99"}}]}',
    );
  });

  it('a digest from another repository is not in this one', () => {
    const redisIndex = registries['docker.io'].repositories['library/redis'].tags.latest;
    expect(JSON.parse(get(HUB, `/v2/library/alpine/manifests/${redisIndex}`).body).errors[0]).toEqual({
      code: 'MANIFEST_UNKNOWN',
      message: 'manifest unknown',
      detail: { Name: 'library/alpine', Revision: redisIndex },
    });
  });
});

describe("Docker Hub's answer for a repository that does not exist", () => {
  it('is 401 UNAUTHORIZED with an insufficient_scope challenge, never 404', () => {
    const r = get(HUB, '/v2/library/nosuchrepo/manifests/latest');
    expect(r.status).toBe(401);
    expect(r.headers['WWW-Authenticate']).toBe(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/' +
        'nosuchrepo:pull",error="insufficient_scope"',
    );
    expect(JSON.parse(r.body)).toEqual({
      errors: [
        {
          code: 'UNAUTHORIZED',
          message: 'authentication required',
          detail: [{ Type: 'repository', Class: '', Name: 'library/nosuchrepo', Action: 'pull' }],
        },
      ],
    });
  });

  it('is the same for its tag list', () => {
    expect(get(HUB, '/v2/someone/private/tags/list').status).toBe(401);
  });
});

describe('other registries answer in their own words', () => {
  it('ECR: NAME_UNKNOWN naming the account, and "Requested image not found" for a tag', () => {
    const host = '123456789012.dkr.ecr.ap-southeast-3.amazonaws.com';
    expect(JSON.parse(get(host, '/v2/nope/manifests/latest').body).errors[0]).toEqual({
      code: 'NAME_UNKNOWN',
      message: "The repository with name 'nope' does not exist in the registry with id '123456789012'",
    });
    expect(JSON.parse(get(host, '/v2/pelabuhan/orders/manifests/9').body).errors[0]).toEqual({
      code: 'MANIFEST_UNKNOWN',
      message: 'Requested image not found',
    });
  });

  it('GCR: MANIFEST_UNKNOWN quoting the request', () => {
    expect(JSON.parse(get('gcr.io', '/v2/p/x/manifests/1').body).errors[0]).toEqual({
      code: 'MANIFEST_UNKNOWN',
      message: 'Failed to fetch "1" from request "/v2/p/x/manifests/1".',
    });
  });

  it('a CNCF distribution registry (registry:2): 404 NAME_UNKNOWN', () => {
    const local = {
      'localhost:5000': buildRegistry(
        { host: 'localhost:5000', apiHost: 'localhost:5000', flavor: 'distribution' },
        [HELLO_WORLD],
        NOW,
      ),
    };
    const r = serveRegistry(local, { method: 'GET', host: 'localhost:5000', path: '/v2/nope/manifests/latest' });
    expect(r.status).toBe(404);
    expect(r.body).toBe(
      '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"nope"}}]}',
    );
  });
});

describe('blobs', () => {
  it('the config blob is the image config JSON, its digest the image ID', () => {
    const r = get(HUB, `/v2/library/alpine/blobs/${ALPINE_CONFIG}`);
    expect(r.status).toBe(200);
    expect(r.headers['Docker-Content-Digest']).toBe(ALPINE_CONFIG);
    expect(JSON.parse(r.body)).toMatchObject({ architecture: 'amd64', os: 'linux', config: { Cmd: ['/bin/sh'] } });
  });

  it('a layer blob reports its compressed size as Content-Length', () => {
    const r = get(
      HUB,
      '/v2/library/alpine/blobs/sha256:81e66d712b90241119eb77fbcf2963848879ed62584e6a2be9ae9f2c7408a7cc',
      'HEAD',
    );
    expect(r.headers['Content-Length']).toBe('3799000');
  });

  it('a blob of another repository is 404 BLOB_UNKNOWN', () => {
    const r = get(HUB, `/v2/library/alpine/blobs/${REDIS_LAYER}`);
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body).errors[0]).toEqual({
      code: 'BLOB_UNKNOWN',
      message: 'blob unknown to registry',
      detail: REDIS_LAYER,
    });
  });
});

describe('tags and catalog', () => {
  it('tags/list names the repository and sorts its tags', () => {
    expect(JSON.parse(get(HUB, '/v2/library/alpine/tags/list').body)).toEqual({
      name: 'library/alpine',
      tags: ['3', '3.19', '3.19.4', '3.19.5', '3.20', '3.20.6', '3.22', 'latest'],
    });
  });

  it('_catalog is refused by Docker Hub and listed by DigitalOcean', () => {
    expect(get(HUB, '/v2/_catalog').status).toBe(401);
    expect(JSON.parse(get('registry.digitalocean.com', '/v2/_catalog').body)).toEqual({
      repositories: ['pelabuhan/api', 'pelabuhan/webapp'],
    });
  });
});

describe('requests outside the pull API', () => {
  it('a push is unsupported', () => {
    const r = get(HUB, '/v2/library/alpine/manifests/latest', 'PUT');
    expect(r.status).toBe(405);
    expect(JSON.parse(r.body).errors[0].code).toBe('UNSUPPORTED');
  });

  it('a path that is not a v2 route is a plain 404', () => {
    for (const path of ['/v1/search', '/v2/Library/alpine/manifests/latest', '/v2/library/alpine/blobs/latest']) {
      expect(get(HUB, path)).toMatchObject({ status: 404, body: '404 page not found\n' });
    }
  });
});
