/**
 * Everything a challenge needs in the page, as one lazily loaded chunk (issue 14): the built-in
 * challenges, the controller (and with it the model's checks) and the panel. A page without a
 * challenge never loads it.
 */

import './challenge-panel';

export { CHALLENGES, challengeById } from '../../challenges/index';
export { ChallengeController } from './challenge-controller';
export { recordChallengeProgress } from './challenge-progress';
