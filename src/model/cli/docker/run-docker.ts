// `docker ARGS…`: the global flags (parsed up to the command, as docker's HandleGlobalFlags does),
// then cobra's Traverse down the management commands, then the command's own flags, --help,
// the argument check, and the command. Every failure prints what the real client prints.
import { ApiClient, DaemonUnreachable, Interrupted } from '../client/api-client';
import type { Transport } from '../client/transport';
import { FlagValues, parseFlags, type FlagDef } from '../flags/pflag';
import { hasHelp, helpText } from '../help/help-text';
import { commandAt, type GroupSpec } from './command-tree';
import { commandFlags, deprecationNotices, unsupportedFlagError } from './command-flags';
import { AwaitingAnswer, promptJob } from '../commands/common/prune';
import { CliError, type CommandResult, type Handler, type Terminal } from './context';
import type { Output } from './output';
import { BARE_MACHINE, type LocalMachine } from '../client/local-files';
import { argsError, flagError, unknownRootCommand, unknownSubcommand } from './usage-errors';
import { NO_CLIENT_OPTIONS, resolveEndpoint, type ClientOptions } from '../client/docker-endpoint';

/** The client's version line (`docker --version`). */
export const CLIENT_VERSION_LINE = 'Docker version 28.2.2, build e6534b4';

/** What running docker needs from its surroundings. */
export interface DockerEnvironment {
  /** The client's way to the daemon (and its clock). */
  transport: Transport;
  out: Output;
  term: Terminal;
  handlers: Readonly<Record<string, Handler>>;
  /** The simulator's note for a real command it does not model. */
  notSimulated: (command: string) => string;
  /** Standard input when it comes from a pipe. */
  stdin?: string;
  /** The line typed at the command's prompt, when it runs again with it. */
  answer?: string;
  /** The client's machine: files, environment, working directory (a bare one when absent). */
  local?: LocalMachine;
  /**
   * Dials the daemon at an endpoint (`-H`, DOCKER_HOST, a context's host): the transport to it.
   * Absent: every endpoint is `transport` (a client with one daemon).
   */
  connect?: (endpoint: string) => Transport;
  /** The global options that choose the daemon (set by dispatch from `-H`, `--context`, `--config`). */
  options?: ClientOptions;
}

const HELP_FLAG: FlagDef = { long: 'help', short: 'h', type: 'bool', shorthandDeprecated: 'use --help' };

/** The width docker wraps help to: the terminal's, when standard input is one (cli/cobra.go). */
function helpWidth(term: Terminal): number {
  return term.stdinTty ? term.cols : 80;
}

/** cobra's Traverse at one management level: the flags before the first subcommand word, and that word. */
function findSubcommand(group: GroupSpec, args: readonly string[]): { flags: string[]; index: number } {
  const flags: string[] = [];
  let inFlag = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--') && !arg.includes('=')) {
      inFlag = arg !== '--help';
      flags.push(arg);
    } else if (arg.startsWith('-') && !arg.includes('=') && arg.length === 2 && arg !== '-h') {
      inFlag = true;
      flags.push(arg);
    } else if (inFlag) {
      inFlag = false;
      flags.push(arg);
    } else if ((arg.length >= 3 && arg.startsWith('--')) || (arg.length >= 2 && arg[0] === '-' && arg[1] !== '-')) {
      flags.push(arg);
    } else if (Object.prototype.hasOwnProperty.call(group.children, arg) || group.unmodelled.includes(arg)) {
      return { flags, index: i };
    } else {
      return { flags, index: -1 };
    }
  }
  return { flags, index: -1 };
}

/** Runs one docker invocation; never throws. */
export function runDocker(argv: readonly string[], env: DockerEnvironment): CommandResult {
  const { out } = env;
  try {
    return dispatch(argv, env);
  } catch (error) {
    // Ctrl+C: the client dies of SIGINT without another word (bash reports 130).
    if (error instanceof Interrupted) return { exitCode: 130, interrupted: true };
    // A prompt in a terminal: the command goes on with the line typed at it.
    if (error instanceof AwaitingAnswer)
      return {
        exitCode: 0,
        foreground: promptJob((answer, later) => runDocker(argv, { ...env, out: later, answer }).exitCode),
      };
    if (error instanceof DaemonUnreachable) {
      out.err(`${error.message}\n`);
      return { exitCode: 1 };
    }
    if (error instanceof CliError) {
      if (error.message !== '') out.err(`${error.message}\n`);
      return { exitCode: error.code };
    }
    // A simulator bug must not kill the terminal: say so plainly, like a crashed binary would.
    out.err(`pelabuhan: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return { exitCode: 2 };
  }
}

function dispatch(argv: readonly string[], given: DockerEnvironment): CommandResult {
  let env = given;
  const { out, term } = env;
  const root = commandAt('') as GroupSpec;
  const globals = parseFlags(
    argv,
    [...commandFlags(''), HELP_FLAG].filter((f, i, all) => all.findIndex((g) => g.long === f.long) === i),
    false,
  );
  if (!globals.ok) throw flagError('', true, globals.error);
  for (const notice of globals.notices) out.out(`${notice}\n`);
  const options: ClientOptions = {
    hosts: globals.flags.list('host'),
    context: globals.flags.string('context'),
    config: globals.flags.string('config'),
  };
  // DockerCli.Initialize, before any command is looked up.
  if (options.context !== '' && options.hosts.length > 0)
    throw new CliError('conflicting options: cannot specify both --host and --context');
  env = { ...env, options };
  const rest = globals.args;
  const known = rest.length > 0 && (Object.prototype.hasOwnProperty.call(root.children, rest[0]) || rest[0] === 'help');
  if (globals.flags.bool('version') && !known) {
    out.out(`${CLIENT_VERSION_LINE}\n`);
    return { exitCode: 0 };
  }
  if (globals.flags.bool('help')) {
    const target = rest.length > 0 ? resolvePath(rest) : '';
    out.out(helpText(target ?? '', helpWidth(term)));
    return { exitCode: 0 };
  }
  if (rest.length === 0) {
    out.err(helpText('', helpWidth(term)));
    return { exitCode: 0 };
  }
  if (rest[0] === 'help') return helpCommand(rest.slice(1), env);
  return runPath(root, rest, env);
}

/** The path `docker help …` and `docker --help …` show, or undefined for an unknown topic. */
function resolvePath(words: readonly string[]): string | undefined {
  let group = commandAt('') as GroupSpec;
  let path = '';
  for (const word of words) {
    const next = group.children[word];
    if (!Object.prototype.hasOwnProperty.call(group.children, word) || next === undefined) return undefined;
    path = next;
    const spec = commandAt(path);
    if (!spec || spec.kind === 'leaf') return words.indexOf(word) === words.length - 1 ? path : undefined;
    group = spec;
  }
  return path;
}

function helpCommand(words: readonly string[], env: DockerEnvironment): CommandResult {
  let group = commandAt('') as GroupSpec;
  let path = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (group.unmodelled.includes(word))
      throw new CliError(env.notSimulated(`${path ? `docker ${path}` : 'docker'} ${word}`));
    if (!Object.prototype.hasOwnProperty.call(group.children, word))
      throw new CliError(`unknown help topic: ${words.slice(i).join(' ')}`);
    path = group.children[word];
    const spec = commandAt(path);
    if (spec?.kind === 'leaf') {
      if (i < words.length - 1) throw new CliError(`unknown help topic: ${words.slice(i + 1).join(' ')}`);
      break;
    }
    group = spec as GroupSpec;
  }
  env.out.out(helpText(path, helpWidth(env.term)));
  return { exitCode: 0 };
}

function runPath(root: GroupSpec, rest: readonly string[], env: DockerEnvironment): CommandResult {
  const word = rest[0];
  if (root.unmodelled.includes(word)) throw new CliError(env.notSimulated(`docker ${word}`));
  if (!Object.prototype.hasOwnProperty.call(root.children, word)) throw unknownRootCommand(word);
  let path = root.children[word];
  let args = rest.slice(1);
  let spec = commandAt(path)!;
  while (spec.kind === 'group') {
    const { flags, index } = findSubcommand(spec, args);
    if (index < 0) return runGroup(spec, args, env);
    const parsed = parseFlags(flags, [HELP_FLAG], true);
    if (!parsed.ok) throw flagError(spec.path, true, parsed.error);
    const sub = args[index];
    if (spec.unmodelled.includes(sub)) throw new CliError(env.notSimulated(`docker ${spec.path} ${sub}`));
    path = spec.children[sub];
    args = args.slice(index + 1);
    spec = commandAt(path)!;
  }
  return runLeaf(path, spec.args, spec.interspersed, args, env);
}

/** A management command run by itself: its help (on stderr), or an unknown subcommand. */
function runGroup(spec: GroupSpec, args: readonly string[], env: DockerEnvironment): CommandResult {
  const parsed = parseFlags(args, [HELP_FLAG], true);
  if (!parsed.ok) throw flagError(spec.path, true, parsed.error);
  for (const notice of parsed.notices) env.out.out(`${notice}\n`);
  if (parsed.flags.bool('help')) {
    env.out.out(helpText(spec.path, helpWidth(env.term)));
    return { exitCode: 0 };
  }
  if (parsed.args.length > 0) throw unknownSubcommand(spec.path, parsed.args[0]);
  env.out.err(helpText(spec.path, helpWidth(env.term)));
  return { exitCode: 0 };
}

function runLeaf(
  path: string,
  rule: Parameters<typeof argsError>[1],
  interspersed: boolean,
  args: readonly string[],
  env: DockerEnvironment,
): CommandResult {
  const { out, term } = env;
  // A CLI plugin (`docker compose`) parses its own command line: docker hands it every word.
  if (path === 'compose') return runHandler(path, [...args], new FlagValues(new Map()), env);
  const parsed = parseFlags(args, commandFlags(path), interspersed);
  if (!parsed.ok) throw flagError(path, false, parsed.error);
  for (const notice of parsed.notices) out.out(`${notice}\n`);
  const changed = (long: string) => parsed.flags.changed(long);
  for (const notice of deprecationNotices(path, changed)) out.out(`${notice}\n`);
  if (parsed.flags.bool('help') && hasHelp(path)) {
    out.out(helpText(path, helpWidth(term)));
    return { exitCode: 0 };
  }
  const bad = argsError(path, rule, parsed.args);
  if (bad) throw bad;
  const unsupported = unsupportedFlagError(path, changed);
  if (unsupported) {
    new ApiClient(clientTransport(env, env.local ?? BARE_MACHINE).transport).ping();
    throw new CliError(unsupported);
  }
  return runHandler(path, parsed.args, parsed.flags, env);
}

/** Calls the command's handler with its arguments and flags. */
function runHandler(path: string, args: string[], flags: FlagValues, env: DockerEnvironment): CommandResult {
  const { out, term } = env;
  const local = env.local ?? BARE_MACHINE;
  const chosen = clientTransport(env, local);
  const client = new ApiClient(chosen.transport);
  const handler = env.handlers[path];
  if (!handler) throw new CliError(env.notSimulated(`docker ${path}`));
  const result = handler({
    path,
    args,
    flags,
    client,
    out,
    term,
    stdin: env.stdin,
    answer: env.answer,
    local,
    currentContext: chosen.context,
    options: env.options ?? NO_CLIENT_OPTIONS,
    nowMs: () => env.transport.now(),
  });
  return typeof result === 'number' ? { exitCode: result } : result;
}

/**
 * The transport to the daemon this invocation chose (docker's lazy DockerCli.Client()): a choice
 * that cannot be resolved fails at the first request with "Failed to initialize: …", exit 1.
 */
function clientTransport(env: DockerEnvironment, local: LocalMachine): { transport: Transport; context: string } {
  const choice = resolveEndpoint(local, env.options ?? NO_CLIENT_OPTIONS);
  if (choice.error !== undefined) {
    const message = `Failed to initialize: ${choice.error}`;
    const failing: Transport = {
      ...env.transport,
      request: () => {
        throw new CliError(message);
      },
    };
    return { transport: failing, context: choice.context };
  }
  if (!env.connect || choice.endpoint === undefined) return { transport: env.transport, context: choice.context };
  return { transport: env.connect(choice.endpoint), context: choice.context };
}
