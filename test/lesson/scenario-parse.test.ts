import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenario, MAX_ERRORS, parseScenario } from '../../src/model/lesson/scenario-parse';
import type { ScenarioError } from '../../src/model/lesson/scenario';
import { replayLesson, replayLines } from '../../src/model/lesson/lesson-replay';
import { stepGoalsMet } from '../../src/model/lesson/goals';
import { serializeWorld } from '../../src/model/world/world';

const SAMPLE = readFileSync(new URL('./fixtures/sample-scenario.yaml', import.meta.url), 'utf8');

/** The 1-based column of `needle` on line `line` of `text` (so expectations stay readable). */
function col(text: string, line: number, needle: string, nth = 0): number {
  const row = text.split('\n')[line - 1];
  let at = -1;
  for (let i = 0; i <= nth; i++) at = row.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`'${needle}' is not on line ${line}: ${row}`);
  return at + 1;
}

function errorsOf(text: string): ScenarioError[] {
  const result = parseScenario(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseScenario: a valid file', () => {
  it('reads every field of the sample', () => {
    const result = parseScenario(SAMPLE, 'sample.yaml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    const s = result.scenario;
    expect([s.schema, s.id, s.order, s.view]).toEqual(['pelabuhan-scenario/1', 'images', 4, 'layers']);
    expect(s.title).toEqual({ en: 'Images', id: 'Image' });
    expect(s.start).toEqual({ seed: 1, commands: ['docker pull alpine'] });
    expect(s.steps.map((x) => x.id)).toEqual(['list-images', 'pull-nginx', 'in-use', 'daemon-down', 'read']);
    expect(s.steps[0].highlight).toEqual([
      { view: 'layers', target: 'image:alpine' },
      { view: 'architecture', target: 'daemon' },
    ]);
    expect(s.steps[0].predict).toEqual({ en: 'How many rows?', id: 'Berapa baris?' });
    expect(s.steps[1].actions).toEqual([
      { view: 'layers' },
      { sleep: 1000 },
      { compare: { n: 5, profile: 'ubuntu-server', image: 'nginx' } },
    ]);
    expect(s.steps[1].goals).toEqual([
      { image: 'nginx:alpine' },
      { noImage: 'redis' },
      { containers: { image: 'nginx', count: 0 } },
      { containers: { image: 'nginx', min: 0, state: 'running' } },
      { noContainer: 'web' },
    ]);
    expect(s.steps[2].before.en).toBe('Run a container, then try to remove its image.\nThe daemon refuses.\n');
    expect(s.steps[2].goals?.[1]).toEqual({ refused: { command: 'rmi', image: 'nginx' } });
    expect(s.steps[3].goals).toEqual([
      { daemon: 'stopped' },
      { failed: { message: 'Cannot connect to the Docker daemon' } },
    ]);
    // A reading step: no commands given means none.
    expect(s.steps[4].commands).toEqual([]);
    expect(s.steps[4].goals).toBeUndefined();
  });

  it('the parsed sample replays to its goals (the in-use step lacks the volume and network, as written)', () => {
    const result = parseScenario(SAMPLE);
    if (!result.ok) throw new Error('sample');
    const s = result.scenario;
    for (const k of [0, 1, 3])
      expect(stepGoalsMet(s.steps[k], replayLesson(s, { upTo: k + 1 }), k), s.steps[k].id).toBe(true);
    expect(stepGoalsMet(s.steps[2], replayLesson(s, { upTo: 3 }), 2)).toBe(false);
  });

  it('formats back to JSON that parses to the same scenario, in the documented field order', () => {
    const result = parseScenario(SAMPLE);
    if (!result.ok) throw new Error('sample');
    const json = formatScenario(result.scenario);
    expect(json.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(json))).toEqual([
      'schema',
      'id',
      'order',
      'title',
      'summary',
      'view',
      'start',
      'steps',
    ]);
    expect(Object.keys(JSON.parse(json).steps[1])).toEqual([
      'id',
      'title',
      'before',
      'commands',
      'actions',
      'after',
      'goals',
      'solution',
    ]);
    expect(json).toContain('\n  "schema": "pelabuhan-scenario/1",\n');
    const again = parseScenario(json, 'export.json');
    expect(again.ok && again.scenario).toEqual(result.scenario);
    expect(again.ok && formatScenario(again.scenario)).toBe(json);
  });

  it('reads a saved world as the start', () => {
    const saved = replayLines(5, ['docker pull nginx', 'docker create --name box nginx']);
    const text = JSON.stringify({
      schema: 'pelabuhan-scenario/1',
      id: 'saved',
      order: 1,
      title: { en: 'S', id: 'S' },
      summary: { en: 'S', id: 'S' },
      view: 'lifecycle',
      start: { world: JSON.parse(serializeWorld(saved.world)) },
      steps: [
        {
          id: 'start-it',
          title: { en: 'T', id: 'T' },
          before: { en: 'B', id: 'B' },
          after: { en: 'A', id: 'A' },
          commands: ['docker start box'],
          goals: [{ container: { name: 'box', state: 'running' } }],
        },
      ],
    });
    const result = parseScenario(text, 'saved.json');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(serializeWorld(replayLesson(result.scenario, { upTo: 0 }).world)).toBe(serializeWorld(saved.world));
    expect(stepGoalsMet(result.scenario.steps[0], replayLesson(result.scenario, { upTo: 1 }), 0)).toBe(true);
  });
});

describe('parseScenario: schema errors in YAML, all of them, with line, column and path', () => {
  const text = [
    'schema: pelabuhan-scenario/2', //                         1
    'id: Images', //                                           2
    'order: 4', //                                             3
    'title: { en: Images }', //                                4
    'summary: { en: S, id: S }', //                            5
    'view: layer', //                                          6
    'steps:', //                                               7
    '  - id: one', //                                          8
    '    title: { en: T, id: T }', //                          9
    '    before: { en: B, id: B }', //                         10
    '    comands: [docker ps]', //                             11
    '    after: { en: A, id: A }', //                          12
    '    goals:', //                                           13
    '      - { containers: { image: nginx, count: two } }', // 14
    '      - { images: nginx }', //                            15
    '      - { image: Nginx }', //                             16
    '      - { image: a, noImage: b }', //                     17
    '  - id: one', //                                          18
    '    title: { en: T, id: "" }', //                         19
    '    before: { en: B, id: B, de: X }', //                  20
    '    commands: ["docker ps\\nls", 3]', //                  21
    '    actions: [{ daemon: stopp }, { sleep: -1 }, { view: api, sleep: 3 }]', // 22
    "    highlight: [{ view: api, target: 'contaner:web' }]", // 23
    '', //                                                     24
  ].join('\n');
  const errors = errorsOf(text);

  it.each<[string, number, string, string]>([
    [
      'schema',
      1,
      'pelabuhan',
      "must be 'pelabuhan-scenario/1' (the only scenario format this page reads); got 'pelabuhan-scenario/2'",
    ],
    ['id', 2, 'Images', "must be an id of lowercase letters, digits and '-' ([a-z0-9-]+); got 'Images'"],
    ['title', 4, '{', "missing required field 'id' (Indonesian text)"],
    [
      'view',
      6,
      'layer',
      "must be one of architecture, api, layers, lifecycle, resources, compare, files, build; got 'layer' " +
        "— did you mean 'layers'?",
    ],
    ['steps[0].comands', 11, 'comands', "unknown field 'comands' — did you mean 'commands'?"],
    ['steps[0].goals[0].containers.count', 14, 'two', "must be a whole number; got 'two'"],
    ['steps[0].goals[1].images', 15, 'images', "unknown goal 'images' — did you mean 'image'?"],
    [
      'steps[0].goals[2].image',
      16,
      'Nginx',
      "'Nginx' is not a valid image reference: invalid reference format: repository name (library/Nginx) must " +
        'be lowercase',
    ],
    [
      'steps[0].goals[3]',
      17,
      '{',
      'a goal has exactly one kind (one of image, noImage, containers, container, noContainer, volume, network,' +
        ' daemon, refused, failed, pushed, built, file); got 2 (image, noImage)',
    ],
    ['steps[1]', 18, 'id', "missing required field 'after'"],
    ['steps[1].id', 18, 'one', "duplicate step id 'one' (already used by steps[0])"],
    ['steps[1].title.id', 19, '""', 'must not be empty (Indonesian text)'],
    ['steps[1].before.de', 20, 'de', "unknown field 'de'"],
    ['steps[1].commands[0]', 21, '"docker', 'must be a single line'],
    ['steps[1].commands[1]', 21, '3', 'must be text; got the number 3'],
    ['steps[1].actions[0].daemon', 22, 'stopp', "must be one of stop, start; got 'stopp' — did you mean 'stop'?"],
    [
      'steps[1].actions[1].sleep',
      22,
      '-1',
      'must be between 0 and 31536000000 (milliseconds of virtual time, at most a year); got -1',
    ],
    [
      'steps[1].actions[2]',
      22,
      '{ view',
      'an action is a map with exactly one of daemon, sleep, view, compare, file; got 2 fields',
    ],
    [
      'steps[1].highlight[0].target',
      23,
      "'contaner",
      'must be one of image:<ref>, layer:shared, container:<name>, volume:<name>, network:<name>, daemon, ' +
        "client, api, registry:<host>, vm or compare:<part>; got 'contaner:web' — did you mean 'container'?",
    ],
  ])('%s at line %i', (path, line, needle, message) => {
    expect(errors).toContainEqual({ line, column: col(text, line, needle), path, message });
  });

  it('reports them all, in file order, and nothing else', () => {
    expect(errors).toHaveLength(19);
    const order = errors.map((e) => e.line * 1000 + e.column);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('parseScenario: schema errors in JSON', () => {
  const text =
    `{
  "schema": "pelabuhan-scenario/1",
  "id": "json-one",
  "order": "4",
  "title": {"en": "T", "id": ""},` +
    `
  "summary": {"en": "S", "id": "S"},
  "start": {"world": {"version": 1}, "commands": ["docker ps"]},
  ` +
    `"steps": [
    {"id": "a", "title": {"en": "T", "id": "T"}, "before": {"en": "B", "id": "B"}, "after": ` +
    `{"en": "A", "id": "A"}, "commands": "docker ps"},
    {"id": "b", "title": {"en": "T", "id": "T"}, ` +
    `"before": {"en": "B", "id": "B"}, "after": {"en": "A", "id": "A"},
     "goals": [{"volume": {"name": "x", ` +
    `"usedBy": 1.5}}, {"refused": {"command": "rmii"}}, {"network": {"name": "app", "containers": ["web", ` +
    `"-bad"]}}]}
  ]
}`;
  const errors = errorsOf(text);

  it.each<[string, number, string, string]>([
    ['', 1, '{', "missing required field 'view'"],
    ['order', 4, '"4"', "must be a whole number; got '4'"],
    ['title.id', 5, '""', 'must not be empty (Indonesian text)'],
    ['start.world', 7, '{"version', 'is not a saved world this page can load: The saved world is incomplete.'],
    [
      'start.commands',
      7,
      '"commands"',
      "'start.commands' cannot be given with 'start.world': a saved world already holds its seed and state",
    ],
    ['steps[0].commands', 9, '"docker ps"', "must be a list of command lines; got 'docker ps'"],
    [
      'steps[1].goals[0].volume.name',
      11,
      '"x"',
      "must be a docker name ([a-zA-Z0-9][a-zA-Z0-9_.-]+, at least 2 characters); got 'x'",
    ],
    ['steps[1].goals[0].volume.usedBy', 11, '1.5', 'must be a whole number; got the number 1.5'],
    [
      'steps[1].goals[1].refused.command',
      11,
      '"rmii"',
      'must be a docker command the daemon can refuse (rmi, rm, volume rm, network rm, create, run, pull, ' +
        "start, stop, restart, pause, unpause, kill, or a long form such as 'image rm'); got 'rmii' — did you " +
        "mean 'rmi'?",
    ],
    [
      'steps[1].goals[2].network.containers[1]',
      11,
      '"-bad"',
      "must be a docker name ([a-zA-Z0-9][a-zA-Z0-9_.-]+, at least 2 characters); got '-bad'",
    ],
  ])('%s at line %i', (path, line, needle, message) => {
    expect(errors).toContainEqual({ line, column: col(text, line, needle), path, message });
  });

  it('reports them all', () => {
    expect(errors).toHaveLength(10);
  });
});

describe('parseScenario: a volume goal with a file', () => {
  const scenario = (goal: string) => `schema: pelabuhan-scenario/1
id: files
order: 1
title: { en: T, id: T }
summary: { en: S, id: S }
view: resources
steps:
  - id: a
    title: { en: T, id: T }
    before: { en: B, id: B }
    after: { en: A, id: A }
    goals:
      - ${goal}
`;

  it('reads file and contains', () => {
    const result = parseScenario(scenario('volume: { name: data, file: notes/greeting, contains: hi there }'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scenario.steps[0].goals).toEqual([
      { volume: { name: 'data', file: 'notes/greeting', contains: 'hi there' } },
    ]);
    expect(parseScenario(formatScenario(result.scenario))).toEqual(result);
  });

  it.each<[string, string, string]>([
    [
      'volume: { name: data, file: /data/greeting }',
      'steps[0].goals[0].volume.file',
      "must be a path inside the volume, without a leading slash (greeting, logs/today); got '/data/greeting'",
    ],
    [
      'volume: { name: data, file: ../x }',
      'steps[0].goals[0].volume.file',
      "must be a path inside the volume, without a leading slash (greeting, logs/today); got '../x'",
    ],
    [
      'volume: { name: data, contains: hi }',
      'steps[0].goals[0].volume.contains',
      "'contains' needs 'file', the file in the volume to look in",
    ],
  ])('%s is refused', (goal, path, message) => {
    expect(errorsOf(scenario(goal))).toEqual([expect.objectContaining({ path, message, line: 13 })]);
  });
});

describe('parseScenario: syntax errors', () => {
  it("JSON: a missing comma, at the parser's line and column", () => {
    const text = '{\n  "schema": "pelabuhan-scenario/1"\n  "id": "x"\n}';
    const errors = errorsOf(text);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ line: 3, path: '' });
    expect(errors.every((e) => e.path === '')).toBe(true);
  });

  it('JSON: a field given twice', () => {
    const text = '{\n  "schema": "pelabuhan-scenario/1",\n  "id": "x",\n  "id": "y"\n}';
    expect(errorsOf(text)).toEqual([
      { line: 4, column: 3, path: '', message: "field 'id' is given twice (field names must be unique)" },
    ]);
  });

  it('YAML: an unclosed flow list', () => {
    const text = 'schema: pelabuhan-scenario/1\nsteps: [a, b\nid: x\n';
    const errors = errorsOf(text);
    expect(errors[0]).toMatchObject({ line: 3, column: 1, path: '' });
    expect(errors[0].message).toMatch(/Flow sequence/);
  });

  it('YAML: a field given twice, and two documents', () => {
    expect(errorsOf('id: a\nid: b\n')).toEqual([
      { line: 2, column: 1, path: '', message: "field 'id' is given twice (field names must be unique)" },
    ]);
    expect(errorsOf('id: a\n---\nid: b\n')[0]).toEqual({
      line: 2,
      column: 1,
      path: '',
      message: "the file holds more than one YAML document (a second '---'); a scenario is one document",
    });
  });

  it('an empty file, and a file that is not a map', () => {
    expect(errorsOf('   \n')).toEqual([
      {
        line: 1,
        column: 1,
        path: '',
        message:
          'the file is empty: expected a scenario (a map with schema, id, order, title, summary, view and steps)',
      },
    ]);
    expect(errorsOf('- 1\n- 2\n')).toEqual([
      {
        line: 1,
        column: 1,
        path: '',
        message: 'must be a scenario: a map with schema, id, order, title, summary, view and steps; got a list',
      },
    ]);
  });

  it('YAML anchors are followed; an alias with no anchor is named', () => {
    const base = 'schema: pelabuhan-scenario/1\nid: al\norder: 1\ntitle: &t { en: T, id: T }\nsummary: *t\nview: api\n';
    const ok = parseScenario(`${base}steps:\n  - { id: a, title: *t, before: *t, after: *t }\n`);
    expect(ok.ok && ok.scenario.steps[0].before).toEqual({ en: 'T', id: 'T' });
    expect(errorsOf(`${base}steps: [*nope]\n`)).toEqual([
      {
        line: 7,
        column: 9,
        path: 'steps[0]',
        message: "must be a map of fields; got '*nope', an alias with no anchor '&nope' before it",
      },
    ]);
  });

  it('never throws, whatever the text', () => {
    for (const text of [
      '{',
      '"',
      ':',
      '*x',
      '&a [*a]',
      '\t',
      'a: !!binary x',
      '%YAML 9\n---\n',
      '\u0000',
      'steps: [*nope]',
    ]) {
      expect(() => parseScenario(text)).not.toThrow();
      expect(parseScenario(text).ok).toBe(false);
    }
  });
});

describe('parseScenario: many errors', () => {
  it(`stops at ${MAX_ERRORS} and says how many more there are`, () => {
    const steps = Array.from(
      { length: 60 },
      (_, i) =>
        `  - { id: s${i}, title: { en: T, id: T }, before: { en: B, id: B }, after: { en: A, id: A }, goals: ` +
        `[{ daemon: maybe }] }`,
    );
    const text = [
      'schema: pelabuhan-scenario/1',
      'id: many',
      'order: 1',
      'title: { en: T, id: T }',
      'summary: { en: S, id: S }',
      'view: api',
      'steps:',
      ...steps,
    ].join('\n');
    const errors = errorsOf(text);
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[0]).toMatchObject({
      line: 8,
      path: 'steps[0].goals[0].daemon',
      message: "must be one of running, stopped; got 'maybe'",
    });
    expect(errors[MAX_ERRORS]).toEqual({
      line: 58,
      column: col(text, 58, 'maybe'),
      path: '',
      message: '10 more errors not shown',
    });
  });
});
