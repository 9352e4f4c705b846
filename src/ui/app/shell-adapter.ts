/**
 * Connects the page to the simulated shell and docker client in src/model/cli. This is the only
 * file of the page that knows that API: it makes each line's `CommandRecord` from the shell's
 * result and the world's events (`shared/record-events.ts`), a container left in the foreground
 * waits for Ctrl+C, and completion is built from the client's own command tree and help.
 */

import { defaultHost, type World } from '../../model/world-base';
import { createShell, type ShellResult } from '../../model/cli/shell/shell';
import type { CommandRecord } from '../../model/cli/shell/command-record';
import { COMMANDS } from '../../model/cli/docker/command-tree';
import { helpFlags, useLine } from '../../model/cli/help/help-text';
import type { ShellPort } from '../session/shell-port';
import { buildCompletionTree, type CommandHelp } from '../terminal/completion-tree';
import type { CommandNode } from '../terminal/completion';
import { recordEvents } from '../shared/record-events';
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

/**
 * Makes the shell of a world, speaking the page's language for the simulator's own messages;
 * records and exchanges are numbered with `nextId` (the session's one counter).
 */
export function createShellPort(world: World, nextId: () => number): ShellPort {
  const shell = createShell({ world, locale: currentLang() });

  /** Runs `work` (a shell call) and makes the record of `line` from what it returned and caused. */
  const record = (line: string, cols: number, id: number, work: () => ShellResult): CommandRecord => {
    const at = world.state.clock.nowMs;
    const daemonRunning = defaultHost(world).daemon.status === 'running';
    const { result, events, exchanges } = recordEvents(world, nextId, work);
    return {
      id,
      line,
      at,
      cols,
      tty: true,
      chunks: result.chunks.map((c) => ({ stream: c.stream, text: c.text, at: c.at })),
      exitCode: result.attached ? undefined : result.exitCode,
      exchanges,
      events,
      daemonRunning,
      ...(result.clear ? { clear: true } : {}),
      ...(result.incomplete ? { incomplete: true } : {}),
      ...(result.attached ? { attached: { containerId: result.attached.containerId } } : {}),
    };
  };

  return {
    run(line, cols) {
      return record(line, cols, nextId(), () => shell.run(line, { tty: true, cols, interruptible: true }));
    },
    cancelPull(running, at) {
      let cancelled = false;
      const cut = record(running.line, running.cols, running.id, () => {
        const result = shell.cancelPull(at);
        cancelled = result !== undefined;
        return result ?? { exitCode: 0, chunks: [], clear: false, incomplete: false };
      });
      if (!cancelled) return undefined;
      // The line ran again from where it began: it began when the first run did.
      return { ...cut, at: running.at, daemonRunning: running.daemonRunning, interrupted: true };
    },
    interrupt(attached) {
      const containerId = attached.attached?.containerId;
      if (!containerId) return { ...attached, exitCode: 130, interrupted: true };
      const rest = record(attached.line, attached.cols, attached.id, () =>
        shell.interrupt(containerId, { tty: true, cols: attached.cols }),
      );
      return {
        ...attached,
        chunks: [...attached.chunks, ...rest.chunks],
        exitCode: rest.exitCode ?? 130,
        exchanges: [...attached.exchanges, ...rest.exchanges],
        events: [...attached.events, ...rest.events],
        attached: undefined,
        interrupted: true,
      };
    },
    get completionTree() {
      return completionTree();
    },
  };
}
