import { describe, expect, it } from 'vitest';
import { create, newDaemon, pull, run } from './engine-harness';
import { typedDocument } from '../../src/model/cli/commands/inspect/typed-document';
import { executeDockerTemplate, parseDockerTemplate } from '../../src/model/cli/format/template';

const inspect = (d: ReturnType<typeof newDaemon>, name: string) =>
  d.call('GET', `/containers/${name}/json`).json as Record<string, Record<string, unknown>>;

function format(kind: 'container' | 'image', doc: unknown, template: string): string {
  const parsed = parseDockerTemplate(template);
  if (!parsed.ok) throw new Error(parsed.error);
  const result = executeDockerTemplate(parsed.template, typedDocument(kind, doc), { methodSet: false });
  if (result.error !== undefined) throw new Error(result.error);
  return result.output;
}

describe('container inspect at API 1.50 (daemon/inspect.go)', () => {
  it('fills the deprecated top-level NetworkSettings from the bridge endpoint, with a random local MAC', () => {
    const d = newDaemon();
    pull(d, 'nginx');
    run(d, { Image: 'nginx' }, 'web');
    const settings = inspect(d, 'web').NetworkSettings as Record<string, unknown>;
    const bridge = (settings.Networks as Record<string, Record<string, unknown>>).bridge;
    expect(settings.IPAddress).toBe(bridge.IPAddress);
    expect(settings.MacAddress).toBe(bridge.MacAddress);
    expect(settings.Gateway).toBe('172.17.0.1');
    const mac = String(bridge.MacAddress);
    expect(mac).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    // netutils.GenerateRandomMAC: unicast (bit 0 clear), locally administered (bit 1 set).
    expect(parseInt(mac.slice(0, 2), 16) & 0x03).toBe(0x02);
    expect(Object.keys(settings).slice(0, 5)).toEqual(['Bridge', 'SandboxID', 'SandboxKey', 'Ports', 'HairpinMode']);
  });

  it('a container on another network only has empty top-level fields', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    d.call('POST', '/networks/create', { Name: 'backend' });
    run(d, { Image: 'alpine', Cmd: ['sleep', '100'], HostConfig: { NetworkMode: 'backend' } }, 'app');
    const settings = inspect(d, 'app').NetworkSettings as Record<string, unknown>;
    expect(settings.IPAddress).toBe('');
    expect(settings.MacAddress).toBe('');
  });

  it('HostConfig has the keys of api/types/container.HostConfig in order, Resources inline', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    create(d, { Image: 'alpine' }, 'c1');
    const keys = Object.keys(inspect(d, 'c1').HostConfig);
    expect(keys.slice(0, 4)).toEqual(['Binds', 'ContainerIDFile', 'LogConfig', 'NetworkMode']);
    expect(keys.indexOf('Isolation')).toBe(keys.indexOf('CpuShares') - 1);
    expect(keys.slice(-2)).toEqual(['MaskedPaths', 'ReadonlyPaths']);
    expect(keys).toHaveLength(new Set(keys).size);
    expect(inspect(d, 'c1').HostConfig).toMatchObject({ ShmSize: 67108864, IpcMode: 'private', Runtime: 'runc' });
  });
});

describe('--format sees the typed result', () => {
  it('prints Go maps as map[k:v] with sorted keys, and slices of structs as Go does', () => {
    const doc = {
      Config: { ExposedPorts: { '6379/tcp': {} }, Labels: { b: '2', a: '1' }, Env: null },
      NetworkSettings: {
        Ports: {
          '80/tcp': [
            { HostIp: '0.0.0.0', HostPort: '8080' },
            { HostIp: '::', HostPort: '8080' },
          ],
        },
      },
    };
    expect(format('container', doc, '{{.Config.ExposedPorts}}')).toBe('map[6379/tcp:{}]');
    expect(format('container', doc, '{{.NetworkSettings.Ports}}')).toBe('map[80/tcp:[{0.0.0.0 8080} {:: 8080}]]');
    expect(format('container', doc, '{{.Config.Labels}}')).toBe('map[a:1 b:2]');
    expect(format('container', doc, '{{.Config.Env}} {{json .Config.Env}}')).toBe('[] null');
  });

  it('an image config field the daemon omitted is its zero value, and json still leaves it out', () => {
    const doc = { Config: { Cmd: ['/bin/sh'] } };
    expect(format('image', doc, '{{.Config.Env}}|{{.Config.User}}|{{.Config.Volumes}}')).toBe('[]||map[]');
    expect(format('image', doc, '{{json .Config}}')).toBe('{"Cmd":["/bin/sh"]}');
  });
});
