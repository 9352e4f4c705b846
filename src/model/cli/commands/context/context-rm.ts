// `docker context rm` (docker/cli cli/command/context/remove.go): each name removed and echoed;
// the default cannot go, the current one only with -f (config.json then falls back to DOCKER_HOST),
// and -f also skips the existence check. Errors are joined at the end.
import { CliError, type CommandContext } from '../../docker/context';
import { contextExists, DEFAULT_CONTEXT_NAME, removeContext, saveCurrentContext } from '../../client/context-store';
import { currentContext, storeDir } from './context-env';

/** Runs `docker context rm NAME…`. */
export function contextRm(ctx: CommandContext): number {
  const dir = storeDir(ctx);
  const current = currentContext(ctx);
  const force = ctx.flags.bool('force');
  const errors: string[] = [];
  for (const name of ctx.args) {
    if (name === DEFAULT_CONTEXT_NAME) {
      errors.push('context "default" cannot be removed');
      continue;
    }
    if (name === current) {
      if (!force) {
        errors.push(`context "${name}" is in use, set -f flag to force remove`);
        continue;
      }
      saveCurrentContext(ctx.local, dir, '');
    }
    if (!force && !contextExists(ctx.local, dir, name)) {
      errors.push(`context "${name}" does not exist`);
      continue;
    }
    removeContext(ctx.local, dir, name);
    ctx.out.out(`${name}\n`);
  }
  if (errors.length > 0) throw new CliError(errors.join('\n'));
  return 0;
}
