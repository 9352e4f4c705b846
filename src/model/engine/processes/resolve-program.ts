/**
 * Decides what a container's command does: the image's entrypoint script hands over to its
 * command; shells, coreutils and servers behave as they do in the real images.
 */

import { exitsNow, stderr, stdout, type OutputLine, type Program, type ProcessContext } from './program';
import { parseShellScript } from './shell';
import { SERVERS } from './servers';
import { HELLO_FROM_DOCKER } from './texts';
import { ContainerFs } from './container-fs';
import { FILE_COMMANDS, imageText, runFileCommand } from './file-commands';
import { ping } from './ping';
import { openRedirects, type ShellFlavour } from './redirects';

const SHELLS = new Set(['sh', 'ash', 'bash', 'dash']);
// Language images (node, python, ruby) run an interactive interpreter as their command: with no
// script it reads its program from stdin, so like a shell it exits 0 at EOF and waits under -it.
const INTERPRETERS = new Set(['node', 'python', 'python3', 'irb', 'ruby']);
// php's docker-php-entrypoint and the tini that mongo-express runs first exec what follows them too.
const ENTRYPOINT_SCRIPTS = new Set(['docker-entrypoint.sh', 'httpd-foreground', 'docker-php-entrypoint', 'tini']);
const COREUTILS = [
  'echo',
  'sleep',
  'true',
  'false',
  'env',
  'printenv',
  'hostname',
  'date',
  'uname',
  'whoami',
  'id',
  'pwd',
  ...FILE_COMMANDS,
];
// The kernel gives PID 1 no default signal actions, so a process without handlers ignores SIGTERM.
const PID1_IGNORES_SIGTERM: string[] = [];

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Which executables an image family provides (besides what its own config runs). */
function providedBy(family: ProcessContext['family']): Set<string> {
  if (family === 'scratch') return new Set(['hello']);
  const tools = new Set([...COREUTILS, 'sh']);
  if (family !== 'alpine') tools.add('bash').add('dash');
  // BusyBox's ping is in alpine's base; the debian and ubuntu images ship no ping (iputils-ping is not installed).
  else tools.add('ash').add('ping');
  return tools;
}

function parseSleep(arg: string | undefined): number | null {
  if (arg === 'infinity') return Number.POSITIVE_INFINITY;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg ?? '');
  if (!m) return null;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]] ?? 1;
  return Math.round(Number(m[1]) * unit * 1000);
}

/** Runs one simple command; `null` means the executable does not exist. */
function runCommand(argv: string[], ctx: ProcessContext, fs: ContainerFs, stdin?: string): Program | null {
  const [path, ...args] = argv;
  const name = basename(path);
  if (!providedBy(ctx.family).has(name)) return null;
  if (FILE_COMMANDS.includes(name)) return runFileCommand(name, args, ctx, fs, stdin);
  switch (name) {
    case 'echo': {
      if (args[0] === '-n')
        return args.length > 1
          ? exitsNow(0, [{ stream: 'stdout', text: args.slice(1).join(' '), partial: true }])
          : exitsNow(0);
      return exitsNow(0, stdout(args.join(' ')));
    }
    case 'sleep': {
      const ms = parseSleep(args[0]);
      if (ms === null)
        return exitsNow(
          1,
          stderr(args[0] === undefined ? 'sleep: missing operand' : `sleep: invalid number '${args[0]}'`),
        );
      if (!Number.isFinite(ms)) return { kind: 'serves', output: [], rwBytes: 0, stopSignals: PID1_IGNORES_SIGTERM };
      return { kind: 'exits', exitCode: 0, afterMs: ms, output: [], stopSignals: PID1_IGNORES_SIGTERM };
    }
    case 'true':
      return exitsNow(0);
    case 'false':
      return exitsNow(1);
    case 'env':
    case 'printenv':
      return exitsNow(0, stdout(...environment(ctx)));
    case 'hostname':
      return exitsNow(0, stdout(ctx.hostname));
    case 'date':
      return exitsNow(0, stdout(formatDate(ctx.nowMs)));
    case 'uname':
      return exitsNow(
        0,
        stdout(
          args[0] === '-r'
            ? ctx.kernelVersion
            : args[0] === '-a'
              ? `Linux ${ctx.hostname} ${ctx.kernelVersion} #63-Ubuntu SMP x86_64 Linux`
              : 'Linux',
        ),
      );
    case 'whoami':
      return exitsNow(0, stdout('root'));
    case 'id':
      return exitsNow(0, stdout('uid=0(root) gid=0(root) groups=0(root)'));
    case 'pwd':
      return exitsNow(0, stdout('/'));
    case 'ping':
      return ping(args, ctx);
    case 'hello':
      return exitsNow(0, stdout(...HELLO_FROM_DOCKER));
    default:
      return shell(args, ctx, fs, name === 'bash' ? 'bash' : ctx.family === 'alpine' ? 'ash' : 'dash');
  }
}

/**
 * A shell as PID 1: without open stdin it reads EOF and exits 0; with -i it reads its commands from
 * stdin (engine/containers/stdin.ts), a prompt before each with -t. An interpreter that is no shell
 * (`node`, `python`) waits under -it but reads nothing the simulator runs.
 */
function shell(args: string[], ctx: ProcessContext, fs: ContainerFs, flavour: ShellFlavour, isShell = true): Program {
  if (args[0] === '-c') return runScript(args[1] ?? '', ctx, fs, flavour);
  if (args.length > 0) return exitsNow(127, stderr(`sh: can't open '${args[0]}': No such file or directory`));
  if (isShell && ctx.openStdin)
    return { kind: 'serves', output: [], rwBytes: 0, stopSignals: PID1_IGNORES_SIGTERM, readsStdin: flavour };
  if (ctx.tty && ctx.openStdin) return { kind: 'serves', output: [], rwBytes: 0, stopSignals: PID1_IGNORES_SIGTERM };
  return exitsNow(0);
}

/** Runs a shell script (`sh -c`, or one line an interactive shell read) over the process's files. */
export function runScript(script: string, ctx: ProcessContext, fs: ContainerFs, flavour: ShellFlavour): Program {
  const output: OutputLine[] = [];
  let code = 0;
  let afterMs = 0;
  for (const step of parseShellScript(script)) {
    if ((step.op === '&&' && code !== 0) || (step.op === '||' && code === 0)) continue;
    if (step.argv[0] === 'exit')
      return {
        kind: 'exits',
        exitCode: Number(step.argv[1] ?? code) & 255,
        afterMs,
        output,
        stopSignals: PID1_IGNORES_SIGTERM,
      };
    const opened = openRedirects(step.redirects, ctx, fs, flavour);
    if ('error' in opened) {
      // A failed redirection skips the command; dash reports it with status 2, ash and bash with 1.
      output.push(...stderr(opened.error));
      code = flavour === 'dash' ? 2 : 1;
      continue;
    }
    const route = (line: OutputLine): OutputLine[] => {
      const sink = opened.fds[line.stream === 'stdout' ? 1 : 2];
      if (sink === 'null') return [];
      if (typeof sink === 'object') {
        fs.write(sink.file, line.partial ? line.text : `${line.text}\n`, true, imageText(ctx));
        return [];
      }
      return [{ ...line, stream: sink }];
    };
    const program = step.argv.length ? runCommand(step.argv, ctx, fs, opened.stdin) : exitsNow(0);
    if (!program) {
      output.push(...stderr(`sh: ${step.argv[0]}: not found`).flatMap(route));
      code = 127;
      continue;
    }
    if (program.kind === 'serves') return { ...program, output: [...output, ...program.output.flatMap(route)] };
    if (program.kind === 'missing') return program;
    // What a command prints after an earlier `sleep` comes that much later (`docker logs -f` sees it arrive).
    output.push(...program.output.flatMap(route).map((l) => (afterMs > 0 ? { ...l, afterMs } : l)));
    code = program.exitCode;
    afterMs += program.afterMs;
  }
  return { kind: 'exits', exitCode: code, afterMs, output, stopSignals: PID1_IGNORES_SIGTERM };
}

function environment(ctx: ProcessContext): string[] {
  const env = [...ctx.env];
  if (!env.some((e) => e.startsWith('HOSTNAME='))) env.unshift(`HOSTNAME=${ctx.hostname}`);
  if (!env.some((e) => e.startsWith('HOME='))) env.push('HOME=/root');
  return env;
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `date` as coreutils prints it in UTC: `Sat Nov 28 12:00:00 UTC 2026`. */
function formatDate(ms: number): string {
  const d = new Date(ms);
  const time = d.toISOString().slice(11, 19);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  return `${DAY_NAMES[d.getUTCDay()]} ${MONTH_NAMES[d.getUTCMonth()]} ${day} ${time} UTC ${d.getUTCFullYear()}`;
}

/** Decides what `argv` does in a container of the given context, with the files it writes. */
export function resolveProgram(ctx: ProcessContext): Program {
  const fs = new ContainerFs(ctx.files, ctx.family !== 'scratch');
  const program = runProgram(ctx, fs);
  const files = fs.writes();
  return files && program.kind !== 'missing' ? { ...program, files } : program;
}

function runProgram(ctx: ProcessContext, fs: ContainerFs): Program {
  let argv = ctx.argv;
  // Entrypoint scripts of the official images set things up, then exec their arguments.
  while (argv.length > 1 && ENTRYPOINT_SCRIPTS.has(basename(argv[0])))
    argv = argv.slice(basename(argv[0]) === 'tini' && argv[1] === '--' ? 2 : 1);
  if (argv.length === 0) return { kind: 'missing', message: 'no command specified' };
  const name = basename(argv[0]);
  const server = SERVERS[name];
  if (server) return server(ctx, fs);
  if (SHELLS.has(name) && providedBy(ctx.family).has(name))
    return shell(argv.slice(1), ctx, fs, name === 'bash' ? 'bash' : ctx.family === 'alpine' ? 'ash' : 'dash');
  if (INTERPRETERS.has(name) && argv.length === 1 && ctx.imagePrograms.some((p) => basename(p) === name))
    return shell([], ctx, fs, 'dash', false);
  const program = runCommand(argv, ctx, fs);
  if (program) return program;
  return {
    kind: 'missing',
    message:
      `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create ` +
      `failed: unable to start container process: error during container init: exec: "${argv[0]}": executable ` +
      `file not found in $PATH: unknown`,
  };
}
