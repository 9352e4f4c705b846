import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { DEFAULT_HOST_PROFILE } from '../../src/model/engine/host';
import { createShell } from '../../src/model/cli/shell/shell';
import { recordText, streamText } from '../../src/model/cli/shell/command-record';
import { checkPushed } from '../../src/model/lesson/goal-build';

const HUB_LOGIN = 'echo pelabuhan-hub | docker login -u student --password-stdin';
const WARNING =
  "\nWARNING! Your credentials are stored unencrypted in '/home/user/.docker/config.json'.\n" +
  'Configure a credential helper to remove this warning. See\n' +
  'https://docs.docker.com/go/credential-store/\n\n';

/** A world with two Docker hosts; shells on each share the world (and its registries). */
function twoHosts() {
  const world = createWorld({ seed: 1, hosts: [DEFAULT_HOST_PROFILE, { ...DEFAULT_HOST_PROFILE, name: 'host-b' }] });
  return { world, a: createShell({ world }), b: createShell({ world, host: 'host-b' }) };
}

const text = (shell: ReturnType<typeof createShell>, line: string) => recordText(shell.run(line));

describe('docker push to Docker Hub, and a pull of it on another host', () => {
  it('is denied before login, mounts the base layer after it, and serves the image to host B', () => {
    const { world, a, b } = twoHosts();
    a.run('docker pull -q alpine');
    a.run('docker tag alpine student/web:1.0');

    const denied = a.run('docker push student/web:1.0');
    expect(recordText(denied)).toBe(
      'The push refers to repository [docker.io/student/web]\n' +
        '30858d045d46: Preparing\n' +
        'denied: requested access to the resource is denied\n',
    );
    expect(denied.exitCode).toBe(1);
    expect(world.state.registries['docker.io'].repositories['student/web']).toBeUndefined();

    const login = a.run(HUB_LOGIN);
    expect(recordText(login)).toBe(`${WARNING}Login Succeeded\n`);
    expect(streamText(login, 'stdout')).toBe('Login Succeeded\n');
    expect(login.events).toContainEqual({
      type: 'registry.auth',
      host: 'docker-host',
      registry: 'docker.io',
      ok: true,
    });

    const pushed = a.run('docker push student/web:1.0');
    const digest = /1\.0: digest: (sha256:[0-9a-f]{64}) size: (\d+)\n$/.exec(recordText(pushed));
    expect(digest).not.toBeNull();
    expect(recordText(pushed)).toBe(
      'The push refers to repository [docker.io/student/web]\n' +
        '30858d045d46: Preparing\n' +
        '30858d045d46: Mounted from library/alpine\n' +
        `1.0: digest: ${digest![1]} size: ${digest![2]}\n`,
    );
    expect(pushed.events).toContainEqual(
      expect.objectContaining({ type: 'image.layer.pushed', status: 'Mounted from library/alpine' }),
    );
    expect(pushed.events).toContainEqual({
      type: 'image.pushed',
      host: 'docker-host',
      registry: 'docker.io',
      reference: 'docker.io/student/web:1.0',
      digest: digest![1],
    });
    expect(checkPushed({ world, log: [] } as never, 'student/web:1.0')).toMatchObject({ met: true });

    // Again: the repository has the layer now.
    expect(text(a, 'docker push student/web:1.0')).toContain('30858d045d46: Layer already exists\n');

    // Host B has nothing: it pulls the layer, and gets the same image ID and digest.
    const pulled = b.run('docker pull student/web:1.0');
    expect(pulled.exitCode).toBe(0);
    expect(recordText(pulled)).toContain(`Digest: ${digest![1]}\n`);
    expect(recordText(pulled)).toContain('Status: Downloaded newer image for student/web:1.0\n');
    const idOf = (shell: typeof a) => text(shell, 'docker image inspect -f {{.Id}} student/web:1.0');
    expect(idOf(b)).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(idOf(b)).toBe(idOf(a));
    expect(recordText(b.run('docker run --rm student/web:1.0 echo hi'))).toBe('hi\n');
  });

  it('moves only the layers the other host lacks', () => {
    const { a, b } = twoHosts();
    a.run('docker pull -q nginx:alpine');
    a.run('docker tag nginx:alpine student/site');
    a.run(HUB_LOGIN);
    expect(a.run('docker push -q student/site').exitCode).toBe(0);
    b.run('docker pull -q alpine');
    const pulled = recordText(b.run('docker pull student/site'));
    expect(pulled.match(/Already exists/g)).toHaveLength(1);
    expect(pulled).toMatch(/Pull complete/);
  });

  it('-q prints the reference only; -a pushes every tag of the repository', () => {
    const { a } = twoHosts();
    a.run('docker pull -q alpine');
    a.run('docker tag alpine student/app:1');
    a.run('docker tag alpine student/app:2');
    a.run(HUB_LOGIN);
    expect(text(a, 'docker push -q student/app:1')).toBe('docker.io/student/app:1\n');
    const all = text(a, 'docker push --all-tags student/app');
    expect(all).toMatch(/^The push refers to repository \[docker\.io\/student\/app\]\n/);
    expect(all).toMatch(/\n1: digest: sha256:[0-9a-f]{64} size: \d+\n/);
    expect(all).toMatch(/\n2: digest: sha256:[0-9a-f]{64} size: \d+\n$/);
    expect(text(a, 'docker image push -q -a student/app')).toBe('docker.io/student/app\n');
  });

  it('uploads layers the registry lacks with Pushing progress, then Pushed', () => {
    const { world, a } = twoHosts();
    a.run('docker pull -q nginx');
    a.run('docker tag nginx ghcr.io/student/site:1');
    a.run('docker login -u student -p ghp_pelabuhan ghcr.io');
    const before = world.state.clock.nowMs;
    const r = a.run('docker push ghcr.io/student/site:1', { tty: true, cols: 80 });
    expect(r.exitCode).toBe(0);
    const out = recordText(r);
    expect(out).toContain('Waiting');
    expect(out).toMatch(/: Pushing +\d/);
    expect(out.match(/: Pushed/g)).toHaveLength(7);
    // The upload took virtual time from the world's bandwidth.
    expect(world.state.clock.nowMs).toBeGreaterThan(before);
    // Chunks arrive over that time, so the page can play them back.
    const times = r.chunks.map((c) => c.at);
    expect(Math.max(...times)).toBeGreaterThan(Math.min(...times));
  });
});

describe('docker push errors', () => {
  it.each([
    ['docker push web', 'Using default tag: latest\nThe push refers to repository [docker.io/library/web]\n'],
    ['docker push student/web:2.0', 'The push refers to repository [docker.io/student/web]\n'],
  ])('%s', (line, head) => {
    const { a } = twoHosts();
    a.run('docker pull -q alpine');
    a.run('docker tag alpine student/web:1.0');
    const r = a.run(line);
    expect(r.exitCode).toBe(1);
    expect(recordText(r).startsWith(head)).toBe(true);
  });

  it('names what does not exist locally, and refuses digests and bad references in the client', () => {
    const { a } = twoHosts();
    a.run('docker pull -q alpine');
    a.run('docker tag alpine student/web:1.0');
    expect(text(a, 'docker push nothing')).toBe(
      'Using default tag: latest\n' +
        'The push refers to repository [docker.io/library/nothing]\n' +
        'An image does not exist locally with the tag: nothing\n',
    );
    expect(text(a, 'docker push student/web:2.0')).toBe(
      'The push refers to repository [docker.io/student/web]\ntag does not exist: student/web:2.0\n',
    );
    expect(text(a, `docker push alpine@sha256:${'a'.repeat(64)}`)).toBe('cannot push a digest reference\n');
    expect(text(a, 'docker push student/Web')).toBe(
      'invalid reference format: repository name (student/Web) must be lowercase\n',
    );
    expect(text(a, 'docker push -a student/web:1.0')).toBe("tag can't be used with --all-tags/-a\n");
    expect(text(a, 'docker push')).toMatch(/^docker: 'docker push' requires 1 argument\n/);
  });

  it('a local name without your namespace pushes to library/ and is denied', () => {
    const { a } = twoHosts();
    a.run('docker pull -q alpine');
    a.run('docker tag alpine web');
    a.run(HUB_LOGIN);
    expect(text(a, 'docker push web')).toBe(
      'Using default tag: latest\n' +
        'The push refers to repository [docker.io/library/web]\n' +
        '30858d045d46: Preparing\n' +
        'denied: requested access to the resource is denied\n',
    );
  });

  const ECR = '123456789012.dkr.ecr.ap-southeast-3.amazonaws.com';
  it.each([
    [
      'ghcr.io/student/site',
      '',
      'unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
    ],
    [
      'ghcr.io/someone/site',
      'docker login -u student -p ghp_pelabuhan ghcr.io',
      'denied: permission_denied: write_package',
    ],
    [`${ECR}/web`, '', 'no basic auth credentials'],
    [
      `${ECR}/web`,
      `docker login -u AWS -p ecr-token-pelabuhan ${ECR}`,
      "name unknown: The repository with name 'web' does not exist in the registry with id '123456789012'",
    ],
    [
      'gcr.io/pelabuhan-demo/web',
      '',
      "unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid " +
        'credentials. To authenticate your request, follow the steps in: ' +
        'https://cloud.google.com/container-registry/docs/advanced-authentication',
    ],
    [
      'gcr.io/other-project/web',
      'docker login -u oauth2accesstoken -p ya29.pelabuhan gcr.io',
      'denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource ' +
        '"projects/other-project/locations/us/repositories/gcr.io" (or it may not exist)',
    ],
    [
      'pelabuhan.azurecr.io/web',
      '',
      'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
    ],
    ['registry.digitalocean.com/pelabuhan/web', '', 'unauthorized: authentication required'],
    [
      'nowhere.example.com/web',
      '',
      'Get "https://nowhere.example.com/v2/": dial tcp: lookup nowhere.example.com on 127.0.0.53:53: no such host',
    ],
  ])('%s (%s)', (name, login, error) => {
    const { world, a } = twoHosts();
    a.run('docker pull -q alpine');
    a.run(`docker tag alpine ${name}`);
    if (login) expect(a.run(login).exitCode).toBe(0);
    const registries = JSON.stringify(world.state.registries);
    const r = a.run(`docker push ${name}`);
    expect(r.exitCode).toBe(1);
    expect(recordText(r).endsWith(`\n${error}\n`)).toBe(true);
    expect(streamText(r, 'stderr')).toBe(`${error}\n`);
    // A refused push stores nothing.
    expect(JSON.stringify(world.state.registries)).toBe(registries);
  });

  it.each([
    ['ghcr.io/student/site', 'docker login -u student --password-stdin ghcr.io', 'ghp_pelabuhan'],
    [`${ECR}/pelabuhan/web`, `docker login -u AWS --password-stdin ${ECR}`, 'ecr-token-pelabuhan'],
    ['gcr.io/pelabuhan-demo/web', 'docker login -u oauth2accesstoken --password-stdin gcr.io', 'ya29.pelabuhan'],
    [
      'pelabuhan.azurecr.io/web',
      'docker login -u pelabuhan --password-stdin pelabuhan.azurecr.io',
      'acr-pelabuhan-password',
    ],
    [
      'registry.digitalocean.com/pelabuhan/web',
      'docker login -u dop_v1_pelabuhan --password-stdin registry.digitalocean.com',
      'dop_v1_pelabuhan',
    ],
  ])('%s is pushed once logged in', (name, login, password) => {
    const { world, a } = twoHosts();
    a.run('docker pull -q alpine');
    a.run(`docker tag alpine ${name}:1`);
    expect(a.run(`echo ${password} | ${login}`).exitCode).toBe(0);
    const r = a.run(`docker push ${name}:1`);
    expect(r.exitCode).toBe(0);
    expect(checkPushed({ world, log: [] } as never, `${name}:1`)).toMatchObject({ met: true });
  });
});

describe('Ctrl+C during a push the page is still playing back', () => {
  it('cuts the push there: exit 130, the output so far, nothing in the registry', () => {
    const { world, a } = twoHosts();
    a.run('docker pull -q nginx');
    a.run('docker tag nginx ghcr.io/student/site');
    a.run('echo ghp_pelabuhan | docker login -u student --password-stdin ghcr.io');
    const registries = JSON.stringify(world.state.registries);
    const start = world.state.clock.nowMs;
    const whole = a.run('docker push ghcr.io/student/site', { tty: true, cols: 100, interruptible: true });
    const mid = Math.floor((start + world.state.clock.nowMs) / 2);
    const cancelled = a.cancelPull(mid)!;
    expect(cancelled.exitCode).toBe(130);
    expect(recordText(cancelled)).toBe(recordText({ ...whole, chunks: whole.chunks.filter((c) => c.at <= mid) }));
    expect(recordText(cancelled)).not.toContain('digest:');
    expect(JSON.stringify(world.state.registries)).toBe(registries);
    expect(world.state.clock.nowMs).toBe(mid);
  });
});

describe('docker tag with registry references (the client parses them first)', () => {
  it.each([
    ['ghcr.io/Student/web', 'invalid reference format: repository name (Student/web) must be lowercase'],
    ['gcr.io/proj/web:TAG!', 'invalid reference format'],
    ['registry.digitalocean.com/pelabuhan/web:', 'invalid reference format'],
  ])('%s', (target, error) => {
    const { a } = twoHosts();
    a.run('docker pull -q alpine');
    expect(text(a, `docker tag alpine '${target}'`)).toBe(
      `Error parsing reference: "${target}" is not a valid repository/tag: ${error}\n`,
    );
  });

  it('a registry host with a port, and ECR’s account host, are fine', () => {
    const { a } = twoHosts();
    a.run('docker pull -q alpine');
    expect(a.run('docker tag alpine localhost:5000/web').exitCode).toBe(0);
    expect(a.run('docker tag alpine 123456789012.dkr.ecr.ap-southeast-3.amazonaws.com/web:v1').exitCode).toBe(0);
    expect(text(a, 'docker image inspect -f "{{json .RepoTags}}" alpine')).toBe(
      '["123456789012.dkr.ecr.ap-southeast-3.amazonaws.com/web:v1","alpine:latest","localhost:5000/web:latest"]\n',
    );
  });
});
