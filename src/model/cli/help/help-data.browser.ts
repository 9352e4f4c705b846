/**
 * The page's stand-in for `help-data.ts` (vite.config.ts swaps it in for the browser build only):
 * the help texts are a large data set, so the page fetches them as their own chunk right after it
 * is ready (`loadHelpData`) and runs no command before they are here. Node and the tests use
 * `help-data.ts` directly. The bindings are live: `help-text.ts` sees the data once loaded.
 */
import type { HelpEntry, HelpFlagRow } from './help-data';

export type { HelpEntry, HelpFlagRow } from './help-data';

export let FLAG_SETS: readonly (readonly HelpFlagRow[])[] = [];
export let HELP_DATA: Readonly<Record<string, HelpEntry>> = {};

let loading: Promise<void> | undefined;

/** Loads the help data once (a failed load is tried again on the next call). */
export function loadHelpData(): Promise<void> {
  loading ??= import('./help-data').then(
    (m) => {
      FLAG_SETS = m.FLAG_SETS;
      HELP_DATA = m.HELP_DATA;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
