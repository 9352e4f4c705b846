/**
 * `docker compose` as the client's command table holds it. The plugin itself (compose-command.ts,
 * with the YAML parser, a fifth of the client) is plugged in by importing `src/model/compose.ts`:
 * Node's tools and tests import it at start, the page fetches it after the first command (issue 15:
 * less JavaScript before the first command) and waits for it before a line that names compose.
 */

import { CliError, type Handler } from '../docker/context';

let plugin: Handler | undefined;

/** Plugs the compose plugin in (src/model/compose.ts does, once). */
export function provideCompose(handler: Handler): void {
  plugin = handler;
}

/** Whether the compose plugin is plugged in. */
export function composeLoaded(): boolean {
  return plugin !== undefined;
}

/** `docker compose …`: the plugin, or (only in the page's first moments, from a script) a plain refusal. */
export const compose: Handler = (ctx) => {
  // Not a Docker message: the simulator's own, for a line the page could not see coming (a script).
  if (!plugin) throw new CliError('pelabuhan: docker compose is still loading; run the line again in a moment.');
  return plugin(ctx);
};
