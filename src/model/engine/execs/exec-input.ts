/**
 * Stdin of an exec (`docker exec -it web sh`, `echo ls | docker exec -i web sh`): what the client
 * writes reaches the exec's shell session a line at a time. With a TTY the terminal's line
 * discipline (canonical mode) echoes the keys as they come, erases with Backspace, sends the line on
 * Enter, ends input on Ctrl+D at the start of a line; without one the bytes are the shell's input.
 */

import type { EngineContext } from '../context';
import { feedShellSession } from '../processes/shell-session';
import { applyFileWrites } from '../processes/file-stores';
import type { ExecRecord } from './exec-state';
import { execStore } from './exec-store';
import { execProcessContext } from './exec-process';
import { execOutput, finishExec, scheduleExecWake } from './exec-end';

const END_OF_INPUT = '\x04';

/** Writes `data` to the stdin of exec `id` (ignored once its process ended or if it reads no input). */
export function writeExecInput(ctx: EngineContext, id: string, data: string): void {
  const exec = execStore(ctx.host)[id];
  if (!exec?.running || !exec.session || !exec.openStdin) return;
  if (exec.tty) lineDiscipline(ctx, exec, data);
  else {
    const text = (exec.typed ?? '') + data;
    const parts = text.split('\n');
    exec.typed = parts.pop() ?? '';
    (exec.lines ??= []).push(...parts);
  }
  readLines(ctx, exec);
}

/** The client closed stdin (EOF): the shell reads what is left, then exits as after Ctrl+D. */
export function closeExecInput(ctx: EngineContext, id: string): void {
  const exec = execStore(ctx.host)[id];
  if (!exec?.running || !exec.session) return;
  const lines = (exec.lines ??= []);
  if (!exec.tty && exec.typed) lines.push(exec.typed);
  exec.typed = '';
  lines.push(END_OF_INPUT);
  readLines(ctx, exec);
}

/** The clock reached what the exec's process does later: its output, its exit, then the lines typed meanwhile. */
export function wakeExec(ctx: EngineContext, id: string): void {
  const exec = execStore(ctx.host)[id];
  if (!exec?.running || !exec.pending) return;
  const { output, exitCode } = exec.pending;
  delete exec.pending;
  execOutput(ctx, exec, output);
  if (exitCode !== undefined) finishExec(ctx, exec, exitCode);
  else readLines(ctx, exec);
}

/** The terminal echoes each key as it arrives and queues the line on Enter, even while the shell is busy. */
function lineDiscipline(ctx: EngineContext, exec: ExecRecord, data: string): void {
  let line = exec.typed ?? '';
  let echo = '';
  const lines = (exec.lines ??= []);
  for (const key of data) {
    if (key === '\r' || key === '\n') {
      echo += '\n';
      lines.push(line);
      line = '';
    } else if (key === END_OF_INPUT) {
      if (line === '') lines.push(END_OF_INPUT);
    } else if (key === '\x03') {
      // Ctrl+C: SIGINT to the shell, which drops the line and prompts again.
      echo += '^C\n';
      lines.push('');
      line = '';
    } else if (key === '\x7f' || key === '\b') {
      if (line !== '') echo += '\b \b';
      line = line.slice(0, -1);
    } else if (key >= ' ') {
      line += key;
      echo += key;
    }
  }
  exec.typed = line;
  if (echo) execOutput(ctx, exec, [{ stream: 'stdout', text: echo, partial: true }]);
}

/** Hands the queued lines to the shell, one at a time, while it is not busy. */
function readLines(ctx: EngineContext, exec: ExecRecord): void {
  while (exec.running && exec.session && !exec.pending && exec.lines?.length) {
    const line = exec.lines.shift()!;
    runLine(ctx, exec, line);
  }
  if (exec.lines?.length === 0) delete exec.lines;
}

/** Runs one line in the exec's shell session: its output (now, or after the time it takes), its files, its exit. */
function runLine(ctx: EngineContext, exec: ExecRecord, line: string): void {
  const container = ctx.host.containers[exec.containerId];
  if (!container || !exec.session) return;
  const step = feedShellSession(exec.session, line, execProcessContext(ctx, container, exec));
  exec.session = step.session;
  if (step.files) applyFileWrites(ctx.host, container, step.files);
  if (step.afterMs > 0) {
    exec.pending = { output: step.output };
    if (step.exitCode !== undefined) exec.pending.exitCode = step.exitCode;
    scheduleExecWake(ctx, exec, step.afterMs);
    return;
  }
  execOutput(ctx, exec, step.output);
  if (step.exitCode !== undefined) finishExec(ctx, exec, step.exitCode);
}
