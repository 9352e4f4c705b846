// compose's pullRequiredImages (pkg/compose/pull.go): each service whose image is missing is
// pulled, its progress as events (`mongodb Pulling`, each layer under it, `mongodb Pulled`).
import type { ApiClient } from '../client/api-client';
import { daemonError, isError } from '../client/api-client';
import { CliError } from '../docker/context';
import { fullName, parseNormalizedNamed, withDefaultTag } from '../../registry/reference';
import { renderProgress, type JsonMessage } from '../format/jsonmessage';
import type { ProgressWriter, EventStatus } from './progress-writer';

const WORKING_PHASES = ['Preparing', 'Waiting', 'Pulling fs layer'];
const DONE_PHASES = ['Download complete', 'Already exists', 'Pull complete'];

/** toPullProgressEvent: one layer's message as an event under its service. */
function layerEvent(parent: string, jm: JsonMessage, w: ProgressWriter, at: number): void {
  // Go decodes `progressDetail: {}` into a non-nil Progress; a message without it is not shown.
  if (!jm.id || jm.progressDetail === undefined || jm.progressDetail === null) return;
  let status: EventStatus = 'working';
  const phase = jm.status ?? '';
  if (DONE_PHASES.includes(phase) || phase.includes('Image is up to date') || phase.includes('Downloaded newer image'))
    status = 'done';
  if (WORKING_PHASES.includes(phase)) status = 'working';
  let text = renderProgress(jm.progressDetail, 200);
  if (jm.error) {
    status = 'error';
    text = jm.error;
  }
  w.event({ id: jm.id, parentId: parent, text: phase, status, statusText: text }, at);
}

/** Pulls one service's image with compose's events; throws the pull's error. */
export function pullServiceImage(client: ApiClient, service: string, image: string, w: ProgressWriter): void {
  w.event({ id: service, status: 'working', text: 'Pulling' });
  const parsed = parseNormalizedNamed(image);
  if (!parsed.ok) throw new CliError(parsed.error);
  const ref = withDefaultTag(parsed.ref);
  const response = client.request('POST', '/images/create', { fromImage: fullName(ref), tag: ref.digest ?? ref.tag });
  if (isError(response)) {
    const message = daemonError(response);
    w.event({ id: service, status: 'error', text: 'Error', statusText: message });
    throw new CliError(message);
  }
  let error: string | undefined;
  if (response.body)
    client.readStream(response.body, (frames) => {
      for (const frame of frames) {
        if (error !== undefined || !('json' in frame)) continue;
        const jm = frame.json as JsonMessage;
        if (jm.error) error = jm.errorDetail?.message ?? jm.error;
        else layerEvent(service, jm, w, frame.at);
      }
    });
  if (error !== undefined) throw new CliError(error);
  w.event({ id: service, status: 'done', text: 'Pulled' });
}
