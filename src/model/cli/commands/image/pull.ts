// `docker pull` / `docker image pull` (docker/cli cli/command/image/pull.go).
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import { fullName, fullString, isNameOnly, parseNormalizedNamed, withDefaultTag } from '../../../registry/reference';
import { writePullStream } from '../common/pull-stream';
import { Output } from '../../docker/output';

/** Runs `docker pull`. */
export function pull(ctx: CommandContext): number {
  const { flags, out, term } = ctx;
  const all = flags.bool('all-tags');
  const quiet = flags.bool('quiet');
  const parsed = parseNormalizedNamed(ctx.args[0]);
  if (!parsed.ok) throw new CliError(parsed.error);
  let ref = parsed.ref;
  if (all && !isNameOnly(ref)) throw new CliError("tag can't be used with --all-tags/-a");
  if (!all && isNameOnly(ref)) {
    ref = withDefaultTag(ref);
    if (!quiet) out.out(`Using default tag: ${ref.tag}\n`);
  }
  const tag = ref.digest ?? ref.tag;
  const response = ctx.client.request('POST', '/images/create', {
    fromImage: fullName(ref),
    platform: flags.string('platform') || undefined,
    tag,
  });
  if (isError(response)) throw new CliError(daemonError(response));
  // With -q the stream is still read (and may fail); nothing of it is shown.
  const sink = quiet ? new Output(ctx.nowMs) : out;
  const error = writePullStream(ctx.client, response, sink, 'stdout', term.stdoutTty, term.cols);
  if (error !== undefined) throw new CliError(error);
  out.out(`${all ? fullName(ref) : fullString(ref)}\n`);
  return 0;
}
