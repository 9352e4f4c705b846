/**
 * Connects the page to the simulated shell and docker client in src/model/cli. This is the only
 * file of the page that knows that API: the shell gives each line's `CommandRecord` (numbered from
 * the session's counter), a container left in the foreground waits for Ctrl+C, and completion is
 * built from the client's own command tree and help.
 */

import type { World } from '../../model';
import {
  createShell,
  COMMANDS,
  configDir,
  contextExists,
  helpFlags,
  hostLocalFiles,
  useLine,
  type CommandRecord,
  type ShellState,
} from '../../model/client';
import type { ShellPort } from '../session/shell-port';
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

/** The line's record with what its job did since appended: one record per line, as the page keeps it. */
function merged(record: CommandRecord, rest: CommandRecord): CommandRecord {
  const next: CommandRecord = {
    ...record,
    chunks: [...record.chunks, ...rest.chunks],
    exchanges: [...record.exchanges, ...rest.exchanges],
    events: [...record.events, ...rest.events],
    exitCode: rest.exitCode,
    attached: rest.attached,
  };
  if (rest.exitCode !== undefined) delete next.attached;
  return next;
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
 * records and exchanges are numbered with `nextId` (the session's one counter). `state`: where
 * another shell stood (directory, variables, `$?`), to go on from there.
 */
export function createShellPort(world: World, nextId: () => number, state?: ShellState): ShellPort {
  const shell = createShell({ world, locale: currentLang(), nextId, state });

  return {
    run(line, cols) {
      return shell.run(line, { tty: true, cols, interruptible: true });
    },
    cancelPull(running, at) {
      const cut = shell.cancelPull(at);
      if (!cut) return undefined;
      // The line ran again from where it began: the same record, cut at the deadline.
      return { ...cut, id: running.id, at: running.at, daemonRunning: running.daemonRunning, interrupted: true };
    },
    interrupt(attached) {
      const containerId = attached.attached?.containerId;
      if (!attached.attached) return { ...attached, exitCode: 130, interrupted: true };
      // The shell answers with what followed the Ctrl+C; the page keeps one record for the line.
      const opts = { tty: true, cols: attached.cols };
      const rest = shell.foreground() ? shell.interrupt(opts) : shell.interrupt(containerId ?? '', opts);
      return { ...merged(attached, rest), interrupted: true };
    },
    input(attached, text) {
      const rest = shell.input(text, { tty: true, cols: attached.cols });
      return rest ? merged(attached, rest) : { ...attached, attached: undefined, exitCode: attached.exitCode ?? 0 };
    },
    follow(attached, toMs) {
      const rest = shell.follow(toMs, { tty: true, cols: attached.cols });
      return rest ? merged(attached, rest) : { ...attached, attached: undefined, exitCode: attached.exitCode ?? 0 };
    },
    activeHost() {
      return shell.activeHost();
    },
    switchLines(host) {
      const first = Object.keys(world.state.hosts)[0];
      // The first host is the machine the terminal runs on: the default context (its own socket).
      if (host === first) return ['docker context use default'];
      // Any other is reached over ssh (cli/client/daemon-dialer.ts), through a context of its name.
      const local = { files: hostLocalFiles(world), env: {}, cwd: '/home/user' };
      const use = `docker context use ${host}`;
      return contextExists(local, configDir(local), host)
        ? [use]
        : [`docker context create ${host} --docker host=ssh://student@${host}`, use];
    },
    state() {
      return shell.state();
    },
    get completionTree() {
      return completionTree();
    },
  };
}
