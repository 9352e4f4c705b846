// Scoring quiz answers (src/model/lesson/quiz-score.ts): pure, one point a question, a predict
// answer compared per line with spacing and case ignored and IDs, digests and times as wildcards.
import { describe, expect, it } from 'vitest';
import { lineMatcher, normalizeShort, predictScore, quizTotal, scoreQuestion } from '../../src/model/lesson/quiz-score';
import type { QuizQuestion } from '../../src/model/lesson/scenario-quiz';

const L = (en: string) => ({ en, id: en });
const PS = [
  'CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                  PORTS     NAMES',
  '498251ff4bdc   nginx     "/docker-entrypoint.…"   Less than a second ago   Up Less than a second   80/tcp    web',
].join('\n');

describe('predictScore', () => {
  it('gives full marks for the real output typed with other spacing, case and another ID and time', () => {
    const answer =
      'container id image command created status ports names\n' +
      'abc  nginx "/docker-entrypoint.…" 2 minutes ago  Up 2 minutes 80/tcp web\n\n';
    const c = predictScore(PS, answer);
    expect(c.score).toBe(1);
    expect(c.real.every((l) => l.matched)).toBe(true);
  });

  it('gives a share of the lines, aligned in order, so a missing line does not shift the rest', () => {
    const real = 'a\nb\nc\nd';
    expect(predictScore(real, 'a\nc\nd').score).toBe(3 / 4);
    const c = predictScore(real, 'a\nx\nc\nd\ne');
    expect(c.score).toBe(3 / 5);
    expect(c.real.map((l) => l.matched)).toEqual([true, false, true, true]);
    expect(c.answer.map((l) => l.matched)).toEqual([true, false, true, true, false]);
  });

  it('keeps what can be predicted strict: the name, the port, the words', () => {
    const wrong = PS.replace(' web', ' db');
    expect(predictScore(PS, wrong).score).toBe(1 / 2);
    expect(predictScore('hello', 'hello world').score).toBe(0);
    expect(predictScore('hello', '').score).toBe(0);
    expect(predictScore('', '').score).toBe(1);
    expect(predictScore('', 'something').score).toBe(0);
  });

  it('takes digests, long IDs, dates and ping times as wildcards', () => {
    expect(lineMatcher('Digest: sha256:' + 'a'.repeat(64)).test('Digest: sha256:...')).toBe(true);
    expect(lineMatcher('web Exited (0) 3 weeks ago').test('web exited (0) some time ago')).toBe(true);
    expect(
      lineMatcher('64 bytes from 172.18.0.2: seq=0 ttl=64 time=0.094 ms').test(
        '64 bytes from 172.18.0.2: seq=0 ttl=64 time=1 ms',
      ),
    ).toBe(true);
    expect(lineMatcher('64 bytes from 172.18.0.2: seq=0').test('64 bytes from 172.18.0.3: seq=0')).toBe(false);
    expect(lineMatcher('created 2025-01-02T03:04:05Z').test('created yesterday')).toBe(true);
    expect(lineMatcher('#6 DONE 0.1s').test('#6 DONE 2.5s')).toBe(true);
    expect(lineMatcher('#6 DONE 0.1s').test('#7 DONE 0.1s')).toBe(false);
  });
});

describe('scoreQuestion', () => {
  const single: QuizQuestion = {
    id: 's',
    type: 'single',
    prompt: L('?'),
    explanation: L('!'),
    options: [{ text: L('a') }, { text: L('b'), correct: true }],
  };
  const multiple: QuizQuestion = {
    id: 'm',
    type: 'multiple',
    prompt: L('?'),
    explanation: L('!'),
    options: [{ text: L('a'), correct: true }, { text: L('b') }, { text: L('c'), correct: true }],
  };
  const short: QuizQuestion = {
    id: 'x',
    type: 'short',
    prompt: L('?'),
    explanation: L('!'),
    accept: ['docker rm web'],
  };

  it('scores choices all or nothing', () => {
    expect(scoreQuestion(single, { choices: [1] })).toEqual({ score: 1, correct: true });
    expect(scoreQuestion(single, { choices: [0] }).score).toBe(0);
    expect(scoreQuestion(single, undefined).score).toBe(0);
    expect(scoreQuestion(multiple, { choices: [2, 0] }).score).toBe(1);
    expect(scoreQuestion(multiple, { choices: [0] }).score).toBe(0);
    expect(scoreQuestion(multiple, { choices: [0, 1, 2] }).score).toBe(0);
    expect(scoreQuestion(multiple, { choices: [0, 2, 7] }).score).toBe(0);
  });

  it('compares short answers leniently', () => {
    expect(normalizeShort('  "Docker   RM web."  ')).toBe('docker rm web');
    expect(scoreQuestion(short, { text: 'Docker rm  web' }).correct).toBe(true);
    expect(scoreQuestion(short, { text: 'docker stop web' }).correct).toBe(false);
    expect(scoreQuestion(short, { text: '' }).correct).toBe(false);
  });

  it('is pure: the same answer scores the same and nothing given is changed', () => {
    const predict: QuizQuestion = { id: 'p', type: 'predict', prompt: L('?'), explanation: L('!'), command: 'x' };
    const answer = { text: 'a\nc' };
    const frozen = JSON.stringify([predict, answer]);
    const first = scoreQuestion(predict, answer, 'a\nb\nc');
    expect(scoreQuestion(predict, answer, 'a\nb\nc')).toEqual(first);
    expect(JSON.stringify([predict, answer])).toBe(frozen);
    expect(first.score).toBeCloseTo(2 / 3);
    expect(quizTotal([{ score: 1 }, first, { score: 0 }])).toBe(1.67);
  });
});
