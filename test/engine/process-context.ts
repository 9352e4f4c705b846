/** A process context for unit tests of the container's programs, and a readable run of one. */

import { resolveProgram } from '../../src/model/engine/processes/resolve-program';
import type { ProcessContext, Program } from '../../src/model/engine/processes/program';

/** A context in a container of `family` with no mounts; override what a test needs. */
export function processContext(family: ProcessContext['family'], over: Partial<ProcessContext> = {}): ProcessContext {
  return {
    argv: [],
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    tty: false,
    openStdin: false,
    hostname: '3f4e5a6b7c8d',
    nowMs: Date.UTC(2026, 11, 4, 18, 0, 0),
    kernelVersion: '6.8.0-60-generic',
    family,
    ipAddress: '172.17.0.2',
    imagePrograms: [],
    files: { mounts: [], stores: {} },
    ...over,
  };
}

/** What a program did: its lines (stderr marked `E| `), its exit code, and the program. */
export function runArgv(ctx: ProcessContext): {
  lines: string[];
  code: number | 'serves' | 'missing';
  program: Program;
} {
  const program = resolveProgram(ctx);
  if (program.kind === 'missing') return { lines: [program.message], code: 'missing', program };
  const lines = program.output.map((l) => `${l.stream === 'stderr' ? 'E| ' : ''}${l.text}`);
  return { lines, code: program.kind === 'exits' ? program.exitCode : 'serves', program };
}

/** `SHELL -c SCRIPT` in a container of `family`. */
export function shellC(
  family: ProcessContext['family'],
  shell: string,
  script: string,
  over: Partial<ProcessContext> = {},
) {
  return runArgv(processContext(family, { ...over, argv: [shell, '-c', script] }));
}
