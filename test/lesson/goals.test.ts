import { beforeAll, describe, expect, it } from 'vitest';
import { checkGoal, checkStepGoals, stepGoalsMet } from '../../src/model/lesson/goals';
import { replayLesson, replayLines, runAction, runLine, type LessonWorld } from '../../src/model/lesson/lesson-replay';
import type { Goal } from '../../src/model/lesson/scenario';
import { scenarioOf, step } from './lesson-fixture';

/** One world with something of everything. */
const SETUP = [
  'docker pull nginx:alpine',
  'docker run -d --name web nginx',
  'docker run -d --name web2 nginx',
  'docker create --name idle alpine',
  'docker run --name done alpine true',
  'docker run -d --name held nginx',
  'docker pause held',
  'docker volume create data',
  'docker volume create spare',
  'docker run -d --name db -v data:/data alpine sleep 1000',
  "docker run --rm -v data:/data alpine sh -c 'echo hello there > /data/greeting'",
  'docker network create app',
  'docker network connect app web',
  'docker run -d --name api --network app nginx',
];

let lw: LessonWorld;
beforeAll(() => {
  lw = replayLines(1, SETUP);
});

const check = (goal: Goal, step: number | null = null) => checkGoal(goal, lw, step);

describe('checkGoal on world state', () => {
  it.each<[Goal, boolean, string]>([
    [{ image: 'nginx:alpine' }, true, 'image nginx:alpine exists'],
    [{ image: 'docker.io/library/nginx' }, true, 'image nginx:latest exists'],
    [{ image: 'redis' }, false, 'no image redis:latest'],
    [{ noImage: 'redis' }, true, 'no image redis:latest'],
    [{ noImage: 'alpine' }, false, 'image alpine:latest still exists'],
    [{ containers: { image: 'nginx', count: 4 } }, true, '4 containers from nginx, want 4'],
    [{ containers: { image: 'nginx', count: 2 } }, false, '4 containers from nginx, want 2'],
    [
      { containers: { image: 'nginx:latest', min: 2, state: 'running' } },
      true,
      '3 running containers from nginx:latest, want at least 2',
    ],
    [{ containers: { image: 'nginx', state: 'paused', count: 1 } }, true, '1 paused container from nginx, want 1'],
    [{ containers: { image: 'alpine', state: 'exited', count: 1 } }, true, '1 exited container from alpine, want 1'],
    [{ containers: { image: 'alpine', state: 'created', count: 1 } }, true, '1 created container from alpine, want 1'],
    [{ containers: { image: 'nginx:alpine' } }, false, '0 containers from nginx:alpine, want at least 1'],
    [{ container: { name: 'web' } }, true, 'container web is running'],
    [{ container: { name: 'web', state: 'running' } }, true, 'container web is running'],
    [{ container: { name: 'web', state: 'exited' } }, false, 'container web is running, want exited'],
    [{ container: { name: 'held', state: 'paused' } }, true, 'container held is paused'],
    [{ container: { name: 'nope' } }, false, 'no container named nope'],
    [{ noContainer: 'nope' }, true, 'no container named nope'],
    [{ noContainer: 'done' }, false, 'container done still exists (exited)'],
    [{ volume: { name: 'data' } }, true, 'volume data exists, used by 1 container'],
    [{ volume: { name: 'data', usedBy: 1 } }, true, 'volume data is used by 1 container, want 1'],
    [{ volume: { name: 'spare', usedBy: 1 } }, false, 'volume spare is used by 0 containers, want 1'],
    [{ volume: { name: 'missing' } }, false, 'no volume named missing'],
    [{ volume: { name: 'data', file: 'greeting' } }, true, 'volume data has file greeting'],
    [
      { volume: { name: 'data', file: 'greeting', contains: 'hello' } },
      true,
      'file greeting in volume data contains "hello"',
    ],
    [
      { volume: { name: 'data', file: 'greeting', contains: 'bye' } },
      false,
      'file greeting in volume data does not contain "bye"',
    ],
    [{ volume: { name: 'spare', file: 'greeting' } }, false, 'volume spare has no file greeting'],
    [{ volume: { name: 'data', file: 'greeting', usedBy: 0 } }, false, 'volume data is used by 1 container, want 0'],
    [{ network: { name: 'app' } }, true, 'network app exists'],
    [{ network: { name: 'app', containers: ['web', 'api'] } }, true, 'network app exists; attached: web, api'],
    [{ network: { name: 'app', containers: ['web', 'db'] } }, false, 'network app exists; not attached: db'],
    [{ network: { name: 'back' } }, false, 'no network named back'],
    [{ daemon: 'running' }, true, 'the daemon is running, want running'],
    [{ daemon: 'stopped' }, false, 'the daemon is running, want stopped'],
  ])('%j → %s (%s)', (goal, met, detail) => {
    expect(check(goal)).toEqual({ met, detail });
  });

  it('counts a container by its image ID even when the image was tagged anew', () => {
    const own = replayLines(1, ['docker pull alpine', 'docker tag alpine mine:1', 'docker create --name mc mine:1']);
    expect(checkGoal({ containers: { image: 'alpine', count: 1 } }, own, null).met).toBe(true);
    expect(checkGoal({ containers: { image: 'mine:1', count: 1 } }, own, null).met).toBe(true);
  });

  it('follows the daemon when it is stopped', () => {
    const own = replayLines(1, []);
    runAction(own, { daemon: 'stop' }, null);
    expect(checkGoal({ daemon: 'stopped' }, own, null)).toEqual({
      met: true,
      detail: 'the daemon is stopped, want stopped',
    });
  });
});

describe('refused and failed goals read the session log', () => {
  it('detects the refused rmi of an image in use', () => {
    const own = replayLines(1, ['docker run -d --name web nginx']);
    expect(checkGoal({ refused: { command: 'rmi', image: 'nginx' } }, own, null)).toEqual({
      met: false,
      detail: 'no rmi of nginx was refused in this session',
    });
    runLine(own, 'docker rmi nginx', null);
    expect(checkGoal({ refused: { command: 'rmi', image: 'nginx' } }, own, null)).toEqual({
      met: true,
      detail: "'docker rmi nginx' was refused: DELETE /images/nginx answered 409",
    });
    expect(checkGoal({ refused: { command: 'rmi' } }, own, null).met).toBe(true);
    expect(checkGoal({ refused: { command: 'image rm', image: 'nginx:latest' } }, own, null).met).toBe(true);
    expect(checkGoal({ refused: { command: 'rmi', image: 'alpine' } }, own, null).met).toBe(false);
    expect(checkGoal({ refused: { command: 'rm' } }, own, null).met).toBe(false);
  });

  it('matches the API call, not the typed words: image rm by ID is an rmi', () => {
    const own = replayLines(1, ['docker run -d --name web nginx', 'docker image rm $(docker images -q nginx)']);
    expect(own.log[1].exitCode).toBe(1);
    expect(checkGoal({ refused: { command: 'rmi', image: 'nginx' } }, own, null).met).toBe(true);
  });

  it('a failed rmi of another image does not count for this one', () => {
    const own = replayLines(1, ['docker rmi nothere']);
    expect(own.log[0].exitCode).toBe(1);
    expect(checkGoal({ refused: { command: 'rmi', image: 'nginx' } }, own, null).met).toBe(false);
    expect(checkGoal({ refused: { command: 'rmi', image: 'nothere' } }, own, null).met).toBe(true);
  });

  it('detects a refused rm of a running container and a refused run (name in use)', () => {
    const own = replayLines(1, ['docker run -d --name web nginx', 'docker rm web', 'docker run -d --name web nginx']);
    expect(checkGoal({ refused: { command: 'rm', image: 'nginx' } }, own, null).met).toBe(true);
    expect(checkGoal({ refused: { command: 'run', image: 'nginx' } }, own, null).met).toBe(true);
    expect(checkGoal({ refused: { command: 'volume rm' } }, own, null).met).toBe(false);
  });

  it('failed: a command of this step failed with that stderr text', () => {
    const scenario = scenarioOf([
      step('fine', ['docker version']),
      step('down', ['docker version'], {
        actions: [{ daemon: 'stop' }],
        goals: [{ failed: { message: 'Cannot connect to the Docker daemon' } }, { daemon: 'stopped' }],
      }),
    ]);
    const after0 = replayLesson(scenario, { upTo: 1 });
    expect(checkGoal({ failed: { message: 'Cannot connect to the Docker daemon' } }, after0, 0)).toEqual({
      met: false,
      detail: 'no command of step 1 failed with "Cannot connect to the Docker daemon" (0 failed commands)',
    });
    const after1 = replayLesson(scenario, { upTo: 2 });
    expect(checkGoal({ failed: { message: 'Cannot connect to the Docker daemon' } }, after1, 1)).toEqual({
      met: true,
      detail: '\'docker version\' failed (exit 1) with "Cannot connect to the Docker daemon"',
    });
    // Of another step, it does not count.
    expect(checkGoal({ failed: { message: 'Cannot connect' } }, after1, 0).met).toBe(false);
    expect(stepGoalsMet(scenario.steps[1], after1, 1)).toBe(true);
    expect(stepGoalsMet(scenario.steps[1], after0, 1)).toBe(false);
  });
});

describe('step goals', () => {
  it('all must hold; no goals means met', () => {
    const s = step('two', ['docker run -d nginx', 'docker run -d nginx'], {
      goals: [{ containers: { image: 'nginx', count: 2 } }, { image: 'nginx' }],
    });
    const scenario = scenarioOf([s]);
    const before = checkStepGoals(s, replayLesson(scenario, { upTo: 0 }), 0);
    expect(before.met).toBe(false);
    expect(before.results.map((r) => r.met)).toEqual([false, false]);
    expect(checkStepGoals(s, replayLesson(scenario, { upTo: 1 }), 0).met).toBe(true);
    expect(stepGoalsMet(step('read', []), replayLesson(scenario, { upTo: 0 }), 0)).toBe(true);
  });
});
