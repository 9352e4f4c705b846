/**
 * `POST /exec/{id}/start`: runs an exec instance's process in its container, as moby's
 * ContainerExecStart (daemon/exec.go) does. A one-shot program prints and exits (now, or when the
 * clock reaches its end); a shell with stdin open becomes a session that reads what is written to
 * the exec's stdin (exec-input.ts) until `exit`.
 */

import { announce, type EngineContext } from '../context';
import { conflict, EngineError } from '../errors';
import { resolveProgram } from '../processes/resolve-program';
import { openShellSession } from '../processes/shell-session';
import { applyFileWrites } from '../processes/file-stores';
import type { ShellFlavour } from '../processes/redirects';
import type { ProcessContext } from '../processes/program';
import { execStore, getExecConfig } from './exec-store';
import { execProcessContext } from './exec-process';
import { execOutput, finishExec, scheduleExecWake } from './exec-end';
import type { ExecRecord } from './exec-state';

const SHELLS = new Set(['sh', 'ash', 'bash', 'dash']);
const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The shell an exec runs with no arguments, which reads its commands from stdin; undefined for any other program. */
function interactiveShell(exec: ExecRecord, family: ProcessContext['family']): ShellFlavour | undefined {
  const name = basename(exec.entrypoint);
  if (!exec.openStdin || exec.args.length > 0 || !SHELLS.has(name)) return undefined;
  return name === 'bash' ? 'bash' : family === 'alpine' ? 'ash' : 'dash';
}

/**
 * The runtime's refusal of a missing executable, as runc says it for an exec (`OCI runtime exec
 * failed: exec failed: …`) rather than for a container's init (`OCI runtime create failed: …`).
 */
function execFailure(message: string): string {
  const missing = /exec: "((?:[^"\\]|\\.)*)": executable file not found in \$PATH/.exec(message);
  if (!missing) return message;
  return (
    `OCI runtime exec failed: exec failed: unable to start container process: exec: "${missing[1]}": ` +
    `executable file not found in $PATH: unknown`
  );
}

/** moby setExitCodeFromError: the exit code and the error a failed exec start records and returns. */
function failedStart(message: string): { exitCode: number; error: EngineError } {
  const lower = message.toLowerCase();
  if (lower.includes('permission denied'))
    return { exitCode: 126, error: new EngineError('invalidParameter', message) };
  if (lower.includes('is a directory'))
    return { exitCode: 126, error: new EngineError('invalidParameter', `${message}: permission denied`) };
  const invalidCommand = ['executable file not found', 'no such file or directory'];
  if (invalidCommand.some((m) => lower.includes(m)))
    return { exitCode: 127, error: new EngineError('invalidParameter', message) };
  return { exitCode: 128, error: new EngineError('system', message) };
}

/**
 * Starts the exec `id`. Throws the refusals (404, 409) and, for a program the runtime cannot run,
 * the start error moby returns after recording the exit code (127 for a missing executable).
 */
export function startExec(ctx: EngineContext, id: string): void {
  const exec = getExecConfig(ctx.host, id);
  if (exec.exitCode !== null) throw conflict(`exec command ${exec.id} has already run`);
  if (exec.running) throw conflict(`exec command ${exec.id} is already running`);
  const container = ctx.host.containers[exec.containerId];
  const pctx = execProcessContext(ctx, container, exec);
  const program = resolveProgram(pctx);
  if (program.kind === 'missing') {
    const failed = failedStart(execFailure(program.message));
    exec.exitCode = failed.exitCode;
    throw failed.error;
  }
  exec.running = true;
  const started = Object.values(execStore(ctx.host)).filter((e) => e.containerId === container.id && e.pid > 0);
  exec.pid = container.state.pid + 1 + started.length;
  announce(ctx, { type: 'exec.started', host: ctx.host.name, containerId: container.id, execId: exec.id });
  const flavour = interactiveShell(exec, pctx.family);
  if (flavour) {
    const opened = openShellSession(pctx, flavour, exec.tty);
    exec.session = opened.session;
    execOutput(ctx, exec, opened.output);
    return;
  }
  if (program.files) applyFileWrites(ctx.host, container, program.files);
  execOutput(ctx, exec, program.output);
  if (program.kind === 'serves') return;
  if (program.afterMs === 0) finishExec(ctx, exec, program.exitCode);
  else {
    exec.pending = { output: [], exitCode: program.exitCode };
    scheduleExecWake(ctx, exec, program.afterMs);
  }
}
