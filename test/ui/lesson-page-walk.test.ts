/**
 * The build lessons walked through the page's own session (statechart, the real shell port, a
 * simulated clock) rather than a fake one: each step entered by a replay handed to the session,
 * its commands typed there, its goal met. The page's shell must go on from where the replay's
 * shell stood (`cd halo` in step 2 of build-first-image), or step 5 builds /home/user, which
 * has no Dockerfile, and never meets its `failed` goal. The e2e lessons walk checks the same in
 * chromium; this one fails in a second, without a built page.
 */

import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { createWorld } from '../../src/model/world/world';
import { Session } from '../../src/ui/session/session';
import type { SessionDeps } from '../../src/ui/session/session-deps';
import { createShellPort } from '../../src/ui/app/shell-adapter';
import { LessonController } from '../../src/ui/lesson/lesson-controller';
import { lessonById } from '../../src/lessons/index';
import { recordLines } from '../../src/ui/common/record-screen';
import { memoryStorage } from './memory-storage';

/** The page's session on a seeded world, its client loaded, on a simulated clock. */
function pageSession(): { session: Session; clock: SimulatedClock } {
  const clock = new SimulatedClock();
  const deps: SessionDeps = {
    makeShell: createShellPort,
    freshWorld: () => createWorld({ seed: 1 }),
    buildRegistries: () => undefined,
    awaitsRegistries: () => false,
    deferredLoaded: () => true,
    loadDeferred: () => Promise.resolve(),
  };
  return { session: new Session(memoryStorage(), deps, undefined, clock), clock };
}

/** Runs the current step's commands (past its prediction) and lets the terminal play them out. */
async function runStep(c: LessonController, clock: SimulatedClock): Promise<void> {
  if (c.current.predict) await c.runStep();
  const done = c.runStep();
  for (let i = 0; i < 100 && c.stage !== 'after'; i++) clock.increment(5_000);
  await done;
}

describe.each(['build-first-image', 'layer-cache'])('lesson %s in the page session', (id) => {
  it('meets every step goal, step after step, with Next', async () => {
    const lesson = lessonById(id)!;
    const { session, clock } = pageSession();
    const c = LessonController.open(lesson, session, 0);
    const outputs: string[] = [];
    session.addEventListener('command', (e) =>
      outputs.push(recordLines((e as CustomEvent<Parameters<typeof recordLines>[0]>).detail).join('\n')),
    );
    for (let i = 0; i < lesson.steps.length; i++) {
      expect(c.step).toBe(i);
      await runStep(c, clock);
      expect(c.goal, `${id} step ${i + 1} (${c.current.id}):\n${outputs.slice(-2).join('\n')}`).toMatchObject({
        met: true,
      });
      c.next();
    }
    c.dispose();
  });
});

describe('the typo step of build-first-image entered afresh (as after a reload)', () => {
  it('builds halo/Dockerfile, the file the step saved, and fails at RUNN', async () => {
    const { session, clock } = pageSession();
    const lesson = lessonById('build-first-image')!;
    const typo = lesson.steps.findIndex((s) => s.id === 'typo');
    const c = LessonController.open(lesson, session, typo);
    let out = '';
    session.addEventListener('command', (e) => {
      out += recordLines((e as CustomEvent<Parameters<typeof recordLines>[0]>).detail).join('\n');
    });
    await runStep(c, clock);
    // The terminal is 80 columns wide: the error line wraps.
    expect(out.replace(/\n/g, '')).toContain('dockerfile parse error on line 2: unknown instruction: RUNN');
    expect(c.goal.met).toBe(true);
  });
});
