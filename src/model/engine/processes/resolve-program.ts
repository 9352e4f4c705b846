/**
 * Decides what a container's command does: the image's entrypoint script hands over to its
 * command; shells, coreutils and servers behave as they do in the real images.
 */

import { exitsNow, stderr, stdout, type Program, type ProcessContext } from './program';
import { runShellScript } from './sh/run-script';
import { initialShellState } from './sh/state';
import { SERVERS } from './servers';
import { HELLO_FROM_DOCKER } from './texts';
import { absolutePath, ContainerFs } from './container-fs';
import { FILE_COMMANDS, imageText, runFileCommand } from './file-commands';
import { ping } from './ping';
import { imageHas, SIMULATED } from './image-programs';
import { notSimulated } from './clients-common';
import { TOOLS } from './tools';
import { processEnvironment } from './environment';
import type { ShellFlavour } from './sh/wording';

const SHELLS = new Set(['sh', 'ash', 'bash', 'dash']);
// Language images (node, python, ruby) run an interactive interpreter as their command: with no
// script it reads its program from stdin, so like a shell it exits 0 at EOF and waits under -it.
const INTERPRETERS = new Set(['node', 'python', 'python3', 'irb', 'ruby']);
// php's docker-php-entrypoint and the tini that mongo-express runs first exec what follows them too.
const ENTRYPOINT_SCRIPTS = new Set(['docker-entrypoint.sh', 'httpd-foreground', 'docker-php-entrypoint', 'tini']);
// The kernel gives PID 1 no default signal actions, so a process without handlers ignores SIGTERM.
const PID1_IGNORES_SIGTERM: string[] = [];

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function parseSleep(arg: string | undefined): number | null {
  if (arg === 'infinity') return Number.POSITIVE_INFINITY;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg ?? '');
  if (!m) return null;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]] ?? 1;
  return Math.round(Number(m[1]) * unit * 1000);
}

/** Runs one simple command; `null` means the executable does not exist. */
export function runCommand(argv: string[], ctx: ProcessContext, fs: ContainerFs, stdin?: string): Program | null {
  const [path, ...args] = argv;
  const name = basename(path);
  if (!imageHas(ctx, name)) return null;
  if (!SIMULATED.has(name)) return notSimulated(name);
  if (FILE_COMMANDS.includes(name)) return runFileCommand(name, args, ctx, fs, stdin);
  const tool = TOOLS[name];
  if (tool) return tool(args, ctx, fs, stdin);
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
      return exitsNow(0, stdout(...processEnvironment(ctx)));
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
      return exitsNow(0, stdout(ctx.workingDir || '/'));
    case 'ping':
      return ping(args, ctx);
    case 'hello':
      return exitsNow(0, stdout(...HELLO_FROM_DOCKER));
    default:
      return shell(args, ctx, fs, name === 'bash' ? 'bash' : ctx.family === 'alpine' ? 'ash' : 'dash');
  }
}

/** A shell as PID 1 or a command: `-c script [$0 [args…]]`, a script file, or stdin (EOF; a terminal under -it). */
function shell(args: string[], ctx: ProcessContext, fs: ContainerFs, flavour: ShellFlavour, isShell = true): Program {
  const name = ctx.argv[0] ?? 'sh';
  let k = 0;
  let command: string | undefined;
  for (; k < args.length && /^-[a-z]+$/.test(args[k]); k++) if (args[k].includes('c')) command = '';
  if (command !== undefined) {
    const script = args[k] ?? '';
    const rest = args.slice(k + 1);
    return runScript(script, ctx, fs, flavour, { name: rest[0] ?? name, positional: rest.slice(1) });
  }
  if (k < args.length) {
    const file = args[k];
    const abs = absolutePath(ctx.workingDir || '/', file);
    const content = fs.kind(abs) === 'file' ? fs.read(abs, imageText(ctx)) : undefined;
    if (content !== undefined)
      return runScript(content, ctx, fs, flavour, { name: file, positional: args.slice(k + 1), file: true });
    return exitsNow(flavour === 'dash' ? 2 : 127, stderr(cannotOpenScript(flavour, name, file)));
  }
  // With -i a shell reads its commands from stdin (engine/containers/stdin.ts), a prompt before each with -t;
  // an interpreter that is no shell (`node`, `python`) waits under -it but reads nothing the simulator runs.
  if (isShell && ctx.openStdin)
    return { kind: 'serves', output: [], rwBytes: 0, stopSignals: PID1_IGNORES_SIGTERM, readsStdin: flavour };
  if (ctx.tty && ctx.openStdin) return { kind: 'serves', output: [], rwBytes: 0, stopSignals: PID1_IGNORES_SIGTERM };
  return exitsNow(0);
}

// ash (shell/ash.c setinputfile), dash (input.c setinputfile) and bash (shell.c open_shell_script).
function cannotOpenScript(flavour: ShellFlavour, name: string, file: string): string {
  if (flavour === 'ash') return `${name}: can't open '${file}': No such file or directory`;
  if (flavour === 'dash') return `${name}: 0: cannot open ${file}: No such file`;
  return `${name}: ${file}: No such file or directory`;
}

/** Runs a shell script (`sh -c`, a script file) over the process's files, as a program. */
export function runScript(
  script: string,
  ctx: ProcessContext,
  fs: ContainerFs,
  flavour: ShellFlavour,
  options: { name?: string; positional?: string[]; file?: boolean } = {},
): Program {
  const state = initialShellState(ctx, flavour, {
    name: options.name ?? ctx.argv[0] ?? 'sh',
    interactive: false,
    commandString: !options.file,
    positional: options.positional,
  });
  const outcome = runShellScript(script, state, ctx, fs, runCommand);
  if (outcome.serving) return { ...outcome.serving, output: [...outcome.output, ...outcome.serving.output] };
  return {
    kind: 'exits',
    exitCode: outcome.status,
    afterMs: outcome.afterMs,
    output: outcome.output,
    stopSignals: PID1_IGNORES_SIGTERM,
  };
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
  // nginx -v and nginx -t are the tool; nginx with no such flag starts the server either way.
  if (server && !TOOLS[name]) return server(ctx, fs);
  if (SHELLS.has(name) && imageHas(ctx, name))
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
