// docker/cli's createContainer (cli/command/container/create.go): create, and when the daemon
// answers 404 (any 404, a quirk) pull the image on stderr and create once more.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import {
  familiarString,
  fullName,
  parseNormalizedNamed,
  withDefaultTag,
  type ImageReference,
} from '../../../registry/reference';
import { writePullStream } from '../common/pull-stream';
import { Output } from '../../docker/output';
import type { CreateBody } from './container-config';

/** `--pull` values; anything else is refused before anything happens. */
export function validatePullOption(pull: string): string | undefined {
  if (['always', 'missing', 'never', ''].includes(pull)) return undefined;
  return `invalid pull option: '${pull}': must be one of "always", "missing" or "never"`;
}

/** reference.ParseAnyReference: a 64-hex ID or `sha256:…` is not a name (and is never pulled). */
function parseAnyReference(image: string): ImageReference | undefined {
  if (/^[a-f0-9]{64}$/.test(image) || /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/.test(image))
    return undefined;
  const parsed = parseNormalizedNamed(image);
  if (!parsed.ok) throw new CliError(parsed.error);
  return withDefaultTag(parsed.ref);
}

/** The implicit pull: progress on stderr (a terminal's, if stderr is one), no summary lines. */
function pullImage(ctx: CommandContext, ref: ImageReference, platform: string, quiet: boolean): void {
  const tag = ref.digest ?? ref.tag;
  const response = ctx.client.request('POST', '/images/create', {
    fromImage: fullName(ref),
    platform: platform || undefined,
    tag,
  });
  if (isError(response)) throw new CliError(daemonError(response));
  const sink = quiet ? new Output(ctx.nowMs) : ctx.out;
  const error = writePullStream(ctx.client, response, sink, 'stderr', ctx.term.stderrTty, ctx.term.cols);
  if (error !== undefined) throw new CliError(error);
}

/** Creates the container (pulling the image if needed) and returns its ID; errors are CliErrors. */
export function createContainer(ctx: CommandContext, image: string, created: CreateBody): string {
  const namedRef = parseAnyReference(image);
  const pull = ctx.flags.string('pull', 'missing');
  const quiet = ctx.flags.bool('quiet');
  if (pull === 'always' && namedRef) pullImage(ctx, namedRef, created.platform, quiet);
  const create = () =>
    ctx.client.request(
      'POST',
      '/containers/create',
      { name: created.name || undefined, platform: created.platform || undefined },
      created.body,
    );
  let response = create();
  if (response.status === 404 && namedRef && (pull === 'missing' || pull === '')) {
    if (!quiet) ctx.out.err(`Unable to find image '${familiarString(namedRef)}' locally\n`);
    pullImage(ctx, namedRef, created.platform, quiet);
    response = create();
  }
  if (isError(response)) throw new CliError(daemonError(response));
  const json = response.json as { Id?: string; Warnings?: string[] | null };
  for (const warning of json.Warnings ?? []) ctx.out.err(`WARNING: ${warning}\n`);
  return json.Id ?? '';
}

/** runStartContainerErr: 127 for a missing executable, 126 for permission problems, else 125. */
export function runErrorCode(message: string): number {
  const text = message.replace(/^Error response from daemon: /, '');
  if (
    text.includes('executable file not found') ||
    text.includes('no such file or directory') ||
    text.includes('system cannot find the file specified')
  )
    return 127;
  if (text.includes('permission denied') || text.includes('is a directory')) return 126;
  return 125;
}
