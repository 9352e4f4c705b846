/**
 * Sessions saved before the one command record (format 1) described the terminal as screen lines
 * per block and kept a separate API log. They are read as records: the log's exchanges grouped by
 * the command that made them (before the terminal's lines, which they cannot be matched to), then
 * each terminal block as a record whose output is its screen lines.
 */

import type { ApiExchange, CommandRecord } from '../../model/client';

/** A terminal block as format 1 saved it. */
interface LegacyBlock {
  line: string;
  output: string[];
  exitCode?: number;
  interrupted?: boolean;
  continued?: boolean;
  pending?: boolean;
}

/** An API log entry as format 1 saved it. */
interface LegacyExchange {
  command: string;
  commandId: number;
  method: string;
  path: string;
  query?: string;
  requestBody?: unknown;
  status: number;
  responseBody?: unknown;
}

/** A session as format 1 saved it. */
export interface LegacySession {
  format: 1;
  history: unknown;
  transcript: unknown;
  apiLog: unknown;
  nextId: unknown;
}

/** Whether `saved` claims format 1. */
export function isLegacySession(saved: { format: unknown }): saved is LegacySession {
  return saved.format === 1;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function isBlock(v: unknown): v is LegacyBlock {
  const b = v as LegacyBlock;
  return !!b && typeof b.line === 'string' && isStringArray(b.output);
}

function isExchange(v: unknown): v is LegacyExchange {
  const e = v as LegacyExchange;
  return !!e && typeof e.method === 'string' && typeof e.path === 'string' && typeof e.status === 'number';
}

/** A format 1 session as records, or undefined when its parts are damaged. */
export function recordsOfLegacy(
  saved: LegacySession,
): { history: string[]; records: CommandRecord[]; shownFrom: number; nextId: number } | undefined {
  const { history, transcript, apiLog, nextId } = saved;
  if (!isStringArray(history) || !Array.isArray(transcript) || !Array.isArray(apiLog)) return undefined;
  if (!transcript.every(isBlock) || !apiLog.every(isExchange) || typeof nextId !== 'number') return undefined;
  let id = 1;
  const byCommand = new Map<number, CommandRecord>();
  for (const x of apiLog) {
    let record = byCommand.get(x.commandId);
    if (!record) {
      record = bare(id++, x.command, 80);
      if (x.command === '') record.action = { kind: 'daemon' };
      byCommand.set(x.commandId, record);
    }
    const exchange: ApiExchange = {
      id: 0,
      method: x.method,
      path: x.path,
      query: x.query ?? '',
      status: x.status,
      at: 0,
    };
    if (x.requestBody !== undefined) exchange.requestBody = x.requestBody;
    if (x.responseBody !== undefined) exchange.responseBody = x.responseBody;
    record.exchanges.push(exchange);
  }
  for (const record of byCommand.values()) for (const x of record.exchanges) x.id = id++;
  const shownFrom = id;
  const records = [...byCommand.values()];
  let previous = '';
  for (const b of transcript) {
    const width = Math.max(80, ...b.output.map((l) => l.length));
    // A continued block kept only its own part; the record holds the whole line.
    const line = b.continued ? `${previous}\n${b.line}` : b.line;
    const record = bare(id++, line, width);
    if (b.output.length) record.chunks.push({ stream: 'stdout', text: `${b.output.join('\n')}\n`, at: 0 });
    record.exitCode = b.exitCode ?? 0;
    if (b.interrupted) record.interrupted = true;
    if (b.pending) record.incomplete = true;
    previous = line;
    records.push(record);
  }
  return { history, records, shownFrom, nextId: Math.max(nextId, id) };
}

function bare(id: number, line: string, cols: number): CommandRecord {
  return { id, line, at: 0, cols, tty: true, chunks: [], exitCode: 0, exchanges: [], events: [], daemonRunning: true };
}
