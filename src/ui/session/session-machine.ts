/**
 * The page session as a statechart (xstate v5). `run` takes typed lines one at a time: `idle`,
 * `loading` (the client's deferred code and data are not here yet), `playing` (a record's chunks
 * shown on the plan of `common/playback-plan.ts`), `attached` (a job keeps the terminal: typed
 * lines go to it, virtual time follows real time while it prints by itself, Ctrl+C goes to it),
 * `interrupting` (Ctrl+C during playback: the pull in flight is cancelled, or the rest shows at
 * once), `finishing`. `save` debounces writing to storage. Reset and a lesson's world
 * swap (`REPLACE_WORLD`) drop whatever runs. Delays and playback read the clock passed in.
 *
 * The world is the model's own mutable object: the shell changes it as lines run, so the actions
 * that run lines have that side effect; everything else the session keeps is replaced, not changed.
 */

import { assign, emit, raise, setup, fromPromise } from 'xstate';
import { defaultHost, serializeWorld, setDaemonRunning, subscribe, type DomainEvent } from '../../model';
import type { CommandRecord } from '../../model/client';
import { remember } from '../terminal/line-editing';
import { chunksShownBy, nextChunkMs } from '../common/playback-plan';
import type { LessonSnapshot } from '../lesson/lesson-snapshot';
import type { SessionEnv } from './session-deps';
import { appendRecord, TRANSCRIPT_LIMIT } from './record-log';
import { saveSession } from './persistence';
import {
  counter,
  echo,
  ownRecord,
  play,
  type SessionContext,
  type SessionEmitted,
  type SessionEvent,
  type SessionInput,
} from './session-context';

/** The least time between two frames of playback (one paint). */
const FRAME_MS = 16;
/** How long after a change the session is saved. */
const SAVE_DELAY_MS = 400;
/** While a job follows virtual time (`logs -f`), how often it is let go on: as much virtual time as real. */
const FOLLOW_TICK_MS = 250;

/** The session's statechart. */
export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    emitted: {} as SessionEmitted,
    input: {} as SessionInput,
  },
  actors: {
    loadDeferred: fromPromise(({ input }: { input: { env: SessionEnv; line?: string } }) =>
      input.env.deps.loadDeferred(input.line),
    ),
  },
  guards: {
    hasQueued: ({ context }) => context.queue.length > 0,
    awaitsDeferred: ({ context }) => !context.env.deps.deferredLoaded(context.queue[0]) && !context.deferredFailed,
    playedAll: ({ context }) => !context.playback || context.playback.shown >= context.playback.record.chunks.length,
    isAttached: ({ context }) => context.playback?.record.exitCode === undefined,
    isIdle: ({ context }) => context.playback === undefined,
    inputWaiting: ({ context }) => context.queue.length > 0 && !!context.playback?.record.attached?.readsInput,
    followsTime: ({ context }) => context.playback?.record.attached?.wakeAt !== undefined,
    isOwnWorld: ({ context, event }) => event.type === 'REGISTRIES' && event.world === context.world,
  },
  delays: {
    frame: ({ context }) => {
      const p = context.playback;
      const due = p ? nextChunkMs(p.plan, p.shown) : undefined;
      if (!p || due === undefined) return FRAME_MS;
      return Math.max(FRAME_MS, due - (context.env.clock.now() - p.startedAt));
    },
    saveDelay: SAVE_DELAY_MS,
    followTick: FOLLOW_TICK_MS,
  },
  actions: {
    enqueue: assign(({ context, event }) => {
      if (event.type !== 'SUBMIT') return {};
      return { queue: [...context.queue, ...event.lines], cols: event.cols };
    }),
    markDeferredFailed: assign({ deferredFailed: true }),
    startNext: assign(({ context }) => {
      const { env, world } = context;
      env.deps.buildRegistries(world);
      const [typed, ...queue] = context.queue;
      const line = context.continuation === undefined ? typed : `${context.continuation}\n${typed}`;
      let record: CommandRecord;
      try {
        record = context.shell.run(line, context.cols);
      } catch (error) {
        // A bug in the simulator must not freeze the terminal: show it and carry on.
        const text = `pelabuhan: internal error: ${String(error)}\n`;
        record = ownRecord(context, line, { chunks: [{ stream: 'stderr', text, at: world.state.clock.nowMs }] });
        record.exitCode = 1;
      }
      return {
        queue,
        history: remember(context.history, line),
        // bash keeps reading an unfinished line: the next one continues it, after a `> ` prompt.
        continuation: record.incomplete ? line : undefined,
        playback: play(context, record, false),
      };
    }),
    announceStart: emit(({ context }) => ({ type: 'command-start' as const, record: context.playback!.record })),
    showDue: assign(({ context }) => {
      const p = context.playback;
      if (!p) return {};
      const shown = Math.max(p.shown, chunksShownBy(p.plan, context.env.clock.now() - p.startedAt));
      if (shown === p.shown) return {};
      return { playback: { ...p, shown }, outputSeq: context.outputSeq + 1 };
    }),
    announceOutput: emit({ type: 'output' as const }),
    /**
     * Ctrl+C while a record plays: a pull still being played is cancelled at the virtual time of the
     * last chunk shown (the shell runs the line again up to then); other output shows at once, since
     * the model has done the work; a container left in the foreground then gets SIGINT. Lines
     * queued behind it are dropped, as a terminal drops type-ahead on ^C.
     */
    interruptPlayback: assign(({ context }) => {
      const p = context.playback;
      if (!p) return { queue: [] };
      const { record } = p;
      if (p.shown < record.chunks.length) {
        const deadline = p.shown > 0 ? Math.max(record.at, record.chunks[p.shown - 1].at) : record.at;
        const cut = context.shell.cancelPull(record, deadline);
        if (cut) {
          const echoed = { ...cut, chunks: [...cut.chunks, echo(context)], exitCode: cut.exitCode ?? 130 };
          return { queue: [], playback: play(context, echoed, true, echoed.chunks.length) };
        }
      }
      if (record.exitCode !== undefined) return { queue: [], playback: { ...p, shown: record.chunks.length } };
      const done = context.shell.interrupt({ ...record, chunks: [...record.chunks, echo(context)] });
      return { queue: [], playback: play(context, done, true, 0) };
    }),
    interruptContainer: assign(({ context }) => {
      const p = context.playback!;
      // A raw TTY passes Ctrl+C to the container, whose terminal echoes it; otherwise the page does.
      const chunks = p.record.attached?.rawInput ? p.record.chunks : [...p.record.chunks, echo(context)];
      const done = context.shell.interrupt({ ...p.record, chunks });
      return { queue: [], playback: play(context, done, true, p.shown) };
    }),
    /**
     * A line typed while the job reads input: a raw TTY gets it with "\r" and echoes it itself; a
     * cooked terminal shows it as typed and sends it with "\n".
     */
    sendInput: assign(({ context }) => {
      const p = context.playback!;
      const [line, ...queue] = context.queue;
      const raw = p.record.attached?.rawInput ?? false;
      const typed = { stream: 'stdout' as const, text: `${line}\n`, at: context.world.state.clock.nowMs };
      const before = raw ? p.record : { ...p.record, chunks: [...p.record.chunks, typed] };
      const next = context.shell.input(before, raw ? `${line}\r` : `${line}\n`);
      return { queue, playback: play(context, next, true, p.shown) };
    }),
    /** Virtual time follows real time while the job prints by itself (`logs -f`). */
    followTime: assign(({ context }) => {
      const p = context.playback!;
      const next = context.shell.follow(p.record, context.world.state.clock.nowMs + FOLLOW_TICK_MS);
      return { playback: play(context, next, true, p.shown) };
    }),
    finish: assign(({ context }) => {
      const record = context.playback!.record;
      return {
        playback: undefined,
        records: appendRecord(context.records, record),
        // `clear` leaves an empty screen, its own line included.
        shownFrom: record.clear ? context.ids.next : context.shownFrom,
        lastRecord: record,
        revision: context.revision + 1,
      };
    }),
    announceCommand: emit(({ context }) => ({ type: 'command' as const, record: context.lastRecord! })),
    changed: assign(({ context }) => ({ revision: context.revision + 1 })),
    announceChange: emit({ type: 'change' as const }),
    saveLater: raise({ type: 'SAVE_LATER' as const }),
    cancelLine: assign(({ context, event }) => {
      if (event.type !== 'CANCEL_LINE') return {};
      const line = context.continuation === undefined ? event.line : `${context.continuation}\n${event.line}`;
      const record = ownRecord(context, line, { exitCode: 130, interrupted: true });
      return { records: appendRecord(context.records, record), continuation: undefined };
    }),
    clearScreen: assign(({ context }) => ({ shownFrom: context.playback?.record.id ?? context.ids.next })),
    setDaemon: assign(({ context, event }) => {
      if (event.type !== 'SET_DAEMON') return {};
      const host = defaultHost(context.world);
      const record = ownRecord(context, '', { action: { kind: 'daemon', daemon: event.running ? 'start' : 'stop' } });
      // Not a shell line (`systemctl stop docker`): no exchanges, only what the daemon announces.
      const events: DomainEvent[] = [];
      const stop = subscribe(context.world, (e) => events.push(e));
      setDaemonRunning({ world: context.world, host }, event.running);
      stop();
      const done = { ...record, events };
      return { records: appendRecord(context.records, done), lastRecord: done };
    }),
    reset: assign(({ context, event }) => {
      if (event.type !== 'RESET') return {};
      return {
        world: event.world,
        shell: context.env.deps.makeShell(event.world, counter(context.ids)),
        queue: [],
        playback: undefined,
        continuation: undefined,
        records: [],
        shownFrom: context.ids.next,
        lastRecord: undefined,
        lastFacts: [],
      };
    }),
    replaceWorld: assign(({ context, event }) => {
      if (event.type !== 'REPLACE_WORLD') return {};
      const { replay } = event;
      const ids = context.ids;
      const shownFrom = ids.next;
      // The replay numbered its records and exchanges from 1: renumber them after this session's own.
      const records = replay.records.slice(-TRANSCRIPT_LIMIT).map((r) => ({
        ...r,
        id: ids.next++,
        exchanges: r.exchanges.map((x) => ({ ...x, id: ids.next++ })),
      }));
      return {
        queue: [],
        playback: undefined,
        continuation: undefined,
        records,
        shownFrom,
        lastRecord: undefined,
        lastFacts: [],
        world: replay.lw.world,
        // The replay's shell ran the earlier steps (`cd halo`): the page's shell goes on from where it stood.
        shell: context.env.deps.makeShell(replay.lw.world, counter(ids), replay.shell),
      };
    }),
    setLesson: assign(({ event }) => (event.type === 'SET_LESSON' ? { lesson: event.snapshot } : {})),
    setFacts: assign(({ event }) => (event.type === 'SET_FACTS' ? { lastFacts: event.facts } : {})),
    relocalize: assign(({ context }) => ({
      shell: context.env.deps.makeShell(context.world, counter(context.ids), context.shell.state?.()),
    })),
    save: ({ context }) => {
      const { env, world } = context;
      env.deps.buildRegistries(world);
      // A world without its registries is not worth keeping (nothing has run in it yet).
      if (env.deps.awaitsRegistries(world)) return;
      saveSession(env.storage, serializeWorld(world), {
        history: context.history,
        records: context.records,
        shownFrom: context.shownFrom,
        nextId: context.ids.next,
        lastFacts: context.lastFacts,
        lesson: context.lesson,
      });
    },
  },
}).createMachine({
  id: 'session',
  type: 'parallel',
  context: ({ input }) => {
    const { env, restored } = input;
    const ids = { next: restored?.nextId ?? 1 };
    const world = restored?.world ?? input.world;
    return {
      env,
      world,
      shell: env.deps.makeShell(world, counter(ids)),
      records: restored?.records ?? [],
      shownFrom: restored?.shownFrom ?? 1,
      history: restored?.history ?? [],
      queue: [],
      continuation: undefined,
      cols: 80,
      ids,
      playback: undefined,
      lastRecord: undefined,
      lastFacts: restored?.lastFacts ?? [],
      lesson: restored?.lesson as LessonSnapshot | undefined,
      deferredFailed: false,
      revision: 0,
      outputSeq: 0,
    };
  },
  states: {
    run: {
      initial: 'idle',
      on: {
        SUBMIT: { actions: 'enqueue' },
        CANCEL_LINE: { actions: ['cancelLine', 'changed', 'announceChange', 'saveLater'] },
        CLEAR: { actions: ['clearScreen', 'changed', 'announceChange', 'saveLater'] },
        SET_DAEMON: { actions: ['setDaemon', 'changed', 'announceChange', 'saveLater', 'announceCommand'] },
        RESET: { target: '.idle', actions: ['reset', 'changed', 'announceChange', 'saveLater'] },
        REPLACE_WORLD: { target: '.idle', actions: ['replaceWorld', 'changed', 'announceChange', 'saveLater'] },
        REGISTRIES: { guard: 'isOwnWorld', actions: ['changed', 'announceChange', 'saveLater'] },
        SET_LESSON: { actions: ['setLesson', 'saveLater'] },
        SET_FACTS: { actions: ['setFacts', 'saveLater'] },
        RELOCALIZE: { guard: 'isIdle', actions: 'relocalize' },
      },
      states: {
        idle: { always: { guard: 'hasQueued', target: 'starting' } },
        starting: {
          always: [
            { guard: 'awaitsDeferred', target: 'loading' },
            { guard: 'hasQueued', target: 'playing', actions: ['startNext', 'announceStart'] },
            { target: 'idle' },
          ],
        },
        loading: {
          invoke: {
            src: 'loadDeferred',
            input: ({ context }) => ({ env: context.env, line: context.queue[0] }),
            onDone: { target: 'starting' },
            // Offline and never cached: run anyway, commands that need the missing data will say so.
            onError: { target: 'starting', actions: 'markDeferredFailed' },
          },
        },
        playing: {
          entry: ['showDue', 'announceOutput'],
          always: { guard: 'playedAll', target: 'finishing' },
          after: { frame: { target: 'playing', reenter: true } },
          on: { INTERRUPT: { target: 'interrupting' } },
        },
        interrupting: {
          entry: ['interruptPlayback', 'announceOutput'],
          always: { target: 'playing' },
        },
        finishing: {
          always: [
            // A container runs in the foreground until Ctrl+C: the views show it running meanwhile.
            { guard: 'isAttached', target: 'attached', actions: ['changed', 'announceChange'] },
            {
              target: 'idle',
              actions: ['finish', 'announceChange', 'saveLater', 'announceCommand'],
            },
          ],
        },
        // A job keeps the terminal: typed lines go to it when it reads input, virtual time follows
        // real time when it prints by itself, Ctrl+C goes to it; the line finishes when it ends.
        attached: {
          always: { guard: 'inputWaiting', target: 'playing', actions: 'sendInput' },
          after: { followTick: { guard: 'followsTime', target: 'playing', actions: 'followTime' } },
          on: { INTERRUPT: { target: 'playing', actions: 'interruptContainer' } },
        },
      },
    },
    save: {
      initial: 'clean',
      on: {
        SAVE_NOW: { target: '.clean', actions: 'save' },
      },
      // SAVE_LATER is handled by the leaf states: a transition of the region itself re-entering it
      // has the whole machine as its domain, which re-entered `run` too (a line left attached by a
      // paste went back to idle).
      states: {
        clean: { on: { SAVE_LATER: 'dirty' } },
        dirty: {
          on: { SAVE_LATER: { target: 'dirty', reenter: true } },
          after: { saveDelay: { target: 'clean', actions: 'save' } },
        },
      },
    },
  },
});
