import { describe, expect, it } from 'vitest';
import { sessionScenario, scenarioFileName, singleLine, TODO_MARK } from '../../src/ui/authoring/session-scenario';
import { formatScenario } from '../../src/model/lesson/scenario-format';
import { parseScenario } from '../../src/model/lesson/scenario-parse';
import { replayLesson, replayLines, runLine, type LessonWorld } from '../../src/model/lesson/lesson-replay';
import { recordText } from '../../src/model/cli/shell/command-record';
import { replayPosition } from '../../src/ui/lesson/lesson-replay-page';
import { lessonById } from '../../src/lessons/index';
import type { Scenario } from '../../src/model/lesson/scenario';
import { saveLine } from '../../src/ui/editor/save-line';

const psA = (lw: LessonWorld) => recordText(runLine(lw, 'docker ps -a', null));
const imageLs = (lw: LessonWorld) => recordText(runLine(lw, 'docker image ls', null));

/** Exports, writes, re-parses: the file must pass the validator and read back equal. */
function roundTrip(scenario: Scenario): Scenario {
  const text = formatScenario(scenario);
  const parsed = parseScenario(text, scenarioFileName(scenario));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`).join('\n'));
  expect(parsed.scenario).toEqual(scenario);
  return parsed.scenario;
}

describe('exporting a session as a scenario', () => {
  it(
    "a lesson with the learner's own lines: valid, lesson " + 'steps kept whole, own lines as marked steps, same world',
    () => {
      const lesson = lessonById('containers')!;
      const extra = [
        'docker run -d --name extra nginx',
        '#daemon stop',
        'docker ps',
        '#daemon start',
        `docker run --name "q'x" alpine echo '<b> & "quoted"'`,
      ];
      const replay = replayPosition(lesson, 3, extra);
      const exported = roundTrip(sessionScenario(lesson, replay.lw.log));
      expect(exported.id).toBe('containers-session');
      expect(scenarioFileName(exported)).toBe('containers-session.scenario.json');
      // Steps 0..2 ran as written and are kept, narration and goals included.
      expect(exported.steps.slice(0, 3)).toEqual(lesson.steps.slice(0, 3));
      const own = exported.steps.slice(3);
      expect(own.flatMap((s) => s.commands)).toEqual(extra.filter((l) => !l.startsWith('#')));
      expect(own[1].actions).toEqual([{ daemon: 'stop' }]);
      expect(own[2].actions).toEqual([{ daemon: 'start' }]);
      for (const s of own) {
        expect(s.before.en.startsWith(TODO_MARK) && s.before.id.startsWith(TODO_MARK)).toBe(true);
        expect(s.after.en.startsWith(TODO_MARK) && s.after.id.startsWith(TODO_MARK)).toBe(true);
      }
      const again = replayLesson(exported, { upTo: exported.steps.length });
      expect(psA(again)).toBe(psA(replay.lw));
      expect(imageLs(again)).toBe(imageLs(replay.lw));
    },
  );

  it('the sandbox: its reading step, then each line a step; the same docker ps -a', () => {
    const sandbox = lessonById('sandbox')!;
    const lines = ['docker run -d --name web nginx', 'docker create --name db redis', 'docker ps -a'];
    const replay = replayPosition(sandbox, 0, lines);
    const exported = roundTrip(sessionScenario(sandbox, replay.lw.log));
    expect(exported.steps[0]).toEqual(sandbox.steps[0]);
    expect(exported.steps.slice(1).map((s) => s.commands)).toEqual(lines.map((l) => [l]));
    expect(psA(replayLesson(exported, { upTo: exported.steps.length }))).toBe(psA(replay.lw));
  });

  it("a lesson step not run as written is the learner's; entering actions go with the next line", () => {
    const lesson = lessonById('architecture')!;
    const at = lesson.steps.findIndex((s) => (s.actions ?? []).some((a) => 'daemon' in a));
    expect(at).toBeGreaterThan(0);
    const replay = replayPosition(lesson, at, ['docker info --format x']);
    const exported = roundTrip(sessionScenario(lesson, replay.lw.log));
    const last = exported.steps.at(-1)!;
    expect(last.commands).toEqual(['docker info --format x']);
    expect(last.actions).toEqual(lesson.steps[at].actions);
    expect(psA(replayLesson(exported, { upTo: exported.steps.length }))).toBe(psA(replay.lw));
  });

  it('the free terminal and an empty session', () => {
    const lines = ['docker pull alpine', 'docker run --name a alpine echo hi'];
    const lw = replayLines(1, lines);
    const exported = roundTrip(sessionScenario(undefined, lw.log, { view: 'layers' }));
    expect(exported.view).toBe('layers');
    expect(exported.start).toBeUndefined();
    expect(psA(replayLesson(exported, { upTo: exported.steps.length }))).toBe(psA(lw));
    const empty = roundTrip(sessionScenario(undefined, []));
    expect(empty.steps).toHaveLength(1);
    expect(empty.steps[0].commands).toEqual([]);
  });

  it('multi-line commands: backslash continuation joined, quoted newlines left out with a note', () => {
    expect(singleLine('docker run \\\n  -d nginx')).toBe('docker run   -d nginx');
    expect(singleLine('echo "a\nb"')).toBeUndefined();
    const exported = roundTrip(sessionScenario(undefined, [{ line: 'echo "a\nb"', step: null }]));
    expect(exported.steps[0].commands).toEqual([]);
    expect(exported.steps[0].before.en).toContain(TODO_MARK);
  });

  it("the editor's saves become file actions: the exported lesson writes the same files", () => {
    const lines = [
      'mkdir app',
      saveLine('app/Dockerfile', 'FROM alpine\nCMD ["echo", "EOF"]\n'),
      saveLine("it's empty", ''),
      'cat app/Dockerfile',
      saveLine('notes', 'EOF\nlast'),
    ];
    const lw = replayLines(1, lines);
    const exported = roundTrip(sessionScenario(undefined, lw.log));
    expect(exported.steps.map((s) => [s.actions, s.commands])).toEqual([
      [undefined, ['mkdir app']],
      [
        [
          { file: { path: 'app/Dockerfile', content: 'FROM alpine\nCMD ["echo", "EOF"]\n' } },
          { file: { path: "it's empty", content: '' } },
        ],
        ['cat app/Dockerfile'],
      ],
      [[{ file: { path: 'notes', content: 'EOF\nlast\n' } }], []],
    ]);
    const replayed = replayLesson(exported, { upTo: exported.steps.length });
    const files = (w: LessonWorld) => JSON.stringify(w.world.state.hosts);
    expect(files(replayed)).toBe(files(lw));
  });
});
