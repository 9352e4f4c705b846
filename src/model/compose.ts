/**
 * The model's face for `docker compose`: importing it plugs the compose plugin (and its YAML
 * parser) into the client (`cli/compose/compose-slot.ts`). Node's tools and the tests import it at
 * start; the page loads it on demand (`loadCompose` in ./index) so the first command waits for less.
 */

import { compose } from './cli/compose/compose-command';
import { provideCompose } from './cli/compose/compose-slot';

provideCompose(compose);

export { composeLoaded } from './cli/compose/compose-slot';
// A compose file's YAML and schema errors at their line, for the page's editor (it needs the same parser).
export { composeFileProblems, type ComposeProblem } from './cli/compose/compose-problems';
