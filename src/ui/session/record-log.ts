/**
 * The session's records, newest last, and what they keep: the terminal shows the last
 * `TRANSCRIPT_LIMIT` lines, the API log the last `API_LOG_LIMIT` exchanges, so an older record is
 * dropped only once neither needs it. Pure.
 */

import type { CommandRecord } from '../../model/client';
import { API_LOG_LIMIT, TRANSCRIPT_LIMIT } from '../common/view-port';

export { API_LOG_LIMIT, TRANSCRIPT_LIMIT } from '../common/view-port';

/** `records` with `record` added, dropping the oldest records neither the terminal nor the API log needs. */
export function appendRecord(records: readonly CommandRecord[], record: CommandRecord): CommandRecord[] {
  const next = [...records, record];
  let exchanges = next.reduce((n, r) => n + r.exchanges.length, 0);
  let drop = 0;
  while (next.length - drop > TRANSCRIPT_LIMIT) {
    const oldest = next[drop];
    if (oldest.exchanges.length > 0 && exchanges - oldest.exchanges.length < API_LOG_LIMIT) break;
    exchanges -= oldest.exchanges.length;
    drop++;
  }
  return drop ? next.slice(drop) : next;
}

/**
 * The records a storage keeps: chunks reduced to the text they leave (the screen is the same),
 * events dropped (they animate a command once, as it runs). A saved session stays small.
 */
export function compactForStorage(record: CommandRecord): CommandRecord {
  const text = record.chunks.map((c) => c.text).join('');
  const stream = record.chunks.some((c) => c.stream === 'stdout') ? 'stdout' : 'stderr';
  return { ...record, chunks: text ? [{ stream, text, at: record.at }] : [], events: [] };
}
