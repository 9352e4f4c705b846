// `docker history` / `docker image history` (docker/cli 28.2.2 cli/command/image/history.go and
// formatter_history.go): GET /images/{name}/history, one row a layer, newest first, as the daemon
// lists them; `<missing>` for the layers that are not images of their own.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { daemonError, isError, pathSegment } from '../../client/api-client';
import { writeList } from '../common/write-list';
import { truncateId } from '../rows/container-row';
import { truncateRunes } from '../../format/ellipsis';
import { humanDuration, humanSizeWithPrecision } from '../../../kernel/go-units';

/** image.HistoryResponseItem. */
export interface HistoryItem {
  Id: string;
  Created: number;
  CreatedBy: string;
  Tags?: string[] | null;
  Size: number;
  Comment: string;
}

const HISTORY_HEADER: Readonly<Record<string, string>> = {
  ID: 'IMAGE',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  CreatedBy: 'CREATED BY',
  Size: 'SIZE',
  Comment: 'COMMENT',
};

const DEFAULT_FORMAT = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const NON_HUMAN_FORMAT = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
/** formatter.DefaultQuietFormat. */
const QUIET_FORMAT = '{{.ID}}';
/** Created dates before 2000 show as N/A. */
const EPOCH_2000 = Date.UTC(2000, 0, 1) / 1000;

/** time.Unix(s, 0).Format(time.RFC3339) in UTC. */
function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** historyContext: the fields of one row. */
function historyRow(h: HistoryItem, trunc: boolean, human: boolean, nowMs: number): Record<string, string> {
  const createdAt = rfc3339(h.Created);
  const createdBy = h.CreatedBy.replace(/\t/g, ' ');
  return {
    ID: trunc ? truncateId(h.Id) : h.Id,
    CreatedAt: createdAt,
    CreatedSince: !human
      ? createdAt
      : h.Created <= EPOCH_2000
        ? 'N/A'
        : `${humanDuration(nowMs - h.Created * 1000)} ago`,
    CreatedBy: trunc ? truncateRunes(createdBy, 45) : createdBy,
    Size: human ? humanSizeWithPrecision(h.Size, 3) : String(h.Size),
    Comment: h.Comment,
  };
}

/** Runs `docker history`. */
export function history(ctx: CommandContext): number {
  const { flags } = ctx;
  // -H defaults to true; `-H=false` turns it off.
  const human = !flags.changed('human') || flags.bool('human');
  const platform = flags.string('platform');
  const query: Record<string, string | undefined> = {};
  if (platform !== '') {
    const [os, architecture, variant] = platform.toLowerCase().split('/');
    query.platform = JSON.stringify({ architecture: architecture ?? '', os, ...(variant ? { variant } : {}) });
  }
  const response = ctx.client.request('GET', `/images/${pathSegment(ctx.args[0])}/history`, query);
  if (isError(response)) throw new CliError(daemonError(response));
  const items = (response.json as HistoryItem[] | null) ?? [];
  const source = flags.string('format') || 'table';
  const format =
    source === 'table' ? (flags.bool('quiet') ? QUIET_FORMAT : human ? DEFAULT_FORMAT : NON_HUMAN_FORMAT) : source;
  const trunc = !flags.bool('no-trunc');
  const now = ctx.nowMs();
  writeList(ctx.out, items, {
    format,
    header: HISTORY_HEADER,
    typeName: '*image.historyContext',
    row: (h) => historyRow(h, trunc, human, now),
  });
  return 0;
}
