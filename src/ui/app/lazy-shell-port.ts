/**
 * The shell of a world as the session holds it from the first moment, while the docker client
 * itself (`shell-adapter.ts`, most of the page's code) arrives just after the page is ready. The
 * session runs no line before the deferred modules are here, so the real shell is made on first use.
 */

import { msg } from '@lit/localize';
import type { World } from '../../model/world/world-base';
import type { ShellOutcome, ShellPort } from './shell-port';
import type { CommandNode } from '../terminal/completion';
import { loadedShellAdapter } from './deferred';

/** Nothing to complete yet: the client's commands are not here. */
const NO_WORDS: CommandNode = { name: '', subcommands: [] };

/** What a line prints when the client never arrived (offline, never cached). */
function unavailable(): ShellOutcome {
  return {
    chunks: [
      {
        stream: 'stderr',
        text: `${msg('The simulated docker client could not be loaded. Reload the page when you are online.', { id: 'shell.unavailable' })}\n`,
      },
    ],
    exitCode: 1,
  };
}

/** A shell port for `world` that builds the real one when the client has loaded. */
export function createShellPort(world: World): ShellPort {
  let real: ShellPort | undefined;
  const port = (): ShellPort | undefined => {
    const adapter = loadedShellAdapter();
    if (adapter) real ??= adapter.createShellPort(world);
    return real;
  };
  return {
    run: (line, cols) => port()?.run(line, cols) ?? unavailable(),
    interrupt: () => port()?.interrupt() ?? unavailable(),
    cancelPull: (atMs) => port()?.cancelPull(atMs),
    get completionTree() {
      return port()?.completionTree ?? NO_WORDS;
    },
  };
}
