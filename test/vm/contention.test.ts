import { describe, expect, it } from 'vitest';
import { allReadyMs, fitCount, readyTime, startCost } from '../../src/model/vm/contention';
import { schedulePhases } from '../../src/model/vm/schedule';
import { createReader } from '../../src/model/vm/param-reader';
import { resolveHost } from '../../src/model/vm/host-spec';
import type { TimedPhase } from '../../src/model/vm/boot-time';

const host = resolveHost(createReader(), 'ssd');

describe('§3.4 N instances started at once', () => {
  it('one start costs W_cpu/C of the cores, R_io/B of the disk and t_serial of the control plane', () => {
    expect(startCost(4000, 200e6, 50, host)).toEqual({ cpuMs: 500, diskMs: 400, serialMs: 50 });
    expect(startCost(100, 5e6, 30, host)).toEqual({ cpuMs: 12.5, diskMs: 10, serialMs: 30 });
  });

  it('the k-th VM is ready at T(1) until 34 VMs, then the cores set the pace', () => {
    const vm = startCost(4000, 200e6, 50, host);
    expect(readyTime(1, 17_035, vm)).toEqual({ atMs: 17_035, binding: 'none' });
    expect(readyTime(34, 17_035, vm)).toEqual({ atMs: 17_035, binding: 'none' });
    expect(readyTime(35, 17_035, vm)).toEqual({ atMs: 17_500, binding: 'cpu' });
    expect(allReadyMs(100, 17_035, vm)).toBe(50_000);
  });

  it('containers queue on the daemon past 29 at once: 50 containers are all ready after 1.5 s', () => {
    const ct = startCost(100, 5e6, 30, host);
    expect(readyTime(29, 873, ct)).toEqual({ atMs: 873, binding: 'none' });
    expect(readyTime(30, 873, ct)).toEqual({ atMs: 900, binding: 'serial' });
    expect(allReadyMs(50, 873, ct)).toBe(1500);
  });

  it('a slow disk makes the disk the bottleneck', () => {
    const hdd = { ...host, diskBandwidthBytesPerSec: 125e6 };
    expect(startCost(4000, 200e6, 50, hdd).diskMs).toBe(1600);
    expect(readyTime(20, 17_035, startCost(4000, 200e6, 50, hdd))).toEqual({ atMs: 32_000, binding: 'disk' });
  });

  it('no instances take no time', () => {
    expect(allReadyMs(0, 17_035, startCost(4000, 200e6, 50, host))).toBe(0);
  });

  it('admission counts whole instances and an exact fit is a fit', () => {
    expect(fitCount(15 * 2 ** 30, 2098 * 2 ** 20)).toBe(7);
    expect(fitCount(15 * 2 ** 30, 3 * 2 ** 30)).toBe(5);
    expect(fitCount(-5, 10)).toBe(0);
    expect(fitCount(100, 0)).toBeNull();
  });
});

describe('phase intervals under contention', () => {
  const phases: TimedPhase[] = [
    { phase: 'create', durationMs: 250, param: 'cli_daemon', ioShare: 0 },
    { phase: 'rootfs', durationMs: 20, param: 'rootfs_mount', ioShare: 1 },
    { phase: 'app', durationMs: 500, param: 'app_start', ioShare: 0.3 },
  ];

  it('alone, the phases follow each other from 0', () => {
    expect(
      schedulePhases(phases, { atMs: 770, binding: 'none' }, 'create').map((p) => [
        p.phase,
        p.startMs,
        p.endMs,
        p.waitMs,
      ]),
    ).toEqual([
      ['create', 0, 250, 0],
      ['rootfs', 250, 270, 0],
      ['app', 270, 770, 0],
    ]);
  });

  it('a serial bottleneck puts the whole wait in the serial phase', () => {
    expect(
      schedulePhases(phases, { atMs: 1000, binding: 'serial' }, 'create').map((p) => [
        p.phase,
        p.startMs,
        p.endMs,
        p.waitMs,
      ]),
    ).toEqual([
      ['create', 0, 480, 230],
      ['rootfs', 480, 500, 0],
      ['app', 500, 1000, 0],
    ]);
  });

  it('a CPU bottleneck spreads the wait by CPU share and a disk one by I/O share', () => {
    // CPU weights 250 : 0 : 350 of a 600 ms wait; disk weights 0 : 20 : 150 of a 170 ms wait.
    expect(schedulePhases(phases, { atMs: 1370, binding: 'cpu' }, 'create').map((p) => p.endMs - p.startMs)).toEqual([
      500, 20, 850,
    ]);
    expect(schedulePhases(phases, { atMs: 940, binding: 'disk' }, 'create').map((p) => p.endMs - p.startMs)).toEqual([
      250, 40, 650,
    ]);
  });

  it('the intervals always add up to the ready time exactly', () => {
    const odd: TimedPhase[] = phases.map((p) => ({ ...p, durationMs: p.durationMs / 3 }));
    const intervals = schedulePhases(odd, { atMs: 1234.567, binding: 'cpu' }, 'create');
    expect(intervals[intervals.length - 1].endMs).toBe(1235);
    intervals.slice(1).forEach((p, i) => expect(p.startMs).toBe(intervals[i].endMs));
  });
});
