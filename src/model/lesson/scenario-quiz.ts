/**
 * The quiz block of a `kind: quiz` scenario (issue 14): questions answered in the page and scored
 * there. Four types: single choice, multiple choice, short answer (accepted answers, compared
 * leniently) and predict-the-output (a start world and a command: the learner's guess is scored
 * against the real output of that command replayed on the model, never against text in the file).
 * The scoring is in quiz-score.ts, the replay in quiz-predict.ts.
 */

import type { Localized, ScenarioStart } from './scenario';

/** The question types, in the order the format lists them. */
export const QUESTION_TYPES = ['single', 'multiple', 'short', 'predict'] as const;

/** One of the question types. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** One option of a choice question. */
export interface QuizOption {
  text: Localized;
  /** A right option; absent means wrong. */
  correct?: boolean;
}

/** What every question has. */
interface QuestionBase {
  /** `[a-z0-9-]+`, unique in the quiz. */
  id: string;
  prompt: Localized;
  /** Shown as feedback once the question is answered, right or wrong. */
  explanation: Localized;
  /**
   * The world the command runs on (seed, client files, silent commands); the scenario's `start`
   * when absent. Only with `command`.
   */
  start?: ScenarioStart;
  /**
   * The command the question is about. A predict question scores against its real output; any
   * other question shows that output with the feedback (and its quotes of Docker are checked on it).
   */
  command?: string;
}

/** A question with one right option. */
export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: QuizOption[];
}

/** A question with one or more right options; all and only those must be chosen. */
export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: QuizOption[];
}

/** A question answered in a few words, compared leniently with each accepted answer. */
export interface ShortQuestion extends QuestionBase {
  type: 'short';
  accept: string[];
}

/** "What does this command print?": scored per line against the command's real output. */
export interface PredictQuestion extends QuestionBase {
  type: 'predict';
  command: string;
}

/** One question of a quiz. */
export type QuizQuestion = SingleQuestion | MultipleQuestion | ShortQuestion | PredictQuestion;

/** The `quiz` field of a quiz scenario. */
export interface Quiz {
  questions: QuizQuestion[];
}

/** A learner's answer: the chosen options' indexes, or typed text (short and predict). */
export type QuizAnswer = { choices: number[] } | { text: string };

/** The number of options of each choice question a file may give. */
export const OPTION_COUNT = { min: 2, max: 8 } as const;
