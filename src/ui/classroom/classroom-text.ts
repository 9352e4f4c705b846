/** The classroom pages' words that several components share: kinds, refusals, achievements (EN and ID). */

import { msg } from '@lit/localize';
import type { CodeProblem } from './completion-code';

/** A scenario kind as a word. */
export function kindName(kind: string): string {
  if (kind === 'challenge') return msg('Challenge', { id: 'classroom.kind.challenge' });
  if (kind === 'quiz') return msg('Quiz', { id: 'classroom.kind.quiz' });
  return msg('Lesson', { id: 'classroom.kind.lesson' });
}

/** Why a code was refused, in plain words. */
export function problemText(p: CodeProblem): string {
  switch (p) {
    case 'malformed':
      return msg('Not a completion code: it is broken or incomplete (check that it was copied whole).', {
        id: 'classroom.problem.malformed',
      });
    case 'version':
      return msg('A completion code from another version of Pelabuhan: this page cannot read it.', {
        id: 'classroom.problem.version',
      });
    case 'class':
      return msg('Not this class: the code was signed with another class link.', { id: 'classroom.problem.class' });
    case 'mac':
      return msg('Altered or forged: the signature does not match what the code says.', {
        id: 'classroom.problem.mac',
      });
    case 'future':
      return msg('From the future: it says it was finished later than now (check the learner’s clock).', {
        id: 'classroom.problem.future',
      });
  }
}

/** An achievement's name and what earns it. */
export function achievementText(id: string): { name: string; description: string } {
  switch (id) {
    case 'first-lesson':
      return {
        name: msg('First voyage', { id: 'ach.first-lesson' }),
        description: msg('Finish a lesson.', { id: 'ach.first-lesson.d' }),
      };
    case 'every-step':
      return {
        name: msg('Every step', { id: 'ach.every-step' }),
        description: msg('Meet every step of a lesson in one go.', { id: 'ach.every-step.d' }),
      };
    case 'data-keeper':
      return {
        name: msg('Data keeper', { id: 'ach.data-keeper' }),
        description: msg('Finish the volumes, bind mounts, container volumes and backup lessons.', {
          id: 'ach.data-keeper.d',
        }),
      };
    case 'networker':
      return {
        name: msg('Networker', { id: 'ach.networker' }),
        description: msg('Finish both network lessons.', { id: 'ach.networker.d' }),
      };
    case 'shipper':
      return {
        name: msg('Shipper', { id: 'ach.shipper' }),
        description: msg('Finish the build and push lessons.', { id: 'ach.shipper.d' }),
      };
    case 'composer':
      return {
        name: msg('Composer', { id: 'ach.composer' }),
        description: msg('Finish the Compose lesson.', { id: 'ach.composer.d' }),
      };
    case 'all-lessons':
      return {
        name: msg('Harbour master', { id: 'ach.all-lessons' }),
        description: msg('Finish every lesson of the course.', { id: 'ach.all-lessons.d' }),
      };
    case 'first-challenge':
      return {
        name: msg('Challenger', { id: 'ach.first-challenge' }),
        description: msg('Solve a challenge.', { id: 'ach.first-challenge.d' }),
      };
    case 'five-challenges':
      return {
        name: msg('Five challenges', { id: 'ach.five-challenges' }),
        description: msg('Solve five different challenges.', { id: 'ach.five-challenges.d' }),
      };
    case 'perfect-quiz':
      return {
        name: msg('Full marks', { id: 'ach.perfect-quiz' }),
        description: msg('Score every point of a quiz.', { id: 'ach.perfect-quiz.d' }),
      };
    default:
      return { name: id, description: '' };
  }
}
