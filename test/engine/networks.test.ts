import { describe, expect, it } from 'vitest';
import { create, newDaemon, op, outcome, pull, rm, run } from './engine-harness';

type NetworkDoc = { Id: string; Name: string; Driver: string; Scope: string };
const networks = (d: ReturnType<typeof newDaemon>) =>
  (d.call('GET', '/networks').json as NetworkDoc[]).map((n) => ({ name: n.Name, driver: n.Driver, scope: n.Scope }));

describe('predefined networks', () => {
  it('a fresh daemon has bridge, host and none (driver null), all local', () => {
    const d = newDaemon();
    expect(networks(d)).toEqual([
      { name: 'bridge', driver: 'bridge', scope: 'local' },
      { name: 'host', driver: 'host', scope: 'local' },
      { name: 'none', driver: 'null', scope: 'local' },
    ]);
  });

  it.each(['bridge', 'host', 'none'])('creating %s is forbidden (403)', (name) => {
    const d = newDaemon();
    expect(outcome(d.call('POST', '/networks/create', { Name: name }))).toEqual({
      status: 403,
      message: `operation is not permitted on predefined ${name} network`,
    });
  });

  it.each(['bridge', 'host', 'none'])('removing %s is forbidden (403)', (name) => {
    const d = newDaemon();
    expect(outcome(d.call('DELETE', `/networks/${name}`))).toEqual({
      status: 403,
      message: `${name} is a pre-defined network and cannot be removed`,
    });
  });
});

describe('user networks', () => {
  it('create answers 201 with a 64-hex ID; a second network of that name is a 409', () => {
    const d = newDaemon();
    const r = d.call('POST', '/networks/create', { Name: 'mynet', Driver: 'bridge' });
    expect(r.status).toBe(201);
    expect(r.json).toEqual({ Id: expect.stringMatching(/^[0-9a-f]{64}$/), Warning: '' });
    expect(outcome(d.call('POST', '/networks/create', { Name: 'mynet' }))).toEqual({
      status: 409,
      message: 'network with name mynet already exists',
    });
  });

  it('rm of a network by name, by ID and by ID prefix', () => {
    const d = newDaemon();
    const ids = ['n1', 'n2', 'n3'].map(
      (Name) => (d.call('POST', '/networks/create', { Name }).json as { Id: string }).Id,
    );
    expect(outcome(d.call('DELETE', '/networks/n1'))).toEqual({ status: 204 });
    expect(outcome(d.call('DELETE', `/networks/${ids[1]}`))).toEqual({ status: 204 });
    expect(outcome(d.call('DELETE', `/networks/${ids[2].slice(0, 12)}`))).toEqual({ status: 204 });
    expect(networks(d).map((n) => n.name)).toEqual(['bridge', 'host', 'none']);
  });

  it('a missing network is 404 "network nope not found"', () => {
    const d = newDaemon();
    expect(outcome(d.call('DELETE', '/networks/nope'))).toEqual({ status: 404, message: 'network nope not found' });
    expect(outcome(d.call('GET', '/networks/nope'))).toEqual({ status: 404, message: 'network nope not found' });
  });

  it('a network with a running container has active endpoints (403), named by container and endpoint (G39)', () => {
    const d = newDaemon();
    pull(d, 'nginx');
    d.call('POST', '/networks/create', { Name: 'mynet' });
    run(d, { Image: 'nginx', HostConfig: { NetworkMode: 'mynet' } }, 'web');
    const doc = d.call('GET', '/containers/web/json').json as {
      NetworkSettings: { Networks: Record<string, { EndpointID: string; IPAddress: string }> };
    };
    const endpoint = doc.NetworkSettings.Networks.mynet.EndpointID;
    expect(endpoint).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.NetworkSettings.Networks.mynet.IPAddress).toBe('172.18.0.2');
    expect(outcome(d.call('DELETE', '/networks/mynet'))).toEqual({
      status: 403,
      message:
        `error while removing network: network mynet has active endpoints (name:"web" id:"` +
        `${endpoint.slice(0, 12)}")`,
    });
    rm(d, 'web', { force: true });
    expect(outcome(d.call('DELETE', '/networks/mynet'))).toEqual({ status: 204 });
  });

  it('a stopped container has no endpoint: the network can be removed', () => {
    const d = newDaemon();
    pull(d, 'nginx');
    d.call('POST', '/networks/create', { Name: 'mynet' });
    run(d, { Image: 'nginx', HostConfig: { NetworkMode: 'mynet' } }, 'web');
    op(d, 'stop', 'web');
    expect(outcome(d.call('DELETE', '/networks/mynet'))).toEqual({ status: 204 });
  });
});

describe('address pools', () => {
  it('user networks take 172.18–172.31/16, then 192.168.N.0/20, and containers get addresses inside their pool', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    for (let i = 1; i <= 16; i++) d.call('POST', '/networks/create', { Name: `net${i}` });
    const subnet = (name: string) =>
      (d.call('GET', `/networks/${name}`).json as { IPAM: { Config: Array<{ Subnet: string; Gateway: string }> } }).IPAM
        .Config[0];
    expect(subnet('net1')).toEqual({ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' });
    expect(subnet('net14')).toEqual({ Subnet: '172.31.0.0/16', Gateway: '172.31.0.1' });
    expect(subnet('net16')).toEqual({ Subnet: '192.168.16.0/20', Gateway: '192.168.16.1' });
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'], HostConfig: { NetworkMode: 'net16' } }, 'app');
    const doc = d.call('GET', '/containers/app/json').json as {
      NetworkSettings: { Networks: Record<string, { IPAddress: string; Gateway: string }> };
    };
    expect(doc.NetworkSettings.Networks.net16).toMatchObject({ IPAddress: '192.168.16.2', Gateway: '192.168.16.1' });
  });
});

describe('connect and disconnect', () => {
  it('connect adds the network; a second connect is "endpoint … already exists" (403)', () => {
    const d = newDaemon();
    pull(d, 'nginx');
    d.call('POST', '/networks/create', { Name: 'mynet' });
    run(d, { Image: 'nginx' }, 'web');
    expect(outcome(d.call('POST', '/networks/mynet/connect', { Container: 'web' }))).toEqual({ status: 200 });
    const ps = d.call('GET', '/containers/json').json as Array<{
      NetworkSettings: { Networks: Record<string, { IPAddress: string }> };
    }>;
    expect(Object.keys(ps[0].NetworkSettings.Networks)).toEqual(['bridge', 'mynet']);
    expect(ps[0].NetworkSettings.Networks.mynet.IPAddress).toBe('172.18.0.2');
    expect(outcome(d.call('POST', '/networks/mynet/connect', { Container: 'web' }))).toEqual({
      status: 403,
      message: 'endpoint with name web already exists in network mynet',
    });
  });

  it('connect of a missing container is 404; of a missing network is 404', () => {
    const d = newDaemon();
    d.call('POST', '/networks/create', { Name: 'mynet' });
    expect(outcome(d.call('POST', '/networks/mynet/connect', { Container: 'ghost' }))).toEqual({
      status: 404,
      message: 'No such container: ghost',
    });
    expect(outcome(d.call('POST', '/networks/nope/connect', { Container: 'ghost' }))).toEqual({
      status: 404,
      message: 'network nope not found',
    });
  });

  it('disconnect removes the network from the container; the network can then be removed', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    d.call('POST', '/networks/create', { Name: 'mynet' });
    run(d, { Image: 'alpine', Cmd: ['sleep', '1000'] }, 'app');
    d.call('POST', '/networks/mynet/connect', { Container: 'app' });
    expect(outcome(d.call('POST', '/networks/mynet/disconnect', { Container: 'app', Force: false }))).toEqual({
      status: 200,
    });
    expect(outcome(d.call('DELETE', '/networks/mynet'))).toEqual({ status: 204 });
  });

  it('a created container joins its network only when it starts', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    d.call('POST', '/networks/create', { Name: 'mynet' });
    create(d, { Image: 'alpine', Cmd: ['sleep', '1000'], HostConfig: { NetworkMode: 'mynet' } }, 'app');
    const containers = () =>
      Object.keys((d.call('GET', '/networks/mynet').json as { Containers: Record<string, unknown> }).Containers);
    expect(containers()).toEqual([]);
    op(d, 'start', 'app');
    expect(containers()).toHaveLength(1);
  });
});
