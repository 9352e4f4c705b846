/** Full screen for a projector: the Fullscreen API where the browser has it (Escape leaves, as always). */

/** Enters full screen, or leaves it; a browser without the API (or one that refuses) is left alone. */
export async function toggleFullscreen(doc: Document = document): Promise<void> {
  try {
    if (doc.fullscreenElement) await doc.exitFullscreen();
    else await doc.documentElement.requestFullscreen?.();
  } catch {
    // Refused (no user gesture, an iframe without permission): the page simply stays as it is.
  }
}

/** Whether the browser offers full screen at all. */
export function canFullscreen(doc: Document = document): boolean {
  return doc.fullscreenEnabled === true;
}
