/**
 * What the page fetches right after it is ready for a command, not before: the docker client and
 * shell themselves (`shell-adapter.ts`, which brings the help texts docker's flags come from and
 * the Go template engine of `--format`) and the registry catalog (every image the simulated
 * registries hold). They are large and no command can start in the first moments anyway, so the
 * session waits for them (`loadDeferred`) before it runs the first line. They come as one dynamic
 * import (`deferred-modules.ts`), which keeps them out of the initial chunk and names what the first
 * command waits for: Node, the tests and the page run the same modules.
 */
import { loadCompose, loadEngine, loadRegistryCatalog, type Registries } from '../../model';
import type * as ShellAdapter from './shell-adapter';

/** Builds every registry of a new world from the catalog; `nowMs` is the world's start time. */
export type RegistryFactory = (nowMs: number) => Registries;

let factory: RegistryFactory | undefined;
let shellAdapter: typeof ShellAdapter | undefined;
let done = false;
let loading: Promise<void> | undefined;
let composeHere = false;
let composeLoading: Promise<void> | undefined;
let announce: () => void = () => undefined;
const arrived = new Promise<void>((resolve) => (announce = resolve));

/** A new task (the browser may paint and handle input first). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Loads the deferred modules once (a failed load is tried again on the next call). */
export function loadDeferred(): Promise<void> {
  // The catalog, the engine, then the client, each evaluated in a task of its own: one import of
  // everything was one long task (issue 15). The page paints and takes keys in between.
  loading ??= loadRegistryCatalog()
    .then(nextTask)
    .then(loadEngine)
    .then(nextTask)
    .then(() => import('./deferred-modules'))
    .then(
      (m) => {
        shellAdapter = m.shellAdapter;
        factory = m.createRegistries;
        done = true;
        announce();
        // The compose plugin (and its YAML parser) follows, once the first command can run.
        void nextTask().then(() => loadComposePlugin().catch(() => undefined));
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
  return loading;
}

/** Loads the compose plugin once (a failed load is tried again on the next call). */
function loadComposePlugin(): Promise<void> {
  composeLoading ??= loadCompose().then(
    () => {
      composeHere = true;
    },
    (error: unknown) => {
      composeLoading = undefined;
      throw error;
    },
  );
  return composeLoading;
}

/** Whether `line` may run `docker compose` (then it waits for the plugin; a script naming it cannot be seen). */
function mayNeedCompose(line: string | undefined): boolean {
  return line !== undefined && /\bcompose\b/.test(line);
}

/** Loads what `line` needs before it runs: the client and catalog, and the compose plugin if it names compose. */
export function loadDeferredFor(line?: string): Promise<void> {
  const client = loadDeferred();
  return mayNeedCompose(line) ? Promise.all([client, loadComposePlugin()]).then(() => undefined) : client;
}

/** Whether `line` can run now: the deferred modules are here (and the compose plugin, if it names compose). */
export function deferredLoadedFor(line?: string): boolean {
  return done && (composeHere || !mayNeedCompose(line));
}

/** Resolves once every deferred module is here (does not start loading them). */
export function whenDeferredLoaded(): Promise<void> {
  return arrived;
}

/** Whether every deferred module is here. */
export function deferredLoaded(): boolean {
  return done;
}

/** The docker client's adapter once loaded, else undefined. */
export function loadedShellAdapter(): typeof ShellAdapter | undefined {
  return shellAdapter;
}

/** The catalog's registry factory once loaded, else undefined. */
export function loadedCatalog(): RegistryFactory | undefined {
  return factory;
}
