import { describe, expect, it } from 'vitest';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';
import {
  chunksShownBy,
  MAX_PLAYBACK_MS,
  nextChunkMs,
  planPlayback,
  pullWindowMs,
  staggerMs,
  transferSpeed,
} from '../../src/ui/common/playback-plan';
import { parseSpeed } from '../../src/ui/common/prefs';

/** A record whose chunks were written at `offsets` ms after it began (virtual time). */
function recordAt(offsets: number[], progressAt: number[] = []): CommandRecord {
  const at = 1_000_000;
  return {
    id: 1,
    line: 'docker pull x',
    at,
    cols: 80,
    tty: true,
    chunks: offsets.map((o) => ({ stream: 'stdout', text: `${o}\n`, at: at + o })),
    exitCode: 0,
    exchanges: [],
    events: progressAt.map((o) => ({
      type: 'image.layer.progress',
      host: 'h',
      layerId: 'l',
      status: 'Downloading',
      at: at + o,
    })),
    daemonRunning: true,
  };
}

describe('the playback plan', () => {
  it('plays a short command in real time at 1x, and twice as fast at 2x', () => {
    const r = recordAt([0, 500, 2000]);
    expect(planPlayback(r, 1).chunkMs).toEqual([0, 500, 2000]);
    expect(planPlayback(r, 2).chunkMs).toEqual([0, 250, 1000]);
    expect(planPlayback(r, 0.5).totalMs).toBe(4000);
  });

  it('squeezes a long pull into the cap at 1x, keeping the order and proportions of its chunks', () => {
    const r = recordAt([0, 30_000, 60_000]);
    const plan = planPlayback(r, 1);
    expect(plan.totalMs).toBe(MAX_PLAYBACK_MS);
    expect(plan.chunkMs).toEqual([0, MAX_PLAYBACK_MS / 2, MAX_PLAYBACK_MS]);
    expect(planPlayback(r, 2).totalMs).toBe(MAX_PLAYBACK_MS / 2);
  });

  it('shows everything at once when animation is off or when interrupted', () => {
    const r = recordAt([0, 1000, 9000]);
    for (const plan of [planPlayback(r, 0), planPlayback(r, 1, true)]) {
      expect(plan.chunkMs).toEqual([0, 0, 0]);
      expect(chunksShownBy(plan, 0)).toBe(3);
    }
  });

  it('shows results at once when instant, but a pull keeps its progress as at 1x', () => {
    const run = recordAt([0, 400, 900]);
    expect(planPlayback(run, 'instant').chunkMs).toEqual([0, 0, 0]);
    expect(transferSpeed(run, 'instant')).toBe(0);
    const pull = recordAt([0, 1000, 9000], [500, 8000]);
    expect(planPlayback(pull, 'instant')).toEqual(planPlayback(pull, 1));
    expect(planPlayback(pull, 'instant').totalMs).toBeGreaterThan(0);
    expect(transferSpeed(pull, 'instant')).toBe(1);
    expect(transferSpeed(pull, 2)).toBe(2);
    expect(staggerMs(2, 700, 'instant')).toBe(0);
  });

  it('says how many chunks are out by a time, and when the next one is due', () => {
    const plan = planPlayback(recordAt([0, 100, 100, 700]), 1);
    expect([0, 99, 100, 699, 700].map((t) => chunksShownBy(plan, t))).toEqual([1, 1, 3, 3, 4]);
    expect(nextChunkMs(plan, 1)).toBe(100);
    expect(nextChunkMs(plan, 4)).toBeUndefined();
  });

  it("times a pull's layer transfers on the same scale as the terminal", () => {
    const r = recordAt([0, 60_000], [6_000, 36_000]);
    expect(pullWindowMs(planPlayback(r, 1), r)).toBe(3000);
    expect(pullWindowMs(planPlayback(recordAt([0]), 1), recordAt([0]))).toBe(0);
  });

  it('staggers steps one after another, scaled by the speed', () => {
    expect([0, 1, 2].map((i) => staggerMs(i, 700, 1))).toEqual([0, 700, 1400]);
    expect(staggerMs(2, 700, 2)).toBe(700);
    expect(staggerMs(2, 700, 0)).toBe(0);
  });

  it('reads a speed from the menu, instant included, and refuses anything else', () => {
    expect(['0', 'instant', '0.5', '1', '2'].map(parseSpeed)).toEqual([0, 'instant', 0.5, 1, 2]);
    expect(parseSpeed('3')).toBeUndefined();
    expect(parseSpeed('')).toBeUndefined();
  });
});
