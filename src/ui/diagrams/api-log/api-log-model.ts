/** What the API log shows of the session's records: their exchanges, newest first, filtered by command. Pure. */

import type { ApiExchange, CommandRecord } from '../../../model/client';
import { API_LOG_LIMIT } from '../../common/view-port';

/** One row of the log. */
export interface ApiLogEntry {
  exchange: ApiExchange;
  /** The command line that made it ('' for the page's own actions, such as the daemon switch). */
  command: string;
}

/** The log as the view draws it. */
export interface ApiLogModel {
  /** The command lines to filter by, newest first (at most 60). */
  commands: string[];
  /** The exchanges the filter keeps, oldest first. */
  shown: ApiLogEntry[];
  /** The newest `rows` of them, newest first. */
  newest: ApiLogEntry[];
}

/** The last `API_LOG_LIMIT` exchanges of `records`, oldest first, each with its record's line. */
export function apiLogEntries(records: readonly CommandRecord[]): ApiLogEntry[] {
  const entries = records.flatMap((r) =>
    r.exchanges.map((exchange) => ({ exchange, command: r.action ? '' : r.line })),
  );
  return entries.slice(-API_LOG_LIMIT);
}

/** The log of `records` with `filter` ('' for every command), the newest `rows` of them drawn. */
export function projectApiLog(records: readonly CommandRecord[], filter: string, rows: number): ApiLogModel {
  const log = apiLogEntries(records);
  const commands = [...new Set(log.map((x) => x.command).filter(Boolean))].reverse().slice(0, 60);
  const kept = log.filter((x) => filter === '' || x.command === filter);
  return { commands, shown: kept, newest: kept.slice(-rows).reverse() };
}
