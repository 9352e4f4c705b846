import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { lessonWorldOf } from '../../src/model/lesson/lesson-replay';
import { checkGoal } from '../../src/model/lesson/goals';
import { parseScenario } from '../../src/model/lesson/scenario-parse';

describe('the build-and-ship goals', () => {
  it('reads a host beside an image goal, and refuses it beside a goal that has no host', () => {
    const base = (goal: string) =>
      [
        'schema: pelabuhan-scenario/1',
        'id: t',
        'order: 1',
        'title: { en: T, id: T }',
        'summary: { en: S, id: S }',
        'view: layers',
        'steps:',
        '  - id: a',
        '    title: { en: A, id: A }',
        '    before: { en: B, id: B }',
        '    after: { en: C, id: C }',
        '    commands: []',
        `    goals: [${goal}]`,
      ].join('\n');
    const ok = parseScenario(base('{ image: alpine, host: server-2 }'));
    expect(ok.ok && ok.scenario.steps[0].goals).toEqual([{ image: 'alpine', host: 'server-2' }]);
    const bad = parseScenario(base('{ pushed: alpine, host: server-2 }'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0].message).toContain("'host' goes with a goal of");
  });

  it('checks a file on the client machine and a tag in a registry', () => {
    const lw = lessonWorldOf(createWorld({ seed: 1 }));
    expect(checkGoal({ file: { path: 'app/Dockerfile' } }, lw, null).met).toBe(false);
    lw.world.state.hosts['docker-host'].hostFiles['home/user/app/Dockerfile'] = 'FROM alpine\n';
    expect(checkGoal({ file: { path: 'app/Dockerfile', contains: 'FROM alpine' } }, lw, null).met).toBe(true);
    expect(checkGoal({ file: { path: 'app/Dockerfile', contains: 'FROM nginx' } }, lw, null).met).toBe(false);
    expect(checkGoal({ pushed: 'alpine:latest' }, lw, null).met).toBe(true);
    expect(checkGoal({ pushed: 'student/app:1.0' }, lw, null)).toEqual({
      met: false,
      detail: 'docker.io has no student/app:1.0',
    });
  });

  it('says a goal on a host the world lacks is not met', () => {
    const lw = lessonWorldOf(createWorld({ seed: 1 }));
    expect(checkGoal({ image: 'alpine', host: 'server-9' }, lw, null)).toEqual({
      met: false,
      detail: 'the world has no host server-9',
    });
  });
});
