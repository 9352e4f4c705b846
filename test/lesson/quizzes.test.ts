// The built-in quizzes (src/quizzes): every file is a valid quiz in both languages, each choice
// question has the right number of correct options, each command replays, a perfect predict answer
// scores full and a wrong one less, and what a text quotes of Docker is what the simulator printed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUIZZES, quizById } from '../../src/quizzes/index';
import { parseScenario } from '../../src/model/lesson/scenario-parse';
import { questionOutput } from '../../src/model/lesson/quiz-predict';
import { scoreQuestion } from '../../src/model/lesson/quiz-score';
import type { Localized } from '../../src/model/lesson/scenario';
import type { QuizQuestion } from '../../src/model/lesson/scenario-quiz';

const DIR = new URL('../../src/quizzes/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Docker's words a text quotes: 'text' (an apostrophe inside a word is not a quote). */
function quotes(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}\d])'([^']+)'(?![\p{L}\d])/gu)].map((m) => m[1]);
}

/** Every localized text of a question. */
function texts(q: QuizQuestion): Localized[] {
  return [q.prompt, q.explanation, ...('options' in q ? q.options.map((o) => o.text) : [])];
}

describe('the quiz files', () => {
  it.each(FILES)('%s parses as a quiz, exactly as index.ts imports it', (file) => {
    const text = readFileSync(new URL(file, DIR), 'utf8');
    const parsed = parseScenario(text, file);
    if (!parsed.ok)
      throw new Error(parsed.errors.map((e) => `${file}:${e.line}:${e.column} ${e.path}: ${e.message}`).join('\n'));
    expect(parsed.scenario.kind).toBe('quiz');
    expect(quizById(parsed.scenario.id)).toEqual(parsed.scenario);
  });

  it('cover the course, five or more, in order, with unique ids', () => {
    expect(FILES.length).toBe(QUIZZES.length);
    expect(QUIZZES.map((q) => q.id)).toEqual([
      'vms-and-containers',
      'architecture-registries',
      'images-and-layers',
      'containers-and-lifecycle',
      'volumes-and-networks',
      'build-and-compose',
    ]);
    expect(QUIZZES.map((q) => q.order)).toEqual([...QUIZZES.map((q) => q.order)].sort((a, b) => a - b));
    expect(quizById('nope')).toBeUndefined();
  });
});

describe.each(QUIZZES.map((q) => [q.id, q] as const))('quiz %s', (_id, quiz) => {
  const questions = quiz.quiz?.questions ?? [];

  it('has 5 to 8 questions, at least one predict, in both languages', () => {
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeLessThanOrEqual(8);
    expect(questions.some((q) => q.type === 'predict')).toBe(true);
    for (const q of questions) {
      for (const t of texts(q)) {
        expect(t.en.trim(), q.id).not.toBe('');
        expect(t.id.trim(), q.id).not.toBe('');
      }
      // An option may be a Docker word or a name (the same in both); the sentences are translated.
      for (const t of [q.prompt, q.explanation]) expect(t.id, `${q.id}: '${t.en}' is not translated`).not.toBe(t.en);
    }
  });

  it('has exactly one correct option in a single-choice question, at least one in a multiple', () => {
    for (const q of questions) {
      if (q.type !== 'single' && q.type !== 'multiple') continue;
      const correct = q.options.filter((o) => o.correct).length;
      if (q.type === 'single') expect(correct, q.id).toBe(1);
      else expect(correct, q.id).toBeGreaterThanOrEqual(1);
      const right = q.options.flatMap((o, i) => (o.correct ? [i] : []));
      expect(scoreQuestion(q, { choices: right }).score, q.id).toBe(1);
      const wrong = q.options.findIndex((o) => !o.correct);
      expect(scoreQuestion(q, { choices: [...right, wrong] }).score, q.id).toBe(0);
    }
  });

  it('accepts each short question’s answers and refuses another', () => {
    for (const q of questions) {
      if (q.type !== 'short') continue;
      for (const a of q.accept) expect(scoreQuestion(q, { text: ` ${a.toUpperCase()}. ` }).correct, a).toBe(true);
      expect(scoreQuestion(q, { text: 'container' }).score, q.id).toBe(0);
    }
  });

  it.each(questions.filter((q) => q.command !== undefined).map((q) => [q.id, q] as const))(
    'question %s: its command replays, quotes are real, a perfect answer scores full and a wrong one less',
    (_qid, q) => {
      const real = questionOutput(quiz, q);
      expect(real.trim(), `${q.id} prints something`).not.toBe('');
      for (const t of texts(q))
        for (const text of [t.en, t.id])
          for (const quoted of quotes(text))
            for (const piece of quoted
              .split(/\[?\.\.\.\]?/)
              .map((p) => p.trim())
              .filter(Boolean))
              expect(real, `${q.id} quotes '${piece}'`).toContain(piece);
      // The same world in Bahasa Indonesia prints the same Docker output.
      expect(questionOutput(quiz, q, 'id')).toBe(real);
      if (q.type !== 'predict') return;
      expect(scoreQuestion(q, { text: real }, real).score).toBe(1);
      const lines = real.split('\n').filter((l) => l.trim());
      const wrong = lines.length > 1 ? lines.slice(1).join('\n') : 'something else entirely';
      const partial = scoreQuestion(q, { text: wrong }, real);
      expect(partial.score).toBeLessThan(1);
      expect(partial.comparison?.real.some((l) => !l.matched)).toBe(true);
    },
  );
});
