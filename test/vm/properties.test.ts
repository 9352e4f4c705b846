import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planComparison, type ComparisonRun } from '../../src/model/vm/comparison';
import { allReadyMs, readyTime, startCost } from '../../src/model/vm/contention';
import { footprintFit, vmRamFootprint, containerRamFootprint } from '../../src/model/vm/footprint';
import { createReader } from '../../src/model/vm/param-reader';
import { resolveHost } from '../../src/model/vm/host-spec';
import { VM_PROFILE_IDS, VM_PROFILES } from '../../src/model/vm/profiles';
import { appForImage } from '../../src/model/vm/app-profile';
import type { RaceResult } from '../../src/model/vm/race-result';

const hostOverrides = fc.record({
  host_ram: fc.double({ min: 2, max: 64, noNaN: true }),
  vm_guest_ram: fc.double({ min: 1024, max: 4096, noNaN: true }),
  host_cores: fc.integer({ min: 1, max: 64 }),
  cpu_speed: fc.double({ min: 0.1, max: 10, noNaN: true }),
  host_disk: fc.integer({ min: 10, max: 2000 }),
});
const settings = fc.record({
  vms: fc.integer({ min: 0, max: 25 }),
  containers: fc.integer({ min: 0, max: 40 }),
  profile: fc.constantFrom(...VM_PROFILE_IDS),
  image: fc.constantFrom('nginx', 'alpine', 'redis'),
  disks: fc.constantFrom('full' as const, 'linked' as const),
  storage: fc.constantFrom('ssd' as const, 'nvme' as const, 'hdd' as const),
  overrides: hostOverrides,
});

/** Every number anywhere in the run. */
function numbersIn(value: unknown, path = 'run', out: Array<[string, number]> = []): Array<[string, number]> {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
  return out;
}

const races = (run: ComparisonRun): RaceResult[] => [run.vm, run.container];

describe('properties of the comparison', () => {
  it('never returns NaN, Infinity or a negative number', () => {
    fc.assert(
      fc.property(settings, (s) => {
        for (const [path, n] of numbersIn(planComparison(s))) {
          if (!Number.isFinite(n) || n < 0) throw new Error(`${path} = ${n}`);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('totals equal the sum of their parts', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const run = planComparison(s);
        for (const race of races(run)) {
          expect(race.started + race.failed).toBe(race.requested);
          expect(race.ram.usedBytes).toBe(race.ram.sharedBytes + race.started * race.ram.perInstanceBytes);
          const started = race.timeline.instances.filter((i) => i.readyMs !== null);
          for (const instance of started) {
            const sum = instance.phases.reduce((t, p) => t + (p.endMs - p.startMs), 0);
            expect(sum).toBe(instance.readyMs);
          }
          expect(race.allReadyMs).toBe(started.reduce((max, i) => Math.max(max, i.readyMs!), 0));
          const ram = race.timeline.resources.find((r) => r.resource === 'ram')!;
          expect(ram.points.at(-1)!.value).toBe(race.ram.usedBytes);
        }
        const rw = run.container.timeline.instances.length
          ? run.container.disk.usedBytes - run.container.disk.sharedBytes
          : 0;
        expect(rw).toBe(run.container.started * run.container.disk.perInstanceBytes);
      }),
      { numRuns: 30 },
    );
  });

  it('is monotonic in N: more instances never finish sooner or use less', () => {
    fc.assert(
      fc.property(settings, fc.integer({ min: 1, max: 10 }), (s, more) => {
        const small = planComparison(s);
        const big = planComparison({ ...s, vms: s.vms + more, containers: s.containers + more });
        for (const [a, b] of [
          [small.vm, big.vm],
          [small.container, big.container],
        ] as Array<[RaceResult, RaceResult]>) {
          expect(b.allReadyMs).toBeGreaterThanOrEqual(a.allReadyMs);
          expect(b.started).toBeGreaterThanOrEqual(a.started);
          expect(b.ram.usedBytes).toBeGreaterThanOrEqual(a.ram.usedBytes);
          expect(b.disk.usedBytes).toBeGreaterThanOrEqual(a.disk.usedBytes);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('§3.4: the k-th ready time never decreases with k and never beats T(1)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        fc.integer({ min: 1, max: 5000 }),
        (single, work, read, serial, k) => {
          const host = resolveHost(createReader(), 'ssd');
          const cost = startCost(work, read, serial, host);
          expect(readyTime(k, single, cost).atMs).toBeGreaterThanOrEqual(single);
          expect(readyTime(k + 1, single, cost).atMs).toBeGreaterThanOrEqual(readyTime(k, single, cost).atMs);
          expect(allReadyMs(k, single, cost)).toBe(readyTime(k, single, cost).atMs);
        },
      ),
    );
  });

  it('more RAM never fits fewer VMs or containers', () => {
    const reader = createReader();
    fc.assert(
      fc.property(
        fc.constantFrom(...VM_PROFILE_IDS),
        fc.double({ min: 0, max: 4e12, noNaN: true }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (id, ram, extra) => {
          const vm = vmRamFootprint(VM_PROFILES[id], reader);
          const ct = containerRamFootprint(appForImage('nginx'), reader);
          expect(footprintFit(vm, ram + extra)!).toBeGreaterThanOrEqual(footprintFit(vm, ram)!);
          expect(footprintFit(ct, ram + extra)!).toBeGreaterThanOrEqual(footprintFit(ct, ram)!);
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (ram, extra) => {
        const a = planComparison({ vms: 0, containers: 0, overrides: { host_ram: ram } });
        const b = planComparison({ vms: 0, containers: 0, overrides: { host_ram: Math.min(4096, ram + extra) } });
        expect(b.vm.fit.total).toBeGreaterThanOrEqual(a.vm.fit.total);
        expect(b.container.fit.total).toBeGreaterThanOrEqual(a.container.fit.total);
      }),
      { numRuns: 30 },
    );
  });
});
