/**
 * A lesson's autoplay: run the step, pause, reveal if it asks a prediction, pause, next; it stops
 * after the last step. Each start takes a new generation, so a loop still awaiting a pause or a
 * command from an earlier start ends instead of moving the lesson twice.
 */

import type { Step } from '../../model';
import type { LessonStage } from './lesson-snapshot';

/** What autoplay drives: the controller's position and its moves. */
export interface AutoplayHost {
  readonly stage: LessonStage;
  readonly current: Step;
  readonly last: boolean;
  runStep(): Promise<void>;
  reveal(): Promise<void>;
  next(): void;
}

/** Plays a lesson on its own at a chosen speed; `changed` is called whenever `playing` or `speed` changes. */
export class LessonAutoplay {
  playing = false;
  speed = 1;
  private generation = 0;

  constructor(
    private readonly host: AutoplayHost,
    /** The pause after a step (ms at speed 1). */
    private readonly pauseMs: number,
    private readonly changed: () => void,
  ) {}

  /** Starts playing, or stops. */
  toggle(): void {
    if (this.playing) this.stop();
    else {
      this.playing = true;
      this.changed();
      void this.play(++this.generation);
    }
  }

  /** Sets the speed (anything not a positive number: 1). */
  setSpeed(x: number): void {
    this.speed = x > 0 && Number.isFinite(x) ? x : 1;
    this.changed();
  }

  /** Stops playing; a loop in flight ends at its next check. */
  stop(): void {
    this.generation++;
    if (!this.playing) return;
    this.playing = false;
    this.changed();
  }

  private pause(ms: number, generation: number): Promise<boolean> {
    return new Promise((resolve) => setTimeout(() => resolve(generation === this.generation), ms / this.speed));
  }

  private async play(generation: number): Promise<void> {
    const host = this.host;
    while (generation === this.generation) {
      if (host.stage === 'before' || host.stage === 'predict') {
        const wasPredict = host.stage === 'predict' || !!host.current.predict;
        if (host.stage === 'before') await host.runStep();
        if (generation !== this.generation) return;
        if (wasPredict && host.stage === 'predict') {
          if (!(await this.pause(this.pauseMs, generation))) return;
          await host.reveal();
        }
      } else {
        if (!(await this.pause(this.pauseMs, generation))) return;
        if (host.last) return this.stop();
        host.next();
      }
    }
  }
}
