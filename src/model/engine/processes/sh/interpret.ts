/**
 * Runs a parsed script over a container's files: and-or lists by status, pipelines passing
 * stdout text as the next command's stdin (each element in a copy of the shell, as bash without
 * lastpipe, dash and ash run them), `$(…)` in a copy too, redirections per command, `for`,
 * `while` (bounded), `if`, `exit`, `exec`, and the commands the image has through `external`.
 */

import type { ContainerFs } from '../container-fs';
import type { OutputLine, ProcessContext } from '../program';
import { openRedirects, type Redirect, type Sink } from '../redirects';
import { contentLines, imageText } from '../file-commands';
import { parseScript } from './parse';
import { ShellSyntaxError, type Command, type List, type Pipeline, type SimpleCommand } from './syntax';
import { expandFields, expandString, type ExpansionScope } from './expand';
import { globPaths } from './glob';
import { BUILTINS } from './builtins';
import { cloneState, exportedEnvironment, voiceOf, type ShellState } from './state';
import { notFound, syntaxError } from './wording';

import { ExitSignal, ServeSignal, type ExternalRunner } from './signals';

// An endless `while true` stands for a process that keeps running once it has gone round this often.
const LOOP_BUDGET = 1000;

/** Runs parsed commands over a container's files, in a shell state it changes in place. */
export class Interpreter {
  out: OutputLine[] = [];

  /** Writes lines to the current output; after a `sleep` they come that much later (`logs -f` sees them arrive). */
  private emit(...lines: OutputLine[]): void {
    for (const line of lines)
      this.out.push(this.afterMs > 0 && line.afterMs === undefined ? { ...line, afterMs: this.afterMs } : line);
  }
  afterMs = 0;
  private budget = LOOP_BUDGET;
  private substStatus: number | null = null;
  private readonly baseLine: number;
  private readonly input: { text?: string };

  constructor(
    private readonly ctx: ProcessContext,
    private readonly fs: ContainerFs,
    private state: ShellState,
    private readonly external: ExternalRunner,
    stdin?: string,
  ) {
    this.baseLine = state.line;
    this.input = { text: stdin };
  }

  list(list: List): number {
    let status = this.state.status;
    for (const item of list.items) {
      status = this.pipeline(item.first);
      for (const { op, pipeline } of item.rest) {
        if ((op === '&&') !== (status === 0)) continue;
        status = this.pipeline(pipeline);
      }
      this.state.status = status;
    }
    return status;
  }

  private pipeline(p: Pipeline): number {
    let status: number;
    if (p.commands.length === 1) status = this.command(p.commands[0]);
    else {
      let stdin: string | undefined = this.input.text;
      status = 0;
      p.commands.forEach((command, k) => {
        const last = k === p.commands.length - 1;
        const captured = this.inSubshell(() => this.command(command), !last, stdin);
        status = captured.status;
        stdin = captured.stdout;
      });
    }
    return p.bang ? Number(status === 0) : status;
  }

  /** Runs `body` in a copy of the shell; with `capture`, its stdout is returned instead of printed. */
  private inSubshell(body: () => number, capture: boolean, stdin?: string): { status: number; stdout: string } {
    const saved = { state: this.state, out: this.out, input: this.input.text };
    this.state = cloneState(this.state);
    if (stdin !== undefined) this.input.text = stdin;
    if (capture) this.out = [];
    let status = 0;
    let stdout = '';
    try {
      status = body();
    } catch (signal) {
      if (!(signal instanceof ExitSignal)) throw signal;
      status = signal.code;
    } finally {
      const produced = this.out;
      this.state = saved.state;
      this.out = saved.out;
      this.input.text = saved.input;
      if (capture) {
        stdout = produced
          .filter((l) => l.stream === 'stdout')
          .map((l) => (l.partial ? l.text : `${l.text}\n`))
          .join('');
        this.emit(...produced.filter((l) => l.stream !== 'stdout'));
      }
    }
    return { status, stdout };
  }

  private command(command: Command): number {
    if (command.kind === 'simple') return this.simple(command);
    return this.withRedirects(command.redirects, () => {
      switch (command.kind) {
        case 'if': {
          for (const clause of command.clauses) if (this.list(clause.condition) === 0) return this.list(clause.body);
          return command.otherwise ? this.list(command.otherwise) : 0;
        }
        case 'for': {
          const words = command.words
            ? command.words.flatMap((w) => expandFields(w, this.scope()))
            : this.state.positional;
          let status = 0;
          for (const value of words) {
            this.state.variables[command.name] = value;
            status = this.list(command.body);
          }
          return status;
        }
        case 'loop': {
          let status = 0;
          while ((this.list(command.condition) === 0) !== command.until) {
            status = this.list(command.body);
            if (--this.budget <= 0) throw new ServeSignal({ kind: 'serves', output: [], rwBytes: 0, stopSignals: [] });
          }
          return status;
        }
        case 'group':
          return command.subshell
            ? this.inSubshell(() => this.list(command.body), false).status
            : this.list(command.body);
      }
    });
  }

  /** Runs `body` with a compound command's redirections applied to everything it writes. */
  private withRedirects(nodes: SimpleCommand['redirects'], body: () => number): number {
    if (nodes.length === 0) return body();
    const opened = this.open(nodes);
    if ('error' in opened) return this.redirectFailed(opened.error);
    const saved = { out: this.out, input: this.input.text };
    this.out = [];
    if (opened.stdin !== undefined) this.input.text = opened.stdin;
    try {
      return body();
    } finally {
      const produced = this.out;
      this.out = saved.out;
      this.input.text = saved.input;
      for (const line of produced) this.route(line, opened.fds);
    }
  }

  private open(nodes: SimpleCommand['redirects']) {
    const redirects: Redirect[] = nodes.map((r) => {
      const target = expandString(r.target, this.scope());
      if (r.op === '>&' || r.op === '<&') return { fd: r.fd, op: '>&', dup: /^\d+$/.test(target) ? Number(target) : 1 };
      return { fd: r.fd, op: r.op, target };
    });
    return openRedirects(redirects, this.ctx, this.fs, voiceOf(this.state), this.state.cwd);
  }

  private redirectFailed(message: string): number {
    this.emit({ stream: 'stderr', text: message });
    // dash reports a failed redirection with status 2, ash and bash with 1.
    return this.state.flavour === 'dash' ? 2 : 1;
  }

  private route(line: OutputLine, fds: Record<number, Sink>): void {
    const sink = fds[line.stream === 'stdout' ? 1 : 2];
    if (sink === 'null') return;
    if (typeof sink === 'object') {
      this.fs.write(sink.file, line.partial ? line.text : `${line.text}\n`, true, imageText(this.ctx));
      return;
    }
    this.emit({ ...line, stream: sink });
  }

  private simple(command: SimpleCommand): number {
    this.state.line = this.baseLine + command.line - 1;
    this.substStatus = null;
    const scope = this.scope();
    const argv = command.words.flatMap((w) => expandFields(w, scope));
    const assigned: Record<string, string> = {};
    for (const a of command.assigns) assigned[a.name] = expandString(a.value, scope);
    const opened = this.open(command.redirects);
    if ('error' in opened) return this.redirectFailed(opened.error);
    if (argv.length === 0) {
      Object.assign(this.state.variables, assigned);
      return this.substStatus ?? 0;
    }
    const stdin = opened.stdin ?? this.input.text;
    const lines: OutputLine[] = [];
    const status = this.execute(argv, assigned, stdin, lines);
    for (const line of lines) this.route(line, opened.fds);
    return status;
  }

  private execute(
    argv: string[],
    assigned: Record<string, string>,
    stdin: string | undefined,
    out: OutputLine[],
  ): number {
    const [name, ...args] = argv;
    if (name === 'exit') {
      const code = args[0] === undefined ? this.state.status : Number(args[0]) & 255;
      throw new ExitSignal(Number.isNaN(code) ? 2 : code);
    }
    if (name === 'exec') {
      if (args.length === 0) return 0;
      const status = this.execute(args, assigned, stdin, out);
      this.emit(...out.splice(0));
      throw new ExitSignal(status);
    }
    if (name === 'export' || name === 'unset' || name === 'cd' || name === 'read' || name === 'shift')
      Object.assign(this.state.variables, assigned);
    const builtin = BUILTINS[name];
    if (builtin) {
      const io = { text: stdin };
      const status = builtin(args, {
        state: this.state,
        fs: this.fs,
        ctx: this.ctx,
        stdin: io,
        write: (text, stream = 'stdout') => out.push(...contentLines(text, stream)),
        read: (abs) => this.fs.read(abs, imageText(this.ctx)),
      });
      if (name === 'read' && stdin === this.input.text) this.input.text = io.text;
      return status;
    }
    const child: ProcessContext = {
      ...this.ctx,
      argv,
      env: exportedEnvironment(this.state, assigned),
      workingDir: this.state.cwd,
      parents: [...(this.ctx.parents ?? []), this.ctx.argv.join(' ')],
    };
    const program = this.external(argv, child, this.fs, stdin);
    if (!program || program.kind === 'missing') {
      out.push({ stream: 'stderr', text: notFound(voiceOf(this.state), name) });
      return 127;
    }
    out.push(...program.output);
    if (program.kind === 'serves') {
      this.emit(...out.splice(0));
      throw new ServeSignal({ ...program, output: [] });
    }
    this.afterMs += program.afterMs;
    return program.exitCode;
  }

  private scope(): ExpansionScope {
    const state = this.state;
    return {
      get: (name) => state.variables[name],
      set: (name, value) => {
        state.variables[name] = value;
      },
      special: (name) =>
        name === '?' ? String(state.status) : name === '$' ? String(state.pid) : name === '0' ? state.name : '',
      positional: state.positional,
      home: '/root',
      substitute: (source) => {
        const result = this.inSubshell(() => {
          try {
            return this.list(parseScript(source));
          } catch (e) {
            if (!(e instanceof ShellSyntaxError)) throw e;
            this.emit(
              ...syntaxError(voiceOf(this.state), e.problem, source).map((text) => ({
                stream: 'stderr' as const,
                text,
              })),
            );
            return 2;
          }
        }, true);
        this.substStatus = result.status;
        return result.stdout;
      },
      glob: (pattern) => globPaths(pattern, this.state.cwd, this.fs),
    };
  }
}
