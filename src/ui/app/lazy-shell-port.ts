/**
 * The shell of a world as the session holds it from the first moment, while the docker client
 * itself (`shell-adapter.ts`, most of the page's code) arrives just after the page is ready. The
 * session runs no line before the deferred modules are here, so the real shell is made on first use.
 */

import { msg } from '@lit/localize';
import { defaultHost, type World } from '../../model';
import type { CommandRecord, ShellState } from '../../model/client';
import type { ShellPort } from '../session/shell-port';
import type { CommandNode } from '../terminal/completion';
import { loadedShellAdapter } from './deferred';

/** Nothing to complete yet: the client's commands are not here. */
const NO_WORDS: CommandNode = { name: '', subcommands: [] };

/** What a line prints when the client never arrived (offline, never cached). */
function unavailable(world: World, id: number, line: string, cols: number): CommandRecord {
  const at = world.state.clock.nowMs;
  const unloaded = msg('The simulated docker client could not be loaded. Reload the page when you are online.', {
    id: 'shell.unavailable',
  });
  const text = `${unloaded}\n`;
  return {
    id,
    line,
    at,
    cols,
    tty: true,
    chunks: [{ stream: 'stderr', text, at }],
    exitCode: 1,
    exchanges: [],
    events: [],
    daemonRunning: defaultHost(world).daemon.status === 'running',
  };
}

/** A shell port for `world` that builds the real one (from `state`, if given) when the client has loaded. */
export function createShellPort(world: World, nextId: () => number, state?: ShellState): ShellPort {
  let real: ShellPort | undefined;
  const port = (): ShellPort | undefined => {
    const adapter = loadedShellAdapter();
    if (adapter) real ??= adapter.createShellPort(world, nextId, state);
    return real;
  };
  return {
    run: (line, cols) => port()?.run(line, cols) ?? unavailable(world, nextId(), line, cols),
    interrupt: (record) => port()?.interrupt(record) ?? { ...record, exitCode: 130, interrupted: true },
    cancelPull: (record, at) => port()?.cancelPull(record, at),
    input: (record, text) => port()?.input(record, text) ?? { ...record, exitCode: 130, attached: undefined },
    follow: (record, toMs) => port()?.follow(record, toMs) ?? { ...record, exitCode: 130, attached: undefined },
    activeHost: () => port()?.activeHost?.(),
    switchLines: (host) => port()?.switchLines?.(host) ?? [],
    // Not loaded yet: nothing has run, so the state is still the one this port was given.
    state: () => (real ? real.state?.() : state),
    get completionTree() {
      return port()?.completionTree ?? NO_WORDS;
    },
  };
}
