/**
 * Interactive clients reading the terminal's lines (`redis-cli`, `mongosh`), started by an exec
 * (`docker exec -it redis redis-cli`) or from a shell session. Each line's answer comes with the
 * next prompt; `exit`/`quit` leave with status 0.
 */

import type { ContainerFs } from './container-fs';
import type { OutputLine, Program, ProcessContext, ProgramSession } from './program';
import { redisCli, redisCliLine } from './redis-cli';
import { mongosh, mongoshLine } from './mongosh';
import { sqlClient, sqlLine } from './sql-client';

const CLIENTS: Record<string, (args: string[], ctx: ProcessContext, fs: ContainerFs) => Program> = {
  'redis-cli': redisCli,
  mongosh,
  mysql: sqlClient,
  mariadb: sqlClient,
};

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Starts the client `ctx.argv` names when it reads the terminal; null when argv is not such a client. */
export function openProgramSession(
  ctx: ProcessContext,
  fs: ContainerFs,
): { session: ProgramSession; output: OutputLine[] } | null {
  const name = basename(ctx.argv[0] ?? '');
  const program = CLIENTS[name]?.(ctx.argv.slice(1), ctx, fs) ?? null;
  if (!program || program.kind !== 'serves' || !program.session) return null;
  return { session: program.session, output: program.output };
}

/** Feeds one line to a client: its next state (none when it quit) and what it printed. */
export function feedProgramSession(
  session: ProgramSession,
  line: string,
  ctx: ProcessContext,
  fs: ContainerFs,
): { session?: ProgramSession; output: OutputLine[]; exitCode: number } {
  if (line === '\x04') return { output: [], exitCode: 0 };
  const text = line.replace(/\r?\n$/, '');
  if (session.program === 'redis-cli') {
    const step = redisCliLine(session, text, ctx, fs);
    return step.quit ? { output: step.output, exitCode: 0 } : { session, output: step.output, exitCode: 0 };
  }
  const step = session.program === 'mongosh' ? mongoshLine(session, text, ctx, fs) : sqlLine(session, text, fs);
  return step.quit ? { output: step.output, exitCode: 0 } : { session: step.session, output: step.output, exitCode: 0 };
}
