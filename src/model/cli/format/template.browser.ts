/**
 * The page's stand-in for `template.ts` (vite.config.ts swaps it in for the browser build only):
 * the Go text/template engine is large, so the page fetches it as its own chunk right after it is
 * ready (`loadTemplateEngine`) and runs no command before it is here. Node and the tests use
 * `template.ts` directly. Each function forwards to the loaded engine.
 */
import type * as Engine from './template';

export type { ContextOptions, ExecResult, FormatResult, ParsedTemplate } from './template';
export { goMethodsKey, goTypeKey, GoFloat, noValue } from './go-value';

let engine: typeof Engine | undefined;
let loading: Promise<void> | undefined;

/** Loads the template engine once (a failed load is tried again on the next call). */
export function loadTemplateEngine(): Promise<void> {
  loading ??= import('./template').then(
    (m) => {
      engine = m;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function loaded(): typeof Engine {
  if (!engine) throw new Error('the template engine is not loaded yet');
  return engine;
}

export const splitTableFormat: typeof Engine.splitTableFormat = (...a) => loaded().splitTableFormat(...a);
export const preprocessFormat: typeof Engine.preprocessFormat = (...a) => loaded().preprocessFormat(...a);
export const parseDockerTemplate: typeof Engine.parseDockerTemplate = (...a) => loaded().parseDockerTemplate(...a);
export const executeDockerTemplate: typeof Engine.executeDockerTemplate = (...a) =>
  loaded().executeDockerTemplate(...a);
export const renderHeader: typeof Engine.renderHeader = (...a) => loaded().renderHeader(...a);
export const formatRows: typeof Engine.formatRows = (...a) => loaded().formatRows(...a);
