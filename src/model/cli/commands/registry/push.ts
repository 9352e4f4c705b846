// `docker push` / `docker image push` (docker/cli 28.2.2 cli/command/image/push.go, and the API
// client's ImagePush): the reference checked and tagged `latest` when bare, the stored login for its
// registry sent as X-Registry-Auth, and the daemon's progress stream rendered as a pull's is.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';
import { authKeyFor, encodeRegistryAuth, getAuth } from '../../client/docker-config';
import {
  familiarName,
  fullName,
  fullString,
  isNameOnly,
  parseNormalizedNamed,
  withDefaultTag,
} from '../../../registry/reference';
import { writePullStream } from '../common/pull-stream';
import { Output } from '../../docker/output';
import { tuiNote } from '../../format/tui-note';

const PLATFORM_NOTE =
  'Using --platform pushes only the specified platform manifest of a multi-platform image index.\n' +
  'Other components, like attestations, will not be included.\n' +
  'To push the complete multi-platform image, remove the --platform flag.\n';

/** Runs `docker push`. */
export function push(ctx: CommandContext): number {
  const { flags, out, term } = ctx;
  const all = flags.bool('all-tags');
  const quiet = flags.bool('quiet');
  const platform = flags.string('platform');
  if (platform !== '') {
    // The simulated images are all linux/amd64: the note is printed and the platform sent along.
    out.out(tuiNote(PLATFORM_NOTE, term.stdoutTty));
  }
  const parsed = parseNormalizedNamed(ctx.args[0]);
  if (!parsed.ok) throw new CliError(parsed.error);
  let ref = parsed.ref;
  if (all && !isNameOnly(ref)) throw new CliError("tag can't be used with --all-tags/-a");
  if (!all && isNameOnly(ref)) {
    ref = withDefaultTag(ref);
    if (!quiet) out.out(`Using default tag: ${ref.tag}\n`);
  }
  // The API client's ImagePush refuses a canonical reference before asking the daemon.
  if (ref.digest) throw new CliError('cannot push a digest reference');

  const auth = getAuth(ctx.local, authKeyFor(ref.domain));
  const response = ctx.client.request(
    'POST',
    `/images/${pathSegment(familiarName(ref))}/push`,
    { tag: all ? undefined : ref.tag, platform: platform || undefined },
    undefined,
    { 'X-Registry-Auth': encodeRegistryAuth(auth) },
  );
  if (isError(response)) throw new CliError(daemonError(response));
  const sink = quiet ? new Output(ctx.nowMs) : out;
  const error = writePullStream(ctx.client, response, sink, 'stdout', term.stdoutTty, term.cols);
  if (error !== undefined) throw new CliError(error);
  if (quiet) out.out(`${all ? fullName(ref) : fullString(ref)}\n`);
  return 0;
}
