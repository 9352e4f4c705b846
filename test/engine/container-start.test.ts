import { describe, expect, it } from 'vitest';
import {
  advance,
  create,
  inspectState,
  newDaemon,
  op,
  outcome,
  psAll,
  pull,
  rm,
  run,
  type CreateBody,
} from './engine-harness';

const publish = (hostPort: string, spec = '80/tcp'): CreateBody['HostConfig'] => ({
  PortBindings: { [spec]: [{ HostIp: '', HostPort: hostPort }] },
});

function daemonWith(...refs: string[]) {
  const d = newDaemon();
  for (const ref of refs) pull(d, ref);
  return d;
}

describe('published ports', () => {
  it('a host port already bound by a running container fails the second start with 500 (G42)', () => {
    const d = daemonWith('nginx');
    run(d, { Image: 'nginx', HostConfig: publish('8080') }, 'web1');
    const web2 = run(d, { Image: 'nginx', HostConfig: publish('8080') }, 'web2');
    const r = outcome(web2.start);
    expect(r.status).toBe(500);
    expect(r.message).toMatch(
      new RegExp(
        /^failed to set up container networking: driver failed programming external connectivity o/.source +
          /n endpoint web2 \([0-9a-f]{64}\): failed to bind host port for 0\.0\.0\.0:8080:172\.17\.0/.source +
          /\.3:80\/tcp: address already in use$/.source,
      ),
    );
    expect(psAll(d).map(({ name, state }) => ({ name, state }))).toEqual([
      { name: 'web2', state: 'created' },
      { name: 'web1', state: 'running' },
    ]);
    expect(inspectState(d, 'web2').ExitCode).toBe(128);
  });

  it('the failed start leaves no endpoint and no port behind', () => {
    const d = daemonWith('nginx');
    const web1 = run(d, { Image: 'nginx', HostConfig: publish('8080') }, 'web1').id;
    const web2 = run(d, { Image: 'nginx', HostConfig: publish('8080') }, 'web2').id;
    expect(d.host.ports).toEqual({ '0.0.0.0:8080/tcp': web1 });
    expect(d.host.containers[web2].networks.bridge.endpointId).toBe('');
  });

  it('the port is free again once its holder stops, and the second container can start', () => {
    const d = daemonWith('nginx');
    run(d, { Image: 'nginx', HostConfig: publish('8080') }, 'web1');
    run(d, { Image: 'nginx', HostConfig: publish('8080') }, 'web2');
    op(d, 'stop', 'web1');
    expect(outcome(op(d, 'start', 'web2'))).toEqual({ status: 204 });
    expect(inspectState(d, 'web2').Status).toBe('running');
  });

  it('ports show in ps only while the container runs', () => {
    const d = daemonWith('nginx');
    run(d, { Image: 'nginx', HostConfig: publish('8080') }, 'web');
    const ports = () => (d.call('GET', '/containers/json?all=1').json as Array<{ Ports: unknown[] }>)[0].Ports;
    expect(ports()).toEqual([
      { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
      { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
    ]);
    op(d, 'stop', 'web');
    expect(ports()).toEqual([]);
  });

  it('an ephemeral port (-p 80) is taken from 32768 up', () => {
    const d = daemonWith('nginx');
    run(d, { Image: 'nginx', HostConfig: publish('') }, 'a1');
    run(d, { Image: 'nginx', HostConfig: publish('') }, 'a2');
    expect(Object.keys(d.host.ports).sort()).toEqual(['0.0.0.0:32768/tcp', '0.0.0.0:32769/tcp']);
  });
});

describe('networks at start', () => {
  it('an unknown network is accepted at create and fails the start; the container stays Created (G41)', () => {
    const d = daemonWith('alpine');
    const id = create(d, { Image: 'alpine', Cmd: ['sleep', '1000'], HostConfig: { NetworkMode: 'nope' } }, 'app');
    expect(outcome(op(d, 'start', id))).toEqual({
      status: 404,
      message: 'failed to set up container networking: network nope not found',
    });
    expect(psAll(d)).toEqual([{ name: 'app', state: 'created', status: 'Created' }]);
    expect(inspectState(d, 'app').ExitCode).toBe(128);
  });

  it('the default network is bridge: the first container gets 172.17.0.2', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app');
    const doc = d.call('GET', '/containers/app/json').json as {
      NetworkSettings: { Networks: Record<string, { IPAddress: string; Gateway: string }> };
    };
    expect(Object.keys(doc.NetworkSettings.Networks)).toEqual(['bridge']);
    expect(doc.NetworkSettings.Networks.bridge).toMatchObject({ IPAddress: '172.17.0.2', Gateway: '172.17.0.1' });
  });

  it('--network host gives no address; --network none neither', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'], HostConfig: { NetworkMode: 'host' } }, 'h1');
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'], HostConfig: { NetworkMode: 'none' } }, 'n1');
    expect(inspectState(d, 'h1').Status).toBe('running');
    expect(inspectState(d, 'n1').Status).toBe('running');
    expect(d.host.containers[Object.keys(d.host.containers)[0]].networks.host.ipAddress).toBe('');
  });
});

describe('--rm (AutoRemove)', () => {
  it('a container that exits at once is removed at once', () => {
    const d = daemonWith('alpine');
    const { id } = run(d, { Image: 'alpine', Cmd: ['echo', 'hi'], HostConfig: { AutoRemove: true } });
    expect(outcome(d.call('GET', `/containers/${id}/json`))).toEqual({
      status: 404,
      message: `No such container: ${id}`,
    });
    expect(psAll(d)).toEqual([]);
  });

  it('a container is removed when its process ends later, and its name is released', () => {
    const d = daemonWith('alpine');
    run(d, { Image: 'alpine', Cmd: ['sleep', '5'], HostConfig: { AutoRemove: true } }, 'tmp');
    advance(d, 4_000);
    expect(psAll(d).map((c) => c.state)).toEqual(['running']);
    advance(d, 1_000);
    expect(psAll(d)).toEqual([]);
    expect(d.host.names).toEqual({});
  });

  it('wait?condition=removed answers with the exit code once the container is gone', () => {
    const d = daemonWith('alpine');
    const id = create(d, { Image: 'alpine', Cmd: ['sh', '-c', 'exit 3'], HostConfig: { AutoRemove: true } });
    const waiting = d.call('POST', `/containers/${id}/wait?condition=removed`);
    expect(waiting.status).toBe(200);
    expect(waiting.body!.read()).toEqual({ frames: [], done: false });
    op(d, 'start', id);
    expect(waiting.body!.read()).toMatchObject({
      done: true,
      frames: [{ json: { Error: null, StatusCode: 3 } }],
    });
    expect(outcome(d.call('POST', `/containers/${id}/wait?condition=removed`))).toEqual({
      status: 404,
      message: `No such container: ${id}`,
    });
  });

  it('a failed start removes it too (G49)', () => {
    const d = daemonWith('alpine');
    const { start } = run(d, {
      Image: 'alpine',
      Cmd: ['echo', 'hi'],
      HostConfig: { AutoRemove: true, NetworkMode: 'nope' },
    });
    expect(outcome(start)).toEqual({
      status: 404,
      message: 'failed to set up container networking: network nope not found',
    });
    expect(psAll(d)).toEqual([]);
  });

  it('removes the anonymous volumes of the container, not the named ones', () => {
    const d = daemonWith('redis');
    d.call('POST', '/volumes/create', { Name: 'named' });
    run(d, { Image: 'redis', HostConfig: { AutoRemove: true, Binds: ['named:/extra'] } }, 'cache');
    expect(Object.keys(d.host.volumes)).toHaveLength(2);
    op(d, 'kill', 'cache');
    expect(Object.keys(d.host.volumes)).toEqual(['named']);
  });
});

describe('rm', () => {
  it('rm of a running container is refused unless forced (G21)', () => {
    const d = daemonWith('nginx');
    run(d, { Image: 'nginx' }, 'web');
    expect(outcome(rm(d, 'web'))).toEqual({
      status: 409,
      message:
        'cannot remove container "web": container is running: stop the container before removing or force remove',
    });
    expect(outcome(rm(d, 'web', { force: true }))).toEqual({ status: 204 });
    expect(psAll(d)).toEqual([]);
  });

  it('the rm refusal quotes the container as typed, here an ID prefix (moby containerRm wraps with name)', () => {
    const d = daemonWith('nginx');
    const { id } = run(d, { Image: 'nginx' }, 'web');
    expect(outcome(rm(d, id.slice(0, 6))).message).toBe(
      `cannot remove container "${id.slice(0, 6)}": container is running: stop the container before removing ` +
        `or force remove`,
    );
  });

  it('rm of a missing container is 404 "No such container", also with -f (G22)', () => {
    const d = newDaemon();
    expect(outcome(rm(d, 'nope'))).toEqual({ status: 404, message: 'No such container: nope' });
    expect(outcome(rm(d, 'nope', { force: true }))).toEqual({ status: 404, message: 'No such container: nope' });
  });

  it('an ambiguous ID prefix is a 400', () => {
    const d = daemonWith('alpine');
    const ids = Array.from({ length: 40 }, () => create(d, { Image: 'alpine' }));
    const first = ids.map((id) => id[0]).find((c, i, all) => all.indexOf(c) !== i)!;
    expect(outcome(rm(d, first))).toEqual({
      status: 400,
      message: `multiple IDs found with provided prefix: ${first}`,
    });
  });

  it('names are never matched by prefix', () => {
    const d = daemonWith('alpine');
    create(d, { Image: 'alpine' }, 'webserver');
    expect(outcome(rm(d, 'web'))).toEqual({ status: 404, message: 'No such container: web' });
  });
});
