// `docker compose up` without -d (pkg/compose/up.go): create with progress, print `Attaching to …`,
// start the containers (no events: the start runs outside the progress writer), then keep the
// terminal as a job printing each container's output with its prefix. A container that ends prints
// `mongodb-1 exited with code 0`; when all have ended, up returns. Ctrl+C prints `Gracefully
// stopping... (press Ctrl+C again to force)` and stops the project with the `Stopping` progress.
// Not modelled: compose's navigation menu on a terminal (`w Enable Watch`), the second Ctrl+C
// (kill), and the exit status after Ctrl+C, which the simulator takes as 130 (SIGINT; a guess).
import type { CommandContext, CommandResult } from '../docker/context';
import { CliError } from '../docker/context';
import type { ForegroundJob } from '../docker/foreground-job';
import type { Output } from '../docker/output';
import { daemonError, isError, pathSegment } from '../client/api-client';
import { containerName, dependencyOrder, type ComposeProject } from './project';
import type { ProgressWriter } from './progress-writer';
import { upProject, type UpOptions } from './up-project';
import { projectContainers } from './compose-api';
import { shortName, type ContainerStream } from './logs-project';
import { LogPrinter } from './log-printer';

/** Runs an attached `up`; `writer(title)` gives a progress writer for the terminal. */
export function attachedUp(
  ctx: CommandContext,
  project: ComposeProject,
  options: UpOptions,
  writer: (title: string, out?: Output) => ProgressWriter,
  prefix: boolean,
): number | CommandResult {
  const { client } = ctx;
  const w = writer('Running');
  try {
    upProject(client, project, options, w, false);
  } finally {
    w.stop();
  }
  const containers = projectContainers(client, project.name);
  const streams: Array<ContainerStream & { id: string }> = containers.map((c) => {
    const inspect = client.request('GET', `/containers/${pathSegment(c.Id)}/json`);
    const tty = (inspect.json as { Config?: { Tty?: boolean } } | undefined)?.Config?.Tty ?? false;
    const attach = client.request('POST', `/containers/${pathSegment(c.Id)}/attach`, {
      stream: '1',
      stdout: '1',
      stderr: '1',
    });
    if (isError(attach) || !attach.body) throw new CliError(daemonError(attach));
    return { id: c.Id, name: shortName(c, project.name), tty, body: attach.body, ended: false };
  });
  ctx.out.out(`Attaching to ${streams.map((s) => s.name).join(', ')}\n`);
  const printer = new LogPrinter(
    streams.map((s) => s.name),
    ctx.term.stdoutTty,
    prefix,
  );
  for (const s of dependencyOrder(project.services)) {
    const c = containers.find((c) => c.Labels?.['com.docker.compose.service'] === s.name);
    if (!c || c.State === 'running') continue;
    const start = client.request('POST', `/containers/${pathSegment(c.Id)}/start`);
    if (isError(start)) throw new CliError(daemonError(start));
  }

  const exitCode = (id: string): number => {
    const inspect = client.request('GET', `/containers/${pathSegment(id)}/json`);
    return (inspect.json as { State?: { ExitCode?: number } } | undefined)?.State?.ExitCode ?? 0;
  };
  const pump = (out: Output): boolean => {
    const pieces: Array<{ at: number; s: (typeof streams)[number]; stream: 'stdout' | 'stderr'; text: string }> = [];
    const ended: Array<(typeof streams)[number]> = [];
    for (const s of streams) {
      if (s.ended) continue;
      s.ended = client.pollStream(s.body, (frames) => {
        for (const f of frames)
          if ('stream' in f) pieces.push({ at: f.at, s, stream: s.tty ? 'stdout' : f.stream, text: f.text });
      });
      if (s.ended) ended.push(s);
    }
    pieces.sort((a, b) => a.at - b.at);
    for (const p of pieces) printer.write(out, p.s.name, p.stream, p.text, p.at);
    for (const s of ended) printer.status(out, s.name, `exited with code ${exitCode(s.id)}`, client.now());
    return streams.every((s) => s.ended);
  };
  if (pump(ctx.out)) return 0;

  let done = false;
  const job: ForegroundJob = {
    readsInput: false,
    rawInput: false,
    input: (_text, out) => job.follow(out),
    follow(out) {
      if (!done && pump(out)) done = true;
      return done ? 0 : undefined;
    },
    wakeAt() {
      if (done) return undefined;
      const times = streams
        .filter((s) => !s.ended)
        .map((s) => s.body.wakeAt())
        .filter((t): t is number => t !== undefined);
      return times.length ? Math.min(...times) : undefined;
    },
    interrupt(out) {
      out.err('Gracefully stopping... (press Ctrl+C again to force)\n', client.now());
      const sink = writer('Stopping', out);
      try {
        for (const s of [...dependencyOrder(project.services)].reverse()) {
          const name = containerName(project, s);
          const c = containers.find((c) => c.Labels?.['com.docker.compose.service'] === s.name);
          if (!c) continue;
          const event = `Container ${name}`;
          sink.event({ id: event, status: 'working', statusText: 'Stopping' });
          const stop = client.request('POST', `/containers/${pathSegment(c.Id)}/stop`);
          if (isError(stop) && stop.status !== 304) throw new CliError(daemonError(stop));
          sink.event({ id: event, status: 'done', statusText: 'Stopped' });
        }
      } finally {
        sink.stop();
      }
      pump(out);
      for (const s of streams) s.body.close();
      done = true;
      return 130;
    },
    close() {
      for (const s of streams) s.body.close();
    },
  };
  return { exitCode: 0, foreground: job };
}
