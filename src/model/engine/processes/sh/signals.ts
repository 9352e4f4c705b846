/** What a running script hands back, and the two ways it stops early: `exit`, and a program that keeps running. */

import type { ContainerFs } from '../container-fs';
import type { OutputLine, ProcessContext, Program } from '../program';

/** Runs a command the image has: a Program, or null when the image has no such executable. */
export type ExternalRunner = (argv: string[], ctx: ProcessContext, fs: ContainerFs, stdin?: string) => Program | null;

/** What running a script did. */
export interface ScriptOutcome {
  status: number;
  output: OutputLine[];
  afterMs: number;
  /** `exit` ran (or a syntax error ended a non-interactive shell). */
  exited: boolean;
  /** The script ended in a program that keeps running (a server, `sleep infinity`, an endless loop). */
  serving?: Extract<Program, { kind: 'serves' }>;
}

/** `exit` (or `exec`) ended the shell with this code. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** The script reached a program that keeps running (a server, `sleep infinity`, an endless loop). */
export class ServeSignal {
  constructor(readonly program: Extract<Program, { kind: 'serves' }>) {}
}
