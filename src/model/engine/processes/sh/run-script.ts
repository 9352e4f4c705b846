/** Parses and runs a script in a shell's state, turning its syntax errors and early stops into an outcome. */

import type { ContainerFs } from '../container-fs';
import type { ProcessContext } from '../program';
import { parseScript } from './parse';
import { ShellSyntaxError, type List } from './syntax';
import { voiceOf, type ShellState } from './state';
import { syntaxError } from './wording';
import { Interpreter } from './interpret';
import { ExitSignal, ServeSignal, type ExternalRunner, type ScriptOutcome } from './signals';

export type { ExternalRunner, ScriptOutcome } from './signals';

/** Parses and runs `source` in `state` (changed in place); a syntax error is reported in the shell's words. */
export function runShellScript(
  source: string,
  state: ShellState,
  ctx: ProcessContext,
  fs: ContainerFs,
  external: ExternalRunner,
  stdin?: string,
): ScriptOutcome {
  const run = new Interpreter(ctx, fs, state, external, stdin);
  let list: List;
  try {
    list = parseScript(source);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    const lines = source.split('\n');
    const voice = { ...voiceOf(state), line: state.line + e.problem.line - 1 };
    const problem = { ...e.problem, line: voice.line };
    const text = syntaxError(voice, problem, lines[e.problem.line - 1] ?? '');
    state.status = 2;
    return {
      status: 2,
      output: text.map((t) => ({ stream: 'stderr', text: t })),
      afterMs: 0,
      exited: !state.interactive,
    };
  }
  try {
    state.status = run.list(list);
    return { status: state.status, output: run.out, afterMs: run.afterMs, exited: false };
  } catch (signal) {
    if (signal instanceof ExitSignal) {
      state.status = signal.code;
      return { status: signal.code, output: run.out, afterMs: run.afterMs, exited: true };
    }
    if (signal instanceof ServeSignal)
      return { status: 0, output: run.out, afterMs: run.afterMs, exited: false, serving: signal.program };
    throw signal;
  }
}
