import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateNode } from 'xstate';
import { getShortestPaths } from '@xstate/graph';
import { vmMachine, type VmEmitted, type VmEvent, type VmMachineInput } from '../../src/model/vm/vm-machine';
import type { VmPhase } from '../../src/model/vm/phases';
import { createVirtualClock, followWorldClock } from '../../src/model/vm/virtual-clock';
import { createWorld } from '../../src/model/world/world';
import { advanceClock } from '../../src/model/engine/advance';

const UBUNTU: VmMachineInput = {
  name: 'vm-1',
  durations: { vmm: 35, firmware: 1000, bootloader: 1000, kernel: 1500, initramfs: 1000, userspace: 12000, app: 500 },
  shutdownMs: 2000,
  ramBytes: 2098,
  diskBytes: 2200,
};
const ROOMY = {
  type: 'vm.powerOn',
  freeRamBytes: 10_000,
  freeDiskBytes: 10_000,
  ramCapacityBytes: 16_000,
  diskCapacityBytes: 50_000,
} as const;

function start(input: VmMachineInput = UBUNTU, startMs = 0) {
  const clock = createVirtualClock(startMs);
  const actor = createActor(vmMachine, { input, clock });
  const log: Array<[number, string]> = [];
  const emitted: VmEmitted[] = [];
  actor.on('*', (event) => {
    emitted.push(event);
    log.push([clock.now(), event.type === 'vm.phase.entered' ? event.phase : event.type]);
  });
  actor.start();
  return { clock, actor, log, emitted };
}

describe('the VM statechart', () => {
  it('is off until powered on', () => {
    const { actor, clock } = start();
    clock.advanceTo(60_000);
    expect(actor.getSnapshot().value).toBe('off');
  });

  it('boots phase by phase on the virtual clock and is running after 17.035 s', () => {
    const { actor, clock, log } = start();
    actor.send(ROOMY);
    expect(actor.getSnapshot().value).toEqual({ booting: 'vmm' });
    clock.advanceTo(3000);
    expect(actor.getSnapshot().value).toEqual({ booting: 'kernel' });
    clock.advanceTo(17_034);
    expect(actor.getSnapshot().value).toEqual({ booting: 'app' });
    clock.advanceTo(17_035);
    expect(actor.getSnapshot().value).toBe('running');
    expect(log).toEqual([
      [0, 'vmm'],
      [35, 'firmware'],
      [1035, 'bootloader'],
      [2035, 'kernel'],
      [3535, 'initramfs'],
      [4535, 'userspace'],
      [16_535, 'app'],
      [17_035, 'vm.booted'],
    ]);
  });

  it('skips the phases a profile does not have (a microVM has no firmware or bootloader)', () => {
    const { actor, clock, log } = start({ ...UBUNTU, durations: { vmm: 12, kernel: 125, userspace: 200, app: 1 } });
    actor.send(ROOMY);
    clock.advanceTo(1000);
    expect(log).toEqual([
      [0, 'vmm'],
      [12, 'kernel'],
      [137, 'userspace'],
      [337, 'app'],
      [338, 'vm.booted'],
    ]);
  });

  it('fails at power on when the host has too little free RAM, and says why', () => {
    const { actor, emitted } = start();
    actor.send({ ...ROOMY, freeRamBytes: 1000 });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('failed');
    expect(snapshot.context.failure).toMatchObject({
      resource: 'ram',
      neededBytes: 2098,
      freeBytes: 1000,
      capacityBytes: 16_000,
    });
    expect(snapshot.context.failure?.message).toMatch(/^not enough memory: the VM needs/);
    expect(emitted.map((e) => e.type)).toEqual(['vm.failed']);
  });

  it('fails at power on when its disk does not fit', () => {
    const { actor } = start();
    actor.send({ ...ROOMY, freeDiskBytes: 100 });
    expect(actor.getSnapshot().context.failure).toMatchObject({ resource: 'disk', neededBytes: 2200, freeBytes: 100 });
  });

  it('a failed VM boots when powered on again with enough memory', () => {
    const { actor, clock } = start();
    actor.send({ ...ROOMY, freeRamBytes: 0 });
    actor.send(ROOMY);
    expect(actor.getSnapshot().context.failure).toBeNull();
    clock.advanceTo(20_000);
    expect(actor.getSnapshot().value).toBe('running');
  });

  it('shuts down through its shutdown phase, and powering off stops a boot at once', () => {
    const { actor, clock, log } = start();
    actor.send(ROOMY);
    clock.advanceTo(18_000);
    actor.send({ type: 'vm.shutdown' });
    expect(actor.getSnapshot().value).toBe('shuttingDown');
    clock.advanceTo(20_000);
    expect(actor.getSnapshot().value).toBe('off');
    expect(log.slice(-2)).toEqual([
      [18_000, 'shutdown'],
      [20_000, 'vm.stopped'],
    ]);
    actor.send(ROOMY);
    clock.advanceTo(21_000);
    actor.send({ type: 'vm.powerOff' });
    clock.advanceTo(60_000);
    expect(actor.getSnapshot().value).toBe('off');
    expect(log.filter(([, what]) => what === 'vm.booted')).toHaveLength(1);
  });

  it("follows the world's virtual clock", () => {
    const world = createWorld({ seed: 'vm' });
    const clock = createVirtualClock(world.state.clock.nowMs);
    const stop = followWorldClock(world, clock);
    const actor = createActor(vmMachine, { input: UBUNTU, clock });
    actor.start();
    actor.send(ROOMY);
    advanceClock(world, 10_000);
    expect(actor.getSnapshot().value).toEqual({ booting: 'userspace' });
    advanceClock(world, 7035);
    expect(actor.getSnapshot().value).toBe('running');
    stop();
  });
});

describe('the virtual clock', () => {
  it('fires each timeout at its own due time, in order, and not before', () => {
    const clock = createVirtualClock(100);
    const fired: Array<[string, number]> = [];
    clock.setTimeout(() => fired.push(['b', clock.now()]), 50);
    const cancelled = clock.setTimeout(() => fired.push(['x', clock.now()]), 10);
    clock.setTimeout(() => fired.push(['a', clock.now()]), 20);
    clock.clearTimeout(cancelled);
    clock.advanceTo(140);
    expect(fired).toEqual([['a', 120]]);
    clock.advanceTo(50);
    expect(clock.now()).toBe(140);
    clock.advanceTo(1000);
    expect(fired).toEqual([
      ['a', 120],
      ['b', 150],
    ]);
    expect(clock.pending()).toBe(0);
  });
});

describe('the VM statechart, walked path by path (@xstate/graph)', () => {
  const CLOUD: VmMachineInput = { ...UBUNTU, durations: { 'cloud-api': 1500, scheduling: 5000, ...UBUNTU.durations } };
  const delayEvents: string[] = [];
  const collect = (node: AnyStateNode) => {
    for (const t of node.after) delayEvents.push(t.eventType);
    for (const child of Object.values(node.states)) collect(child);
  };
  collect(vmMachine.root);
  const events = [
    ROOMY,
    { ...ROOMY, freeRamBytes: 0 },
    { type: 'vm.shutdown' },
    { type: 'vm.powerOff' },
    ...delayEvents.map((type) => ({ type })),
  ] as VmEvent[]; // the delay events are xstate's own, which the graph walker fires like any other

  it('reaches every state, and every path replays on the virtual clock to the same state', () => {
    const reached = new Set<string>();
    for (const input of [UBUNTU, CLOUD]) {
      for (const path of getShortestPaths(vmMachine, { input, events })) {
        reached.add(JSON.stringify(path.state.value));
        const { actor, clock } = start(input);
        for (const step of path.steps) {
          const type: string = step.event.type;
          const delay = /^xstate\.after\.([^.]+)\./.exec(type)?.[1];
          if (delay === 'shutdown') clock.advanceTo(clock.now() + input.shutdownMs);
          else if (delay) clock.advanceTo(clock.now() + (input.durations[delay as VmPhase] ?? 0));
          else if (type !== 'xstate.init') actor.send(step.event);
        }
        expect(actor.getSnapshot().value, path.steps.map((s) => s.event.type).join(' > ')).toEqual(path.state.value);
      }
    }
    const boot = [
      'cloud-api',
      'scheduling',
      'vmm',
      'firmware',
      'bootloader',
      'kernel',
      'initramfs',
      'userspace',
      'app',
    ].map((p) => JSON.stringify({ booting: p }));
    expect([...reached].sort()).toEqual(['"failed"', '"off"', '"running"', '"shuttingDown"', ...boot].sort());
  });
});
