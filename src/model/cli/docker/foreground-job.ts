// A command that keeps the terminal after its line returned: `docker run -it ubuntu bash` and
// `docker exec -it web sh` (a shell reading what is typed), `docker logs -f` and `docker stats`
// (output that follows virtual time), a prune's `[y/N]` prompt (one answer), a server attached in
// the foreground (output until Ctrl+C). The shell keeps the job; the page (and the headless runner)
// feed it typed text, let virtual time pass, or press Ctrl+C, and each of those gives a record of
// what followed. The job talks to the daemon only through the streams and the client it was given.
import type { Output } from './output';

/** A command still running in the terminal's foreground. */
export interface ForegroundJob {
  /** The container the job is attached to (the views show it running in the foreground), if any. */
  readonly containerId?: string;
  /**
   * It reads what is typed: an interactive shell, redis-cli, a `[y/N]` prompt. A job that does not
   * read (logs -f, stats, a server) ignores typed text, as a terminal in cooked mode would buffer it.
   */
  readonly readsInput: boolean;
  /**
   * Its stdin is a TTY in raw mode: the page sends keys as typed (Enter as "\r") and shows nothing
   * itself; the container's terminal echoes. Without it the page echoes the line and sends it with "\n".
   */
  readonly rawInput: boolean;
  /** Text typed on stdin (see `rawInput`); "\x04" is Ctrl+D. Returns the exit code once the job ended. */
  input(text: string, out: Output): number | undefined;
  /**
   * The virtual clock moved on (the shell let time pass up to now): copies what arrived meanwhile,
   * never waiting. Returns the exit code once the job ended (the container exited, the stream ended).
   */
  follow(out: Output): number | undefined;
  /** The virtual time at which it may print more by itself; undefined when only input or Ctrl+C moves it. */
  wakeAt(): number | undefined;
  /**
   * Ctrl+C: what the client does on SIGINT (forward it, or die of it). Returns the exit code, or
   * undefined when the job goes on (a TTY in raw mode sends Ctrl+C to the container as "\x03").
   */
  interrupt(out: Output): number | undefined;
  /** The terminal went away (the headless runner moved on to the next line): let go of every stream. */
  close(): void;
}
