/** An SVG file drawn onto a canvas as a PNG, at twice its size by default (sharp on a projector). */

/** The PNG of `svg` (a standalone SVG document of `width` × `height`) at `scale`. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  // A data: URL, not a Blob URL: the picture is the page's own, so the canvas stays readable.
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((done, fail) =>
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}
