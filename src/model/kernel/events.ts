/**
 * Domain events: the facts the engine announces so views can animate them. Events are emitted
 * synchronously while the model changes; the model never knows who listens.
 */

/** Every fact the engine announces, dot-namespaced and in the past tense. */
export type DomainEvent =
  | { type: 'api.request'; host: string; method: string; path: string; query: string; body?: unknown }
  | { type: 'api.response'; host: string; method: string; path: string; status: number; body?: unknown }
  | {
      type: 'image.layer.progress';
      host: string;
      layerId: string;
      status: string;
      current?: number;
      total?: number;
      at: number;
    }
  | { type: 'image.pulled'; host: string; imageId: string; reference: string }
  /** One build step ran or came from the cache (`#5 [2/3] RUN …` / `#5 CACHED`). */
  | { type: 'build.step'; host: string; vertex: string; name: string; cached: boolean; at: number }
  /** A build finished and stored its image (tags fully qualified; none for an untagged build). */
  | { type: 'image.built'; host: string; imageId: string; tags: string[] }
  /** The daemon checked credentials with a registry (`POST /auth`). */
  | { type: 'registry.auth'; host: string; registry: string; ok: boolean }
  /**
   * One layer of a push reached the registry: `Pushed`, `Layer already exists`, or `Mounted from
   * library/alpine` (a cross-repository mount: no bytes travelled).
   */
  | {
      type: 'image.layer.pushed';
      host: string;
      registry: string;
      repository: string;
      layerId: string;
      status: string;
      at: number;
    }
  /** A push ended: the registry now serves `reference` (`docker.io/user/app:1.0`) as `digest`. */
  | { type: 'image.pushed'; host: string; registry: string; reference: string; digest: string }
  | { type: 'image.tagged'; host: string; imageId: string; reference: string }
  | { type: 'image.untagged'; host: string; imageId: string; reference: string }
  | { type: 'image.deleted'; host: string; imageId: string }
  | { type: 'layer.stored'; host: string; chainId: string }
  | { type: 'layer.deleted'; host: string; chainId: string }
  | { type: 'container.created'; host: string; containerId: string; name: string }
  | { type: 'container.removed'; host: string; containerId: string; name: string }
  | {
      type: 'container.state.changed';
      host: string;
      containerId: string;
      name: string;
      from: string;
      to: string;
      event: string;
    }
  | { type: 'container.oom'; host: string; containerId: string; name: string }
  | {
      type: 'container.output';
      host: string;
      containerId: string;
      stream: 'stdout' | 'stderr';
      text: string;
      /** Written without a newline (a prompt, a TTY's echo of typed keys). */
      partial?: true;
    }
  | { type: 'exec.created'; host: string; containerId: string; execId: string }
  | { type: 'exec.started'; host: string; containerId: string; execId: string }
  | {
      type: 'exec.output';
      host: string;
      containerId: string;
      execId: string;
      stream: 'stdout' | 'stderr';
      /** With its line end, unless the process wrote none (a shell's prompt). */
      text: string;
    }
  | { type: 'exec.died'; host: string; containerId: string; execId: string; exitCode: number }
  | { type: 'name.reserved'; host: string; name: string; containerId: string }
  | { type: 'name.released'; host: string; name: string; containerId: string }
  | { type: 'volume.created'; host: string; name: string }
  | { type: 'volume.removed'; host: string; name: string }
  | { type: 'network.created'; host: string; networkId: string; name: string }
  | { type: 'network.removed'; host: string; networkId: string; name: string }
  | { type: 'network.connected'; host: string; networkId: string; containerId: string }
  | { type: 'network.disconnected'; host: string; networkId: string; containerId: string }
  | { type: 'daemon.stopped'; host: string }
  | { type: 'daemon.started'; host: string }
  | { type: 'clock.advanced'; fromMs: number; toMs: number };

/** A function that receives domain events. */
export type EventListener = (event: DomainEvent) => void;

/** Anything that has listeners of domain events (a world). */
export interface EventSource {
  listeners: Set<EventListener>;
}

/** Announces a domain event to every listener. */
export function emit(source: EventSource, event: DomainEvent): void {
  for (const listener of source.listeners) listener(event);
}

/** Subscribes to domain events; returns the function that unsubscribes. */
export function subscribe(source: EventSource, listener: EventListener): () => void {
  source.listeners.add(listener);
  return () => source.listeners.delete(listener);
}
