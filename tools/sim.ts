/**
 * `npm run --silent sim -- FILE [--seed S]`: replays scripts in the golden scripts format
 * (`### ID title`, commands, `#hide`, `#age N`, `#tty COLS`, `// notes`, `#file PATH` … `#end`; FILE `-` is
 * standard input),
 * each on a fresh world, with the simulated docker client, and prints the transcripts in the
 * format of docs/reference/golden/expected.md. Teachers print handouts with it; tests use it.
 */

// docker compose is plugged into the client by importing its face (the page loads it later).
import '../src/model/compose';
import { readFileSync } from 'node:fs';
import { parseScripts, type Script } from '../src/model/transcript/script-format';
import { renderTranscriptSection, type StepResult } from '../src/model/transcript/render';
import { createWorld } from '../src/model/world/world';
import { advanceClock } from '../src/model/engine/advance';
import { createShell } from '../src/model/cli/shell/shell';
import { hostLocalFiles } from '../src/model/cli/client/host-local-files';
import { CLIENT_HOME } from '../src/model/cli/client/local-files';
import type { CommandRecord } from '../src/model/cli/shell/command-record';
import { createScreen, feed, screenLines } from '../src/model/cli/format/screen';

/** How long the runner lets a job that reads input work on a line before the next one (virtual ms). */
const MAX_FOLLOW_MS = 60_000;

/**
 * Replays one script on a fresh world seeded `seed`; one result per step. While a line's job reads
 * input (`docker run -it ubuntu bash`, a prune prompt), the following lines are typed into it, as
 * a terminal would show them, until it ends; their output belongs to that line. A job that only
 * follows (a server, `logs -f`) is closed by the next line, as a closed terminal would.
 */
export function runScriptWithSimulator(script: Script, seed = '1'): StepResult[] {
  const world = createWorld({ seed });
  const shell = createShell({ world });
  const results: StepResult[] = [];
  /** The result of the line whose job reads input, with every chunk it printed so far. */
  let open: { result: StepResult; chunks: CommandRecord['chunks']; cols?: number; raw: boolean } | undefined;

  const show = (o: NonNullable<typeof open>) => {
    if (o.cols === undefined) o.result.output = o.chunks.map((c) => c.text).join('');
    else o.result.output = screenText(o.cols, o.chunks);
  };
  /** Adds what followed to the open line; lets the job finish what it is doing (bounded). */
  const take = (record: CommandRecord | undefined) => {
    const o = open;
    if (!o || !record) return;
    o.chunks.push(...record.chunks);
    let last = record;
    const until = world.state.clock.nowMs + MAX_FOLLOW_MS;
    while (last.attached?.wakeAt !== undefined && last.attached.wakeAt <= until) {
      const next = shell.follow(last.attached.wakeAt);
      if (!next) break;
      o.chunks.push(...next.chunks);
      last = next;
    }
    // A job may switch modes between lines (docker login's password prompt turns echo off).
    if (last.attached) o.raw = last.attached.rawInput;
    show(o);
    if (last.exitCode !== undefined || !last.attached?.readsInput) {
      o.result.exitCode = exitOf(last.exitCode);
      open = undefined;
    }
  };

  for (const step of script.steps) {
    if (step.kind === 'note') {
      results.push({ step, output: '', exitCode: 0 });
    } else if (step.kind === 'file') {
      writeScriptFile(shell, step.path, step.content);
      results.push({ step, output: '', exitCode: 0 });
    } else if (step.kind === 'age') {
      if (open) take(shell.follow(world.state.clock.nowMs + step.seconds * 1000));
      else advanceClock(world, step.seconds * 1000);
      results.push({ step, output: '', exitCode: 0 });
    } else if (open) {
      // Typed into the job: a raw TTY echoes it itself; a cooked terminal shows the line as typed.
      const o = open;
      if (!o.raw) o.chunks.push({ stream: 'stdout', text: `${step.line}\n`, at: world.state.clock.nowMs });
      take(shell.input(o.raw ? `${step.line}\r` : `${step.line}\n`));
      results.push({ step: { kind: 'note', text: step.line }, output: '', exitCode: 0 });
    } else {
      const tty = step.kind === 'tty';
      const result = shell.run(step.line, tty ? { tty: true, cols: step.cols } : { tty: false, cols: 80 });
      const res: StepResult = { step, output: '', exitCode: exitOf(result.exitCode) };
      results.push(res);
      const o = { result: res, chunks: [...result.chunks], cols: tty ? step.cols : undefined, raw: false };
      show(o);
      if (step.kind === 'hide') res.output = '';
      if (result.attached?.readsInput) open = { ...o, raw: result.attached.rawInput };
    }
  }
  // The script ended with the job still reading: its terminal closes.
  if (open) shell.run('');
  return results;
}

/** Writes a `#file` block on the client's machine; a relative path is under the user's home. */
function writeScriptFile(shell: ReturnType<typeof createShell>, path: string, content: string): void {
  hostLocalFiles(shell.world).write(path.startsWith('/') ? path : `${CLIENT_HOME}/${path}`, content);
}

/** The final screen of a terminal `cols` wide after `chunks`. */
function screenText(cols: number, chunks: CommandRecord['chunks']): string {
  const screen = createScreen(cols);
  for (const chunk of chunks) feed(screen, chunk.text);
  const lines = screenLines(screen);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** A line left attached to a server goes on as a closed terminal would: exit 0, the container running. */
function exitOf(code: number | undefined): number {
  return code ?? 0;
}

/** Every script of a scripts text, rendered as expected.md sections. */
export function renderScripts(text: string, seed = '1'): { output: string; errors: string[] } {
  const { scripts, errors } = parseScripts(text);
  const output = scripts.map((s) => renderTranscriptSection(s, runScriptWithSimulator(s, seed))).join('\n');
  return { output, errors: errors.map((e) => `line ${e.line}: ${e.message}`) };
}

function main(argv: string[]): number {
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? (argv[seedAt + 1] ?? '1') : '1';
  const files = argv.filter((a, i) => a !== '--seed' && (seedAt < 0 || i !== seedAt + 1));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run --silent sim -- FILE [--seed S]   (FILE - reads standard input)\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(files[0] === '-' ? 0 : files[0], 'utf8');
  } catch (error) {
    process.stderr.write(`sim: ${files[0]}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const { output, errors } = renderScripts(text, seed);
  for (const e of errors) process.stderr.write(`sim: ${e}\n`);
  process.stdout.write(output);
  return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && /sim\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
