/** The lesson part of the page's URL: `?lesson=images&step=3` (step 1-based). */

/** The lesson and 1-based step the URL asks for, if any. */
export function lessonFromUrl(search: string): { id: string; step: number } | undefined {
  const params = new URLSearchParams(search);
  const id = params.get('lesson');
  if (!id || !/^[a-z0-9-]+$/.test(id)) return undefined;
  const step = Number.parseInt(params.get('step') ?? '1', 10);
  return { id, step: Number.isFinite(step) && step >= 1 ? step : 1 };
}

/** The query string with the lesson's position (or without any, for `undefined`), keeping the rest. */
export function withLessonParams(
  search: string,
  position: { id: string; step: number; lang: string } | undefined,
): string {
  const params = new URLSearchParams(search);
  if (position) {
    params.set('lesson', position.id);
    params.set('step', String(position.step));
    params.set('lang', position.lang);
  } else {
    params.delete('lesson');
    params.delete('step');
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}
