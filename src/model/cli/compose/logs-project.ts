// `docker compose logs [-f] [SERVICE…]` (pkg/compose/logs.go): each container's log stream read
// through the Engine API and printed through the log printer, the streams' lines in the order
// they were written. With -f the command keeps the terminal as a job that prints as the
// containers write, until they all stop or Ctrl+C.
import type { ApiClient } from '../client/api-client';
import { daemonError, isError, pathSegment } from '../client/api-client';
import { CliError } from '../docker/context';
import type { ForegroundJob } from '../docker/foreground-job';
import type { Output } from '../docker/output';
import type { StreamBody, StreamFrame } from '../../api/types';
import type { ContainerSummary } from '../commands/rows/container-row';
import { LABEL, containerNameOf } from './compose-api';
import { LogPrinter } from './log-printer';

/** One container's open log (or attach) stream. */
export interface ContainerStream {
  name: string;
  tty: boolean;
  body: StreamBody;
  ended: boolean;
}

/** getContainerNameWithoutProject: `app-mongodb-1` is `mongodb-1`; a container_name stays whole. */
export function shortName(c: ContainerSummary, project: string): string {
  const name = containerNameOf(c);
  const service = c.Labels?.[LABEL.service] ?? '';
  const number = c.Labels?.[LABEL.number] ?? '1';
  return name === `${project}-${service}-${number}` ? name.slice(project.length + 1) : name;
}

/** Opens the log stream of each container. */
export function openLogs(
  client: ApiClient,
  containers: readonly ContainerSummary[],
  project: string,
  query: Record<string, string | undefined>,
): ContainerStream[] {
  return containers.map((c) => {
    const inspect = client.request('GET', `/containers/${pathSegment(c.Id)}/json`);
    if (isError(inspect)) throw new CliError(daemonError(inspect));
    const tty = (inspect.json as { Config?: { Tty?: boolean } }).Config?.Tty ?? false;
    const response = client.request('GET', `/containers/${pathSegment(c.Id)}/logs`, {
      stdout: '1',
      stderr: '1',
      ...query,
    });
    if (isError(response)) throw new CliError(daemonError(response));
    if (!response.body) throw new CliError('no log stream');
    return { name: shortName(c, project), tty, body: response.body, ended: false };
  });
}

/** Reads what every stream has (waiting for each when `block`), printing the lines in time order. */
export function pumpLogs(
  client: ApiClient,
  streams: readonly ContainerStream[],
  printer: LogPrinter,
  out: Output,
  block: boolean,
): boolean {
  const pieces: Array<{ at: number; name: string; stream: 'stdout' | 'stderr'; text: string; order: number }> = [];
  for (const s of streams) {
    if (s.ended) continue;
    const take = (frames: StreamFrame[]) => {
      for (const f of frames)
        if ('stream' in f)
          pieces.push({
            at: f.at,
            name: s.name,
            stream: s.tty ? 'stdout' : f.stream,
            text: f.text,
            order: pieces.length,
          });
    };
    s.ended = block ? client.readStream(s.body, take) : client.pollStream(s.body, take);
  }
  pieces.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const p of pieces) printer.write(out, p.name, p.stream, p.text, p.at);
  return streams.every((s) => s.ended);
}

/** The job of `logs -f` (and of an attached `up`): prints as the containers write. */
export function followLogsJob(
  client: ApiClient,
  streams: ContainerStream[],
  printer: LogPrinter,
  onInterrupt: (out: Output) => number = () => 130,
): ForegroundJob {
  let ended = false;
  const follow = (out: Output) => {
    if (!ended && pumpLogs(client, streams, printer, out, false)) ended = true;
    return ended ? 0 : undefined;
  };
  const closeAll = () => {
    for (const s of streams) s.body.close();
  };
  return {
    readsInput: false,
    rawInput: false,
    input: (_text, out) => follow(out),
    follow,
    wakeAt() {
      if (ended) return undefined;
      const times = streams
        .filter((s) => !s.ended)
        .map((s) => s.body.wakeAt())
        .filter((t): t is number => t !== undefined);
      return times.length ? Math.min(...times) : undefined;
    },
    interrupt(out) {
      closeAll();
      ended = true;
      return onInterrupt(out);
    },
    close: closeAll,
  };
}
