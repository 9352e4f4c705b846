// `docker build` / `docker image build` / `docker builder build` (docker/cli cmd/docker/builder.go
// forwards them to buildx; buildx v0.24.0 commands/build.go with the docker driver). The simulated
// client has the buildx component installed, so BuildKit builds by default (`POST /build?version=2`)
// and `DOCKER_BUILDKIT=0` takes the legacy builder (classic.ts). The real client 28.2.2 without
// buildx falls back to the legacy builder with buildxMissingWarning instead.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import { parseNormalizedNamed } from '../../../registry/reference';
import { packContext, readDockerignore, relativeTo, resolvePath, trimBuildFiles } from './build-context';
import { renderBuildStream, type ProgressMode } from './progress';
import { buildErrorText, warningsText } from './build-errors';
import { classicBuild } from './classic';
import { flagError } from '../../docker/usage-errors';

/** The terminal height progressui assumes when it cannot ask the console (display.go getSize). */
const DEFAULT_HEIGHT = 10;

/** What both builders need: the context packed and the request's query. */
export interface PreparedBuild {
  body: string;
  query: Record<string, string | string[] | boolean | undefined>;
}

/** strconv.ParseBool, as processBuilder reads DOCKER_BUILDKIT. */
function parseBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

/** opts.ConvertKVStringsToMapWithNil: `K=V` → V, a bare `K` → null (the daemon takes it from the environment). */
function kvMap(items: readonly string[], withNil: boolean): string | undefined {
  if (items.length === 0) return undefined;
  const map: Record<string, string | null> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq < 0) map[item] = withNil ? null : '';
    else map[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return JSON.stringify(map);
}

/**
 * Reads the context directory and the Dockerfile from the client's machine and packs them; an
 * error is thrown as `prefix` + the message (buildx prints `ERROR: `, the legacy builder nothing).
 */
export function prepareBuild(ctx: CommandContext, prefix: string): PreparedBuild {
  const { flags, local } = ctx;
  const files = local.files;
  const contextArg = ctx.args[0];
  const dir = resolvePath(local.cwd, contextArg);
  if (!files || !files.isDirectory(dir)) {
    throw new CliError(`${prefix}unable to prepare context: path ${JSON.stringify(contextArg)} not found`);
  }
  const fileFlag = flags.string('file');
  const dockerfilePath = fileFlag ? resolvePath(local.cwd, fileFlag) : `${dir}/Dockerfile`;
  const dockerfileName = dockerfilePath.slice(dockerfilePath.lastIndexOf('/') + 1);
  const dockerfile = files.read(dockerfilePath);
  if (dockerfile === undefined) {
    // BuildKit's frontend reads it through the session and fails with its base name (the real one
    // shows `#1 [internal] load build definition` first; here it fails before any request).
    throw new CliError(
      prefix === ''
        ? 'unable to prepare context: unable to evaluate symlinks in Dockerfile path: ' +
          `lstat ${dockerfilePath}: no such file or directory`
        : `${prefix}failed to solve: failed to read dockerfile: open ${dockerfileName}: no such file or directory`,
    );
  }
  for (const tag of flags.list('tag')) {
    const parsed = parseNormalizedNamed(tag);
    if (parsed.ok) continue;
    // The legacy builder's --tag validates as a flag (a usage error, exit 125); buildx checks later.
    if (prefix === '')
      throw flagError(ctx.path, false, `invalid argument "${tag}" for "-t, --tag" flag: ${parsed.error}`);
    throw new CliError(`${prefix}invalid tag ${JSON.stringify(tag)}: ${parsed.error}`);
  }
  let rel = relativeTo(dir, dockerfilePath);
  const ignore = files.read(`${dir}/.dockerignore`);
  const excludes = trimBuildFiles(ignore === undefined ? [] : readDockerignore(ignore), rel);
  let body = packContext(files, dir, excludes);
  if (rel.startsWith('../')) {
    // A Dockerfile outside the context travels inside it under a name of its own
    // (build.AddDockerfileToBuildContext; the real name has random hex, this one is fixed).
    rel = '.dockerfile.pelabuhan';
    body = packContext(
      {
        ...files,
        list: (p) => (p === dir ? [...(files.list(p) ?? []), rel].sort() : files.list(p)),
        read: (p) => (p === `${dir}/${rel}` ? dockerfile : files.read(p)),
        isDirectory: (p) => files.isDirectory(p),
      },
      dir,
      excludes,
    );
  }
  return {
    body,
    query: {
      t: flags.list('tag'),
      dockerfile: rel,
      buildargs: kvMap(flags.list('build-arg'), true),
      labels: kvMap(flags.list('label'), false),
      nocache: flags.bool('no-cache') || undefined,
      pull: flags.bool('pull') || undefined,
      target: flags.string('target') || undefined,
      platform: flags.string('platform') || undefined,
      q: flags.bool('quiet') || undefined,
    },
  };
}

/** buildx's --progress (toDisplayMode, progress.NewPrinter, progressui.NewDisplay), `auto` resolved against stderr. */
function progressMode(ctx: CommandContext): ProgressMode {
  let mode = ctx.flags.string('progress', 'auto');
  if (ctx.flags.bool('quiet')) {
    if (mode !== 'auto' && mode !== 'quiet')
      throw new CliError(`ERROR: progress=${mode} and quiet cannot be used together`);
    return 'quiet';
  }
  const fromEnv = ctx.local.env.BUILDKIT_PROGRESS;
  if (fromEnv && mode === 'auto') mode = fromEnv;
  if (mode === 'plain' || mode === 'quiet' || mode === 'rawjson') return mode;
  if (mode === 'auto' || mode === 'tty' || mode === '') {
    if (ctx.term.stderrTty) return 'tty';
    if (mode === 'tty') throw new CliError('ERROR: failed to get console: provided file is not a console');
    return 'plain';
  }
  throw new CliError(`ERROR: invalid progress mode ${mode}`);
}

/** Runs `docker build`. */
export function build(ctx: CommandContext): number {
  const env = ctx.local.env.DOCKER_BUILDKIT;
  let buildkit = true;
  if (env !== undefined && env !== '') {
    const enabled = parseBool(env);
    if (enabled === undefined) {
      throw new CliError(
        'DOCKER_BUILDKIT environment variable expects boolean value: ' +
          `strconv.ParseBool: parsing ${JSON.stringify(env)}: invalid syntax`,
      );
    }
    buildkit = enabled;
  }
  if (!buildkit) return classicBuild(ctx);
  const mode = progressMode(ctx);
  const prepared = prepareBuild(ctx, 'ERROR: ');
  const response = ctx.client.request(
    'POST',
    '/build',
    { ...prepared.query, version: '2' },
    prepared.body,
    'application/x-tar',
  );
  if (isError(response)) throw new CliError(`ERROR: ${daemonError(response)}`);
  const outcome = renderBuildStream(ctx.client, response, ctx.out, {
    mode,
    width: ctx.term.cols,
    height: DEFAULT_HEIGHT,
  });
  const at = ctx.nowMs();
  if (mode === 'plain' || mode === 'tty') ctx.out.err(warningsText(outcome.warnings), at);
  if (outcome.error) throw new CliError(buildErrorText(outcome.error));
  if (mode === 'quiet') ctx.out.out(`${outcome.imageId ?? ''}\n`, at);
  return 0;
}
