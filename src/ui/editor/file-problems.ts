/**
 * What is wrong with a file, at its line, for the editor: a Dockerfile's parse error as the builder
 * would report it, a compose file's YAML or schema error as `docker compose` would (the Dockerfile
 * parser comes with the lazily loaded client, the compose check with the compose face); other
 * languages may register their own finder.
 */

import { parseDockerfile } from '../../model/client';
// The compose face brings the YAML parser: only this view (a lazy chunk) and compose lines load it.
import { composeFileProblems } from '../../model/compose';
import { languageOf, type Language } from './highlight';

/** One problem: the lines it covers (1-based) and the message the tool prints. */
export interface FileProblem {
  startLine: number;
  endLine: number;
  message: string;
}

/** Finds the problems of a file's text. */
export type ProblemFinder = (text: string, path: string) => FileProblem[];

const finders = new Map<Language, ProblemFinder>([
  [
    'dockerfile',
    (text) => {
      const parsed = parseDockerfile(text);
      return parsed.ok ? [] : [{ ...parsed.error }];
    },
  ],
  ['yaml', (text, path) => composeFileProblems(text, path)],
]);

/** Lets a language's parser report problems (replacing the one it has). */
export function registerProblemFinder(language: Language, finder: ProblemFinder): void {
  finders.set(language, finder);
}

/** The problems of `text` as the file at `path`; none for a language without a finder. */
export function problemsOf(path: string, text: string): FileProblem[] {
  const finder = finders.get(languageOf(path));
  if (!finder) return [];
  try {
    return finder(text, path);
  } catch {
    // A finder's bug must not break the editor; the build will say what is wrong.
    return [];
  }
}
