/**
 * Scoring a quiz, pure: each question is worth one point. Choice questions are right or wrong
 * (a multiple-choice answer must pick all and only the right options); a short answer is right
 * when it equals an accepted answer after lenient normalization; a predict answer earns the share
 * of lines that match the real output (predictScore), so a nearly right guess still counts.
 */

import type { QuizAnswer, QuizQuestion } from './scenario-quiz';

/** How a line of one side fared in the comparison. */
export interface LineMark {
  text: string;
  /** Matched a line of the other side (in order: lines are aligned as a longest common subsequence). */
  matched: boolean;
}

/** A predict answer compared with the real output. */
export interface PredictComparison {
  /** In [0, 1]: matched lines over the longer side's line count (1 when both are empty). */
  score: number;
  real: LineMark[];
  answer: LineMark[];
}

/** A scored answer. */
export interface QuestionResult {
  /** In [0, 1]. */
  score: number;
  /** Full marks. */
  correct: boolean;
  /** For a predict question: the line-by-line comparison. */
  comparison?: PredictComparison;
}

/** A short answer or an accepted one as compared: case, spacing, quotes and final punctuation ignored. */
export function normalizeShort(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'`“”‘’]+|["'`“”‘’]+$/g, '')
    .replace(/[.!?,;:]+$/, '')
    .trim();
}

/** One output line as compared: runs of spaces and tabs are one space (column padding is not content). */
export function normalizeLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/** The non-blank lines of a text, normalized: blank lines carry nothing a learner could predict. */
export function outputLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(normalizeLine)
    .filter((line) => line !== '');
}

/**
 * The parts of a real line nobody can predict, each a wildcard: digests, IDs (12 to 64 hex
 * digits), dates and times, Docker's human durations ("5 seconds ago", "Up About a minute") and
 * timings (ping's milliseconds, BuildKit's seconds).
 */
const UNPREDICTABLE = new RegExp(
  [
    /sha256:[0-9a-f]{64}/,
    /\b[0-9a-f]{12,64}\b/,
    /\b\d{4}-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?(?: [+-]\d{4} UTC)?/,
    /\b(?:\d+|an?|about an?|less than a) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?: ago)?/,
    // Round trips and timings (ping's `time=0.094 ms`, `min/avg/max = 0.1/0.1/0.1 ms`).
    /\b\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)* ?ms\b/,
    // BuildKit's step times (`DONE 0.1s`).
    /\b\d+\.\d+s\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'gi',
);

/** What the learner may type in place of a wildcard: anything, even another ID or "<id>". */
const WILDCARD = '.+?';

/** A matcher for one real line (already normalized): its text, with the unpredictable parts as wildcards. */
export function lineMatcher(real: string): RegExp {
  let source = '';
  let last = 0;
  for (const m of real.matchAll(UNPREDICTABLE)) {
    source += escapeRegExp(real.slice(last, m.index)) + WILDCARD;
    last = m.index + m[0].length;
  }
  source += escapeRegExp(real.slice(last));
  return new RegExp(`^${source}$`, 'i');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compares a typed guess with the real output, line by line: both sides' blank lines dropped and
 * spacing normalized, case ignored, wildcards where the real line has IDs or times; lines are
 * aligned in order (a longest common subsequence), so one missed line does not shift the rest.
 */
export function predictScore(realText: string, answerText: string): PredictComparison {
  const real = outputLines(realText);
  const answer = outputLines(answerText);
  const matchers = real.map(lineMatcher);
  const n = real.length;
  const m = answer.length;
  // lcs[i][j]: the longest matching subsequence of real[i..] and answer[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = matchers[i].test(answer[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const realMarks = real.map((text) => ({ text, matched: false }));
  const answerMarks = answer.map((text) => ({ text, matched: false }));
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (matchers[i].test(answer[j]) && lcs[i][j] === lcs[i + 1][j + 1] + 1) {
      realMarks[i].matched = answerMarks[j].matched = true;
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  const longer = Math.max(n, m);
  return { score: longer === 0 ? 1 : lcs[0][0] / longer, real: realMarks, answer: answerMarks };
}

/**
 * Scores one answer. `realOutput` is the question's command output (quiz-predict.ts), needed for
 * a predict question; a missing or mistyped answer scores 0.
 */
export function scoreQuestion(question: QuizQuestion, answer: QuizAnswer | undefined, realOutput = ''): QuestionResult {
  if (question.type === 'single' || question.type === 'multiple') {
    const chosen = new Set(answer && 'choices' in answer ? answer.choices : []);
    const right = question.options.every((o, i) => Boolean(o.correct) === chosen.has(i));
    const inRange = [...chosen].every((i) => i >= 0 && i < question.options.length);
    const correct = right && inRange && chosen.size > 0;
    return { score: correct ? 1 : 0, correct };
  }
  const text = answer && 'text' in answer ? answer.text : '';
  if (question.type === 'short') {
    const given = normalizeShort(text);
    const correct = given !== '' && question.accept.some((a) => normalizeShort(a) === given);
    return { score: correct ? 1 : 0, correct };
  }
  const comparison = predictScore(realOutput, text);
  return { score: comparison.score, correct: comparison.score === 1, comparison };
}

/** A quiz's total: the sum of the question scores, to two decimals (what the progress store keeps). */
export function quizTotal(results: readonly Pick<QuestionResult, 'score'>[]): number {
  return Math.round(results.reduce((sum, r) => sum + r.score, 0) * 100) / 100;
}
