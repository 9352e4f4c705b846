import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/lesson/scenario-parse';
import { replayLesson } from '../../src/model/lesson/lesson-replay';
import { defaultHost } from '../../src/model/world/world-base';

const lesson = (start: string, actions: string) => `schema: pelabuhan-scenario/1
id: files
order: 50
title: { en: Files, id: Berkas }
summary: { en: s, id: s }
view: architecture
start:
${start}
steps:
  - id: edit
    title: { en: Edit, id: Sunting }
    before: { en: b, id: b }
    actions:
${actions}
    commands: [cat app/Dockerfile]
    after: { en: a, id: a }
`;

const GOOD = lesson(
  `  files:
    app/Dockerfile: |
      FROM alpine
    /home/user/notes.txt: ""
  commands: [ls app]`,
  `      - file: { path: app/Dockerfile, content: "FROM nginx\\n" }`,
);

describe('files a lesson puts on the client machine', () => {
  it('writes start.files before the start commands and the file action before the step commands', () => {
    const parsed = parseScenario(GOOD);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.scenario.start?.files).toEqual({ 'app/Dockerfile': 'FROM alpine\n', '/home/user/notes.txt': '' });
    expect(parsed.scenario.steps[0].actions).toEqual([{ file: { path: 'app/Dockerfile', content: 'FROM nginx\n' } }]);
    const start = replayLesson(parsed.scenario, { upTo: 0 });
    expect(start.log.map((r) => r.chunks.map((c) => c.text).join(''))).toEqual(['Dockerfile\n']);
    const after = replayLesson(parsed.scenario, { upTo: 1 });
    expect(after.log.slice(1).map((r) => [r.line, r.chunks.map((c) => c.text).join('')])).toEqual([
      ['#file app/Dockerfile', ''],
      ['cat app/Dockerfile', 'FROM nginx\n'],
    ]);
    expect(defaultHost(after.world).hostFiles['home/user/notes.txt']).toBe('');
  });

  it('refuses bad paths and contents with their place', () => {
    const parsed = parseScenario(
      lesson(`  files:\n    ../etc/passwd: x\n    ok: [1]`, `      - file: { path: "dir/", content: x }`),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.line, e.path, e.message.split(';')[0]])).toEqual([
      [
        9,
        'start.files',
        "each key must be a file path ('Dockerfile', 'site/index.html' or absolute), not ending in '/', without '..'",
      ],
      [10, 'start.files.ok', 'must be text'],
      [
        16,
        'steps[0].actions[0].file.path',
        "must be a file path ('Dockerfile', 'site/index.html' or absolute), not ending in '/', without '..'",
      ],
    ]);
  });
});
