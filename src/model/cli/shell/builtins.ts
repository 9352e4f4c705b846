// The few commands the simulator's shell runs besides docker: sleep (the virtual clock moves),
// clear, history, help, echo, true, false and `:`. Their messages are those of GNU coreutils and
// bash; `help` is the simulator's own.
import type { World } from '../../world/world';
import { advanceClock } from '../../engine/advance';
import type { Output } from '../docker/output';
import { shellHelp, type Locale } from './messages';

/** What a builtin may touch. */
export interface BuiltinEnv {
  world: World;
  out: Output;
  history: string[];
  locale: Locale;
  stdoutTty: boolean;
  /** Set by `clear`: the page clears its screen. */
  cleared: boolean;
}

/** A builtin: arguments (without its name) to exit status. */
export type Builtin = (args: string[], env: BuiltinEnv) => number;

const SLEEP_UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** GNU sleep: the sum of its arguments, each a number with an optional s/m/h/d suffix. */
const sleep: Builtin = (args, env) => {
  const operands = args[0] === '--' ? args.slice(1) : args;
  if (operands.length === 0) {
    env.out.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return 1;
  }
  let seconds = 0;
  for (const arg of operands) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(arg);
    if (!m) {
      env.out.err(`sleep: invalid time interval \u2018${arg}\u2019\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    seconds += Number(m[1]) * SLEEP_UNITS[m[2]];
  }
  // Far beyond any lesson; keeps the clock finite.
  advanceClock(env.world, Math.min(seconds, 10 * 365 * 86400) * 1000);
  return 0;
};

const echo: Builtin = (args, env) => {
  let newline = true;
  let i = 0;
  while (i < args.length && /^-[neE]+$/.test(args[i])) {
    if (args[i].includes('n')) newline = false;
    i++;
  }
  env.out.out(args.slice(i).join(' ') + (newline ? '\n' : ''));
  return 0;
};

const history: Builtin = (args, env) => {
  if (args[0] === '-c') {
    env.history.length = 0;
    return 0;
  }
  let entries = env.history.map((line, i) => ({ n: i + 1, line }));
  if (args.length > 0) {
    if (!/^\d+$/.test(args[0])) {
      env.out.err(`bash: history: ${args[0]}: numeric argument required\n`);
      return 1;
    }
    entries = Number(args[0]) === 0 ? [] : entries.slice(-Number(args[0]));
  }
  env.out.out(entries.map((e) => `${String(e.n).padStart(5)}  ${e.line}\n`).join(''));
  return 0;
};

const clear: Builtin = (_args, env) => {
  env.cleared = true;
  // What `clear` writes on an xterm: home, erase the screen, erase the scrollback.
  if (env.stdoutTty) env.out.out('\x1b[H\x1b[2J\x1b[3J');
  return 0;
};

/** The builtins by name. */
export const BUILTINS: Readonly<Record<string, Builtin>> = {
  sleep,
  echo,
  history,
  clear,
  help: (_args, env) => {
    env.out.out(shellHelp(env.locale));
    return 0;
  },
  true: () => 0,
  false: () => 1,
  ':': () => 0,
};
