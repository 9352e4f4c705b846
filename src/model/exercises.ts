/**
 * The model's face for issue 14's exercises: challenges checked over the world and quizzes scored
 * against a command's real output. Only the challenge and quiz chunks of the page load it, so the
 * first command does not wait for it.
 */

export {
  CHALLENGE_STEP,
  brokenSetup,
  challengeScore,
  challengeTasks,
  checkChallengeGoals,
  currentHint,
} from './lesson/challenge-check';
export { checkAnswer, type AnswerResult } from './lesson/challenge-answer';
export { questionOutput } from './lesson/quiz-predict';
export {
  predictScore,
  quizTotal,
  scoreQuestion,
  type LineMark,
  type PredictComparison,
  type QuestionResult,
} from './lesson/quiz-score';
