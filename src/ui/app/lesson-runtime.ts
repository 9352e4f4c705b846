/**
 * Everything a lesson needs in the page, as one lazily loaded chunk: the built-in lessons, the
 * controller (and with it the model's replay) and the player's elements. The page without a lesson
 * never loads it.
 */

import '../lesson/lesson-player';
// What the player's tools slot holds (authoring: share and export, H5; teacher mode, H4).
import '../authoring/sim-share-link';
import '../authoring/sim-session-export';
import '../presenter/present-button';

export { LESSONS, lessonById } from '../../lessons/index';
export { LessonController, isLessonSnapshot, type LessonSnapshot } from '../lesson/lesson-controller';
export { Highlighter, targetSelectors } from '../lesson/highlighter';
// A shared sandbox's lines (`?log=`) are read only when a lesson opens, so the boot path stays small.
export { sharedPosition } from '../authoring/share-url';
// Issue 14: a finished lesson joins the learner's progress.
export { recordLessonProgress } from '../classroom/lesson-progress';
