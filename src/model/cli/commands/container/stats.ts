// `docker stats` (docker/cli 28.2.2 cli/command/container/stats.go RunStats): one collector per
// container (the ones named, else the listed ones: running, or all with -a), then a table every
// 500 ms of the client's clock. With --no-stream the first table is the only one; without it the
// command keeps the terminal (a ForegroundJob) and redraws in place until Ctrl+C.
import type { CommandContext, CommandResult } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError } from '../../client/api-client';
import { writeList } from '../common/write-list';
import { Output } from '../../docker/output';
import { DEFAULT_STATS_FORMAT, STATS_HEADER, statsFields, type StatsEntry } from './stats-entry';
import { collectUpTo, startCollector, type StatsCollector } from './stats-collector';
import { REFRESH_MS, statsJob } from './stats-job';

/** The table (or template output) of the rows, as statsFormatWrite writes it. */
function formatRows(collectors: readonly StatsCollector[], format: string, trunc: boolean): string {
  const fields = statsFields(trunc);
  const keys = Object.keys(fields).sort();
  const sink = new Output(() => 0);
  writeList<StatsEntry>(
    sink,
    collectors.map((c) => c.entry),
    {
      format,
      header: STATS_HEADER,
      typeName: '*container.statsContext',
      // formatter.MarshalJSON: the context's methods by name, sorted as Go writes a map.
      row: (entry) => Object.fromEntries(keys.map((k) => [k, fields[k](entry)])),
      fields,
    },
  );
  return sink.chunks.map((c) => c.text).join('');
}

/**
 * A streaming refresh: cursor home, the table, then (writing over the same buffer, as 28.2.2 does
 * before docker/cli's "fix buffer reuse when printing stats") each of its lines again followed by
 * " \033[K" (erase the rest of the line), then "\033[J" (erase below).
 */
function redraw(table: string): string {
  const text = `\x1b[H${table}`;
  let out = text;
  for (const line of text.split('\n')) out += `${line} \x1b[K\n`;
  return `${out}\x1b[J`;
}

/** The 12-character IDs of the containers `docker stats` shows when none is named. */
function listedIds(ctx: CommandContext, all: boolean): string[] {
  const response = ctx.client.request('GET', '/containers/json', { all: all ? 1 : undefined });
  if (isError(response)) throw new CliError(daemonError(response));
  return ((response.json as Array<{ Id: string }>) ?? []).map((c) => c.Id.slice(0, 12));
}

/** Runs `docker stats`. */
export function stats(ctx: CommandContext): number | CommandResult {
  const { flags } = ctx;
  const all = flags.bool('all');
  const noStream = flags.bool('no-stream');
  const trunc = !flags.bool('no-trunc');
  const format =
    flags.string('format') === '' || flags.string('format') === 'table' ? DEFAULT_STATS_FORMAT : flags.string('format');
  const showAll = ctx.args.length === 0;
  // Without names the real client first subscribes to container events (start, die, create with -a);
  // the job below lists the containers again before each refresh instead.
  const names = showAll ? listedIds(ctx, all) : [...new Set(ctx.args)];
  const collectors = names.map((name) => startCollector(ctx.client, name, !noStream));
  if (!showAll) {
    const errors = collectors.filter((c) => c.error !== undefined).map((c) => c.error!);
    // errors.Join: one line per failed container.
    if (errors.length > 0) throw new CliError(errors.join('\n'));
  }
  const live = collectors.filter((c) => c.error === undefined);
  const table = () => formatRows(live, format, trunc);
  if (noStream) {
    // The real client prints at its ticker's first tick, 500 ms of its own (wall) clock later; that
    // time is not the engine's, so the simulated client does not move the virtual clock either.
    ctx.out.out(table());
    return 0;
  }
  // A live table: the first comes at the ticker's first tick, while the streams go on.
  ctx.client.sleep(REFRESH_MS);
  const firstAt = ctx.nowMs();
  for (const c of live) collectUpTo(c, firstAt);
  ctx.out.out(redraw(table()));
  if (live.length === 0 && !showAll) return 0;
  const refreshList = showAll
    ? (rows: StatsCollector[]) => {
        const ids = listedIds(ctx, all);
        // The `die` event removes a row (not with -a); `start` (and `create` with -a) adds one.
        for (let i = rows.length - 1; i >= 0; i--) if (!all && rows[i].stopped) rows.splice(i, 1);
        for (const id of ids)
          if (!rows.some((r) => r.entry.container === id)) rows.push(startCollector(ctx.client, id, true));
      }
    : undefined;
  const job = statsJob({
    collectors: live,
    render: () => redraw(table()),
    refreshList,
    nextAt: firstAt + REFRESH_MS,
    now: () => ctx.nowMs(),
  });
  return { exitCode: 0, foreground: job };
}
