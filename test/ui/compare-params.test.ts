import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import {
  defaultParams,
  readCompareParams,
  toSettings,
  writeCompareParams,
} from '../../src/ui/diagrams/compare/compare-params';

describe('the comparison settings in the URL', () => {
  it('reads every setting, defaulting what is missing', () => {
    const { params, ignored } = readCompareParams(
      '?view=compare&n=5&profile=windows-server&image=redis&cores=4&ram=32&storage=hdd&hypervisor=2&speed=0.25',
    );
    expect(params).toEqual({
      n: 5,
      profile: 'windows-server',
      image: 'redis',
      cores: 4,
      ramGiB: 32,
      storage: 'hdd',
      hypervisor: 2,
      speed: 0.25,
    });
    expect(ignored).toEqual([]);
    expect(readCompareParams('?view=compare').params).toEqual(defaultParams());
  });

  it('clamps n to 1-50 and names each ignored value with its valid range or choices', () => {
    const { params, ignored } = readCompareParams('?n=500&cores=0&ram=abc&profile=nope&storage=tape&speed=3');
    expect(params.n).toBe(50);
    expect(params.cores).toBe(1);
    expect(params.ramGiB).toBe(16);
    expect(params.profile).toBe('ubuntu-server');
    expect(params.storage).toBe('ssd');
    expect(params.speed).toBe(1);
    expect(ignored).toEqual([
      { key: 'n', value: '500', kind: 'range', min: 1, max: 50, used: 50 },
      {
        key: 'profile',
        value: 'nope',
        kind: 'choice',
        choices: ['ubuntu-server', 'cloud-vm', 'desktop-vm', 'windows-server', 'firecracker'],
        used: 'ubuntu-server',
      },
      { key: 'cores', value: '0', kind: 'range', min: 1, max: 256, used: 1 },
      { key: 'ram', value: 'abc', kind: 'range', min: 2, max: 4096, used: 16 },
      { key: 'storage', value: 'tape', kind: 'choice', choices: ['ssd', 'nvme', 'hdd'], used: 'ssd' },
      { key: 'speed', value: '3', kind: 'choice', choices: ['0.1', '0.25', '0.5', '1', '2'], used: '1' },
    ]);
    expect(readCompareParams('?n=0').params.n).toBe(1);
    expect(readCompareParams('?n=2.6').params.n).toBe(3);
  });

  it("writes every setting back, keeping the page's other parameters, and reads back the same", () => {
    const params = { ...defaultParams(), n: 12, image: 'nginx:alpine', storage: 'nvme' as const };
    const search = writeCompareParams('?view=compare&lang=id', params);
    const url = new URLSearchParams(search);
    expect(url.get('view')).toBe('compare');
    expect(url.get('lang')).toBe('id');
    expect(readCompareParams(search)).toEqual({ params, ignored: [] });
  });

  it('passes host size as overrides only when changed, so the run marks only what the reader set', () => {
    expect(toSettings(defaultParams()).overrides).toEqual({});
    const settings = toSettings({ ...defaultParams(), cores: 2, ramGiB: 8, storage: 'hdd' });
    expect(settings).toMatchObject({
      vms: 5,
      containers: 5,
      storage: 'hdd',
      overrides: { host_cores: 2, host_ram: 8 },
    });
    const run = planComparison(settings);
    expect(run.host.cores).toBe(2);
    expect(run.citations.host_ram.overridden).toBe(true);
  });
});
