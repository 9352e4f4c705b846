// `docker context create NAME` (docker/cli cli/command/context/create.go, options.go): a new
// context from `--docker host=…` (checked as docker checks it), or a copy of `--from` or, with
// neither, of the current context; `--description` names it. TLS files are checked for existence
// only: the simulated daemons speak plain TCP or ssh, so no TLS material is stored.
import { CliError, type CommandContext } from '../../docker/context';
import { parseStringToString } from '../../flags/flag-values';
import { parseGoBool } from '../../flags/go-strconv';
import {
  contextNotFound,
  DEFAULT_CONTEXT_NAME,
  readContext,
  writeContext,
  type ContextMeta,
} from '../../client/context-store';
import { contextNameError, currentContext, defaultContext, storeDir } from './context-env';

const ALLOWED_KEYS = ['from', 'host', 'ca', 'cert', 'key', 'skip-tls-verify'];

/** A context's metadata by name, the in-memory default included (ContextStoreWithDefault). */
function contextNamed(ctx: CommandContext, name: string): ContextMeta | undefined {
  return name === DEFAULT_CONTEXT_NAME ? defaultContext(ctx) : readContext(ctx.local, storeDir(ctx), name);
}

/** The `--docker` values as one map (later keys override earlier ones), or undefined when not given. */
function dockerConfig(ctx: CommandContext): Map<string, string> | undefined {
  if (!ctx.flags.changed('docker')) return undefined;
  const config = new Map<string, string>();
  for (const value of ctx.flags.list('docker')) {
    const parsed = parseStringToString(value);
    if (parsed.ok) for (const [k, v] of parsed.pairs) config.set(k, v);
  }
  return config;
}

/** getDockerEndpoint: the endpoint the `--docker` keys describe, or docker's error. */
function dockerEndpoint(ctx: CommandContext, config: Map<string, string>): ContextMeta['Endpoints']['docker'] {
  const unknown = [...config.keys()].filter((k) => !ALLOWED_KEYS.includes(k));
  if (unknown.length > 0) throw new CliError(unknown.map((k) => `unrecognized config key: ${k}`).join('\n'));
  const from = config.get('from');
  if (from !== undefined) {
    const meta = contextNamed(ctx, from);
    if (!meta) throw new CliError(contextNotFound(storeDir(ctx), from));
    const ep = meta.Endpoints.docker;
    if (!ep) throw new CliError(`unable to get endpoint from context "${from}"`);
    return { ...ep };
  }
  for (const key of ['ca', 'cert', 'key']) {
    const path = config.get(key);
    if (path && ctx.local.files?.read(path.startsWith('/') ? path : `${ctx.local.cwd}/${path}`) === undefined)
      throw new CliError(`open ${path}: no such file or directory`);
  }
  let skip = false;
  const skipText = config.get('skip-tls-verify');
  if (skipText !== undefined) {
    const parsed = parseGoBool(skipText);
    if (!parsed.ok) throw new CliError(`skip-tls-verify: parsing "${skipText}": invalid syntax`);
    skip = parsed.value;
  }
  const host = config.get('host') ?? '';
  // client.ParseHostURL: a host needs a scheme.
  if (host !== '' && !host.includes('://'))
    throw new CliError(`unable to apply docker endpoint options: unable to parse docker host \`${host}\``);
  return { ...(host !== '' ? { Host: host } : {}), SkipTLSVerify: skip };
}

/** Runs `docker context create NAME`. */
export function contextCreate(ctx: CommandContext): number {
  const name = ctx.args[0];
  const dir = storeDir(ctx);
  const invalid = contextNameError(name);
  if (invalid !== undefined) throw new CliError(invalid);
  if (readContext(ctx.local, dir, name)) throw new CliError(`context "${name}" already exists`);
  const description = ctx.flags.string('description');
  const from = ctx.flags.string('from');
  const docker = dockerConfig(ctx);
  let meta: ContextMeta;
  if (from !== '' || docker === undefined) {
    // store.Export then Import: a copy of the other context, its description replaced if one is given.
    if (docker !== undefined && docker.size > 0) throw new CliError('cannot use --docker flag when --from is set');
    const source = from !== '' ? from : currentContext(ctx);
    const copied = contextNamed(ctx, source);
    if (!copied) throw new CliError(contextNotFound(dir, source));
    meta = {
      Name: name,
      Metadata: { ...copied.Metadata, ...(description !== '' ? { Description: description } : {}) },
      Endpoints: copied.Endpoints,
    };
  } else {
    let endpoint: ContextMeta['Endpoints']['docker'];
    try {
      endpoint = dockerEndpoint(ctx, docker);
    } catch (error) {
      if (error instanceof CliError) throw new CliError(`unable to create docker endpoint config: ${error.message}`);
      throw error;
    }
    meta = {
      Name: name,
      Metadata: description !== '' ? { Description: description } : {},
      Endpoints: { docker: endpoint },
    };
  }
  writeContext(ctx.local, dir, meta);
  ctx.out.out(`${name}\n`);
  ctx.out.err(`Successfully created context "${name}"\n`);
  return 0;
}
