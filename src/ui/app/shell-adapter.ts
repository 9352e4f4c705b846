/**
 * Connects the page to the simulated shell and docker client in src/model/cli. This is the only
 * file of the page that knows that API: chunk times become offsets from the command's start, a
 * container left in the foreground waits for Ctrl+C, and completion is built from the client's
 * own command tree and help.
 */

import type { World } from '../../model/world/world';
import { createShell, type ShellResult } from '../../model/cli/shell/shell';
import { COMMANDS } from '../../model/cli/docker/command-tree';
import { helpFlags, useLine } from '../../model/cli/help/help-text';
import type { ShellOutcome, ShellPort } from './shell-port';
import { buildCompletionTree, type CommandHelp } from '../terminal/completion-tree';
import type { CommandNode } from '../terminal/completion';
import { currentLang } from '../i18n/locale';
import { deferredLoaded } from './deferred';

let tree: CommandNode | undefined;

/** The completion tree, built once from the client's commands and their help (once it is loaded). */
function completionTree(): CommandNode {
  if (tree) return tree;
  const commands: CommandHelp[] = ['', ...Object.keys(COMMANDS)].map((path) => ({
    path,
    useLine: safe(() => useLine(path), `docker ${path}`),
    flags: safe(() => helpFlags(path), []).flatMap(([long, short]) => [`--${long}`, ...(short ? [`-${short}`] : [])]),
  }));
  const built = buildCompletionTree(commands);
  // Kept only once the help texts are here (they arrive just after the page is ready).
  if (deferredLoaded()) tree = built;
  return built;
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** Makes the shell of a world, speaking the page's language for the simulator's own messages. */
export function createShellPort(world: World): ShellPort {
  const shell = createShell({ world, locale: currentLang() });
  let start = world.state.clock.nowMs;
  let attached: string | undefined;
  let cols = 80;

  const toOutcome = (result: ShellResult): ShellOutcome => {
    attached = result.attached?.containerId;
    return {
      chunks: result.chunks.map((c) => ({ stream: c.stream, text: c.text, atMs: Math.max(0, c.at - start) })),
      exitCode: attached ? undefined : result.exitCode,
      clear: result.clear,
      incomplete: result.incomplete,
    };
  };

  return {
    run(line, columns) {
      cols = columns;
      start = world.state.clock.nowMs;
      return toOutcome(shell.run(line, { tty: true, cols, interruptible: true }));
    },
    cancelPull(atMs) {
      const result = shell.cancelPull(start + atMs);
      return result && toOutcome(result);
    },
    interrupt() {
      if (!attached) return { chunks: [], exitCode: 130 };
      start = world.state.clock.nowMs;
      const id = attached;
      attached = undefined;
      return toOutcome(shell.interrupt(id, { tty: true, cols }));
    },
    get completionTree() {
      return completionTree();
    },
  };
}
