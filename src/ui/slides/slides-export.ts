/**
 * Exports for a teacher's slides (its own lazy chunk): the open view as an SVG or PNG file, and
 * a command's animation as an animated SVG (or a WebM video), captured from the view while the command plays —
 * the last command played again from its record, or the next one as it is typed.
 */

import type { CommandRecord } from '../../model/client';
import { downloadBlob, downloadText } from '../authoring/download';
import { getSpeed, setSpeed } from '../common/motion';
import { planPlayback } from '../common/playback-plan';
import { combineFrames, mergeSameFrames, rootNumber, type Frame } from './animated-svg';
import { exportFileName } from './file-names';
import { startCapture, type Capture } from './frame-capture';
import { svgToPng } from './png';
import { pictureOf, pictureTitle } from './view-picture';

/** The view to export: its id (for the file name), its element and its label (for the title). */
export interface ExportTarget {
  view: string;
  element: () => Element | null;
  label: string;
}

/** What an animation export needs of the session. */
export interface AnimationSource extends EventTarget {
  readonly lastRecord: CommandRecord | undefined;
  readonly running: boolean;
}

/** What an export saved. */
export interface Saved {
  name: string;
  /** Frames of an animation (1 for a picture). */
  frames: number;
  /** Whether the picture came from the view's diagrams or its HTML. */
  source: 'diagram' | 'html';
}

/** How long the result of a command stays on screen before the animation loops. */
const HOLD_LAST_MS = 1500;
/** Time after a command's playback for the views' transitions to end. */
const SETTLE_MS = 700;

function element(target: ExportTarget): Element {
  const el = target.element();
  if (!el) throw new Error('no view is open');
  return el;
}

/** Saves the open view as an SVG or a PNG (twice the size on screen). */
export async function exportPicture(kind: 'svg' | 'png', target: ExportTarget, now = new Date()): Promise<Saved> {
  const picture = pictureOf(element(target), pictureTitle(target.label));
  const name = exportFileName(target.view, kind, now);
  if (kind === 'svg') downloadText(name, picture.svg, 'image/svg+xml');
  else downloadBlob(name, await svgToPng(picture.svg, picture.width, picture.height));
  return { name, frames: 1, source: picture.source };
}

/** How an animation is saved. */
export type AnimationFormat = 'svg' | 'webm';

/** The captured frames, saved as an animated SVG or a WebM video; the last frame is held so the result is seen. */
async function saveAnimation(
  target: ExportTarget,
  frames: Frame[],
  line: string,
  source: Saved['source'],
  format: AnimationFormat = 'svg',
): Promise<Saved> {
  const merged = mergeSameFrames(frames);
  const last = merged[merged.length - 1];
  if (last) last.ms = Math.max(last.ms, HOLD_LAST_MS);
  const animated = combineFrames(merged, { title: pictureTitle(target.label, line) });
  if (format === 'webm') {
    const { framesToWebm } = await import('./webm');
    const name = exportFileName(target.view, 'webm', new Date(), line);
    downloadBlob(name, await framesToWebm(merged, rootNumber(animated, 'width'), rootNumber(animated, 'height')));
    return { name, frames: merged.length, source };
  }
  const name = exportFileName(target.view, 'animated-svg', new Date(), line);
  downloadText(name, animated, 'image/svg+xml');
  return { name, frames: merged.length, source };
}

/** A capture of the view for `record`'s playback (at least its planned length, then until still). */
function captureFor(target: ExportTarget, record: CommandRecord): { capture: Capture; source: () => Saved['source'] } {
  let source: Saved['source'] = 'diagram';
  const snapshot = () => {
    const p = pictureOf(element(target), pictureTitle(target.label, record.line));
    source = p.source;
    return p.svg;
  };
  const minMs = planPlayback(record, getSpeed()).totalMs + SETTLE_MS;
  return { capture: startCapture(snapshot, { minMs }), source: () => source };
}

/**
 * Plays the last command's animation again from its record (views hear `command-start` as when
 * it ran; the world is already the one after it) and saves it. With animation off, it plays at 1x
 * for the file: the reader asked for an animation.
 */
export async function exportLastCommand(
  target: ExportTarget,
  session: AnimationSource,
  format: AnimationFormat = 'svg',
): Promise<Saved> {
  const record = session.lastRecord;
  if (!record) throw new Error('no command yet');
  const speed = getSpeed();
  if (speed === 0) setSpeed(1);
  try {
    const { capture, source } = captureFor(target, record);
    session.dispatchEvent(new CustomEvent('command-start', { detail: record }));
    const frames = await capture.done;
    setSpeed(speed);
    return await saveAnimation(target, frames, record.line, source(), format);
  } finally {
    setSpeed(speed);
  }
}

/** A recording waiting for the next command: `saved` resolves when it has been captured and saved. */
export interface Recording {
  saved: Promise<Saved>;
  cancel: () => void;
}

/** Records the next command typed, from its start until the view is still again, and saves it. */
export function recordNextCommand(target: ExportTarget, session: AnimationSource, onStart?: () => void): Recording {
  let cancel = () => {};
  const saved = new Promise<Saved>((resolve, reject) => {
    const onCommand = (e: Event) => {
      session.removeEventListener('command-start', onCommand);
      onStart?.();
      const record = (e as CustomEvent<CommandRecord>).detail;
      const { capture, source } = captureFor(target, record);
      void capture.done.then((frames) => saveAnimation(target, frames, record.line, source())).then(resolve, reject);
    };
    session.addEventListener('command-start', onCommand);
    cancel = () => {
      session.removeEventListener('command-start', onCommand);
      reject(new Error('cancelled'));
    };
  });
  return { saved, cancel: () => cancel() };
}
