/**
 * The VM lifecycle as an xstate statechart:
 *
 *   off ─power on─▶ booting [cloud-api → scheduling → vmm → firmware → bootloader → kernel →
 *        initramfs → userspace → app] ─▶ running ─shutdown─▶ shuttingDown ─▶ off
 *   off ─power on, not enough RAM or disk─▶ failed (with the reason)
 *
 * Each boot phase is a state left by an `after` delay taken from the VM's phase durations, so a
 * (virtual) clock drives it; a phase with no duration is skipped. Admission is decided at power on:
 * a VM reserves all of its guest RAM then, and a full-copy disk must fit.
 */

import { assign, enqueueActions, setup } from 'xstate';
import { VM_PHASES, type VmPhase } from './phases';
import { capacityFailure, type CapacityFailure } from './failure';

/** What a VM actor is created with. */
export interface VmMachineInput {
  /** The VM's name, carried on every emitted event (`vm-1`). */
  name: string;
  /** Phase durations in ms; a missing or zero phase is skipped. */
  durations: Partial<Record<VmPhase, number>>;
  shutdownMs: number;
  /** RAM the VM reserves at power on (guest RAM + VMM overhead). */
  ramBytes: number;
  /** Disk the VM needs on the host. */
  diskBytes: number;
}

/** The VM's context: its input and, once failed, why. */
export interface VmContext extends VmMachineInput {
  failure: CapacityFailure | null;
}

/** Events a VM accepts; power on carries what the host has free at that moment. */
export type VmEvent =
  | {
      type: 'vm.powerOn';
      freeRamBytes: number;
      freeDiskBytes: number;
      ramCapacityBytes: number;
      diskCapacityBytes: number;
    }
  | { type: 'vm.shutdown' }
  | { type: 'vm.powerOff' };

/** Facts a VM emits as it goes, for the timeline and the page's animation. */
export type VmEmitted =
  | { type: 'vm.phase.entered'; vm: string; phase: VmPhase | 'shutdown' }
  | { type: 'vm.booted'; vm: string }
  | { type: 'vm.failed'; vm: string; failure: CapacityFailure }
  | { type: 'vm.stopped'; vm: string };

type PowerOn = Extract<VmEvent, { type: 'vm.powerOn' }>;

const phaseDelays = Object.fromEntries(
  VM_PHASES.map((phase) => [phase, ({ context }: { context: VmContext }) => context.durations[phase] ?? 0]),
) as Record<VmPhase, ({ context }: { context: VmContext }) => number>;

const machineSetup = setup({
  types: { context: {} as VmContext, events: {} as VmEvent, input: {} as VmMachineInput, emitted: {} as VmEmitted },
  delays: { ...phaseDelays, shutdown: ({ context }: { context: VmContext }) => context.shutdownMs },
  guards: {
    lacksRam: ({ context, event }) => event.type === 'vm.powerOn' && event.freeRamBytes < context.ramBytes,
    lacksDisk: ({ context, event }) => event.type === 'vm.powerOn' && event.freeDiskBytes < context.diskBytes,
    skips: ({ context }, params: { phase: VmPhase }) => !((context.durations[params.phase] ?? 0) > 0),
  },
  actions: {
    recordFailure: enqueueActions(({ context, event, enqueue }, params: { resource: 'ram' | 'disk' }) => {
      const e = event as PowerOn;
      const failure =
        params.resource === 'ram'
          ? capacityFailure('vm', 'ram', context.ramBytes, e.freeRamBytes, e.ramCapacityBytes)
          : capacityFailure('vm', 'disk', context.diskBytes, e.freeDiskBytes, e.diskCapacityBytes);
      enqueue.assign({ failure });
      enqueue.emit({ type: 'vm.failed', vm: context.name, failure });
    }),
    clearFailure: assign({ failure: null }),
    announcePhase: enqueueActions(({ context, enqueue }, params: { phase: VmPhase | 'shutdown' }) => {
      if (params.phase === 'shutdown' || (context.durations[params.phase] ?? 0) > 0)
        enqueue.emit({ type: 'vm.phase.entered', vm: context.name, phase: params.phase });
    }),
    announceBooted: enqueueActions(({ context, enqueue }) => enqueue.emit({ type: 'vm.booted', vm: context.name })),
    announceStopped: enqueueActions(({ context, enqueue }) => enqueue.emit({ type: 'vm.stopped', vm: context.name })),
  },
});

/** The boot phase states, each left after its delay (or at once when it has none). */
function bootStates() {
  return Object.fromEntries(
    VM_PHASES.map((phase, i) => {
      const next = i + 1 < VM_PHASES.length ? VM_PHASES[i + 1] : '#vm.running';
      return [
        phase,
        {
          entry: { type: 'announcePhase' as const, params: { phase } },
          always: { guard: { type: 'skips' as const, params: { phase } }, target: next },
          after: { [phase]: next },
        },
      ];
    }),
  );
}

const powerOn = [
  {
    guard: 'lacksRam' as const,
    target: '#vm.failed',
    actions: { type: 'recordFailure' as const, params: { resource: 'ram' as const } },
  },
  {
    guard: 'lacksDisk' as const,
    target: '#vm.failed',
    actions: { type: 'recordFailure' as const, params: { resource: 'disk' as const } },
  },
  { target: '#vm.booting', actions: 'clearFailure' as const },
];

/** The VM statechart; create it with `createActor(vmMachine, { input, clock })`. */
export const vmMachine = machineSetup.createMachine({
  id: 'vm',
  context: ({ input }) => ({ ...input, failure: null }),
  initial: 'off',
  states: {
    off: { on: { 'vm.powerOn': powerOn } },
    booting: {
      initial: VM_PHASES[0],
      states: bootStates(),
      on: { 'vm.powerOff': { target: 'off', actions: 'announceStopped' } },
    },
    running: {
      entry: 'announceBooted',
      on: { 'vm.shutdown': 'shuttingDown', 'vm.powerOff': { target: 'off', actions: 'announceStopped' } },
    },
    shuttingDown: {
      entry: { type: 'announcePhase', params: { phase: 'shutdown' } },
      after: { shutdown: { target: 'off', actions: 'announceStopped' } },
      on: { 'vm.powerOff': { target: 'off', actions: 'announceStopped' } },
    },
    failed: { on: { 'vm.powerOn': powerOn } },
  },
});
