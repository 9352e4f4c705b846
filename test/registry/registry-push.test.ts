import { describe, expect, it } from 'vitest';
import { createRegistries } from '../../src/model/registry/registries';
import { checkLogin, findAccount, loginHost, ownsRepository } from '../../src/model/registry/registry-accounts';
import {
  mountSource,
  pushRefusal,
  putBlob,
  putManifest,
  repositoryHasBlob,
} from '../../src/model/registry/registry-push';
import { serveRegistry } from '../../src/model/registry/registry-api';
import { MEDIA_TYPES } from '../../src/model/registry/oci-types';

const registries = () => createRegistries(Date.UTC(2026, 0, 1));

describe('registry accounts', () => {
  it('a login names Docker Hub by its index URL, host or nothing', () => {
    expect(loginHost('https://index.docker.io/v1/')).toBe('docker.io');
    expect(loginHost('docker.io')).toBe('docker.io');
    expect(loginHost('')).toBe('docker.io');
    expect(loginHost('https://ghcr.io/v2/')).toBe('ghcr.io');
  });

  it('checks credentials per registry, and knows no registry it cannot reach', () => {
    const r = registries();
    expect(checkLogin(r, 'https://index.docker.io/v1/', { username: 'student', password: 'pelabuhan-hub' }).ok).toBe(
      true,
    );
    expect(checkLogin(r, 'ghcr.io', { username: 'student', password: 'pelabuhan-hub' })).toEqual({
      ok: false,
      kind: 'unauthorized',
      message: 'Get "https://ghcr.io/v2/": denied: denied',
    });
    expect(checkLogin(r, 'quay.io', { username: 'a', password: 'b' })).toMatchObject({ ok: false, kind: 'failed' });
    const key = JSON.stringify({ type: 'service_account', project_id: 'pelabuhan-demo' });
    expect(checkLogin(r, 'gcr.io', { username: '_json_key', password: key }).ok).toBe(true);
    expect(checkLogin(r, 'gcr.io', { username: '_json_key', password: '{"project_id":"x"}' }).ok).toBe(false);
  });

  it('an account owns its namespace only', () => {
    const hub = findAccount('docker.io', { username: 'student', password: 'pelabuhan-hub' })!;
    expect(ownsRepository(hub, 'student/web')).toBe(true);
    expect(ownsRepository(hub, 'library/web')).toBe(false);
    expect(ownsRepository(hub, 'studentx/web')).toBe(false);
    const ecr = findAccount('123456789012.dkr.ecr.ap-southeast-3.amazonaws.com', {
      username: 'AWS',
      password: 'ecr-token-pelabuhan',
    })!;
    expect(ownsRepository(ecr, 'pelabuhan/web')).toBe(true);
    expect(ownsRepository(ecr, 'pelabuhan/web2')).toBe(false);
  });
});

describe('the registry side of a push', () => {
  it('refuses by flavor: not logged in, wrong password, not yours', () => {
    const r = registries();
    const hub = r['docker.io'];
    expect(pushRefusal(hub, undefined, 'student/web')).toBe('denied: requested access to the resource is denied');
    expect(pushRefusal(hub, { username: 'student', password: 'x' }, 'student/web')).toBe(
      'unauthorized: incorrect username or password',
    );
    expect(pushRefusal(hub, { username: 'student', password: 'pelabuhan-hub' }, 'student/web')).toBeUndefined();
    expect(
      pushRefusal(r['pelabuhan.azurecr.io'], { username: 'pelabuhan', password: 'acr-pelabuhan-password' }, 'x'),
    ).toBeUndefined();
  });

  it('stores blobs and a manifest that the Registry API then serves', () => {
    const r = registries();
    const ghcr = r['ghcr.io'];
    const hubBlob = Object.entries(r['docker.io'].blobs).find(([, b]) => b.kind === 'layer')!;
    expect(repositoryHasBlob(ghcr, 'student/x', hubBlob[0])).toBe(false);
    putBlob(ghcr, 'student/x', hubBlob[0], hubBlob[1]);
    expect(repositoryHasBlob(ghcr, 'student/x', hubBlob[0])).toBe(true);
    expect(mountSource(ghcr, 'student/y', hubBlob[0], ['student/x'])).toBe('student/x');
    expect(mountSource(ghcr, 'student/y', hubBlob[0], ['student/z'])).toBeUndefined();
    const manifest = {
      schemaVersion: 2 as const,
      mediaType: MEDIA_TYPES.manifest,
      config: { mediaType: MEDIA_TYPES.config, digest: 'sha256:c', size: 2 },
      layers: [],
    };
    putManifest(ghcr, 'student/x', 'v1', 'sha256:m', { mediaType: manifest.mediaType, size: 10, content: manifest });
    const tags = serveRegistry(r, { method: 'GET', host: 'ghcr.io', path: '/v2/student/x/tags/list' });
    expect(JSON.parse(tags.body)).toEqual({ name: 'student/x', tags: ['v1'] });
    const got = serveRegistry(r, { method: 'HEAD', host: 'ghcr.io', path: '/v2/student/x/manifests/v1' });
    expect(got.headers['Docker-Content-Digest']).toBe('sha256:m');
  });
});
