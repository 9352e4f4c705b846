/**
 * What the database clients (redis-cli, mongosh, mysql, psql) share: whether their server runs in
 * the container they were started in, the honest answer for what is not simulated, and splitting
 * a typed line into arguments.
 */

import { stderr, exitsNow, type Program, type ProcessContext } from './program';

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Whether `server` runs in the container: its main process, or (unknown) the image's own command. */
export function serverRuns(ctx: ProcessContext, server: string): boolean {
  const main = ctx.mainProcess ?? ctx.imagePrograms;
  return main.some((p) => basename(p) === server);
}

/** The line a program writes for something it has but the simulator does not model (status 127). */
export function notSimulated(what: string): Program {
  return exitsNow(127, stderr(`pelabuhan: ${what} is in this image but not simulated`));
}

/** Splits a typed line into arguments, honouring "double" and 'single' quotes (redis's sdssplitargs). */
export function splitArgs(line: string): string[] | null {
  const args: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i])) i++;
    if (i >= line.length) break;
    let arg = '';
    while (i < line.length && !/\s/.test(line[i])) {
      const q = line[i];
      if (q === '"' || q === "'") {
        const close = line.indexOf(q, i + 1);
        if (close === -1) return null;
        arg += line.slice(i + 1, close);
        i = close + 1;
      } else arg += line[i++];
    }
    args.push(arg);
  }
  return args;
}
