import { describe, expect, it } from 'vitest';
import { LessonController, type LessonSessionPort, type LessonSnapshot } from '../../src/ui/lesson/lesson-controller';
import { replayPosition, runSessionLine, type PageReplay } from '../../src/ui/lesson/lesson-replay-page';
import { lessonWorldOf } from '../../src/model/lesson/lesson-replay';
import { defaultHost, serializeWorld, type World } from '../../src/model/world/world-base';
import { lessonById } from '../../src/lessons/index';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';

/** A session that runs lines at once on its world and reports them as the page's session does. */
class FakeSession extends EventTarget implements LessonSessionPort {
  world!: World;
  transcript: string[] = [];
  saved: LessonSnapshot | undefined;
  replaceWorld(replay: PageReplay): void {
    this.world = replay.lw.world;
    this.transcript = replay.records.map((r) => r.line);
  }
  setLesson(snapshot: LessonSnapshot | undefined): void {
    this.saved = snapshot;
  }
  submit(lines: string[]): void {
    for (const line of lines) this.type(line);
  }
  /** A line typed in the terminal. */
  type(line: string): void {
    const daemonRunning = defaultHost(this.world).daemon.status === 'running';
    const entry = runSessionLine(lessonWorldOf(this.world), line, null);
    this.transcript.push(line);
    const daemon = /^#daemon (start|stop)$/.exec(line)?.[1];
    // The page's daemon switch is a record with an empty line and the action's kind.
    const record: CommandRecord = daemon
      ? { ...entry, line: '', daemonRunning, action: { kind: 'daemon', daemon } }
      : { ...entry, daemonRunning };
    this.dispatchEvent(new CustomEvent('command', { detail: record }));
  }
}

const images = lessonById('images')!;
const containers = lessonById('containers')!;
const fresh = (step: number, lines: string[] = [], scenario = images) =>
  serializeWorld(replayPosition(scenario, step, lines).lw.world);

describe('LessonController', () => {
  it('opens a step with the world of a fresh replay, and next/prev/jump rebuild the same worlds', () => {
    const session = new FakeSession();
    const c = LessonController.open(images, session, 2);
    expect(c.step).toBe(2);
    expect(c.stage).toBe('before');
    expect(serializeWorld(session.world)).toBe(fresh(2));
    c.next();
    expect(serializeWorld(session.world)).toBe(fresh(3));
    c.prev();
    c.prev();
    expect(c.step).toBe(1);
    expect(serializeWorld(session.world)).toBe(fresh(1));
    c.jump(4);
    expect(serializeWorld(session.world)).toBe(fresh(4));
    c.jump(99);
    expect(c.step).toBe(images.steps.length - 1);
  });

  it('runs a step through the session, meets its goal and logs the lines', async () => {
    const session = new FakeSession();
    const c = LessonController.open(images, session, 1);
    expect(c.goal.met).toBe(false);
    await c.runStep();
    expect(c.stage).toBe('after');
    expect(c.goal.met).toBe(true);
    expect(c.log.slice(c.base).map((e) => e.line)).toEqual(images.steps[1].commands);
    expect(session.saved).toEqual({ lesson: 'images', step: 1, stage: 'after', lines: images.steps[1].commands });
  });

  it('checks goals over what the learner typed, whatever the words', () => {
    const session = new FakeSession();
    const c = LessonController.open(images, session, 1);
    session.type('docker pull alpine');
    expect(c.goal.met).toBe(true);
    expect(c.stage).toBe('after');
  });

  it('undoes and redoes a learner line by replay, and a new line drops the redo', () => {
    const session = new FakeSession();
    const c = LessonController.open(images, session, 1);
    session.type('docker pull alpine');
    session.type('docker pull busybox');
    const after = serializeWorld(session.world);
    expect(c.cursor).toBe(c.base + 2);
    c.undo();
    expect(serializeWorld(session.world)).toBe(fresh(1, ['docker pull alpine']));
    c.undo();
    expect(serializeWorld(session.world)).toBe(fresh(1));
    expect(c.goal.met).toBe(false);
    expect(c.canUndo).toBe(false);
    c.redo();
    c.redo();
    expect(c.canRedo).toBe(false);
    expect(serializeWorld(session.world)).toBe(fresh(1, ['docker pull alpine', 'docker pull busybox']));
    expect(serializeWorld(session.world)).toBe(after);
    c.undo();
    session.type('docker image ls');
    expect(c.canRedo).toBe(false);
    expect(c.lines).toEqual(['docker pull alpine', 'docker image ls']);
  });

  it('scrubs the timeline: inside the step, and back into an earlier step', async () => {
    const session = new FakeSession();
    const c = LessonController.open(containers, session, 3);
    await c.runStep();
    const log = c.log;
    // The first entry of step 2 applied: step 2 with its first lesson line.
    const k = log.findIndex((e) => e.step === 2 && !e.action);
    c.scrubTo(k + 1);
    expect(c.step).toBe(2);
    const lines = containers.steps[2].solution ?? containers.steps[2].commands;
    expect(serializeWorld(session.world)).toBe(fresh(2, lines.slice(0, 1), containers));
    expect(c.cursor).toBe(k + 1);
    // The timeline keeps the later steps: scrubbing forward again reaches the end of step 4.
    expect(c.log.length).toBe(log.length);
    expect(c.canRedo).toBe(true);
    c.scrubTo(log.length);
    expect(c.step).toBe(3);
    expect(c.stage).toBe('after');
    expect(serializeWorld(session.world)).toBe(fresh(3, containers.steps[3].commands, containers));
    // Redo walks forward one entry at a time, across steps.
    c.scrubTo(k + 1);
    while (c.canRedo) c.redo();
    expect(c.step).toBe(3);
    expect(serializeWorld(session.world)).toBe(fresh(3, containers.steps[3].commands, containers));
  });

  it('restores a snapshot into the same world', () => {
    const a = new FakeSession();
    const c = LessonController.open(images, a, 1);
    a.type('docker pull alpine');
    const b = new FakeSession();
    const d = LessonController.restore(images, c.snapshot(), b);
    expect(d.step).toBe(1);
    expect(d.goal.met).toBe(true);
    expect(serializeWorld(b.world)).toBe(serializeWorld(a.world));
  });

  it('stops at the prediction, then reveals', async () => {
    const lesson = [images, containers, lessonById('lifecycle')!, lessonById('architecture')!].find((l) =>
      l.steps.some((s) => s.predict),
    );
    if (!lesson) throw new Error('no lesson of the course asks for a prediction');
    const i = lesson.steps.findIndex((s) => s.predict);
    const c = LessonController.open(lesson, new FakeSession(), i);
    await c.runStep();
    expect(c.stage).toBe('predict');
    await c.reveal();
    expect(c.stage).toBe('after');
  });

  it('autoplays: runs each step, reveals predictions, moves on, and stops after the last step', async () => {
    const session = new FakeSession();
    const c = LessonController.open(images, session, 4, { autoplayPauseMs: 1 });
    c.setSpeed(2);
    c.togglePlay();
    expect(c.playing).toBe(true);
    await expect.poll(() => c.playing, { timeout: 5000 }).toBe(false);
    expect(c.step).toBe(images.steps.length - 1);
    expect(c.stage).toBe('after');
    expect(c.goal.met).toBe(true);
    expect(serializeWorld(session.world)).toBe(fresh(6, images.steps[6].commands));
  });

  it('records the daemon switch as a line of the step, and replays it', () => {
    const architecture = lessonById('architecture')!;
    const session = new FakeSession();
    const c = LessonController.open(architecture, session, 0);
    session.type('#daemon stop');
    expect(c.lines).toEqual(['#daemon stop']);
    expect(defaultHost(session.world).daemon.status).toBe('stopped');
    c.undo();
    expect(defaultHost(session.world).daemon.status).toBe('running');
    c.redo();
    expect(defaultHost(session.world).daemon.status).toBe('stopped');
  });
  it('says complete once, when the last step is met, scoring the steps the learner met', async () => {
    const session = new FakeSession();
    const c = LessonController.open(images, session, 0);
    const completions: unknown[] = [];
    c.addEventListener('complete', (e) => completions.push((e as CustomEvent).detail));
    for (let i = 0; i < images.steps.length; i++) {
      const step = images.steps[i];
      for (const line of step.solution ?? step.commands) session.type(line);
      expect([i, c.goal.met]).toEqual([i, true]);
      if (!c.last) {
        expect(completions).toEqual([]);
        c.next();
      }
    }
    const all = images.steps.length;
    expect(completions).toEqual([{ score: all, maxScore: all }]);
    // Met again (going back to the last step and doing it again): still one completion.
    c.prev();
    c.next();
    const last = images.steps[all - 1];
    for (const line of last.solution ?? last.commands) session.type(line);
    expect(c.goal.met).toBe(true);
    expect(completions).toHaveLength(1);
  });

  it('a learner who jumps to the last step scores only the steps met here', async () => {
    const session = new FakeSession();
    const c = LessonController.open(images, session, images.steps.length - 1);
    const completions: unknown[] = [];
    c.addEventListener('complete', (e) => completions.push((e as CustomEvent).detail));
    const last = images.steps[images.steps.length - 1];
    for (const line of last.solution ?? last.commands) session.type(line);
    expect(completions).toEqual([{ score: 1, maxScore: images.steps.length }]);
  });
});
