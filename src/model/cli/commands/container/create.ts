// `docker create` / `docker container create` (docker/cli cli/command/container/create.go).
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { buildCreateBody } from './container-config';
import { ConfigError } from './config-error';
import { createContainer, validatePullOption } from './create-container';

/** `docker: <err>` with the help hint, exit 125: how run and create report bad options. */
export function withHelp(command: string, message: string, code = 125): CliError {
  return new CliError(`docker: ${message}\n\nRun 'docker ${command} --help' for more information`, code);
}

/** Runs `docker create`. */
export function create(ctx: CommandContext): number {
  const pullProblem = validatePullOption(ctx.flags.string('pull', 'missing'));
  if (pullProblem) throw withHelp('create', pullProblem);
  let body;
  try {
    body = buildCreateBody(ctx.flags, ctx.args[0], ctx.args.slice(1));
  } catch (error) {
    if (error instanceof ConfigError) throw withHelp('create', error.message);
    throw error;
  }
  const id = createContainer(ctx, ctx.args[0], body);
  ctx.out.out(`${id}\n`);
  return 0;
}
