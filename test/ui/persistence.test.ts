import { describe, expect, it } from 'vitest';
import { loadSession, saveSession, SESSION_KEY } from '../../src/ui/session/persistence';
import { serializeWorld } from '../../src/model/world/world';
import { runContainer, worldWithAlpineAndNginx } from './world-fixture';
import type { CommandRecord } from '../../src/model/cli/shell/command-record';
import { recordLines } from '../../src/ui/common/record-screen';
import { memoryStorage } from './memory-storage';

/** A finished `docker pull` record whose progress rewrote one line in place. */
const pullRecord: CommandRecord = {
  id: 1,
  line: 'docker pull alpine',
  at: 1000,
  cols: 80,
  tty: true,
  chunks: [
    { stream: 'stdout', text: 'abc: Downloading\n', at: 1000 },
    { stream: 'stdout', text: '\u001b[1A\u001b[2K\rabc: Pull complete\n', at: 1500 },
  ],
  exitCode: 0,
  exchanges: [{ id: 2, method: 'POST', path: '/images/create', query: 'fromImage=alpine', status: 200, at: 1000 }],
  events: [{ type: 'daemon.started', host: 'default' }],
  daemonRunning: true,
};

describe('session persistence', () => {
  it('restores the same world, history and records (what the terminal showed, the exchanges)', () => {
    const storage = memoryStorage();
    const { world } = worldWithAlpineAndNginx();
    runContainer(world, 'web', 'nginx:alpine');
    const parts = { history: ['docker pull alpine'], records: [pullRecord], shownFrom: 1, nextId: 3 };
    expect(saveSession(storage, serializeWorld(world), parts)).toBe(true);
    const outcome = loadSession(storage);
    if (outcome.kind !== 'restored') throw new Error(`not restored: ${outcome.kind}`);
    expect(serializeWorld(outcome.session.world)).toBe(serializeWorld(world));
    expect(outcome.session.history).toEqual(parts.history);
    expect(outcome.session.shownFrom).toBe(1);
    const [record] = outcome.session.records;
    expect(record.exchanges).toEqual(pullRecord.exchanges);
    // The screen it leaves is the same; its events animated it once and are not kept.
    expect(recordLines(record)).toEqual(['abc: Pull complete']);
    expect(recordLines(record)).toEqual(recordLines(pullRecord));
    expect(record.events).toEqual([]);
  });

  it('reads a session saved before the one record (format 1) as records', () => {
    const storage = memoryStorage();
    const { world } = worldWithAlpineAndNginx();
    storage.setItem(
      SESSION_KEY,
      JSON.stringify({
        format: 1,
        world: serializeWorld(world),
        history: ['echo "a', 'b"'],
        transcript: [
          { id: 1, line: 'docker ps', output: ['CONTAINER ID   IMAGE'], exitCode: 0 },
          { id: 2, line: 'echo "a', output: [], exitCode: 0, pending: true },
          { id: 3, line: 'b"', output: ['a', 'b'], exitCode: 0, continued: true },
        ],
        apiLog: [
          {
            id: 4,
            command: 'docker ps',
            commandId: 5,
            method: 'GET',
            path: '/containers/json',
            query: '',
            status: 200,
          },
        ],
        nextId: 6,
      }),
    );
    const outcome = loadSession(storage);
    if (outcome.kind !== 'restored') throw new Error(`not restored: ${outcome.kind}`);
    const { records, shownFrom, nextId } = outcome.session;
    const shown = records.filter((r) => r.id >= shownFrom);
    expect(shown.map((r) => r.line)).toEqual(['docker ps', 'echo "a', 'echo "a\nb"']);
    expect(shown.map((r) => recordLines(r))).toEqual([['CONTAINER ID   IMAGE'], [], ['a', 'b']]);
    expect(shown[1].incomplete).toBe(true);
    const exchanges = records.flatMap((r) => r.exchanges.map((x) => `${r.line}: ${x.method} ${x.path} ${x.status}`));
    expect(exchanges).toEqual(['docker ps: GET /containers/json 200']);
    const ids = records.flatMap((r) => [r.id, ...r.exchanges.map((x) => x.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(nextId).toBeGreaterThan(Math.max(...ids));
  });

  it('reports a damaged or older saved session instead of trusting it', () => {
    const storage = memoryStorage();
    expect(loadSession(storage).kind).toBe('none');
    storage.setItem(SESSION_KEY, '{"format":1,"world":"{not json');
    expect(loadSession(storage).kind).toBe('corrupt');
    storage.setItem(SESSION_KEY, 'garbage');
    expect(loadSession(storage).kind).toBe('corrupt');
    storage.setItem(SESSION_KEY, JSON.stringify({ format: 0, world: '{}' }));
    expect(loadSession(storage).kind).toBe('outdated');
    const { world } = worldWithAlpineAndNginx();
    const old = JSON.parse(serializeWorld(world));
    old.version = 0;
    storage.setItem(
      SESSION_KEY,
      JSON.stringify({ format: 1, world: JSON.stringify(old), history: [], transcript: [], apiLog: [], nextId: 1 }),
    );
    expect(loadSession(storage).kind).toBe('outdated');
    storage.setItem(
      SESSION_KEY,
      JSON.stringify({ format: 1, world: serializeWorld(world), history: 'x', transcript: [], apiLog: [], nextId: 1 }),
    );
    expect(loadSession(storage).kind).toBe('corrupt');
  });
});
