/**
 * What views read of the page's session, as narrow ports: each view takes the few things it
 * draws, never the session itself. `session/session.ts` implements them all.
 */

import type { CommandRecord } from '../../model/client';
import type { HostState, Registries, World } from '../../model';

/** The most lines the terminal keeps. */
export const TRANSCRIPT_LIMIT = 300;
/** The most API exchanges the API log keeps. */
export const API_LOG_LIMIT = 500;

/** A record being played and how many of its chunks are shown. */
export interface PlayingRecord {
  readonly record: CommandRecord;
  readonly shown: number;
}

/**
 * Something views follow (`SessionController`): `change` when the world or the records changed,
 * `command-start` and `command` (detail: the CommandRecord) to animate.
 */
export type SessionEvents = EventTarget;

/** What a diagram of the host reads. */
export interface HostPort extends SessionEvents {
  /** The host the page shows. */
  host(): HostState;
  /** Increases whenever the world or the records change (what a diagram selects). */
  readonly revision: number;
}

/** What the architecture view reads: the host, the world's hosts and the registries they pull from and push to. */
export interface ArchitecturePort extends HostPort {
  readonly world: {
    readonly state: { readonly registries: Registries; readonly hosts?: Readonly<Record<string, HostState>> };
  };
}

/** What the layers view reads: the host, the registries' catalog and the last command (a refused rmi). */
export interface LayersPort extends ArchitecturePort {
  readonly lastRecord: CommandRecord | undefined;
}

/** What the API log reads: the finished records, whose exchanges it lists. */
export interface RecordsPort extends SessionEvents {
  readonly records: readonly CommandRecord[];
}

/** What the browser pane reads: the host's published ports, and the world its browser reaches. */
export interface BrowserPort extends HostPort {
  readonly world: World;
}
