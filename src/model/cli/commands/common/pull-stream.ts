// jsonmessage.DisplayJSONMessagesStream over a pull's messages: each rendered piece is written at
// the virtual time the daemon sent it, on a terminal (lines rewritten in place) or not.
import type { ApiResponse } from '../../../api/types';
import type { ApiClient } from '../../client/api-client';
import { createJsonMessageRenderer, type JsonMessage } from '../../format/jsonmessage';
import type { Output } from '../../docker/output';

/** Reads a pull's stream and renders it to one stream of `out`; returns the stream's error message, if any. */
export function writePullStream(
  client: ApiClient,
  response: ApiResponse,
  out: Output,
  stream: 'stdout' | 'stderr',
  tty: boolean,
  width: number,
): string | undefined {
  if (!response.body) return undefined;
  const renderer = createJsonMessageRenderer({ tty, width });
  let error: string | undefined;
  client.readStream(response.body, (frames) => {
    for (const frame of frames) {
      // After an error message the client stops rendering, as DisplayJSONMessagesStream returns.
      if (error !== undefined || !('json' in frame)) continue;
      out.write(stream, renderer.push(frame.json as JsonMessage), frame.at);
      if (renderer.error !== undefined) error = renderer.error;
    }
  });
  return error;
}
