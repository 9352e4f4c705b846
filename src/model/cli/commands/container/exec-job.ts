// `docker exec` attached to its exec (docker/cli cli/command/container/exec.go interactiveExec):
// the hijacked start stream carries stdin to the process and its output back; once the stream
// ends the client inspects the exec, and its exit code becomes docker's (getExecExitStatus).
import type { StreamBody, StreamFrame } from '../../../api/types';
import { daemonError, isError, pathSegment, type ApiClient } from '../../client/api-client';
import { CliError } from '../../docker/context';
import type { ForegroundJob } from '../../docker/foreground-job';
import type { Output } from '../../docker/output';

/** Copies frames to the terminal: with a TTY everything is stdout (the stream is raw). */
export function copyExecFrames(frames: StreamFrame[], out: Output, tty: boolean): void {
  for (const frame of frames) if ('stream' in frame) out.write(tty ? 'stdout' : frame.stream, frame.text, frame.at);
}

/** getExecExitStatus: the exec's exit code once its stream ended (an inspect error is the client's error). */
export function execExitStatus(client: ApiClient, execId: string): number {
  const inspect = client.request('GET', `/exec/${pathSegment(execId)}/json`);
  if (isError(inspect)) throw new CliError(daemonError(inspect));
  return (inspect.json as { ExitCode?: number | null }).ExitCode ?? 0;
}

/** An exec still attached in the terminal's foreground: a shell reading what is typed, or a program still running. */
export class ExecJob implements ForegroundJob {
  readonly rawInput: boolean;

  constructor(
    private readonly client: ApiClient,
    private readonly execId: string,
    private readonly body: StreamBody,
    private readonly tty: boolean,
    readonly readsInput: boolean,
  ) {
    this.rawInput = tty && readsInput;
  }

  input(text: string, out: Output): number | undefined {
    if (this.readsInput) this.body.write?.(text);
    return this.follow(out);
  }

  follow(out: Output): number | undefined {
    // Never waits: what the stream has now, as a read of the socket that has data.
    const done = this.client.pollStream(this.body, (frames) => copyExecFrames(frames, out, this.tty));
    if (!done) return undefined;
    this.body.close();
    try {
      return execExitStatus(this.client, this.execId);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      out.err(`${error.message}\n`);
      return error.code;
    }
  }

  wakeAt(): number | undefined {
    return this.body.wakeAt();
  }

  interrupt(out: Output): number | undefined {
    // With a TTY in raw mode the terminal sends no SIGINT: Ctrl+C is the key "\x03", which the
    // exec's terminal turns into SIGINT for its shell, and the job goes on.
    if (this.rawInput) return this.input('\x03', out);
    // SIGINT to the client: docker exec forwards no signals, so it dies (130) and the process runs on.
    this.body.close();
    return 130;
  }

  close(): void {
    this.body.close();
  }
}
