/**
 * Which daemon the client talks to, chosen as docker/cli's DockerCli does (cli/command/cli.go):
 * the context is `--context`, else `default` when `-H` or DOCKER_HOST is set, else DOCKER_CONTEXT,
 * else config.json's `currentContext`, else `default`; the default context's endpoint is `-H`,
 * else DOCKER_HOST, else the local socket; another context's is its meta.json `Host`.
 */

import { parseDockerHost } from './docker-host';
import { configCurrentContext, configDir, contextNotFound, DEFAULT_CONTEXT_NAME, readContext } from './context-store';
import type { LocalMachine } from './local-files';

/** The global options that choose the daemon (cliflags.ClientOptions). */
export interface ClientOptions {
  /** `-H`/`--host`, as often as given. */
  hosts: readonly string[];
  /** `-c`/`--context` ('' when not given). */
  context: string;
  /** `--config` ('' when not given). */
  config: string;
}

/** No global flag given. */
export const NO_CLIENT_OPTIONS: ClientOptions = { hosts: [], context: '', config: '' };

/** The client's choice: its current context, and the endpoint or the error that stops it connecting. */
export interface EndpointChoice {
  context: string;
  endpoint?: string;
  /** "unable to resolve docker endpoint: …" (printed after "Failed to initialize: "). */
  error?: string;
}

/** docker's resolveContextName. */
export function resolveContextName(local: LocalMachine, options: ClientOptions): string {
  if (options.context !== '') return options.context;
  if (options.hosts.length > 0) return DEFAULT_CONTEXT_NAME;
  if ((local.env.DOCKER_HOST ?? '') !== '') return DEFAULT_CONTEXT_NAME;
  if ((local.env.DOCKER_CONTEXT ?? '') !== '') return local.env.DOCKER_CONTEXT;
  const current = configCurrentContext(local, configDir(local, options.config));
  return current !== '' ? current : DEFAULT_CONTEXT_NAME;
}

/** The default context's endpoint (resolveDefaultDockerEndpoint / getServerHost). */
export function defaultEndpoint(local: LocalMachine, hosts: readonly string[]): { host?: string; error?: string } {
  if (hosts.length > 1) return { error: 'Specify only one -H' };
  const parsed = parseDockerHost(hosts.length === 1 ? hosts[0] : (local.env.DOCKER_HOST ?? ''));
  return parsed.ok ? { host: parsed.host } : { error: parsed.error };
}

/** The current context and the endpoint the client would dial (docker's getDockerEndPoint). */
export function resolveEndpoint(local: LocalMachine, options: ClientOptions): EndpointChoice {
  const context = resolveContextName(local, options);
  const wrap = (error: string): EndpointChoice => ({ context, error: `unable to resolve docker endpoint: ${error}` });
  if (context === DEFAULT_CONTEXT_NAME) {
    const chosen = defaultEndpoint(local, options.hosts);
    return chosen.error !== undefined ? wrap(chosen.error) : { context, endpoint: chosen.host };
  }
  const dir = configDir(local, options.config);
  const meta = readContext(local, dir, context);
  if (!meta) return wrap(contextNotFound(dir, context));
  // A context without a docker endpoint dials the default socket (an empty EndpointMeta).
  return { context, endpoint: meta.Endpoints.docker?.Host || 'unix:///var/run/docker.sock' };
}
