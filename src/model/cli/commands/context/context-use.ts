// `docker context use` and `docker context show` (docker/cli cli/command/context/use.go, show.go):
// use checks the name and the context, saves config.json's currentContext ('' for default) only
// when it changes, prints the name, and tells stderr; show prints the current context's name.
import { CliError, type CommandContext } from '../../docker/context';
import {
  configCurrentContext,
  contextNotFound,
  DEFAULT_CONTEXT_NAME,
  readContext,
  saveCurrentContext,
} from '../../client/context-store';
import { contextNameError, currentContext, dockerHostOverrides, storeDir } from './context-env';

/** Runs `docker context use NAME`. */
export function contextUse(ctx: CommandContext): number {
  const name = ctx.args[0];
  const dir = storeDir(ctx);
  let value = '';
  if (name !== DEFAULT_CONTEXT_NAME) {
    const invalid = contextNameError(name);
    if (invalid !== undefined) throw new CliError(invalid);
    if (!readContext(ctx.local, dir, name)) throw new CliError(contextNotFound(dir, name));
    value = name;
  }
  if (configCurrentContext(ctx.local, dir) !== value) saveCurrentContext(ctx.local, dir, value);
  ctx.out.out(`${name}\n`);
  ctx.out.err(`Current context is now "${name}"\n`);
  if (name !== DEFAULT_CONTEXT_NAME && dockerHostOverrides(ctx))
    ctx.out.err(
      `Warning: DOCKER_HOST environment variable overrides the active context. To use "${name}", either set the ` +
        'global --context flag, or unset DOCKER_HOST environment variable.\n',
    );
  return 0;
}

/** Runs `docker context show`. */
export function contextShow(ctx: CommandContext): number {
  ctx.out.out(`${currentContext(ctx)}\n`);
  return 0;
}
