import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { planComparison } from '../../src/model/vm/comparison';
import { RaceClock } from '../../src/ui/diagrams/compare/compare-clock';
import { raceEndMs } from '../../src/ui/diagrams/compare/compare-playback';

describe('the race clock', () => {
  let frames: Array<(now: number) => void>;
  let now: number;
  const host: ReactiveControllerHost = {
    addController: (_c: ReactiveController) => undefined,
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  /** Runs the pending animation frame `ms` after the last one. */
  const frame = (ms: number) => {
    now += ms;
    const next = frames.shift();
    next?.(now);
  };

  beforeEach(() => {
    frames = [];
    now = 0;
    vi.stubGlobal('requestAnimationFrame', (f: (now: number) => void) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => {
      frames = [];
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('plays at its speed, says when the containers are running, and stops at the end', () => {
    const run = planComparison({ vms: 3, containers: 3 });
    const clock = new RaceClock(host, () => 2);
    clock.load(run, 'start');
    clock.play();
    frame(0);
    expect(clock.clockMs).toBe(0);
    frame(250);
    expect(clock.clockMs).toBe(500);
    expect(clock.narration).toBe('');
    frame(run.container.allReadyMs / 2);
    expect(clock.narration).toMatch(/^All 3 containers are running after/);
    while (frames.length) frame(1000);
    expect(clock.clockMs).toBe(raceEndMs(run));
    expect(clock.playing).toBe(false);
    expect(clock.done).toBe(true);
    expect(clock.narration).toMatch(/^All 3 VMs are ready after/);
  });

  it('steps to the next phase change, pausing, and starts again from 0 when played at the end', () => {
    const run = planComparison({ vms: 50, containers: 50 });
    const clock = new RaceClock(host, () => 1);
    clock.load(run, 'start');
    clock.step();
    expect(clock.playing).toBe(false);
    expect(clock.clockMs).toBeGreaterThan(0);
    // Leaving 0 passes the VMs refused at power-on.
    expect(clock.narration).toMatch(/^Race clock at /);
    expect(clock.narration).toContain(`VM ${run.vm.started + 1} and ${run.vm.failed - 1} more could not start.`);
    clock.load(run, 'end');
    expect(clock.done).toBe(true);
    clock.play();
    expect(clock.clockMs).toBe(0);
    expect(clock.playing).toBe(true);
    clock.pause();
    expect(frames).toEqual([]);
  });
});
