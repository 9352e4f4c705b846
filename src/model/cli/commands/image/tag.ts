// `docker tag SOURCE TARGET` (the client's ImageTag checks both references first).
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';
import { fullName, parseNormalizedNamed, withDefaultTag } from '../../../registry/reference';

function invalid(text: string, error: string): CliError {
  return new CliError(`Error parsing reference: "${text}" is not a valid repository/tag: ${error}`);
}

/** Runs `docker tag`. */
export function tag(ctx: CommandContext): number {
  const [source, target] = ctx.args;
  if (!/^[a-f0-9]{64}$/.test(source)) {
    const parsed =
      source === '' ? { ok: false as const, error: 'invalid reference format' } : parseNormalizedNamed(source);
    if (!parsed.ok) throw invalid(source, parsed.error);
  }
  const parsed =
    target === '' ? { ok: false as const, error: 'invalid reference format' } : parseNormalizedNamed(target);
  if (!parsed.ok) throw invalid(target, parsed.error);
  if (parsed.ref.digest) throw new CliError('refusing to create a tag with a digest reference');
  const ref = withDefaultTag(parsed.ref);
  const response = ctx.client.request('POST', `/images/${pathSegment(source)}/tag`, {
    repo: fullName(ref),
    tag: ref.tag,
  });
  if (isError(response)) throw new CliError(daemonError(response));
  return 0;
}
