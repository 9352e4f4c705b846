// Reads a `version=2` build stream and shows it as buildx's progress printer does (its --progress
// mode), on stderr, each piece at the virtual time it arrived: plain text, the redrawn tty block
// (refreshed every 150 ms of quiet, as progressui's ticker does), rawjson, or nothing (quiet).
import type { ApiResponse } from '../../../api/types';
import type { BuildErrorMessage, BuildStreamMessage, BuildVertexWarning, SolveStatus } from '../../../api/build-trace';
import type { ApiClient } from '../../client/api-client';
import type { Output } from '../../docker/output';
import { errorLogs, newTrace, updateTrace } from './trace';
import { newTextMux, printText } from './plain-progress';
import { newTtyDisplay, printTty } from './tty-progress';

/** buildx's progress modes once `auto` is resolved. */
export type ProgressMode = 'plain' | 'tty' | 'quiet' | 'rawjson';

/** How the progress is shown. */
export interface ProgressOptions {
  mode: ProgressMode;
  /** The terminal's size (tty). */
  width: number;
  height: number;
}

/** What the stream ended with: the image's ID, or the error that ended the build. */
export interface BuildOutcome {
  imageId?: string;
  error?: BuildErrorMessage;
  /** Every warning of the build, printed after the progress (`1 warning found`). */
  warnings: BuildVertexWarning[];
}

/** progressui's ticker: an idle display is redrawn every 150 ms. */
const TICK_MS = 150;
/** Enough redraws of a quiet step for the page's playback; later ones would only move the timers. */
const MAX_IDLE_FRAMES = 400;
/** The builder buildx names for the docker driver (commands/build.go WithDesc). */
const TEXT_DESC = 'building with "default" instance using docker driver';
const CONSOLE_DESC = 'docker:default';

/** Go's time.Time in JSON (RFC 3339 with nanoseconds, trailing zeros dropped). */
function goJsonTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, 'Z');
}

/** A SolveStatus as client.SolveStatus marshals (json.Encoder): virtual times as Go times. */
function rawJson(s: SolveStatus): string {
  const time = (key: string, value: unknown): unknown =>
    ['started', 'completed', 'timestamp'].includes(key) && typeof value === 'number' ? goJsonTime(value) : value;
  return `${JSON.stringify(s, time)}\n`;
}

/** Renders the stream to stderr; returns how the build ended. */
export function renderBuildStream(
  client: ApiClient,
  response: ApiResponse,
  out: Output,
  options: ProgressOptions,
): BuildOutcome {
  const trace = newTrace();
  const outcome: BuildOutcome = { warnings: trace.warnings };
  const mux = newTextMux(TEXT_DESC);
  const tty = newTtyDisplay(CONSOLE_DESC);
  let lastAt: number | undefined;
  let lastDraw = -Infinity;
  const draw = (at: number, all: boolean): void => {
    out.err(printTty(tty, trace, at, options.width, options.height, all), at);
    lastDraw = at;
  };
  const idle = (until: number): void => {
    if (options.mode !== 'tty' || lastAt === undefined) return;
    let frames = 0;
    for (let at = lastAt + TICK_MS; at < until && frames < MAX_IDLE_FRAMES; at += TICK_MS, frames++) draw(at, false);
  };
  const handle = (message: BuildStreamMessage, at: number): void => {
    if ('errorDetail' in message || 'error' in message) {
      // The daemon always sends errorDetail with error; a bare error is taken as one too.
      const error = message as Partial<BuildErrorMessage>;
      const text = error.errorDetail?.message ?? String(error.error ?? '');
      outcome.error = { ...error, errorDetail: { message: text }, error: text };
      return;
    }
    if (message.id === 'moby.image.id') {
      outcome.imageId = message.aux.ID;
      return;
    }
    if (message.id !== 'moby.buildkit.trace') return;
    idle(at);
    lastAt = at;
    updateTrace(trace, message.aux);
    if (options.mode === 'plain') out.err(printText(mux, trace), at);
    else if (options.mode === 'rawjson') out.err(rawJson(message.aux), at);
    // The display limiter lets one update through every 100 ms; the ticker shows the rest.
    else if (options.mode === 'tty' && at - lastDraw >= 100) draw(at, false);
  };
  let endAt = client.now();
  if (response.body) {
    client.readStream(response.body, (frames) => {
      for (const frame of frames) {
        endAt = frame.at;
        if (outcome.error === undefined && 'json' in frame) handle(frame.json as BuildStreamMessage, frame.at);
      }
    });
  }
  // done(): a last refresh (tty: the whole list), then the failed steps' logs.
  if (options.mode === 'plain') out.err(printText(mux, trace) + errorLogs(trace, false), endAt);
  if (options.mode === 'tty') {
    idle(endAt);
    draw(endAt, true);
    out.err(errorLogs(trace, true), endAt);
  }
  return outcome;
}
