import { describe, expect, it } from 'vitest';
import { loadSession, saveSession, SESSION_KEY } from '../../src/ui/app/persistence';
import { serializeWorld } from '../../src/model/world';
import { runContainer, worldWithAlpineAndNginx } from './world-fixture';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe('session persistence', () => {
  it('restores the same world, history, transcript and API log', () => {
    const storage = memoryStorage();
    const { world } = worldWithAlpineAndNginx();
    runContainer(world, 'web', 'nginx:alpine');
    const parts = {
      history: ['docker pull alpine'],
      transcript: [{ id: 1, line: 'docker ps', output: ['CONTAINER ID'], exitCode: 0 }],
      apiLog: [],
      nextId: 2,
    };
    expect(saveSession(storage, serializeWorld(world), parts)).toBe(true);
    const outcome = loadSession(storage);
    if (outcome.kind !== 'restored') throw new Error(`the session was not restored: ${JSON.stringify(outcome)}`);
    expect(serializeWorld(outcome.session.world)).toBe(serializeWorld(world));
    expect(outcome.session.history).toEqual(parts.history);
    expect(outcome.session.transcript).toEqual(parts.transcript);
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
