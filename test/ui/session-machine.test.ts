import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { createWorld } from '../../src/model/world/world';
import { defaultHost } from '../../src/model/world/world-base';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';
import { Session } from '../../src/ui/session/session';
import type { SessionDeps } from '../../src/ui/session/session-deps';
import { SESSION_KEY } from '../../src/ui/session/persistence';
import { createShellPort } from '../../src/ui/app/shell-adapter';
import { recordLines } from '../../src/ui/common/record-screen';
import { MAX_PLAYBACK_MS } from '../../src/ui/common/playback-plan';
import { replayPosition } from '../../src/ui/lesson/lesson-replay-page';
import { lessonById } from '../../src/lessons/index';
import { memoryStorage } from './memory-storage';

/** A session on a seeded world, driven by a simulated clock; `loaded` says whether the client is here. */
function sessionWith(options: { loaded?: boolean } = {}) {
  const clock = new SimulatedClock();
  const storage = memoryStorage();
  let loaded = options.loaded ?? true;
  let arrive: () => void = () => {};
  const deps: SessionDeps = {
    makeShell: createShellPort,
    freshWorld: () => createWorld({ seed: 1 }),
    buildRegistries: () => undefined,
    awaitsRegistries: () => false,
    deferredLoaded: () => loaded,
    loadDeferred: () =>
      new Promise<void>((resolve) => {
        arrive = () => {
          loaded = true;
          resolve();
        };
      }),
  };
  const session = new Session(storage, deps, undefined, clock);
  const started: CommandRecord[] = [];
  const finished: CommandRecord[] = [];
  session.addEventListener('command-start', (e) => started.push((e as CustomEvent<CommandRecord>).detail));
  session.addEventListener('command', (e) => finished.push((e as CustomEvent<CommandRecord>).detail));
  return { session, clock, storage, started, finished, arrive: () => arrive() };
}

/** What the terminal shows: each finished line and its output, then the running one as far as shown. */
function screen(session: Session): string[] {
  const lines = session.transcript.flatMap((r) => [`$ ${r.line}`, ...recordLines(r)]);
  const running = session.running;
  if (running) lines.push(`$ ${running.record.line}`, ...recordLines(running.record, running.shown));
  return lines;
}

const tags = (session: Session) => Object.values(defaultHost(session.world).images).flatMap((i) => i.repoTags);

describe('the page session (statechart, simulated clock)', () => {
  it('plays a pull on the clock, capped at MAX_PLAYBACK_MS at 1x, then finishes the command', () => {
    const { session, clock, started, finished } = sessionWith();
    session.submit(['docker pull nginx:alpine'], 80);
    expect(started.map((r) => r.line)).toEqual(['docker pull nginx:alpine']);
    // The model pulled at once (virtual time); the terminal shows the progress in real time.
    const [record] = started;
    const total = record.chunks.length;
    // Real time at 1x, but never longer than the cap (an independent reading of the record's times).
    const span = Math.max(...record.chunks.map((c) => c.at - record.at));
    const expected = Math.min(span, MAX_PLAYBACK_MS);
    expect(span).toBeGreaterThan(500);
    expect(tags(session)).toContain('docker.io/library/nginx:alpine');
    expect(session.busy).toBe(true);
    expect(session.running!.shown).toBeLessThan(total);
    clock.increment(expected / 2);
    const halfway = session.running!.shown;
    expect(halfway).toBeGreaterThan(0);
    expect(halfway).toBeLessThan(total);
    expect(finished).toEqual([]);
    clock.increment(expected / 2 - 40);
    expect(session.busy).toBe(true);
    clock.increment(60);
    expect(session.busy).toBe(false);
    expect(finished.map((r) => r.exitCode)).toEqual([0]);
    expect(screen(session).join('\n')).toContain('Downloaded newer image for nginx:alpine');
  });

  it('Ctrl+C during a pull cancels it where the output stood, drops the queued lines and echoes ^C', () => {
    const { session, clock, finished } = sessionWith();
    session.submit(['docker pull nginx:alpine', 'docker ps'], 80);
    clock.increment(300);
    const shown = session.running!.shown;
    expect(shown).toBeGreaterThan(0);
    session.interrupt();
    expect(session.busy).toBe(false);
    expect(finished).toHaveLength(1);
    const [cut] = finished;
    expect(cut.exitCode).toBe(130);
    expect(cut.interrupted).toBe(true);
    // The pull stopped: nginx is not there, and the lines after it never ran.
    expect(tags(session)).not.toContain('docker.io/library/nginx:alpine');
    expect(session.transcript.map((r) => r.line)).toEqual(['docker pull nginx:alpine']);
    const out = recordLines(cut);
    expect(out.join('\n')).not.toContain('Downloaded newer image');
    expect(out.at(-1)).toMatch(/\^C$/);
    expect(out.length).toBeGreaterThanOrEqual(recordLines(cut, Math.min(shown, cut.chunks.length - 1)).length);
    clock.increment(10_000);
    expect(finished).toHaveLength(1);
  });

  it('runs pasted lines one after another, in order, each after the one before has played', () => {
    const { session, clock, started, finished } = sessionWith();
    session.submit(['docker pull alpine', 'docker images', 'docker ps -a'], 80);
    expect(started.map((r) => r.line)).toEqual(['docker pull alpine']);
    clock.increment(MAX_PLAYBACK_MS + 50);
    expect(finished.map((r) => r.line)).toEqual(['docker pull alpine', 'docker images', 'docker ps -a']);
    expect(session.history).toEqual(['docker pull alpine', 'docker images', 'docker ps -a']);
    const images = finished[1];
    expect(recordLines(images).join('\n')).toContain('alpine');
    // One counter numbers records and exchanges: no id twice.
    const ids = finished.flatMap((r) => [r.id, ...r.exchanges.map((x) => x.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('waits for the client to load before the first line, then runs it', async () => {
    const { session, started, arrive } = sessionWith({ loaded: false });
    session.submit(['docker ps'], 80);
    expect(started).toEqual([]);
    expect(session.state).toMatchObject({ run: 'loading' });
    arrive();
    await Promise.resolve();
    await Promise.resolve();
    expect(started.map((r) => r.line)).toEqual(['docker ps']);
  });

  it('a lesson swap drops the running pull silently and shows the replayed world and lines', () => {
    const { session, clock, finished } = sessionWith();
    session.submit(['docker pull redis', 'docker ps'], 80);
    clock.increment(500);
    const replay = replayPosition(lessonById('images')!, 2, []);
    session.replaceWorld(replay);
    expect(session.busy).toBe(false);
    expect(session.world).toBe(replay.lw.world);
    expect(session.transcript.map((r) => r.line)).toEqual(replay.records.filter((r) => !r.action).map((r) => r.line));
    clock.increment(10_000);
    expect(finished).toEqual([]);
    expect(tags(session)).not.toContain('docker.io/library/redis:latest');
  });

  it("a lesson swap goes on in the replay shell's directory, with its variables and last status", () => {
    const { session, clock, finished } = sessionWith();
    // The model's replay ran these in one shell: the page's shell must go on where that one stood.
    const lines = ['mkdir halo', 'cd halo', 'export GREETING=halo', 'false'];
    session.replaceWorld(replayPosition(lessonById('images')!, 1, lines));
    session.submit(['echo $? $GREETING', 'pwd', 'echo $OLDPWD'], 80);
    clock.increment(10_000);
    expect(finished.map((r) => recordLines(r).join('\n'))).toEqual(['1 halo', '/home/user/halo', '/home/user']);
  });

  it("a new language keeps the shell's directory (relocalize makes a new shell on the same world)", () => {
    const { session, clock, finished } = sessionWith();
    session.submit(['mkdir halo', 'cd halo'], 80);
    clock.increment(1_000);
    session.relocalize();
    session.submit(['pwd'], 80);
    clock.increment(1_000);
    expect(recordLines(finished[finished.length - 1])).toEqual(['/home/user/halo']);
  });

  it('Ctrl+C reaches a container left in the foreground', () => {
    const { session, clock, finished } = sessionWith();
    session.submit(['docker run --name web nginx:alpine'], 80);
    clock.increment(MAX_PLAYBACK_MS + 50);
    expect(session.state).toMatchObject({ run: 'attached' });
    expect(session.busy).toBe(true);
    expect(finished).toEqual([]);
    session.interrupt();
    expect(session.busy).toBe(false);
    expect(finished).toHaveLength(1);
    expect(finished[0].exitCode).not.toBeUndefined();
    const web = Object.values(defaultHost(session.world).containers).find((c) => c.name === '/web')!;
    expect(web.state.lifecycle).not.toBe('running');
  });

  it('lines typed while a container shell reads input go to it (raw TTY: its echo), exit ends the line', () => {
    const { session, clock, finished } = sessionWith();
    session.submit(['docker pull -q alpine'], 80);
    clock.increment(MAX_PLAYBACK_MS + 50);
    session.submit(['docker run -it --name box alpine sh'], 80);
    clock.increment(MAX_PLAYBACK_MS + 50);
    expect(session.state).toMatchObject({ run: 'attached' });
    expect(session.running!.record.attached).toMatchObject({ readsInput: true, rawInput: true });
    expect(screen(session).at(-1)).toBe('/ # ');
    session.submit(['echo hi'], 80);
    clock.increment(50);
    expect(session.state).toMatchObject({ run: 'attached' });
    // The container's TTY echoes the line; the page adds nothing of its own.
    expect(screen(session).slice(-3)).toEqual(['/ # echo hi', 'hi', '/ # ']);
    expect(session.history).toEqual(['docker pull -q alpine', 'docker run -it --name box alpine sh']);
    session.submit(['exit'], 80);
    clock.increment(50);
    expect(session.busy).toBe(false);
    expect(finished.at(-1)).toMatchObject({ line: 'docker run -it --name box alpine sh', exitCode: 0 });
    const box = Object.values(defaultHost(session.world).containers).find((c) => c.name === '/box')!;
    expect(box.state.lifecycle).toBe('exited');
  });

  it('a job that prints over time follows the clock: virtual time passes as real time does', () => {
    const { session, clock, finished } = sessionWith();
    session.submit(['docker pull -q alpine'], 80);
    clock.increment(MAX_PLAYBACK_MS + 50);
    session.submit(['docker run -d --name talk alpine sh -c "echo one; sleep 2; echo two"'], 80);
    clock.increment(MAX_PLAYBACK_MS + 50);
    session.submit(['docker logs -f talk'], 80);
    clock.increment(100);
    expect(session.state).toMatchObject({ run: 'attached' });
    expect(screen(session).slice(-2)).toEqual(['$ docker logs -f talk', 'one']);
    const at = session.world.state.clock.nowMs;
    const wait = (ms: number) => {
      for (let t = 0; t < ms; t += 50) clock.increment(50);
    };
    wait(1000);
    expect(screen(session).at(-1)).toBe('one');
    expect(session.world.state.clock.nowMs - at).toBeGreaterThanOrEqual(750);
    expect(session.world.state.clock.nowMs - at).toBeLessThanOrEqual(1250);
    wait(1500);
    expect(screen(session).slice(-2)).toEqual(['one', 'two']);
    expect(session.busy).toBe(false);
    expect(finished.at(-1)).toMatchObject({ line: 'docker logs -f talk', exitCode: 0 });
  });

  it('a prune prompt waits for the answer typed in the page (cooked: the page echoes it)', () => {
    const { session, clock, finished } = sessionWith();
    session.submit(['docker pull -q alpine', 'docker create --name old alpine', 'docker container prune'], 80);
    clock.increment(3 * (MAX_PLAYBACK_MS + 50));
    expect(session.state).toMatchObject({ run: 'attached' });
    expect(session.running!.record.attached).toEqual({ readsInput: true, rawInput: false });
    expect(Object.keys(defaultHost(session.world).containers)).toHaveLength(1);
    session.submit(['y'], 80);
    clock.increment(MAX_PLAYBACK_MS + 50);
    expect(session.busy).toBe(false);
    expect(screen(session)).toContain('Are you sure you want to continue? [y/N] y');
    expect(screen(session)).toContain('Deleted Containers:');
    expect(finished.at(-1)).toMatchObject({ line: 'docker container prune', exitCode: 0 });
    expect(Object.keys(defaultHost(session.world).containers)).toHaveLength(0);
  });

  it('saves a while after the last change, not at every change', () => {
    const { session, clock, storage } = sessionWith();
    session.submit(['docker ps'], 80);
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    clock.increment(399);
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    clock.increment(20);
    expect(JSON.parse(storage.getItem(SESSION_KEY)!).records.map((r: CommandRecord) => r.line)).toEqual(['docker ps']);
  });
});
