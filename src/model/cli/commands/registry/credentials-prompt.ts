// The terminal prompts of `docker login` (PromptUserForCredentials): `Username: ` read as a cooked
// line the terminal echoes, then `Password: ` read with echo off (the job takes raw keys and shows
// nothing), a newline, and the login. prompt.ReadInput trims what was typed; Ctrl+C writes a newline
// and ends the command as cancelled (ErrTerminated: main prints nothing, exit 0); Ctrl+D is ignored,
// as the real prompt goes on waiting when its scanner hits EOF.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import type { ForegroundJob } from '../../docker/foreground-job';
import type { Output } from '../../docker/output';
import { INDEX_SERVER } from '../../client/docker-config';
import { tuiNote } from '../../format/tui-note';
import { loginWith } from './login-auth';

/** What the prompts start from: the username given (or ''), the stored one offered as default, the credentials key. */
export interface PromptStart {
  username: string;
  defaultUsername: string;
  key: string;
}

/** Prints the password prompt (with Docker Hub's PAT note on stderr). */
function askPassword(ctx: CommandContext, out: Output, key: string): void {
  if (key === INDEX_SERVER) {
    const link = '\x1b[4mhttps://app.docker.com/settings\x1b[0m';
    out.err(
      tuiNote(
        `A Personal Access Token (PAT) can be used instead.\nTo create a PAT, visit ${link}\n\n`,
        ctx.term.stderrTty,
      ),
    );
  }
  out.out('Password: ');
}

/** Runs the login once both are known; a refusal is printed as main prints a returned error. */
function finish(ctx: CommandContext, out: Output, username: string, password: string, key: string): number {
  try {
    return loginWith(ctx, out, { username, password, serveraddress: key });
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    out.err(`${error.message}\n`);
    return error.code;
  }
}

/** The prompts as a job in the terminal's foreground; the first prompt is printed now. */
export function credentialsPrompt(ctx: CommandContext, start: PromptStart): ForegroundJob {
  let username = start.username;
  let phase: 'username' | 'password' = username === '' ? 'username' : 'password';
  let typed = '';
  let ended: number | undefined;
  if (phase === 'username') {
    const d = start.defaultUsername.trim();
    ctx.out.out(d === '' ? 'Username: ' : `Username (${d}): `);
  } else askPassword(ctx, ctx.out, start.key);

  const interrupt = (out: Output): number => {
    ended ??= (out.out('\n'), 0);
    return ended;
  };

  return {
    readsInput: true,
    get rawInput() {
      return phase === 'password';
    },
    input(text, out) {
      if (ended !== undefined) return ended;
      if (phase === 'username') {
        typed += text.replace(/\x04/g, '');
        const eol = typed.indexOf('\n');
        if (eol < 0) return undefined;
        username = typed.slice(0, eol).trim() || start.defaultUsername.trim();
        typed = '';
        if (username === '') {
          out.err('Error: Non-null Username Required\n');
          return (ended = 1);
        }
        phase = 'password';
        askPassword(ctx, out, start.key);
        return undefined;
      }
      for (const key of text) {
        if (key === '\x03') return interrupt(out);
        if (key === '\r' || key === '\n') {
          out.out('\n');
          const password = typed.trim();
          if (password === '') {
            out.err('Error: Password Required\n');
            return (ended = 1);
          }
          return (ended = finish(ctx, out, username, password, start.key));
        }
        if (key === '\x7f' || key === '\b') typed = typed.slice(0, -1);
        else if (key >= ' ') typed += key;
      }
      return undefined;
    },
    follow: () => ended,
    wakeAt: () => undefined,
    interrupt,
    close() {
      ended ??= 0;
    },
  };
}
