/** The JSON of an exec instance in the Engine API (moby api/types/backend ExecInspect). */

import type { ExecRecord } from '../../engine/execs/exec-state';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Go's encoding/json of a []byte: standard base64 with padding. */
function base64(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += b === undefined ? '=' : BASE64[(n >> 6) & 63];
    out += c === undefined ? '=' : BASE64[n & 63];
  }
  return out;
}

/** `GET /exec/{id}/json`, keys in moby's order (ExecInspect; ExecProcessConfig's json tags). */
export function execInspect(exec: ExecRecord): Record<string, unknown> {
  const processConfig: Record<string, unknown> = {
    tty: exec.tty,
    entrypoint: exec.entrypoint,
    arguments: exec.args,
    privileged: exec.privileged,
  };
  // `user` is omitempty.
  if (exec.user) processConfig.user = exec.user;
  return {
    ID: exec.id,
    Running: exec.running,
    ExitCode: exec.exitCode,
    ProcessConfig: processConfig,
    OpenStdin: exec.openStdin,
    OpenStderr: exec.openStderr,
    OpenStdout: exec.openStdout,
    CanRemove: exec.canRemove,
    ContainerID: exec.containerId,
    DetachKeys: base64(exec.detachKeys),
    Pid: exec.pid,
  };
}
