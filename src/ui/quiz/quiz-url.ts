/**
 * The quiz page's address (`?quiz=<id>` for a built-in quiz, `?quiz=local:<hash>` for a file kept in
 * this browser, `?quiz=src:<path>` for a same-origin file) and the way a quiz file opened in the
 * simulator gets there. Tiny: the normal page imports it.
 */

import type { ScenarioLoadDetail } from '../authoring/authoring-events';
import { pageStorage, storeScenario } from '../presenter/scenario-store';

/** The quiz page of a built-in quiz (or a `local:`/`src:` reference), in a language. */
export function quizUrl(ref: string, lang: string): string {
  const params = new URLSearchParams({ quiz: ref, lang });
  return `?${params.toString()}`;
}

/**
 * Opens a quiz file the simulator read (dropped, chosen, or `?src=`) in the quiz page: a file's text
 * is kept in localStorage first (the page reads it from there), a `?src=` path is fetched again.
 * Returns false when the text could not be stored (the page then says nothing changed).
 */
export function openQuizFile(
  detail: ScenarioLoadDetail,
  lang: string,
  go = (url: string) => location.assign(url),
): boolean {
  if (detail.src !== undefined) {
    go(quizUrl(`src:${detail.src}`, lang));
    return true;
  }
  if (detail.text === undefined) return false;
  const stored = storeScenario(pageStorage(), detail.text);
  if (!stored.ok) return false;
  go(quizUrl(`local:${stored.hash}`, lang));
  return true;
}
