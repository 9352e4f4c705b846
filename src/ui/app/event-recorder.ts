/**
 * Listens to a world's domain events and groups them by the command that caused them: the API log
 * gets one entry per request/response pair, the views get one record per command to animate.
 */

import { defaultHost, subscribe, type World } from '../../model/world/world-base';
import type { DomainEvent } from '../../model/kernel/events';
import type { ApiExchange, CommandRecord } from './session-types';

/** The most API exchanges kept in the log. */
export const API_LOG_LIMIT = 500;

/** Groups a world's events into command records and API exchanges. */
export class EventRecorder {
  private current: CommandRecord | undefined;
  private open: Omit<ApiExchange, 'status'> | undefined;
  private unsubscribe: () => void = () => {};

  constructor(
    /** The log, newest last; shared with the session so it is saved with it. */
    readonly apiLog: ApiExchange[],
    private nextId: () => number,
  ) {}

  /** Starts listening to `world` (and stops listening to the previous one). */
  attach(world: World): void {
    this.unsubscribe();
    this.unsubscribe = subscribe(world, (event) => this.onEvent(event));
  }

  /** Stops listening. */
  detach(): void {
    this.unsubscribe();
    this.unsubscribe = () => {};
  }

  /** Opens a record for a command about to run on `world`. */
  begin(world: World, line: string): CommandRecord {
    const host = defaultHost(world);
    this.current = {
      id: this.nextId(),
      line,
      exitCode: 0,
      daemonRunning: host.daemon.status === 'running',
      events: [],
      exchanges: [],
      layersBefore: new Set(Object.keys(host.layers)),
    };
    return this.current;
  }

  /** Closes the open record and returns it. */
  end(exitCode: number): CommandRecord | undefined {
    const record = this.current;
    if (record) record.exitCode = exitCode;
    this.current = undefined;
    return record;
  }

  /** How much the running command has recorded so far (see `forget`). */
  mark(): { events: number; exchanges: number } {
    return { events: this.current?.events.length ?? 0, exchanges: this.current?.exchanges.length ?? 0 };
  }

  /** The running command was run again from its start (Ctrl+C cancelled its pull): forgets what it recorded up to `mark`. */
  forget(mark: { events: number; exchanges: number }): void {
    const record = this.current;
    if (!record) return;
    const ids = new Set(record.exchanges.slice(0, mark.exchanges).map((e) => e.id));
    const kept = this.apiLog.filter((e) => !ids.has(e.id));
    this.apiLog.splice(0, this.apiLog.length, ...kept);
    record.events.splice(0, mark.events);
    record.exchanges.splice(0, mark.exchanges);
  }

  /** The record of the command now running, if any. */
  get active(): CommandRecord | undefined {
    return this.current;
  }

  private onEvent(event: DomainEvent): void {
    const record = this.current;
    record?.events.push(event);
    if (event.type === 'api.request') {
      this.open = {
        id: this.nextId(),
        command: record?.line ?? '',
        commandId: record?.id ?? 0,
        method: event.method,
        path: event.path,
        query: event.query,
        requestBody: event.body,
      };
    } else if (event.type === 'api.response' && this.open) {
      const exchange: ApiExchange = { ...this.open, status: event.status, responseBody: event.body };
      this.open = undefined;
      this.apiLog.push(exchange);
      if (this.apiLog.length > API_LOG_LIMIT) this.apiLog.splice(0, this.apiLog.length - API_LOG_LIMIT);
      record?.exchanges.push(exchange);
    }
  }
}
