/**
 * Everything the session awaits before it runs the first line, as one chunk the page imports
 * dynamically (`deferred.ts`): the docker client's adapter and the registry catalog. Whatever this
 * module imports statically counts toward the JavaScript before the first command
 * (test/e2e/first-command-js.ts reads this file's chunk from the build's manifest).
 */

export * as shellAdapter from './shell-adapter';
export { createRegistries } from '../../model/client';
