/** `POST /images/{name}/tag?repo=…&tag=…`: points a new tag at an existing image. */

import type { EngineContext } from '../context';
import { EngineError } from '../errors';
import { getImage } from './lookup';
import { addReference } from './references';
import { fullString, parseNormalizedNamed, withDefaultTag } from '../../registry/reference';

/** Tags the image `source` as `repo:tag` (tag defaults to latest). */
export function tagImage(ctx: EngineContext, source: string, repo: string, tag: string): void {
  const image = getImage(ctx.host, source);
  const parsed = parseNormalizedNamed(tag ? `${repo}:${tag}` : repo);
  if (!parsed.ok) throw new EngineError('invalidParameter', parsed.error);
  if (parsed.ref.digest) throw new EngineError('invalidParameter', 'refusing to create a tag with a digest reference');
  addReference(ctx, image.id, fullString(withDefaultTag(parsed.ref)));
}
