// jsonmessage.DisplayJSONMessagesStream over a pull's messages: each rendered piece is written at
// the virtual time the daemon sent it, on a terminal (lines rewritten in place) or not.
import type { StreamChunk } from '../../../api/types';
import { createJsonMessageRenderer, type JsonMessage } from '../../format/jsonmessage';
import type { Output } from '../../docker/output';

/** Renders a pull stream to one stream of `out`; returns the stream's error message, if it carried one. */
export function writePullStream(
  out: Output,
  stream: 'stdout' | 'stderr',
  messages: readonly StreamChunk[],
  tty: boolean,
  width: number,
): string | undefined {
  const renderer = createJsonMessageRenderer({ tty, width });
  for (const m of messages) {
    out.write(stream, renderer.push(m.json as JsonMessage), m.at);
    if (renderer.error !== undefined) return renderer.error;
  }
  return undefined;
}
