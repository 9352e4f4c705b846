import { describe, expect, it } from 'vitest';
import { route } from '../../src/model/api/route';
import { attach, newDaemon, nowMs, pull, streamLines, type Answer, type Daemon } from './engine-harness';
import { createWorld } from '../../src/model/world/world';
import { DEFAULT_HOST_PROFILE } from '../../src/model/engine/host';
import { base64Encode } from '../../src/model/kernel/base64';
import { resolveImage } from '../../src/model/registry/resolve-image';
import { serveRegistry } from '../../src/model/registry/registry-api';
import { parseNormalizedNamed } from '../../src/model/registry/reference';
import type { DomainEvent } from '../../src/model/kernel/events';
import { subscribe } from '../../src/model/kernel/events';

const HUB = { username: 'student', password: 'pelabuhan-hub', serveraddress: 'https://index.docker.io/v1/' };

/** `POST /images/{name}/push` with an X-Registry-Auth header, read whole (or cut at `deadline`). */
function push(d: Daemon, name: string, tag: string | undefined, auth: unknown, deadline?: number): Answer {
  const response = route(d.world, {
    method: 'POST',
    path: `/v1.50/images/${name}/push${tag === undefined ? '' : `?tag=${tag}`}`,
    headers: { 'x-registry-auth': base64Encode(JSON.stringify(auth), true) },
    deadline,
  });
  if (!response.body || response.body.format === 'json') return response;
  const { frames, cancelled } = response.body.read();
  return cancelled ? { ...response, frames, cancelled } : { ...response, frames };
}

function tagged(d: Daemon, source: string, repo: string, tag: string): void {
  expect(d.call('POST', `/images/${source}/tag?repo=${repo}&tag=${tag}`).status).toBe(201);
}

describe('POST /auth', () => {
  it.each([
    [HUB, 200, { Status: 'Login Succeeded', IdentityToken: '' }],
    [
      { ...HUB, password: 'x' },
      401,
      { message: 'Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password' },
    ],
    [{ username: 'student', password: 'ghp_pelabuhan', serveraddress: 'ghcr.io' }, 200, undefined],
    [{ username: 'student', password: 'nope', serveraddress: 'ghcr.io' }, 401, undefined],
    [{ username: 'a', password: 'b', serveraddress: 'https://nowhere.example.com' }, 500, undefined],
    [
      {
        username: '_json_key',
        password: '{"type":"service_account","project_id":"pelabuhan-demo"}',
        serveraddress: 'gcr.io',
      },
      200,
      undefined,
    ],
  ])('%j answers %i', (body, status, json) => {
    const d = newDaemon();
    const events: DomainEvent[] = [];
    subscribe(d.world, (e) => void events.push(e));
    const r = d.call('POST', '/auth', body);
    expect(r.status).toBe(status);
    if (json) expect(r.json).toEqual(json);
    expect(events.find((e) => e.type === 'registry.auth')).toMatchObject({ ok: status === 200 });
  });
});

describe('POST /images/{name}/push', () => {
  it('streams the layers, the digest line and the PushResult aux; the registry then serves it', () => {
    const d = newDaemon();
    pull(d, 'nginx:alpine');
    tagged(d, 'nginx:alpine', 'ghcr.io/student/site', '1');
    const start = nowMs(d);
    const r = push(d, 'ghcr.io/student/site', '1', { username: 'student', password: 'ghp_pelabuhan' });
    expect(r.status).toBe(200);
    const lines = streamLines(r);
    expect(lines[0]).toBe('The push refers to repository [ghcr.io/student/site]');
    const layerCount = d.host.images[d.host.tags['ghcr.io/student/site:1']].layers.length;
    expect(lines.filter((l) => l.endsWith(': Preparing'))).toHaveLength(layerCount);
    expect(lines.filter((l) => l.endsWith(': Pushed'))).toHaveLength(layerCount);
    const last = r.frames!.at(-1)! as { json: { aux: { Tag: string; Digest: string; Size: number } } };
    const { Tag, Digest, Size } = last.json.aux;
    expect(Tag).toBe('1');
    expect(lines).toContain(`1: digest: ${Digest} size: ${Size}`);
    // The stream is timed: the clock moved by the upload.
    expect(nowMs(d)).toBe(r.frames!.at(-1)!.at);
    expect(nowMs(d)).toBeGreaterThan(start);

    // What the registry serves is exactly the manifest whose digest and size were printed.
    const manifest = serveRegistry(d.world.state.registries, {
      method: 'GET',
      host: 'ghcr.io',
      path: `/v2/student/site/manifests/1`,
    });
    expect(manifest.status).toBe(200);
    expect(manifest.headers['Docker-Content-Digest']).toBe(Digest);
    expect(manifest.headers['Content-Type']).toBe('application/vnd.docker.distribution.manifest.v2+json');

    // A pull resolves it to the same image ID and chain IDs as the local image.
    const ref = parseNormalizedNamed('ghcr.io/student/site:1');
    const resolved = resolveImage(d.world.state.registries, ref.ok ? ref.ref : (undefined as never));
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    const image = d.host.images[d.host.tags['ghcr.io/student/site:1']];
    expect(resolved.image.imageId).toBe(image.id);
    expect(resolved.image.layers.map((l) => l.chainID)).toEqual(image.layers);
    // And the local image records the repo digest, as moby's addDigestReference does.
    expect(image.repoDigests).toContain(`ghcr.io/student/site@${Digest}`);
  });

  it('refuses without credentials after Preparing, and stores nothing', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    tagged(d, 'alpine', 'student/web', 'latest');
    const before = JSON.stringify(d.world.state.registries);
    const r = push(d, 'student/web', 'latest', {});
    expect(streamLines(r)).toEqual([
      'The push refers to repository [docker.io/student/web]',
      '30858d045d46: Preparing',
      'error: denied: requested access to the resource is denied',
    ]);
    expect(JSON.stringify(d.world.state.registries)).toBe(before);
  });

  it('a bad name is a 400 before any stream; a digest-looking tag cannot be pushed', () => {
    const d = newDaemon();
    expect(push(d, 'Student%2Fweb!', 'latest', {}).status).toBe(400);
    const digest = push(d, 'student/web', `sha256:${'a'.repeat(64)}`, {});
    expect(digest.status).toBe(400);
  });

  it('Ctrl+C at a deadline cuts the stream there and stores nothing', () => {
    const d = newDaemon();
    pull(d, 'nginx');
    tagged(d, 'nginx', 'ghcr.io/student/site', 'latest');
    const before = JSON.stringify(d.world.state.registries);
    const start = nowMs(d);
    const r = push(
      d,
      'ghcr.io/student/site',
      'latest',
      { username: 'student', password: 'ghp_pelabuhan' },
      start + 1000,
    );
    expect(r.cancelled).toBe(true);
    expect(r.frames!.every((f) => f.at <= start + 1000)).toBe(true);
    expect(JSON.stringify(d.world.state.registries)).toBe(before);
    expect(nowMs(d)).toBe(start + 1000);
  });
});

describe('a pushed build layer carries its files', () => {
  it('host B pulls the layer with the files host A built into it', () => {
    const world = createWorld({
      seed: 1,
      hosts: [DEFAULT_HOST_PROFILE, { ...DEFAULT_HOST_PROFILE, name: 'host-b' }],
    });
    const a = attach(world);
    pull(a, 'alpine');
    tagged(a, 'alpine', 'ghcr.io/student/files', 'latest');
    // Stand in for a build: the top layer adds a file (as LayerRecord.files of a built layer).
    const image = a.host.images[a.host.tags['ghcr.io/student/files:latest']];
    a.host.layers[image.layers.at(-1)!].files = { 'srv/hello.txt': 'hi\n' };
    const pushed = push(a, 'ghcr.io/student/files', 'latest', { username: 'student', password: 'ghp_pelabuhan' });
    expect(streamLines(pushed).some((l) => l.endsWith(': Pushed'))).toBe(true);

    const b = route(
      world,
      {
        method: 'POST',
        path: '/v1.50/images/create?fromImage=ghcr.io%2Fstudent%2Ffiles&tag=latest',
      },
      { host: 'host-b' },
    );
    expect(b.status).toBe(200);
    b.body?.read();
    const hostB = world.state.hosts['host-b'];
    const id = hostB.tags['ghcr.io/student/files:latest'];
    expect(id).toBe(image.id);
    expect(hostB.layers[hostB.images[id].layers.at(-1)!].files).toEqual({ 'srv/hello.txt': 'hi\n' });
    // The world still serializes: the files are plain data.
    expect(JSON.parse(JSON.stringify(world.state)).registries['ghcr.io'].repositories['student/files']).toBeDefined();
  });
});
