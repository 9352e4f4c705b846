import { describe, expect, it } from 'vitest';
import { createRegistries } from '../../src/model/registry/registries';
import { listRepositoryTags, resolveImage } from '../../src/model/registry/resolve-image';
import type { ResolveResult } from '../../src/model/registry/resolve-image';
import { parseNormalizedNamed, withDefaultTag } from '../../src/model/registry/reference';

const registries = createRegistries(Date.UTC(2026, 10, 28, 12, 0, 0));
const ALPINE_INDEX = 'sha256:a7d33f75178a2d554dfc5f09609a551f43b39a89bb2c4352fa338c55aa0b9e7a';
const ALPINE_ID = 'sha256:e7c8ca00dae597cf851f8ba899a195862554fa0e79434463615300f0da1deae9';

const ref = (text: string) => {
  const r = parseNormalizedNamed(text);
  if (!r.ok) throw new Error(r.error);
  return withDefaultTag(r.ref);
};
const resolve = (text: string): ResolveResult => resolveImage(registries, ref(text));
const failure = (r: ResolveResult) => (r.ok ? 'ok' : { kind: r.kind, message: r.message });

describe('pull errors carry the daemon messages', () => {
  it('an unknown Docker Hub repository is "pull access denied", named in familiar form', () => {
    expect(failure(resolve('nosuchrepo'))).toEqual({
      kind: 'denied',
      message:
        "pull access denied for nosuchrepo, repository does not exist or may require 'docker login': denied: " +
        'requested access to the resource is denied',
    });
    expect(failure(resolve('bitnami/nosuch:1'))).toMatchObject({
      message: expect.stringMatching(/^pull access denied for bitnami\/nosuch, /),
    });
  });

  it('an unknown tag is "manifest … not found", with the familiar reference', () => {
    expect(failure(resolve('alpine:3.99'))).toEqual({
      kind: 'manifestUnknown',
      message: 'manifest for alpine:3.99 not found: manifest unknown: manifest unknown',
    });
  });

  it('an unknown digest is reported the same way', () => {
    const digest = `sha256:${'0'.repeat(64)}`;
    expect(failure(resolve(`alpine@${digest}`))).toEqual({
      kind: 'manifestUnknown',
      message: `manifest for alpine@${digest} not found: manifest unknown: manifest unknown`,
    });
  });

  it('ECR and GCR errors keep their own texts after the daemon prefix', () => {
    const ecr = '123456789012.dkr.ecr.ap-southeast-3.amazonaws.com';
    expect(failure(resolve(`${ecr}/nope`))).toEqual({
      kind: 'nameUnknown',
      message:
        `repository ${ecr}/nope not found: name unknown: The repository with name 'nope' does not exist in the ` +
        `registry with id '123456789012'`,
    });
    expect(failure(resolve(`${ecr}/pelabuhan/orders:9`))).toMatchObject({
      message: `manifest for ${ecr}/pelabuhan/orders:9 not found: manifest unknown: Requested image not found`,
    });
    expect(failure(resolve('gcr.io/nope/app:1'))).toMatchObject({
      message:
        'manifest for gcr.io/nope/app:1 not found: manifest unknown: Failed to fetch "1" from request "/v2/' +
        'nope/app/manifests/1".',
    });
  });

  it('an unresolvable registry host is unreachable', () => {
    expect(failure(resolve('nosuch.example.com/app:1'))).toEqual({
      kind: 'unreachable',
      message:
        'Get "https://nosuch.example.com/v2/": dial tcp: lookup nosuch.example.com on 127.0.0.53:53: no such host',
    });
  });

  it('an index without the wanted platform has no matching manifest', () => {
    expect(
      failure(resolveImage(registries, ref('alpine'), { platform: { os: 'linux', architecture: 'arm64' } })),
    ).toEqual({
      kind: 'noMatchingManifest',
      message: 'no matching manifest for linux/arm64 in the manifest list entries',
    });
  });
});

describe('digest pulls', () => {
  it('alpine@<index digest> resolves to alpine:latest', () => {
    const r = resolve(`alpine@${ALPINE_INDEX}`);
    expect(r.ok && { id: r.image.imageId, digest: r.image.indexDigest }).toEqual({
      id: ALPINE_ID,
      digest: ALPINE_INDEX,
    });
  });

  it('a platform manifest digest resolves too, and is then the reported digest', () => {
    const byTag = resolve('alpine');
    if (!byTag.ok) throw new Error(byTag.message);
    const r = resolve(`alpine@${byTag.image.manifestDigest}`);
    expect(r.ok && { id: r.image.imageId, digest: r.image.indexDigest }).toEqual({
      id: ALPINE_ID,
      digest: byTag.image.manifestDigest,
    });
  });

  it('with both a tag and a digest, the digest wins (the tag is not even looked up)', () => {
    const r = resolve(`alpine:no-such-tag@${ALPINE_INDEX}`);
    expect(r.ok && r.image.imageId).toBe(ALPINE_ID);
  });
});

describe('the puller goes through the Registry API', () => {
  it('pings, fetches the index, the amd64 manifest, then the config blob', () => {
    const seen: string[] = [];
    const r = resolveImage(registries, ref('alpine'), {
      onExchange: (req, res) => seen.push(`${req.method} ${req.host}${req.path} ${res.status}`),
    });
    if (!r.ok) throw new Error(r.message);
    expect(seen).toEqual([
      'GET registry-1.docker.io/v2/ 200',
      'GET registry-1.docker.io/v2/library/alpine/manifests/latest 200',
      `GET registry-1.docker.io/v2/library/alpine/manifests/${r.image.manifestDigest} 200`,
      `GET registry-1.docker.io/v2/library/alpine/blobs/${ALPINE_ID} 200`,
    ]);
  });

  it('a failed manifest fetch stops the pull after the error exchange', () => {
    const seen: number[] = [];
    resolveImage(registries, ref('nosuchrepo'), { onExchange: (_req, res) => seen.push(res.status) });
    expect(seen).toEqual([200, 401]);
  });
});

describe('listRepositoryTags (pull -a)', () => {
  it('lists every tag of a repository', () => {
    expect(listRepositoryTags(registries, ref('alpine'))).toEqual({
      ok: true,
      tags: ['3', '3.19', '3.19.4', '3.19.5', '3.20', '3.20.6', '3.22', 'latest'],
    });
  });

  it('an unknown repository is denied like a pull', () => {
    expect(listRepositoryTags(registries, ref('nosuchrepo'))).toEqual({
      ok: false,
      kind: 'denied',
      message:
        "pull access denied for nosuchrepo, repository does not exist or may require 'docker login': denied: " +
        'requested access to the resource is denied',
    });
  });
});
