import { describe, expect, it } from 'vitest';
import { createWorld, serializeWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { recordText, streamText } from '../../src/model/cli/shell/command-record';
import { defaultHost } from '../../src/model/world/world-base';
import {
  entriesOfStep,
  replayLesson,
  replayLines,
  runLine,
  runStep,
  startLesson,
} from '../../src/model/lesson/lesson-replay';
import { scenarioOf, step } from './lesson-fixture';

const lesson = scenarioOf(
  [
    step('pull', ['docker pull nginx:alpine']),
    step('run', ['docker run -d --name web nginx', 'docker run -d nginx']),
    step('wait', [], { actions: [{ sleep: 60_000 }, { view: 'lifecycle' }] }),
    step('refuse', ['docker rmi nginx']),
    step('stop-daemon', ['docker ps'], { actions: [{ daemon: 'stop' }] }),
    step('start-daemon', ['docker ps -a'], { actions: [{ daemon: 'start' }] }),
    step('solved', ['docker typo'], { solution: ['docker volume create data'] }),
  ],
  { start: { seed: 7, commands: ['docker pull alpine'] } },
);

describe('replayLesson', () => {
  it('gives a byte-identical world for the same scenario and step', () => {
    for (const upTo of [0, 3, lesson.steps.length]) {
      const a = serializeWorld(replayLesson(lesson, { upTo }).world);
      const b = serializeWorld(replayLesson(lesson, { upTo }).world);
      expect(a).toBe(b);
    }
  });

  it('equals a fresh world from the seed with the same lines typed into a shell', () => {
    const world = createWorld({ seed: 7 });
    const shell = createShell({ world });
    for (const line of [
      'docker pull alpine',
      'docker pull nginx:alpine',
      'docker run -d --name web nginx',
      'docker run -d nginx',
    ])
      shell.run(line);
    expect(serializeWorld(replayLesson(lesson, { upTo: 2 }).world)).toBe(serializeWorld(world));
  });

  it('the world at step k is the world of k steps replayed and nothing more', () => {
    const lw = startLesson(lesson);
    for (let k = 0; k < lesson.steps.length; k++) {
      expect(serializeWorld(lw.world), `step ${k}`).toBe(serializeWorld(replayLesson(lesson, { upTo: k }).world));
      runStep(lw, lesson.steps[k], k);
    }
    expect(serializeWorld(lw.world)).toBe(serializeWorld(replayLesson(lesson, { upTo: 99 }).world));
  });

  it('logs the start with step null, then each line with its step, exit code, output and exchanges', () => {
    const lw = replayLesson(lesson, { upTo: 4 });
    expect(entriesOfStep(lw, null).map((e) => e.line)).toEqual(['docker pull alpine']);
    expect(lw.log.map((e) => [e.step, e.line])).toEqual([
      [null, 'docker pull alpine'],
      [0, 'docker pull nginx:alpine'],
      [1, 'docker run -d --name web nginx'],
      [1, 'docker run -d nginx'],
      [2, '#sleep 60000'],
      [2, '#view lifecycle'],
      [3, 'docker rmi nginx'],
    ]);
    const rmi = lw.log[6];
    expect(rmi.exitCode).toBe(1);
    expect(streamText(rmi, 'stderr')).toContain('conflict: unable to remove repository reference "nginx" (must force)');
    expect(recordText(rmi)).toBe(streamText(rmi, 'stderr'));
    expect(rmi.exchanges.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'HEAD', path: '/_ping', status: 200 },
      { method: 'DELETE', path: '/images/nginx', status: 409 },
    ]);
    const run = lw.log[2];
    const creates = run.exchanges.filter((x) => x.path === '/containers/create');
    expect(creates.map((x) => [x.method, x.status, (x.requestBody as { Image?: string }).Image])).toEqual([
      ['POST', 404, 'nginx'],
      ['POST', 201, 'nginx'],
    ]);
    expect(recordText(run)).toMatch(/^Unable to find image 'nginx:latest' locally\n[\s\S]*\n[0-9a-f]{64}\n$/);
    expect(lw.log[5].action).toEqual({ view: 'lifecycle' });
  });

  it('sleep moves the virtual clock; daemon actions stop and start the daemon', () => {
    const before = replayLesson(lesson, { upTo: 2 }).world.state.clock.nowMs;
    expect(replayLesson(lesson, { upTo: 3 }).world.state.clock.nowMs).toBe(before + 60_000);
    const stopped = replayLesson(lesson, { upTo: 5 });
    expect(defaultHost(stopped.world).daemon.status).toBe('stopped');
    const ps = stopped.log[stopped.log.length - 1];
    expect(ps.line).toBe('docker ps');
    expect(ps.exitCode).toBe(1);
    expect(streamText(ps, 'stderr')).toContain('Cannot connect to the Docker daemon');
    // The client's ping went out and nothing answered.
    expect(ps.exchanges.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'HEAD', path: '/_ping', status: 0 },
    ]);
    expect(defaultHost(replayLesson(lesson, { upTo: 6 }).world).daemon.status).toBe('running');
  });

  it('runs the solution instead of the commands when there is one', () => {
    const lw = replayLesson(lesson, { upTo: 7 });
    expect(lw.log.map((e) => e.line)).not.toContain('docker typo');
    expect(defaultHost(lw.world).volumes.data).toBeDefined();
  });

  it("enterStep runs the next step's actions; extra lines are logged in that step", () => {
    const lw = replayLesson(lesson, { upTo: 4, enterStep: true, extra: ['docker version'] });
    expect(defaultHost(lw.world).daemon.status).toBe('stopped');
    const last = lw.log[lw.log.length - 1];
    expect([last.step, last.line, last.exitCode]).toEqual([4, 'docker version', 1]);
    expect(recordText(last)).toContain('Client:');
  });

  it('starts from a saved world instead of a seed', () => {
    const saved = replayLines(3, ['docker pull busybox', 'docker create --name box busybox']);
    const scenario = scenarioOf([step('look', ['docker ps -a'])], {
      start: { world: JSON.parse(serializeWorld(saved.world)) },
    });
    const lw = replayLesson(scenario, { upTo: 1 });
    expect(recordText(lw.log[0])).toContain(' box\n');
    expect(serializeWorld(startLesson(scenario).world)).toBe(serializeWorld(saved.world));
  });

  it('replayLines (the sandbox) is deterministic and runLine adds to the log', () => {
    const lines = ['docker run -d --name a nginx', 'docker run -d nginx', 'docker ps -a'];
    const a = replayLines('42', lines);
    const b = replayLines(42, lines);
    expect(serializeWorld(a.world)).toBe(serializeWorld(b.world));
    expect(a.log.map(recordText)).toEqual(b.log.map(recordText));
    const entry = runLine(a, 'docker rm -f a', null);
    expect(entry.exitCode).toBe(0);
    expect(a.log).toHaveLength(4);
    expect(serializeWorld(replayLines(42, [...lines, 'docker rm -f a']).world)).toBe(serializeWorld(a.world));
  });
});
