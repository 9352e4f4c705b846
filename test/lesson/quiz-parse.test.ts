// The quiz format (src/model/lesson/scenario-quiz.ts): a valid quiz file, its round trip, and every
// mistake reported with its line, column and path while the rest of the file is still checked.
import { describe, expect, it } from 'vitest';
import { formatScenario, parseScenario } from '../../src/model/lesson/scenario-parse';
import type { ScenarioError } from '../../src/model/lesson/scenario';

const QUIZ = `schema: pelabuhan-scenario/1
kind: quiz
id: tiny
order: 1
title: { en: Tiny quiz, id: Kuis kecil }
summary: { en: Two questions, id: Dua pertanyaan }
view: architecture
quiz:
  questions:
    - id: pick
      type: single
      prompt: { en: Pick one, id: Pilih satu }
      options:
        - text: { en: Right, id: Benar }
          correct: true
        - text: { en: Wrong, id: Salah }
      explanation: { en: Because, id: Karena }
    - id: hello
      type: predict
      prompt: { en: What does it print?, id: Apa hasilnya? }
      explanation: { en: It says hello, id: Ia bilang hello }
      start: { commands: [docker pull alpine] }
      command: docker run --rm alpine echo hello
`;

function errorsOf(text: string): ScenarioError[] {
  const result = parseScenario(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

/** The 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('a quiz file', () => {
  it('parses: kind quiz, no steps, its questions', () => {
    const result = parseScenario(QUIZ);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const s = result.scenario;
    expect(s.kind).toBe('quiz');
    expect(s.steps).toEqual([]);
    expect(s.quiz?.questions.map((q) => [q.id, q.type])).toEqual([
      ['pick', 'single'],
      ['hello', 'predict'],
    ]);
    expect(s.quiz?.questions[0]).toMatchObject({ options: [{ correct: true }, { text: { en: 'Wrong' } }] });
    expect(s.quiz?.questions[1]).toMatchObject({ start: { commands: ['docker pull alpine'] } });
  });

  it('is written back by formatScenario and parses back equal', () => {
    const result = parseScenario(QUIZ);
    if (!result.ok) throw new Error('invalid');
    const again = parseScenario(formatScenario(result.scenario));
    expect(again).toEqual(result);
  });

  it('refuses a single-choice question with two correct options, at the options list', () => {
    const text = QUIZ.replace(
      '- text: { en: Wrong, id: Salah }',
      '- text: { en: Wrong, id: Salah }\n          correct: true',
    );
    expect(errorsOf(text)).toEqual([
      {
        line: lineOf(text, '- text: { en: Right'),
        column: 9,
        path: 'quiz.questions[0].options',
        message: 'a single-choice question has exactly one correct option; got 2',
      },
    ]);
  });

  it('refuses a multiple-choice question with no correct option', () => {
    const text = QUIZ.replace('type: single', 'type: multiple').replace('          correct: true\n', '');
    expect(errorsOf(text).map((e) => e.message)).toEqual([
      'a multiple-choice question has at least one correct option; got 0',
    ]);
  });

  it('refuses a predict question without a command, and a field of another type', () => {
    const text = QUIZ.replace('      command: docker run --rm alpine echo hello\n', '      accept: [hello]\n');
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['quiz.questions[1]', "missing required field 'command' (a predict question's command)"],
      ['quiz.questions[1].start', "'start' needs 'command': it is the world that command runs on"],
      ['quiz.questions[1].accept', "'accept' is for short questions, not predict"],
    ]);
    expect(errors[2].line).toBe(lineOf(text, 'accept: [hello]'));
  });

  it('reports a wrong type with a suggestion, a missing explanation and a duplicate id, all at once', () => {
    const text = QUIZ.replace('type: predict', 'type: predit')
      .replace('      explanation: { en: Because, id: Karena }\n', '')
      .replace('id: hello', 'id: pick');
    expect(errorsOf(text).map((e) => [e.line, e.path, e.message])).toEqual([
      [lineOf(text, '- id: pick'), 'quiz.questions[0]', "missing required field 'explanation'"],
      [
        lineOf(text, 'type: predit'),
        'quiz.questions[1].type',
        "must be one of single, multiple, short, predict; got 'predit' — did you mean 'predict'?",
      ],
    ]);
    const dup = QUIZ.replace('id: hello', 'id: pick');
    expect(errorsOf(dup).map((e) => e.message)).toEqual([
      "duplicate question id 'pick' (already used by questions[0])",
    ]);
  });

  it('needs a quiz block in a quiz, refuses one elsewhere, and refuses steps in a quiz', () => {
    expect(errorsOf(QUIZ.replace(/quiz:\n[\s\S]*$/, '')).map((e) => e.message)).toEqual([
      "missing required field 'quiz'",
    ]);
    const lesson = QUIZ.replace('kind: quiz', 'kind: lesson');
    expect(errorsOf(lesson).map((e) => [e.path, e.message])).toEqual([
      ['', "missing required field 'steps'"],
      ['quiz', "is only for 'kind: quiz' scenarios"],
    ]);
    const steps = QUIZ.replace('quiz:\n', 'steps: [{ id: a }]\nquiz:\n');
    expect(errorsOf(steps).map((e) => [e.path, e.message])).toEqual([
      ['steps', "must be empty in a quiz: its questions are in 'quiz.questions'"],
    ]);
  });

  it('refuses a short question without accepted answers and an option marked correct: yes', () => {
    const text = QUIZ.replace('type: single', 'type: short')
      .replace(/      options:\n(.*\n){2}.*Salah }\n/, '')
      .replace('type: predict', 'type: single')
      .replace('      start: { commands: [docker pull alpine] }\n', '')
      .replace(
        '      explanation: { en: It says hello',
        '      options:\n        - text: { en: A, id: A }\n          correct: yes\n        - text: { en: B, id: B }\n' +
          '      explanation: { en: It says hello',
      );
    expect(errorsOf(text).map((e) => [e.path, e.message])).toEqual([
      ['quiz.questions[0]', "missing required field 'accept' (a short-answer question's accepted answers)"],
      ['quiz.questions[1].options[0].correct', "must be true or false; got 'yes'"],
    ]);
  });
});
