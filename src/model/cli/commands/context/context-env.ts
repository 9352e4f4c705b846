// What the context commands share: the client's config dir, the current context, and the default
// context docker builds in memory from -H / DOCKER_HOST (cli/command/defaultcontextstore.go).
import type { CommandContext } from '../../docker/context';
import {
  configDir,
  DEFAULT_CONTEXT_DESCRIPTION,
  DEFAULT_CONTEXT_NAME,
  type ContextMeta,
} from '../../client/context-store';
import { defaultEndpoint, NO_CLIENT_OPTIONS } from '../../client/docker-endpoint';

/** The config dir the context store lives under (`--config`, DOCKER_CONFIG, ~/.docker). */
export function storeDir(ctx: CommandContext): string {
  return configDir(ctx.local, (ctx.options ?? NO_CLIENT_OPTIONS).config);
}

/** The context this invocation uses (DockerCli.CurrentContext). */
export function currentContext(ctx: CommandContext): string {
  return ctx.currentContext ?? DEFAULT_CONTEXT_NAME;
}

/** The default context: the endpoint -H or DOCKER_HOST gives (the local socket without either). */
export function defaultContext(ctx: CommandContext): ContextMeta {
  const endpoint = defaultEndpoint(ctx.local, (ctx.options ?? NO_CLIENT_OPTIONS).hosts);
  return {
    Name: DEFAULT_CONTEXT_NAME,
    Metadata: { Description: DEFAULT_CONTEXT_DESCRIPTION },
    Endpoints: { docker: { Host: endpoint.host ?? '', SkipTLSVerify: false } },
  };
}

/** docker's warning when DOCKER_HOST decides the daemon whatever context is chosen. */
export function dockerHostOverrides(ctx: CommandContext): boolean {
  return (ctx.local.env.DOCKER_HOST ?? '') !== '';
}

/** store.ValidateContextName. */
export function contextNameError(name: string): string | undefined {
  if (name === '') return 'context name cannot be empty';
  if (name === DEFAULT_CONTEXT_NAME) return '"default" is a reserved context name';
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/.test(name))
    return `context name "${name}" is invalid, names are validated against regexp "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"`;
  return undefined;
}
