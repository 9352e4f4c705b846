import { describe, expect, it } from 'vitest';
import { checkOverride, checkSettings, SettingsError } from '../../src/model/vm/settings';
import { planComparison } from '../../src/model/vm/comparison';
import { runCompare } from '../../tools/compare';
import { parseSize } from '../../tools/compare/parse-size';

function errorsOf(input: Parameters<typeof checkSettings>[0]): string[] {
  const check = checkSettings(input);
  return check.ok ? [] : check.errors;
}

describe('bad settings are refused with the valid range', () => {
  it('a negative, fractional or huge count names 0 to 5000', () => {
    expect(errorsOf({ vms: -1 })).toEqual(['vms must be a whole number from 0 to 5000; got -1']);
    expect(errorsOf({ containers: 2.5 })).toEqual(['containers must be a whole number from 0 to 5000; got 2.5']);
    expect(errorsOf({ vms: 1e9, containers: Number.NaN })).toHaveLength(2);
  });

  it('0 RAM names the RAM range', () => {
    expect(errorsOf({ overrides: { host_ram: 0 } })).toEqual([
      'Host RAM (host_ram) must be from 2 to 4096 GiB; got 0 GiB',
    ]);
  });

  it('an unknown profile lists the valid ones', () => {
    expect(errorsOf({ profile: 'solaris-zone' })).toEqual([
      "unknown VM profile 'solaris-zone'; valid profiles: ubuntu-server, cloud-vm, desktop-vm, windows-server, " +
        'firecracker',
    ]);
  });

  it('nonsense values are refused: NaN, Infinity, text, unknown parameters, fractional cores', () => {
    expect(checkOverride('userspace', Number.NaN)).toBe(
      'Userspace (systemd → multi-user.target) (userspace) must be a number from 3 to 40 s; got NaN',
    );
    expect(checkOverride('kernel', Number.POSITIVE_INFINITY)).toMatch(/must be a number from 0.1 to 7 s; got Infinity/);
    expect(checkOverride('kernel', '2')).toMatch(/must be a number/);
    expect(checkOverride('warp_factor', 9)).toMatch(/^unknown parameter 'warp_factor'/);
    expect(checkOverride('host_cores', 2.5)).toBe(
      'Host CPU cores (host_cores) must be a whole number from 1 to 256; got 2.5',
    );
    expect(errorsOf({ disks: 'thin', storage: 'tape', image: '' })).toEqual([
      "image must name an image, e.g. nginx or alpine; got ''",
      "disks must be one of full, linked; got 'thin'",
      "storage must be one of ssd, nvme, hdd; got 'tape'",
    ]);
    expect(errorsOf({ image: 'UPPER' })[0]).toMatch(/^image 'UPPER': invalid reference format/);
  });

  it('a host OS bigger than the host is refused', () => {
    expect(errorsOf({ overrides: { host_ram: 2, host_os_ram: 4 } })).toEqual([
      'the host OS memory (host_os_ram) must be less than the host RAM (host_ram)',
    ]);
  });

  it('planComparison throws every problem at once, and an image no registry has', () => {
    expect(() => planComparison({ vms: -1, profile: 'x' })).toThrow(SettingsError);
    try {
      planComparison({ vms: -1, profile: 'x' });
    } catch (error) {
      expect((error as SettingsError).errors).toHaveLength(2);
    }
    expect(() => planComparison({ image: 'nosuchimage' })).toThrow(
      /image 'nosuchimage' could not be pulled: pull access denied for nosuchimage/,
    );
  });

  it('valid edge values run without NaN, Infinity or negative times', () => {
    const run = planComparison({
      vms: 0,
      containers: 0,
      overrides: { host_ram: 2, host_cores: 1, cpu_speed: 0.1, bootloader: 0, initramfs: 0 },
    });
    expect(run.vm.allReadyMs).toBe(0);
    expect(run.vm.firstReadyMs).toBeNull();
    expect(run.vm.fit.total).toBe(0);
    expect(run.vm.limitFailure.message).toMatch(/^not enough memory: the VM needs 2.049GiB but only 1GiB/);
  });
});

describe('the compare command line', () => {
  it('reports a range error under the flag that caused it', () => {
    expect(runCompare(['--ram', '0'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'compare: --ram 0: Host RAM (host_ram) must be from 2 to 4096 GiB; got 0 GiB\n',
    });
    expect(runCompare(['--vms', '-3']).stderr).toBe('compare: vms must be a whole number from 0 to 5000; got -3\n');
    expect(runCompare(['--profile', 'nope']).stderr).toMatch(/valid profiles: ubuntu-server, cloud-vm/);
  });

  it('refuses unknown options, missing values and non-numbers', () => {
    expect(runCompare(['--vm', '3']).stderr).toBe(
      "compare: unknown option --vm; see --help\ncompare: unexpected argument '3'; see --help\n",
    );
    expect(runCompare(['--vms']).stderr).toBe('compare: --vms needs a value; see --help\n');
    expect(runCompare(['--vms', 'five', '--ram', 'lots']).stderr).toBe(
      "compare: --vms: 'five' is not a number\ncompare: --ram: 'lots' is not a size (e.g. 16GiB, 500GB, 500MB)\n",
    );
    expect(runCompare(['--set', 'userspace']).stderr).toMatch(/--set needs ID=VALUE/);
  });

  it('accepts --flag=value, sizes with units, and --json', () => {
    const result = runCompare([
      '--vms=2',
      '--containers=3',
      '--ram=32GiB',
      '--cores',
      '16',
      '--storage',
      'hdd',
      '--disk-speed',
      '150MB',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const run = JSON.parse(result.stdout);
    expect(run.host).toMatchObject({ cores: 16, ramBytes: 32 * 2 ** 30, diskBandwidthBytesPerSec: 150e6, sIo: 2.04 });
    expect(run.vm.requested).toBe(2);
  });

  it('parses sizes: binary with i or a bare letter, decimal with B, bare numbers as bytes', () => {
    expect(parseSize('16GiB')).toBe(16 * 2 ** 30);
    expect(parseSize('16g')).toBe(16 * 2 ** 30);
    expect(parseSize('500GB')).toBe(500e9);
    expect(parseSize('1.5MB')).toBe(1.5e6);
    expect(parseSize('4096')).toBe(4096);
    for (const bad of ['', '-1GB', 'GB', '1iB', '1 XB']) expect(parseSize(bad), bad).toBeNull();
  });

  it('prints the usage for --help', () => {
    expect(runCompare(['--help']).stdout).toMatch(/^Usage: npm run --silent compare -- \[options\]/);
  });
});
