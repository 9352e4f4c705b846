// The terminal's shell: one typed line at a time, bash's rules for quoting, `;`, `&&`, `||`, `|`,
// redirections and `$(…)`, a few builtins, and `docker`. Everything else is what bash answers for
// a command it cannot find. Each line gives one CommandRecord: its output as chunks in order with
// their virtual times (the page plays a pull back as it happened), its exit code, and the API
// exchanges and events the in-process transport saw. `#tty` runs see terminals on stdout and stderr.
import { deserializeWorld, serializeWorld } from '../../world/world-base';
import { runDocker } from '../docker/run-docker';
import { Output } from '../docker/output';
import type { Terminal } from '../docker/context';
import type { ForegroundJob } from '../docker/foreground-job';
import { DOCKER_HANDLERS } from '../commands/index';
import { parseLine, type SimpleCommand } from './tokenize';
import { expandWords, type ExpansionEnv } from './expand';
import { BUILTINS, type BuiltinEnv } from './builtins';
import { fileCommand } from './builtins-files';
import { shellFileEnv } from './file-env';
import { notSimulated } from './messages';
import { applyRedirects, deliver, type Target } from './redirects';
import type { CommandRecord } from './command-record';
import { createInProcessTransport, type StreamSpan } from '../client/in-process-transport';
import { hostLocalFiles } from '../client/host-local-files';
import { CLIENT_HOME, type LocalFiles } from '../client/local-files';
import { ApiClient, CANNOT_CONNECT } from '../client/api-client';
import { attachForeground, containerJob } from '../commands/run-foreground';
import { runCurl } from '../host/curl';

import type { RunOptions, Shell, ShellOptions, ShellState } from './shell-api';
import { attachedOf } from './attached';
import { loginShellVariables, ShellVariables, NAME, exportBuiltin, unsetBuiltin, envBuiltin } from './variables';
import { SHELL_ONLY, type LineOptions, type LineState } from './line-state';
import { createHostChoice } from './host-choice';

export type { RunOptions, Shell, ShellOptions, ShellState };

/** Creates the shell the page's terminal talks to. */
export function createShell(options: ShellOptions): Shell {
  const { world } = options;
  const transport = createInProcessTransport(world, options.host);
  const locale = options.locale ?? 'en';
  let counter = 0;
  const nextId = options.nextId ?? (() => ++counter);
  const history: string[] = [];
  const machineHost = transport.hostName();
  const start = options.state;
  const variables = start ? ShellVariables.fromJSON(start) : loginShellVariables(machineHost);
  // The machine the client runs on (the first host in the page): its files, exported variables, cwd.
  const machine: { files: LocalFiles; readonly env: Record<string, string>; cwd: string } = {
    files: hostLocalFiles(world, options.host),
    get env() {
      return variables.environment();
    },
    cwd: start?.cwd ?? CLIENT_HOME,
  };
  const { connect, activeHost } = createHostChoice(world, transport, machineHost, () => ({
    files: machine.files,
    env: variables.environment(),
    cwd: machine.cwd,
  }));
  let status = start?.status ?? 0;
  let depth = 0;
  /** The job the last line left in the terminal's foreground. */
  let job: { job: ForegroundJob; line: string; opts: LineOptions } | undefined;
  /** The last line run `interruptible`, while one of its pulls could still be cancelled. */
  let lastRun:
    | {
        id: number;
        line: string;
        opts: LineOptions;
        state: string;
        variables: ShellVariables;
        status: number;
        pulls: StreamSpan[];
      }
    | undefined;

  const now = () => transport.now();

  /** Runs a parsed line; `capture` collects stdout of a command substitution instead of showing it. */
  function runLine(line: string, opts: LineOptions, state: LineState, capture?: string[]): void {
    const parsed = parseLine(line);
    if (parsed.kind !== 'list') {
      if (parsed.message) state.chunks.push({ stream: 'stderr', text: `${parsed.message}\n`, at: now() });
      state.incomplete = parsed.kind === 'incomplete';
      status = 2;
      return;
    }
    for (const item of parsed.items) {
      // SIGINT stops the whole list, as bash does for its foreground job.
      if (state.interrupted) return;
      if (item.join === '&&' && status !== 0) continue;
      if (item.join === '||' && status === 0) continue;
      let input: string | undefined;
      const stages = item.pipeline.commands;
      stages.forEach((command, i) => {
        const last = i === stages.length - 1;
        const piped: string[] = [];
        status = runCommand(command, opts, state, {
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
    state: LineState,
    io: { firstInPipe: boolean; toPipe: boolean; capture?: string[]; input?: string },
  ): number {
    if (state.interrupted) return 130;
    const expansion: ExpansionEnv = {
      variable: (name) => (name === '?' ? String(status) : (variables.get(name) ?? '')),
      substitute: (source) => {
        if (depth > 8) return '';
        depth++;
        const captured: string[] = [];
        try {
          runLine(source, { tty: false, cols: opts.cols }, state, captured);
        } finally {
          depth--;
        }
        return captured.join('');
      },
    };
    let words = expandWords(command.words, expansion);
    // Leading NAME=value words: alone they set shell variables; before a command they are its
    // environment only (`DOCKER_HOST=ssh://student@server-2 docker ps`).
    const assignments: Record<string, string> = {};
    while (words.length > 0 && words[0].includes('=') && NAME.test(words[0].slice(0, words[0].indexOf('=')))) {
      const eq = words[0].indexOf('=');
      assignments[words[0].slice(0, eq)] = words[0].slice(eq + 1);
      words = words.slice(1);
    }
    if (words.length === 0) for (const [name, value] of Object.entries(assignments)) variables.set(name, value);
    const fds: Record<number, Target> = { 1: io.toPipe || io.capture ? 'pipe' : 'stdout', 2: 'stderr' };
    let stdinTty = opts.tty && io.firstInPipe;
    const out = new Output(now);
    let stdin = io.input;
    const redirectError = applyRedirects(
      command.redirects,
      fds,
      expansion,
      out,
      (text) => {
        stdinTty = false;
        if (text !== undefined) stdin = text;
      },
      machine,
    );
    const term: Terminal = {
      stdinTty,
      stdoutTty: opts.tty && (fds[1] === 'stdout' || fds[1] === 'stderr'),
      stderrTty: opts.tty && (fds[2] === 'stderr' || fds[2] === 'stdout'),
      cols: opts.cols,
    };
    let code = 0;
    if (redirectError !== undefined) code = redirectError;
    else if (words.length > 0) code = execute(words, term, out, state, stdin, assignments);
    deliver(out.chunks, fds, state.chunks, io.capture, machine.files);
    return code;
  }

  function execute(
    words: string[],
    term: Terminal,
    out: Output,
    state: LineState,
    stdin: string | undefined,
    assignments: Record<string, string> = {},
    environment?: Record<string, string>,
  ): number {
    const [name, ...args] = words;
    if (name === 'export') return exportBuiltin(args, variables, out);
    if (name === 'unset') return unsetBuiltin(args, variables, out);
    if (name === 'env')
      return envBuiltin(args, environment ?? { ...variables.environment(), ...assignments }, out, (command, env) =>
        Object.prototype.hasOwnProperty.call(SHELL_ONLY, command[0])
          ? (out.err(`env: \u2018${command[0]}\u2019: No such file or directory\n`), 127)
          : execute(command, term, out, state, stdin, {}, env),
      );
    if (name === 'docker') {
      const env = environment ?? { ...variables.environment(), ...assignments };
      const run = runDocker(args, {
        transport,
        out,
        term,
        handlers: DOCKER_HANDLERS,
        notSimulated: (c) => notSimulated(locale, c),
        stdin,
        local: { files: machine.files, env, cwd: machine.cwd },
        connect,
      });
      if (run.foreground) {
        state.foreground?.close();
        state.foreground = run.foreground;
      }
      if (run.interrupted) state.interrupted = true;
      return run.exitCode;
    }
    // The host's own HTTP client: it reaches published ports through the transport, not the daemon's API.
    if (name === 'curl') return runCurl(args, { transport, out, stdoutTty: term.stdoutTty, locale });
    const files = fileCommand(name);
    if (files) return files(args, shellFileEnv(machine, variables, { out, stdin, ...term, nowMs: now() }));
    const builtin = Object.prototype.hasOwnProperty.call(BUILTINS, name) ? BUILTINS[name] : undefined;
    if (builtin) {
      const env: BuiltinEnv = {
        sleep: transport.sleep,
        out,
        history,
        locale,
        stdoutTty: term.stdoutTty,
        cleared: false,
      };
      const code = builtin(args, env);
      if (env.cleared) state.clear = true;
      return code;
    }
    out.err(name.includes('/') ? `bash: ${name}: No such file or directory\n` : `bash: ${name}: command not found\n`);
    return 127;
  }

  /** Runs `body` as one record of `line`: its chunks, exit code, exchanges and events. */
  function recorded(
    id: number,
    line: string,
    opts: LineOptions,
    body: (state: LineState) => number,
  ): { record: CommandRecord; pulls: StreamSpan[] } {
    const at = now();
    const hostAtStart = activeHost() ?? machineHost;
    // The daemon of the host the client talks to (its context or DOCKER_HOST), as the views draw it.
    const daemonRunning = world.state.hosts[hostAtStart]?.daemon.status === 'running';
    const state: LineState = { chunks: [], clear: false, incomplete: false, interrupted: false };
    const { result, exchanges, events, streams } = transport.record(nextId, () => {
      try {
        return body(state);
      } catch (error) {
        state.chunks.push({
          stream: 'stderr',
          text: `pelabuhan: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
          at: now(),
        });
        return 1;
      }
    });
    status = result;
    const record: CommandRecord = {
      id,
      line,
      at,
      cols: opts.cols,
      tty: opts.tty,
      chunks: state.chunks,
      exitCode: state.foreground ? undefined : result,
      exchanges,
      events,
      daemonRunning,
      host: exchanges.length > 0 ? (exchanges[exchanges.length - 1].host ?? hostAtStart) : hostAtStart,
    };
    if (state.clear) record.clear = true;
    if (state.incomplete) record.incomplete = true;
    if (state.interrupted) record.interrupted = true;
    if (state.foreground) {
      record.attached = attachedOf(state.foreground);
      job = { job: state.foreground, line, opts };
    }
    // Pulls and pushes: the transfers a request deadline (Ctrl+C during playback) can cut.
    const transfer = (path: string) => path === '/images/create' || /^\/images\/.+\/push$/.test(path);
    const pulls = streams.filter((s) => transfer(s.path) && s.endMs > s.startMs);
    return { record, pulls };
  }

  function runText(id: number, text: string, opts: LineOptions) {
    return recorded(id, text, opts, (state) => {
      runLine(text, opts, state);
      return state.interrupted ? 130 : status;
    });
  }

  function run(line: string, runOptions: RunOptions = {}): CommandRecord {
    const text = String(line ?? '');
    const opts: LineOptions = {
      tty: runOptions.tty ?? false,
      cols: Math.max(1, Math.floor(runOptions.cols ?? 80)) || 80,
    };
    // bash keeps every non-blank line in its history, comments included.
    if (text.trim() !== '') history.push(text.replace(/\n+$/, ''));
    lastRun = undefined;
    // A job still in the foreground: its terminal was closed (the headless runner goes on).
    closeJob();
    const id = nextId();
    if (!runOptions.interruptible) return runText(id, text, opts).record;
    const before = { id, line: text, opts, state: serializeWorld(world), variables: variables.snapshot(), status };
    const { record, pulls } = runText(id, text, opts);
    if (pulls.length > 0) lastRun = { ...before, pulls };
    return record;
  }

  function cancelPull(atMs: number): CommandRecord | undefined {
    const last = lastRun;
    lastRun = undefined;
    if (!last || !last.pulls.some((p) => p.startMs <= atMs && atMs < p.endMs)) return undefined;
    closeJob();
    // The model is deterministic: back to where the line began, then the line again, with its
    // requests carrying a deadline at atMs.
    world.state = deserializeWorld(last.state).state;
    variables.restore(last.variables);
    status = last.status;
    transport.deadline = atMs;
    try {
      return runText(last.id, last.line, last.opts).record;
    } finally {
      transport.deadline = undefined;
    }
  }

  function closeJob(): void {
    job?.job.close();
    job = undefined;
  }

  /** A record of what the job in the foreground did after its line, through `drive`. */
  function jobRecord(
    open: NonNullable<typeof job>,
    drive: (out: Output) => number | undefined,
    interrupted = false,
  ): CommandRecord {
    let code: number | undefined;
    const { record } = recorded(nextId(), open.line, open.opts, (state) => {
      const out = new Output(now);
      try {
        code = drive(out);
      } catch {
        out.err(`${CANNOT_CONNECT}\n`);
        code = 1;
      } finally {
        state.chunks.push(...out.chunks);
      }
      if (code === undefined) state.foreground = open.job;
      if (interrupted) state.interrupted = true;
      return code ?? 0;
    });
    if (code !== undefined) job = undefined;
    return record;
  }

  function input(text: string): CommandRecord | undefined {
    const open = job;
    if (!open) return undefined;
    return jobRecord(open, (out) => open.job.input(String(text ?? ''), out));
  }

  function follow(toMs: number): CommandRecord | undefined {
    const open = job;
    if (!open) return undefined;
    return jobRecord(open, (out) => {
      transport.sleep(Math.max(0, (Number.isFinite(toMs) ? toMs : now()) - now()));
      return open.job.follow(out);
    });
  }

  function interrupt(target?: string | RunOptions, runOptions?: RunOptions): CommandRecord {
    const containerId = typeof target === 'string' ? target : undefined;
    const options = typeof target === 'object' ? target : runOptions;
    let open = job;
    if (!open || (containerId !== undefined && open.job.containerId !== containerId)) {
      // A container nobody here follows (a page restored from storage): attach as `docker run` had.
      const opts: LineOptions = { tty: options?.tty ?? false, cols: options?.cols ?? 80 };
      const client = new ApiClient(transport);
      open = {
        line: open?.line ?? '',
        opts,
        job: {
          readsInput: false,
          rawInput: false,
          input: () => undefined,
          follow: () => undefined,
          wakeAt: () => undefined,
          close: () => undefined,
          interrupt: (out) =>
            containerId === undefined
              ? 130
              : containerJob(client, attachForeground(client, containerId)).interrupt(out),
        },
      };
      closeJob();
    }
    const chosen = open;
    return jobRecord(chosen, (out) => chosen.job.interrupt(out), true);
  }

  return {
    world,
    history,
    run,
    input,
    follow,
    interrupt,
    cancelPull,
    activeHost,
    foreground: () => (job ? attachedOf(job.job) : undefined),
    state: () => ({ cwd: machine.cwd, ...variables.toJSON(), status }),
  };
}
