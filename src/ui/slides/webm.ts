/**
 * Frames as a WebM video: each frame (a standalone SVG) painted on a canvas for its time while a
 * MediaRecorder records the canvas. It plays in real time (a 5 s animation takes 5 s to encode).
 */

import type { Frame } from './animated-svg';

/** Whether this browser can record a canvas as WebM. */
export function canRecordWebm(): boolean {
  return typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm');
}

async function imageOf(svg: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  return img;
}

/** The WebM video of `frames` on a `width` × `height` canvas (even sizes, as encoders want). */
export async function framesToWebm(frames: readonly Frame[], width: number, height: number): Promise<Blob> {
  const images = await Promise.all(frames.map((f) => imageOf(f.svg)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width / 2) * 2;
  canvas.height = Math.ceil(height / 2) * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  const paint = (img: HTMLImageElement) => {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0);
  };
  paint(images[0]);
  const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/webm' });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => e.data.size && chunks.push(e.data);
  const stopped = new Promise<void>((done) => (recorder.onstop = () => done()));
  recorder.start();
  for (const [i, f] of frames.entries()) {
    paint(images[i]);
    await new Promise((r) => setTimeout(r, f.ms));
  }
  recorder.stop();
  await stopped;
  return new Blob(chunks, { type: 'video/webm' });
}
