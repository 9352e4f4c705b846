/** What the page's session is given: the lazily loaded shell, the page's fresh worlds, the deferred loaders. */

import type { SessionDeps } from '../session/session-deps';
import { createShellPort } from './lazy-shell-port';
import { awaitsRegistries, buildRegistries, createPageWorld } from './page-world';
import { deferredLoadedFor, loadDeferredFor } from './deferred';

/** The page's session dependencies (the page and teacher mode share them). */
export function pageSessionDeps(): SessionDeps {
  return {
    makeShell: createShellPort,
    freshWorld: createPageWorld,
    buildRegistries,
    awaitsRegistries,
    deferredLoaded: deferredLoadedFor,
    loadDeferred: loadDeferredFor,
  };
}
