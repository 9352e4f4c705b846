/**
 * ps: BusyBox's in alpine (procps/ps.c, the default `-o pid,user,time,args` layout whatever the
 * arguments), procps-ng's in ubuntu and mongo (`ps`, `ps aux`, `ps -ef` layouts). The processes
 * are the container's main process, the shells that led here, and ps itself. Memory sizes and
 * PIDs after 1 are plausible values, not measured ones.
 */

import { exitsNow, stdout, type Program, type ProcessContext } from './program';
import { parts } from './server-log';

interface Row {
  pid: number;
  ppid: number;
  command: string;
}

function processes(ctx: ProcessContext): Row[] {
  const chain = [...(ctx.mainProcess ? [ctx.mainProcess.join(' ')] : []), ...(ctx.parents ?? []), ctx.argv.join(' ')];
  // An exec'd process is not a child of PID 1: its parent is the runtime (0), like PID 1's.
  return chain.map((command, k) => ({
    pid: k === 0 ? 1 : 7 * k,
    ppid: k === 0 || (k === 1 && ctx.mainProcess) ? 0 : 7 * (k - 1) || 1,
    command,
  }));
}

/** ps as the image ships it. */
export function ps(args: string[], ctx: ProcessContext): Program {
  const rows = processes(ctx);
  if (ctx.family === 'alpine')
    return exitsNow(
      0,
      stdout(
        'PID   USER     TIME  COMMAND',
        ...rows.map((r) => `${String(r.pid).padStart(5)} root      0:00 ${r.command}`),
      ),
    );
  const tty = ctx.tty ? 'pts/0' : '?';
  const t = parts(ctx.nowMs);
  const start = `${t.h}:${t.mi}`;
  const style = args.join(' ');
  // ps itself is running (R+); the others sleep as session leaders (Ss). Sizes: plausible, not measured.
  const sizes = (k: number) =>
    k === rows.length - 1 ? { vsz: 7888, rss: 4096, stat: 'R+' } : { vsz: 4588, rss: 3968, stat: 'Ss' };
  if (/^-?[a-z]*[au][a-z]*x|aux/.test(style))
    return exitsNow(
      0,
      stdout(
        'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
        ...rows.map(
          (r, k) =>
            `root    ${String(r.pid).padStart(7)}  0.0  0.0 ${String(sizes(k).vsz).padStart(6)} ` +
            `${String(sizes(k).rss).padStart(5)} ${tty.padEnd(8)} ${sizes(k).stat.padEnd(4)} ` +
            `${start}   0:00 ${r.command}`,
        ),
      ),
    );
  if (/-e|-A/.test(style) && /f/.test(style))
    return exitsNow(
      0,
      stdout(
        'UID          PID    PPID  C STIME TTY          TIME CMD',
        ...rows.map(
          (r) =>
            `root    ${String(r.pid).padStart(7)} ${String(r.ppid).padStart(7)}  0 ${start} ${tty.padEnd(8)} ` +
            `00:00:00 ${r.command}`,
        ),
      ),
    );
  return exitsNow(
    0,
    stdout(
      '    PID TTY          TIME CMD',
      ...rows.map(
        (r) => `${String(r.pid).padStart(7)} ${tty.padEnd(8)} 00:00:00 ${r.command.split(' ')[0].replace(/^.*\//, '')}`,
      ),
    ),
  );
}
