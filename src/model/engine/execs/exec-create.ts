/**
 * `POST /containers/{id}/exec`: sets up an exec instance in a running container, as moby's
 * ContainerExecCreate (daemon/exec.go) does; nothing runs until it is started.
 */

import type { ExecRecord } from './exec-state';
import { announce, type EngineContext } from '../context';
import { getContainer } from '../containers/lookup';
import { EngineError } from '../errors';
import { nextHex } from '../../kernel/random';
import { activeContainerRefusal, execStore } from './exec-store';

/** The exec options of the request (moby api/types/container ExecOptions). */
export interface ExecOptions {
  Cmd: string[];
  User?: string;
  Privileged?: boolean;
  Tty?: boolean;
  ConsoleSize?: [number, number] | null;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  DetachKeys?: string;
  Env?: string[] | null;
  WorkingDir?: string;
}

// moby/term ASCII: the names of the control characters, by code.
const CONTROL_KEYS = ['ctrl-@', ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `ctrl-${c}`), 'ctrl-['];
CONTROL_KEYS.push('ctrl-\\', 'ctrl-]', 'ctrl-^', 'ctrl-_');

/** moby/term ToBytes: `ctrl-p,ctrl-q` → [16, 17]; undefined for a key it does not know. */
export function detachKeyBytes(keys: string): number[] | undefined {
  const codes: number[] = [];
  for (const key of keys.split(',')) {
    if (key.length === 1) codes.push(key.charCodeAt(0));
    else {
      const code = CONTROL_KEYS.indexOf(key.toLowerCase());
      if (code < 0) return undefined;
      codes.push(code);
    }
  }
  return codes;
}

/** container.ReplaceOrAppendEnvValues: an override replaces the default of its key or is appended; `KEY` unsets. */
export function replaceOrAppendEnv(defaults: string[], overrides: string[]): string[] {
  const env = [...defaults];
  const keyOf = (e: string) => (e.includes('=') ? e.slice(0, e.indexOf('=')) : e);
  for (const value of overrides) {
    const index = env.findIndex((e) => e !== '' && keyOf(e) === keyOf(value));
    if (!value.includes('=')) {
      if (index >= 0) env[index] = '';
    } else if (index >= 0) env[index] = value;
    else env.push(value);
  }
  return env.filter((e) => e !== '');
}

/** oci.DefaultPathEnv for Linux. */
const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Creates an exec instance in the running container `nameOrId`; returns its ID. */
export function createExec(ctx: EngineContext, nameOrId: string, options: ExecOptions): string {
  const container = getContainer(ctx.host, nameOrId);
  const refusal = activeContainerRefusal(container, nameOrId);
  if (refusal) throw refusal;
  let detachKeys: number[] = [];
  if (options.DetachKeys) {
    const bytes = detachKeyBytes(options.DetachKeys);
    // A plain error in moby: the API answers 500.
    if (!bytes) throw new EngineError('system', `Invalid escape keys (${options.DetachKeys}) provided`);
    detachKeys = bytes;
  }
  const tty = options.Tty ?? false;
  // container.CreateDaemonEnvironment: PATH, HOSTNAME, TERM with a TTY, then the container's Env over them.
  const daemonEnv = [DEFAULT_PATH, `HOSTNAME=${container.config.Hostname}`, ...(tty ? ['TERM=xterm'] : [])];
  const [entrypoint, ...args] = options.Cmd;
  const exec: ExecRecord = {
    id: nextHex(ctx.world.state.random),
    containerId: container.id,
    entrypoint,
    args,
    tty,
    privileged: options.Privileged ?? false,
    // The container's own user (`run -u`) is not modelled: its processes run as root.
    user: options.User ?? '',
    workingDir: options.WorkingDir || container.config.WorkingDir || '',
    env: replaceOrAppendEnv(replaceOrAppendEnv(daemonEnv, container.config.Env), options.Env ?? []),
    openStdin: options.AttachStdin ?? false,
    openStdout: options.AttachStdout ?? false,
    openStderr: options.AttachStderr ?? false,
    detachKeys,
    consoleSize: options.ConsoleSize ?? null,
    running: false,
    exitCode: null,
    pid: 0,
    canRemove: false,
  };
  const store = execStore(ctx.host);
  // moby's execCommandGC lets go of the execs of removed containers; here they go when the next one is made.
  for (const id in store) if (!ctx.host.containers[store[id].containerId]) delete store[id];
  store[exec.id] = exec;
  announce(ctx, { type: 'exec.created', host: ctx.host.name, containerId: container.id, execId: exec.id });
  return exec.id;
}
