// The terminal's shell: one typed line at a time, bash's rules for quoting, `;`, `&&`, `||`, `|`,
// redirections and `$(…)`, a few builtins, and `docker`. Everything else is what bash answers for
// a command it cannot find. Output comes back as chunks in order, each with its virtual time, so
// the page can play a pull back as it happened; `#tty` runs see terminals on stdout and stderr.
import { deserializeWorld, serializeWorld, type World } from '../../world/world-base';
import { runDocker } from '../docker/run-docker';
import { Output, type OutputChunk } from '../docker/output';
import type { Terminal } from '../docker/context';
import { DOCKER_HANDLERS } from '../commands/index';
import { parseLine, type Redirect, type SimpleCommand } from './tokenize';
import { expandWords, literalWord, type ExpansionEnv } from './expand';
import { BUILTINS, type BuiltinEnv } from './builtins';
import { notSimulated, type Locale } from './messages';
import { interruptContainer } from '../commands/run-foreground';
import { isPullInterrupted, watchPulls, withPullInterruption } from '../../engine/images/pull-interrupt';

/** How a line is run: as in a terminal of `cols` columns, or with output going to a file or pipe. */
export interface RunOptions {
  tty?: boolean;
  cols?: number;
  /** Keep what is needed to cancel the line's pull afterwards (`cancelPull`); the page sets it. */
  interruptible?: boolean;
}

/** The outcome of one line. */
export interface ShellResult {
  exitCode: number;
  /** stdout and stderr as they were written, in order, with virtual times. */
  chunks: OutputChunk[];
  /** `clear` ran: the page should clear its screen. */
  clear: boolean;
  /** A `docker run` in the foreground left a container running (a server); Ctrl+C is `interrupt()`. */
  attached?: { containerId: string };
  /** The line is not finished (an open quote, a trailing `|` or `&&`): bash would prompt `> `. */
  incomplete: boolean;
}

/** A shell bound to a world. */
export interface Shell {
  readonly world: World;
  /** The lines run so far, as `history` lists them. */
  readonly history: readonly string[];
  /** Runs one typed line. Never throws. */
  run(line: string, options?: RunOptions): ShellResult;
  /** Ctrl+C for a container attached in the foreground: docker forwards SIGINT and waits for it. */
  /** Ctrl+C output goes to the terminal; `options` is accepted for symmetry with run(). */
  interrupt(containerId: string, options?: RunOptions): ShellResult;
  /**
   * Ctrl+C at virtual time `atMs` while the last line's output is still being played back (the
   * model has already run it): if a pull of that line was in flight then, the line is run again
   * from where it began up to `atMs`, where the pull is cancelled (see engine/images/pull.ts) and
   * the client dies of SIGINT; the result is what the line printed by then, exit code 130.
   * Undefined when no pull was in flight at `atMs` (or the line was not run `interruptible`).
   */
  cancelPull(atMs: number): ShellResult | undefined;
}

/** Options of a new shell. */
export interface ShellOptions {
  world: World;
  locale?: Locale;
  /** Which host of the world the docker client talks to (the first by default). */
  host?: string;
}

/** How a line runs once its options are settled. */
type LineOptions = { tty: boolean; cols: number };

type Target = 'stdout' | 'stderr' | 'null' | 'pipe';

const VARIABLES: Readonly<Record<string, string>> = {
  HOME: '/home/user',
  USER: 'user',
  LOGNAME: 'user',
  PWD: '/home/user',
  SHELL: '/bin/bash',
  HOSTNAME: 'docker-host',
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  TERM: 'xterm-256color',
  LANG: 'C.UTF-8',
  $: '4242',
};

/** Creates the shell the page's terminal talks to. */
export function createShell(options: ShellOptions): Shell {
  const { world } = options;
  const locale = options.locale ?? 'en';
  const history: string[] = [];
  const variables = new Map<string, string>();
  let status = 0;
  let depth = 0;
  /** The last line run `interruptible`, while one of its pulls could still be cancelled. */
  let lastRun:
    | {
        line: string;
        opts: LineOptions;
        state: string;
        variables: Map<string, string>;
        status: number;
        pulls: Array<{ startMs: number; endMs: number }>;
      }
    | undefined;

  const now = () => world.state.clock.nowMs;

  /** Runs a parsed line; `capture` collects stdout of a command substitution instead of showing it. */
  function runLine(line: string, opts: LineOptions, result: ShellResult, capture?: string[]): void {
    const parsed = parseLine(line);
    if (parsed.kind !== 'list') {
      result.chunks.push({ stream: 'stderr', text: `${parsed.message}\n`, at: now() });
      result.incomplete = parsed.kind === 'incomplete';
      status = 2;
      return;
    }
    for (const item of parsed.items) {
      // SIGINT stops the whole list, as bash does for its foreground job.
      if (isPullInterrupted(world)) {
        status = 130;
        return;
      }
      if (item.join === '&&' && status !== 0) continue;
      if (item.join === '||' && status === 0) continue;
      let input: string | undefined;
      const stages = item.pipeline.commands;
      stages.forEach((command, i) => {
        const last = i === stages.length - 1;
        const piped: string[] = [];
        status = runCommand(command, opts, result, {
          firstInPipe: i === 0,
          toPipe: !last,
          capture: last ? capture : piped,
          input,
        });
        input = piped.join('');
      });
    }
  }

  function runCommand(
    command: SimpleCommand,
    opts: LineOptions,
    result: ShellResult,
    io: { firstInPipe: boolean; toPipe: boolean; capture?: string[]; input?: string },
  ): number {
    if (isPullInterrupted(world)) return 130;
    const expansion: ExpansionEnv = {
      variable: (name) => (name === '?' ? String(status) : (variables.get(name) ?? VARIABLES[name] ?? '')),
      substitute: (source) => {
        if (depth > 8) return '';
        depth++;
        const captured: string[] = [];
        try {
          runLine(source, { tty: false, cols: opts.cols }, result, captured);
        } finally {
          depth--;
        }
        return captured.join('');
      },
    };
    let words = expandWords(command.words, expansion);
    // Leading NAME=value words: alone they set shell variables; before a command they are dropped.
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) {
      const [name, ...value] = words[0].split('=');
      if (words.length === 1) variables.set(name, value.join('='));
      words = words.slice(1);
    }
    const fds: Record<number, Target> = { 1: io.toPipe || io.capture ? 'pipe' : 'stdout', 2: 'stderr' };
    let stdinTty = opts.tty && io.firstInPipe;
    const out = new Output(now);
    const redirectError = applyRedirects(command.redirects, fds, expansion, out, () => (stdinTty = false));
    const term: Terminal = {
      stdinTty,
      stdoutTty: opts.tty && (fds[1] === 'stdout' || fds[1] === 'stderr'),
      stderrTty: opts.tty && (fds[2] === 'stderr' || fds[2] === 'stdout'),
      cols: opts.cols,
    };
    let code = 0;
    if (redirectError !== undefined) code = redirectError;
    else if (words.length > 0) code = execute(words, term, out, result, io.input);
    deliver(out.chunks, fds, result, io.capture);
    return code;
  }

  function execute(
    words: string[],
    term: Terminal,
    out: Output,
    result: ShellResult,
    stdin: string | undefined,
  ): number {
    const [name, ...args] = words;
    if (name === 'docker') {
      const run = runDocker(args, {
        world,
        out,
        term,
        handlers: DOCKER_HANDLERS,
        notSimulated: (c) => notSimulated(locale, c),
        host: options.host,
        stdin,
      });
      if (run.attached) result.attached = run.attached;
      return run.exitCode;
    }
    const builtin = Object.prototype.hasOwnProperty.call(BUILTINS, name) ? BUILTINS[name] : undefined;
    if (builtin) {
      const env: BuiltinEnv = { world, out, history, locale, stdoutTty: term.stdoutTty, cleared: false };
      const code = builtin(args, env);
      if (env.cleared) result.clear = true;
      return code;
    }
    out.err(name.includes('/') ? `bash: ${name}: No such file or directory\n` : `bash: ${name}: command not found\n`);
    return 127;
  }

  function run(line: string, runOptions: RunOptions = {}): ShellResult {
    const text = String(line ?? '');
    const opts: LineOptions = {
      tty: runOptions.tty ?? false,
      cols: Math.max(1, Math.floor(runOptions.cols ?? 80)) || 80,
    };
    // bash keeps every non-blank line in its history, comments included.
    if (text.trim() !== '') history.push(text.replace(/\n+$/, ''));
    lastRun = undefined;
    if (!runOptions.interruptible) return runGuarded(text, opts);
    const before = { line: text, opts, state: serializeWorld(world), variables: new Map(variables), status };
    const { result, pulls } = watchPulls(world, () => runGuarded(text, opts));
    if (pulls.some((p) => p.endMs > p.startMs)) lastRun = { ...before, pulls };
    return result;
  }

  function runGuarded(text: string, opts: LineOptions): ShellResult {
    const result: ShellResult = { exitCode: 0, chunks: [], clear: false, incomplete: false };
    try {
      runLine(text, opts, result);
      result.exitCode = status;
    } catch (error) {
      result.chunks.push({
        stream: 'stderr',
        text: `pelabuhan: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
        at: now(),
      });
      result.exitCode = status = 1;
    }
    return result;
  }

  function cancelPull(atMs: number): ShellResult | undefined {
    const last = lastRun;
    lastRun = undefined;
    if (!last || !last.pulls.some((p) => p.startMs <= atMs && atMs < p.endMs)) return undefined;
    // The model is deterministic: back to where the line began, then the line again, up to atMs.
    world.state = deserializeWorld(last.state).state;
    variables.clear();
    for (const [name, value] of last.variables) variables.set(name, value);
    status = last.status;
    const { result, interrupted } = withPullInterruption(world, atMs, () => runGuarded(last.line, last.opts));
    if (interrupted) result.exitCode = status = 130;
    return result;
  }

  function interrupt(containerId: string, _options?: RunOptions): ShellResult {
    const out = new Output(now);
    const code = interruptContainer(world, containerId, out, options.host);
    status = code;
    return { exitCode: code, chunks: out.chunks, clear: false, incomplete: false };
  }

  return { world, history, run, interrupt, cancelPull };
}

/** Applies redirections in order; returns an exit status if one fails (the command does not run). */
function applyRedirects(
  redirects: readonly Redirect[],
  fds: Record<number, Target>,
  env: ExpansionEnv,
  out: Output,
  stdinNotTty: () => void,
): number | undefined {
  for (const r of redirects) {
    const target = literalWord(r.target, env);
    if (r.op === '<') {
      if (target !== '/dev/null' && target !== '/dev/stdin') {
        out.err(`bash: ${target}: No such file or directory\n`);
        return 1;
      }
      stdinNotTty();
      continue;
    }
    if (r.op === '>&') {
      if (target === '1' || target === '2') {
        if (r.fd === 1 || r.fd === 2) fds[r.fd] = fds[Number(target)];
        continue;
      }
      if (target === '-') continue;
      if (!/^\d+$/.test(target)) {
        // `>&file` is `&>file`.
        fds[1] = fds[2] = 'null';
        continue;
      }
      out.err(`bash: ${target}: Bad file descriptor\n`);
      return 1;
    }
    // A file: the simulator has no filesystem here, so what goes to a file is not shown.
    if (r.op === '&>') fds[1] = fds[2] = 'null';
    else if (r.fd === 1 || r.fd === 2) fds[r.fd] = 'null';
  }
  return undefined;
}

/** Sends a command's chunks where its descriptors point. */
function deliver(
  chunks: readonly OutputChunk[],
  fds: Record<number, Target>,
  result: ShellResult,
  capture: string[] | undefined,
): void {
  for (const chunk of chunks) {
    const target = fds[chunk.stream === 'stdout' ? 1 : 2];
    if (target === 'null') continue;
    if (target === 'pipe') {
      capture?.push(chunk.text);
      continue;
    }
    const last = result.chunks[result.chunks.length - 1];
    if (last && last.stream === target && last.at === chunk.at) last.text += chunk.text;
    else result.chunks.push({ stream: target, text: chunk.text, at: chunk.at });
  }
}
