// @vitest-environment happy-dom
/**
 * Presenting custom scenarios: the references in the URL and in sync messages (built-in id, `src`
 * path, local hash), the localStorage store behind `scenario=local:<hash>` (hash, cap, eviction,
 * damage), resolving a reference to a scenario or a named problem, and the player's Present button.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { formatScenario } from '../../src/model/lesson/scenario-format';
import type { Scenario } from '../../src/model/lesson/scenario';
import { presenterHref, readPresentMode, withPresentParams } from '../../src/ui/presenter/present-url';
import {
  readScenarioRef,
  scenarioRefKey,
  validateScenarioRef,
  type ScenarioRef,
} from '../../src/ui/presenter/scenario-ref';
import { decodeMessage, encodeMessage, stateMessage, type SyncSnapshot } from '../../src/ui/presenter/sync-protocol';
import {
  MAX_STORED_CHARS,
  MAX_STORED_SCENARIOS,
  STORE_PREFIX,
  readStoredScenario,
  scenarioHash,
  storeKey,
  storeScenario,
} from '../../src/ui/presenter/scenario-store';
import { resolveScenario } from '../../src/ui/presenter/present-source';
import '../../src/ui/presenter/present-button';

const SCENARIO: Scenario = {
  schema: 'pelabuhan-scenario/1',
  id: 'from-file',
  order: 50,
  title: { en: 'A lesson from a file', id: 'Pelajaran dari berkas' },
  summary: { en: 'Presented from a file.', id: 'Dipresentasikan dari berkas.' },
  view: 'architecture',
  steps: [
    {
      id: 'pull',
      title: { en: 'Pull', id: 'Tarik' },
      before: { en: 'Pull alpine.', id: 'Tarik alpine.' },
      commands: ['docker pull alpine'],
      after: { en: 'Done.', id: 'Selesai.' },
    },
  ],
};
const TEXT = formatScenario(SCENARIO);
const HASH = /^[0-9a-f]{16}$/;
const PAGE = 'http://127.0.0.1:4173/';

describe('scenario references in the URL', () => {
  it('reads src=, scenario=local:<hash> and lesson=, in that order of precedence', () => {
    const read = (q: string) => readScenarioRef(new URLSearchParams(q));
    expect(read('src=lessons/mine.yaml')).toEqual({ kind: 'src', src: 'lessons/mine.yaml' });
    expect(read('scenario=local:0123456789abcdef')).toEqual({ kind: 'local', hash: '0123456789abcdef' });
    expect(read('lesson=images')).toEqual({ kind: 'lesson', id: 'images' });
    expect(read('lesson=images&src=a.json')).toEqual({ kind: 'src', src: 'a.json' });
    expect(read('lesson=images&scenario=local:0123456789abcdef')).toEqual({ kind: 'local', hash: '0123456789abcdef' });
    // A damaged local reference still names itself, so the presenter can say it is not stored.
    expect(read('scenario=local:nope')).toEqual({ kind: 'local', hash: 'nope' });
    expect(read('src=' + encodeURIComponent('a\nb'))).toBeUndefined();
    expect(read('')).toBeUndefined();
  });

  it('the presenter mode carries the reference; presenterHref round-trips every kind', () => {
    expect(readPresentMode('?src=fixtures/x.yaml&mode=present&step=2')).toEqual({
      mode: 'present',
      source: { kind: 'src', src: 'fixtures/x.yaml' },
      step: 1,
      channel: undefined,
    });
    const refs: ScenarioRef[] = [
      { kind: 'lesson', id: 'images' },
      { kind: 'src', src: '../lessons/a b.yaml' },
      { kind: 'local', hash: 'abcdef0123456789' },
    ];
    for (const ref of refs) {
      const href = presenterHref(ref, 'id', 3);
      expect(readPresentMode(href)).toEqual({ mode: 'present', source: ref, step: 2, channel: undefined });
      // The channel and step the presenter adds keep the reference.
      expect(readPresentMode(withPresentParams(href, { channel: 'abcd1234', step: 5 }))).toEqual({
        mode: 'present',
        source: ref,
        step: 4,
        channel: 'abcd1234',
      });
    }
    expect(presenterHref({ kind: 'local', hash: 'abcdef0123456789' })).toBe(
      '?scenario=local%3Aabcdef0123456789&mode=present',
    );
    expect(presenterHref({ kind: 'src', src: 'x.json' }, 'en')).toBe('?src=x.json&mode=present&lang=en');
    expect(scenarioRefKey({ kind: 'src', src: 'x.json' })).not.toBe(scenarioRefKey({ kind: 'lesson', id: 'x' }));
  });
});

describe('scenario references in sync messages', () => {
  const snap: SyncSnapshot = { lesson: 'from-file', step: 1, stage: 'after', lines: ['docker ps'] };

  it('round-trips a state message naming each kind of scenario', () => {
    for (const source of [
      { kind: 'lesson', id: 'from-file' },
      { kind: 'src', src: 'fixtures/custom.yaml' },
      { kind: 'local', hash: '0123456789abcdef' },
    ] as ScenarioRef[]) {
      const m = stateMessage(snap, 'en', source);
      expect(decodeMessage(encodeMessage(m))).toEqual(m);
    }
  });

  it('a message without a source names the built-in lesson of its snapshot', () => {
    expect(decodeMessage({ v: 1, type: 'state', snapshot: snap, lang: 'id' })).toEqual(
      stateMessage(snap, 'id', { kind: 'lesson', id: 'from-file' }),
    );
  });

  it('ignores a message whose source is malformed', () => {
    const bad: unknown[] = [
      null,
      'images',
      [],
      {},
      { kind: 'lesson' },
      { kind: 'lesson', id: 'Images' },
      { kind: 'lesson', id: 'x'.repeat(65) },
      { kind: 'src' },
      { kind: 'src', src: '' },
      { kind: 'src', src: 'a\u0000b' },
      { kind: 'src', src: 'x'.repeat(2049) },
      { kind: 'src', src: 7 },
      { kind: 'local', hash: 'abc' },
      { kind: 'local', hash: '0123456789ABCDEF' },
      { kind: 'local', hash: '../0123456789abcd' },
      { kind: 'file', text: 'x' },
    ];
    for (const source of bad) {
      expect(validateScenarioRef(source), JSON.stringify(source)).toBeUndefined();
      expect(
        decodeMessage(JSON.stringify({ v: 1, type: 'state', snapshot: snap, lang: 'en', source })),
        JSON.stringify(source),
      ).toBeUndefined();
    }
    // Extra fields are dropped, not passed on.
    expect(validateScenarioRef({ kind: 'local', hash: '0123456789abcdef', text: 'evil' })).toEqual({
      kind: 'local',
      hash: '0123456789abcdef',
    });
  });
});

describe('scenario files kept in localStorage', () => {
  beforeEach(() => localStorage.clear());

  it('hashes text to 16 hex digits, the same text always to the same hash', () => {
    expect(scenarioHash(TEXT)).toMatch(HASH);
    expect(scenarioHash(TEXT)).toBe(scenarioHash(`${TEXT}`));
    expect(scenarioHash(TEXT)).not.toBe(scenarioHash(`${TEXT} `));
    expect(scenarioHash('')).toMatch(HASH);
  });

  it('stores a text under pelabuhan.scenario.<hash> and reads it back', () => {
    const stored = storeScenario(localStorage, TEXT, 1);
    expect(stored).toEqual({ ok: true, hash: scenarioHash(TEXT) });
    expect(localStorage.getItem(`${STORE_PREFIX}${scenarioHash(TEXT)}`)).toContain('from-file');
    expect(readStoredScenario(localStorage, scenarioHash(TEXT))).toBe(TEXT);
    expect(readStoredScenario(localStorage, '0123456789abcdef')).toBeUndefined();
    expect(readStoredScenario(localStorage, 'not-a-hash')).toBeUndefined();
    expect(readStoredScenario(undefined, scenarioHash(TEXT))).toBeUndefined();
  });

  it(
    `keeps at most ${MAX_STORED_SCENARIOS}, removing the oldest stored (storing again refreshes one) and nothing ` +
      `else`,
    () => {
      localStorage.setItem('pelabuhan.session', 'mine');
      const texts = Array.from({ length: 6 }, (_, i) => `${TEXT}\n# ${i}`);
      storeScenario(localStorage, texts[0], 10);
      storeScenario(localStorage, texts[1], 20);
      storeScenario(localStorage, texts[2], 30);
      storeScenario(localStorage, texts[3], 40);
      storeScenario(localStorage, texts[0], 50); // refreshed: now the newest
      storeScenario(localStorage, texts[4], 60); // evicts texts[1], the oldest
      const kept = (t: string) => readStoredScenario(localStorage, scenarioHash(t)) === t;
      expect(texts.map(kept)).toEqual([true, false, true, true, true, false]);
      storeScenario(localStorage, texts[5], 70); // evicts texts[2]
      expect(texts.map(kept)).toEqual([true, false, false, true, true, true]);
      expect(localStorage.getItem('pelabuhan.session')).toBe('mine');
    },
  );

  it('refuses a text over the cap, and says when the storage refuses', () => {
    expect(storeScenario(localStorage, 'x'.repeat(MAX_STORED_CHARS + 1))).toEqual({ ok: false, reason: 'too-big' });
    expect(storeScenario(undefined, TEXT)).toEqual({ ok: false, reason: 'unavailable' });
    const refusing = {
      length: 0,
      key: () => null,
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
      clear: () => undefined,
    } as Storage;
    expect(storeScenario(refusing, TEXT)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('makes room when the storage is full by removing the other kept scenarios', () => {
    storeScenario(localStorage, `${TEXT}\n# old`, 1);
    let refuse = true;
    const setItem = localStorage.setItem.bind(localStorage);
    const full = new Proxy(localStorage, {
      get(target, prop) {
        if (prop === 'setItem')
          return (k: string, v: string) => {
            if (refuse) {
              refuse = false;
              throw new Error('QuotaExceededError');
            }
            setItem(k, v);
          };
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    expect(storeScenario(full, TEXT, 2)).toEqual({ ok: true, hash: scenarioHash(TEXT) });
    expect(readStoredScenario(localStorage, scenarioHash(`${TEXT}\n# old`))).toBeUndefined();
    expect(readStoredScenario(localStorage, scenarioHash(TEXT))).toBe(TEXT);
  });

  it('treats a damaged or hand-edited entry as missing', () => {
    const hash = scenarioHash(TEXT);
    localStorage.setItem(storeKey(hash), '{not json');
    expect(readStoredScenario(localStorage, hash)).toBeUndefined();
    localStorage.setItem(storeKey(hash), JSON.stringify({ v: 1, at: 1, text: `${TEXT} edited` }));
    expect(readStoredScenario(localStorage, hash)).toBeUndefined();
  });
});

describe('resolving a reference to a scenario', () => {
  beforeEach(() => localStorage.clear());
  const noFetch = (() => {
    throw new Error('no request expected');
  }) as unknown as typeof fetch;

  it('a built-in lesson, or its name said unknown', async () => {
    const ok = await resolveScenario(
      { kind: 'lesson', id: 'images' },
      { pageUrl: PAGE, storage: localStorage, fetchFn: noFetch },
    );
    expect(ok.ok && ok.scenario.id).toBe('images');
    expect(
      await resolveScenario({ kind: 'lesson', id: 'nope' }, { pageUrl: PAGE, storage: localStorage, fetchFn: noFetch }),
    ).toEqual({ ok: false, problem: { kind: 'unknown-lesson', id: 'nope' } });
  });

  it('a stored file, or "missing" once it is gone', async () => {
    const { hash } = storeScenario(localStorage, TEXT) as { hash: string };
    const found = await resolveScenario(
      { kind: 'local', hash },
      { pageUrl: PAGE, storage: localStorage, fetchFn: noFetch },
    );
    expect(found.ok && found.scenario).toEqual(SCENARIO);
    localStorage.clear();
    expect(
      await resolveScenario({ kind: 'local', hash }, { pageUrl: PAGE, storage: localStorage, fetchFn: noFetch }),
    ).toEqual({ ok: false, problem: { kind: 'missing-local', hash } });
  });

  it('a same-origin src (fetched), a 404 or a broken file as load problems, another origin never asked', async () => {
    const asked: string[] = [];
    const fetchFn = (async (url: string) => {
      asked.push(url);
      if (url.endsWith('/good.json')) return new Response(TEXT, { status: 200 });
      if (url.endsWith('/broken.yaml')) return new Response('schema: pelabuhan-scenario/1\nid: Bad\n', { status: 200 });
      return new Response('not found', { status: 404 });
    }) as unknown as typeof fetch;
    const ctx = { pageUrl: PAGE, storage: localStorage, fetchFn };
    const good = await resolveScenario({ kind: 'src', src: 'fixtures/good.json' }, ctx);
    expect(good.ok && good.scenario).toEqual(SCENARIO);
    const missing = await resolveScenario({ kind: 'src', src: 'fixtures/missing.json' }, ctx);
    expect(!missing.ok && missing.problem.kind === 'load' && missing.problem.failure.problem).toEqual({
      kind: 'http',
      status: 404,
    });
    const broken = await resolveScenario({ kind: 'src', src: 'fixtures/broken.yaml' }, ctx);
    expect(!broken.ok && broken.problem.kind === 'load' && broken.problem.failure.problem.kind).toBe('invalid');
    const other = await resolveScenario({ kind: 'src', src: 'https://example.com/evil.json' }, ctx);
    expect(!other.ok && other.problem.kind === 'load' && other.problem.failure.problem).toEqual({
      kind: 'other-origin',
      origin: 'https://example.com',
    });
    expect(asked).toEqual([`${PAGE}fixtures/good.json`, `${PAGE}fixtures/missing.json`, `${PAGE}fixtures/broken.yaml`]);
  });
});

describe('<sim-present-button>', () => {
  beforeEach(() => localStorage.clear());

  const mount = async (props: Partial<HTMLElementTagNameMap['sim-present-button']>) => {
    const el = document.createElement('sim-present-button');
    Object.assign(el, { lesson: 'from-file', step: 2, ...props });
    document.body.replaceChildren(el);
    await el.updateComplete;
    return el;
  };
  const link = (el: HTMLElement) => el.shadowRoot!.querySelector('a')!;

  it('links a built-in lesson by id and a ?src= scenario by its path', async () => {
    expect(link(await mount({})).getAttribute('href')).toMatch(/^\?lesson=from-file&mode=present&step=2/);
    expect(link(await mount({ origin: { kind: 'src', src: 'fixtures/x.yaml' } })).getAttribute('href')).toMatch(
      /^\?src=fixtures%2Fx.yaml&mode=present&step=2/,
    );
  });

  it("keeps a dropped file's text in localStorage when followed, and links its hash", async () => {
    const el = await mount({ origin: { kind: 'file', text: TEXT } });
    const a = link(el);
    expect(a.getAttribute('href')).toContain(`scenario=local%3A${scenarioHash(TEXT)}`);
    expect(readStoredScenario(localStorage, scenarioHash(TEXT))).toBeUndefined();
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    // The test stops the navigation itself (after the button's own handler).
    addEventListener('click', (e) => e.preventDefault(), { once: true });
    a.dispatchEvent(click);
    expect(readStoredScenario(localStorage, scenarioHash(TEXT))).toBe(TEXT);
  });

  it('says so, and does not open the presenter, when the file is too big to keep', async () => {
    const el = await mount({ origin: { kind: 'file', text: 'x'.repeat(MAX_STORED_CHARS + 1) } });
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link(el).dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('too big');
  });
});
