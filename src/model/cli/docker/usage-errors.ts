// The usage errors of docker/cli, word for word: FlagErrorFunc (cli/cobra.go, exit 125), the
// argument-count checks (cli/required.go, exit 1, with their "See"/"Run"/"SRun" endings) and the
// unknown-command texts.
import type { ArgsRule } from './command-tree';
import { useLine } from '../help/help-text';
import { CliError } from './context';

/** cobra's CommandPath: "docker" plus the path. */
export function commandPath(path: string): string {
  return path ? `docker ${path}` : 'docker';
}

/** cobra's UseLine as the errors print it: management commands have no "COMMAND" suffix there. */
export function errorUseLine(path: string, isGroup: boolean): string {
  if (path === '') return 'docker [OPTIONS] COMMAND [ARG...]';
  return isGroup ? commandPath(path) : useLine(path);
}

/** FlagErrorFunc: a pflag error with the usage line (exit 125). */
export function flagError(path: string, isGroup: boolean, error: string): CliError {
  return new CliError(
    `${error}\n\nUsage:  ${errorUseLine(path, isGroup)}\n\nRun '${commandPath(path)} --help' for more information`,
    125,
  );
}

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

/** The argument-count error for `args`, if the rule refuses them. */
export function argsError(path: string, rule: ArgsRule, args: readonly string[]): CliError | undefined {
  const cmd = commandPath(path);
  const use = useLine(path);
  switch (rule.kind) {
    case 'none':
      return args.length === 0
        ? undefined
        : new CliError(
            `docker: '${cmd}' accepts no arguments\n\nUsage:  ${use}\n\nRun '${cmd} --help' for more information`,
          );
    case 'min':
      return args.length >= rule.n
        ? undefined
        : new CliError(
            `docker: '${cmd}' requires at least ${rule.n} ${plural(rule.n)}\n\nUsage:  ${use}\n\n` +
              `See '${cmd} --help' for more information`,
          );
    case 'max':
      // "SRun" is docker/cli 28's own typo.
      return args.length <= rule.n
        ? undefined
        : new CliError(
            `docker: '${cmd}' requires at most ${rule.n} ${plural(rule.n)}\n\nUsage:  ${use}\n\n` +
              `SRun '${cmd} --help' for more information`,
          );
    case 'exact':
      return args.length === rule.n
        ? undefined
        : new CliError(
            `docker: '${cmd}' requires ${rule.n} ${plural(rule.n)}\n\nUsage:  ${use}\n\n` +
              `Run '${cmd} --help' for more information`,
          );
  }
}

/** `docker foo`: the root's own noArgs check. */
export function unknownRootCommand(word: string): CliError {
  return new CliError(`docker: unknown command: docker ${word}\n\nRun 'docker --help' for more information`);
}

/** `docker image foo`: cli.NoArgs on a command that has subcommands. */
export function unknownSubcommand(path: string, word: string): CliError {
  const cmd = commandPath(path);
  return new CliError(
    `docker: unknown command: ${cmd} ${word}\n\nUsage:  ${cmd}\n\nRun '${cmd} --help' for more information`,
  );
}
