/**
 * A running shell's state, all plain JSON: its variables (and which are exported), working
 * directory, positional parameters, last status and the line it is on.
 */

import type { ShellFlavour, ShellVoice } from './wording';
import type { ProcessContext } from '../program';
import { processEnvironment } from '../environment';

/** What a shell keeps between commands. */
export interface ShellState {
  flavour: ShellFlavour;
  /** `$0`. */
  name: string;
  cwd: string;
  variables: Record<string, string>;
  /** Names of the variables the commands it runs receive, in the order they were exported. */
  exported: string[];
  /** `$?`. */
  status: number;
  interactive: boolean;
  /** The line being run, for dash's and bash's messages. */
  line: number;
  /** Started with `-c`. */
  commandString: boolean;
  /** `$1`, `$2`, … */
  positional: string[];
  /** `$$`. */
  pid: number;
}

/** How the shell's messages read right now. */
export function voiceOf(state: ShellState): ShellVoice {
  return {
    flavour: state.flavour,
    name: state.name,
    interactive: state.interactive,
    line: state.line,
    commandString: state.commandString,
  };
}

/** A copy for a subshell (`( … )`, a pipeline's element, `$(…)`): what it changes stays there. */
export function cloneState(state: ShellState): ShellState {
  return {
    ...state,
    variables: { ...state.variables },
    exported: [...state.exported],
    positional: [...state.positional],
  };
}

/** `NAME=value` lines of the exported variables, as the commands the shell runs get them. */
export function exportedEnvironment(state: ShellState, extra: Record<string, string> = {}): string[] {
  const names = [...state.exported];
  for (const name of Object.keys(extra)) if (!names.includes(name)) names.push(name);
  return names
    .filter((n) => extra[n] !== undefined || state.variables[n] !== undefined)
    .map((n) => `${n}=${extra[n] ?? state.variables[n]}`);
}

/** Sets a variable (exported ones stay exported). */
export function setVariable(state: ShellState, name: string, value: string): void {
  state.variables[name] = value;
}

/** Marks a variable exported, keeping the order of first export. */
export function exportVariable(state: ShellState, name: string): void {
  if (!state.exported.includes(name)) state.exported.push(name);
}

/** A shell's starting state from its process: the environment exported, the working directory, `$0`. */
export function initialShellState(
  ctx: ProcessContext,
  flavour: ShellState['flavour'],
  options: { name: string; interactive: boolean; commandString: boolean; positional?: string[]; pid?: number },
): ShellState {
  const state: ShellState = {
    flavour,
    name: options.name,
    cwd: ctx.workingDir || '/',
    variables: {},
    exported: [],
    status: 0,
    interactive: options.interactive,
    line: 1,
    commandString: options.commandString,
    positional: options.positional ?? [],
    pid: options.pid ?? 1,
  };
  for (const entry of processEnvironment(ctx)) {
    const eq = entry.indexOf('=');
    if (eq <= 0) continue;
    state.variables[entry.slice(0, eq)] = entry.slice(eq + 1);
    exportVariable(state, entry.slice(0, eq));
  }
  // What each shell adds to the environment it passes on: bash and ash count SHLVL, all three export PWD.
  if (flavour !== 'dash') {
    state.variables.SHLVL = String(Number(state.variables.SHLVL ?? 0) + 1);
    exportVariable(state, 'SHLVL');
  }
  state.variables.PWD = state.cwd;
  exportVariable(state, 'PWD');
  return state;
}
