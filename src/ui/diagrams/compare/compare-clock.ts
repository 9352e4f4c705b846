/**
 * The race clock of the comparison view, as a lit controller: it plays the run on animation frames
 * at the chosen speed, pauses, steps to the next phase change, restarts, and keeps the sentence a
 * screen reader should hear as the clock passes a notable moment (not every frame).
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { type ComparisonRun, formatMs } from '../../../model/comparison';
import { advanceClock, momentsPassed, nextStepMs, raceEndMs, raceMoments, type RaceMoment } from './compare-playback';
import { momentText } from './compare-sentences';

/** Plays one run at a time; the host re-renders whenever the clock, the play state or the narration change. */
export class RaceClock implements ReactiveController {
  /** Race ms since both sides started. */
  clockMs = 0;
  playing = false;
  /** The last moments passed, in words, for a polite live region. */
  narration = '';
  private run: ComparisonRun | undefined;
  private moments: RaceMoment[] = [];
  /** The clock up to which moments have been said; null when the race is back at its start. */
  private spokenUpTo: number | null = null;
  private frame = 0;
  private lastFrame: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The race speed now (read every frame, so a change applies at once). */
    private readonly speed: () => number,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.pause();
  }

  /** The race's last instant. */
  get endMs(): number {
    return this.run ? raceEndMs(this.run) : 0;
  }

  get done(): boolean {
    return !!this.run && this.clockMs >= this.endMs;
  }

  /** Takes a new run, with the clock at 0 (ready to run) or at its end (animation off). */
  load(run: ComparisonRun, at: 'start' | 'end'): void {
    this.run = run;
    this.moments = raceMoments(run);
    this.set(at === 'end' ? this.endMs : 0);
  }

  /** Runs from where the clock is (from 0 when it is at the end). */
  play(): void {
    if (!this.run) return;
    if (this.done) this.set(0);
    cancelAnimationFrame(this.frame);
    this.playing = true;
    this.lastFrame = undefined;
    this.frame = requestAnimationFrame(this.tick);
    this.host.requestUpdate();
  }

  pause(): void {
    cancelAnimationFrame(this.frame);
    this.playing = false;
    this.host.requestUpdate();
  }

  /** Back to 0 and run. */
  restart(): void {
    this.set(0);
    this.play();
  }

  /** Pauses and moves to the next instant at which a row enters a phase or is ready, saying the time. */
  step(): void {
    if (!this.run) return;
    this.pause();
    const passed = this.move(nextStepMs(this.run, this.clockMs));
    const at = msg(str`Race clock at ${formatMs(this.clockMs)}.`, { id: 'compare.view.at' });
    this.narration = [at, ...passed.map((m) => this.say(m))].join(' ');
  }

  private readonly tick = (now: number) => {
    const end = this.endMs;
    this.move(
      this.lastFrame === undefined ? this.clockMs : advanceClock(this.clockMs, now - this.lastFrame, this.speed(), end),
    );
    this.lastFrame = now;
    if (this.clockMs >= end) this.playing = false;
    else this.frame = requestAnimationFrame(this.tick);
  };

  /** Moves the clock and says the moments passed since the last ones said. */
  private move(to: number): RaceMoment[] {
    const passed = momentsPassed(this.moments, this.spokenUpTo, to);
    this.spokenUpTo = to;
    this.clockMs = to;
    if (passed.length) this.narration = passed.map((m) => this.say(m)).join(' ');
    this.host.requestUpdate();
    return passed;
  }

  /** Puts the clock at `ms` silently; at 0 every moment is still to come (failures at power-on included). */
  private set(ms: number): void {
    this.clockMs = ms;
    this.spokenUpTo = ms === 0 ? null : ms;
    this.host.requestUpdate();
  }

  private say(m: RaceMoment): string {
    return momentText(m, this.run?.vm.failed ?? 0);
  }
}
