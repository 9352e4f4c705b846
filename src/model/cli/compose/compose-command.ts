// `docker compose …`: the compose v2 CLI plugin's command line (cmd/compose/compose.go): its
// persistent flags (-f, -p, --project-directory, --ansi, --progress), then the subcommand with its
// own flags. The plugin runs in the client and reaches the daemon only through the Engine API.
// The real docker 28.2.2 client has no compose plugin installed here, so only ours runs it.
import { parseFlags, type FlagDef, type FlagValues } from '../flags/pflag';
import { CliError, type CommandContext, type CommandResult } from '../docker/context';
import type { Output } from '../docker/output';
import { ComposeError, loadProject, type LoadedProject } from './load-project';
import { createProgressWriter, type ProgressWriter } from './progress-writer';
import { ensureImages, upProject } from './up-project';
import { downProject } from './down-project';
import { psProject } from './ps-project';
import { projectContainers } from './compose-api';
import { followLogsJob, openLogs, pumpLogs } from './logs-project';
import { LogPrinter } from './log-printer';
import { YamlError } from './compose-yaml';
import { attachedUp } from './attached-up';
import { configText } from './config-project';
import { lsProjects } from './ls-projects';
import { LIFECYCLE_TITLE, lifecycleProject, type Lifecycle } from './lifecycle-project';

const flag = (long: string, short: string, type: string): FlagDef => ({ long, short, type });

const GLOBAL: FlagDef[] = [
  flag('file', 'f', 'stringArray'),
  flag('project-name', 'p', 'string'),
  flag('project-directory', '', 'string'),
  flag('ansi', '', 'string'),
  flag('progress', '', 'string'),
  flag('env-file', '', 'stringArray'),
  flag('profile', '', 'stringArray'),
  flag('parallel', '', 'int'),
  flag('compatibility', '', 'bool'),
  flag('dry-run', '', 'bool'),
  flag('all-resources', '', 'bool'),
  flag('help', 'h', 'bool'),
];

const SUBCOMMANDS: Readonly<Record<string, FlagDef[]>> = {
  up: [
    flag('detach', 'd', 'bool'),
    flag('build', '', 'bool'),
    flag('no-build', '', 'bool'),
    flag('force-recreate', '', 'bool'),
    flag('no-recreate', '', 'bool'),
    flag('no-deps', '', 'bool'),
    flag('pull', '', 'string'),
    flag('quiet-pull', '', 'bool'),
    flag('remove-orphans', '', 'bool'),
    flag('wait', '', 'bool'),
    flag('no-color', '', 'bool'),
    flag('no-log-prefix', '', 'bool'),
    flag('timestamps', '', 'bool'),
    flag('yes', 'y', 'bool'),
  ],
  create: [flag('build', '', 'bool'), flag('no-build', '', 'bool'), flag('pull', '', 'string')],
  down: [
    flag('volumes', 'v', 'bool'),
    flag('rmi', '', 'string'),
    flag('remove-orphans', '', 'bool'),
    flag('timeout', 't', 'int'),
  ],
  ps: [
    flag('all', 'a', 'bool'),
    flag('quiet', 'q', 'bool'),
    flag('services', '', 'bool'),
    flag('format', '', 'string'),
    flag('no-trunc', '', 'bool'),
    flag('orphans', '', 'bool'),
    flag('status', '', 'stringArray'),
    flag('filter', '', 'string'),
  ],
  logs: [
    flag('follow', 'f', 'bool'),
    flag('tail', 'n', 'string'),
    flag('timestamps', 't', 'bool'),
    flag('no-color', '', 'bool'),
    flag('no-log-prefix', '', 'bool'),
    flag('since', '', 'string'),
    flag('until', '', 'string'),
    flag('index', '', 'int'),
  ],
  build: [flag('no-cache', '', 'bool'), flag('pull', '', 'bool'), flag('quiet', 'q', 'bool')],
  config: [
    flag('quiet', 'q', 'bool'),
    flag('services', '', 'bool'),
    flag('volumes', '', 'bool'),
    flag('format', '', 'string'),
    flag('output', 'o', 'string'),
  ],
  pull: [flag('quiet', 'q', 'bool'), flag('ignore-pull-failures', '', 'bool')],
  stop: [flag('timeout', 't', 'int')],
  ls: [
    flag('all', 'a', 'bool'),
    flag('quiet', 'q', 'bool'),
    flag('format', '', 'string'),
    flag('filter', '', 'string'),
  ],
  start: [flag('wait', '', 'bool')],
  restart: [flag('timeout', 't', 'int'), flag('no-deps', '', 'bool')],
};

/** What every subcommand gets: the context, its flags and arguments. */
interface Run {
  ctx: CommandContext;
  flags: FlagValues;
  args: string[];
}

function load(run: Run): LoadedProject {
  const { flags, ctx } = run;
  try {
    const loaded = loadProject(ctx.local, {
      files: flags.list('file'),
      projectName: flags.changed('project-name') ? flags.string('project-name') : undefined,
      projectDirectory: flags.string('project-directory') || undefined,
    });
    for (const warning of loaded.warnings) warn(ctx, warning);
    return loaded;
  } catch (error) {
    if (error instanceof ComposeError || error instanceof YamlError) throw new CliError(error.message);
    throw error;
  }
}

/** logrus's warning as the plugin prints it: `WARN[0000] …` on a terminal, key=value lines on a pipe. */
function warn(ctx: CommandContext, message: string): void {
  if (ctx.term.stderrTty) ctx.out.err(`\x1b[33mWARN\x1b[0m[0000] ${message} \n`);
  else {
    const time = new Date(ctx.nowMs()).toISOString().replace(/\.\d+Z$/, 'Z');
    ctx.out.err(`time="${time}" level=warning msg="${message.replace(/"/g, '\\"')}"\n`);
  }
}

function progress(run: Run, title = 'Running', out: Output = run.ctx.out): ProgressWriter {
  const mode = run.flags.string('progress', 'auto');
  if (mode === 'quiet') return { event() {}, stop() {} };
  const tty = mode === 'tty' || (mode === 'auto' && run.ctx.term.stderrTty);
  return createProgressWriter(out, tty, run.ctx.term.cols, run.ctx.nowMs, title);
}

/** Runs the operation with its progress writer, stopping the writer even when it fails. */
function withProgress<T>(run: Run, title: string, operation: (w: ProgressWriter) => T): T {
  const w = progress(run, title);
  try {
    return operation(w);
  } finally {
    w.stop();
  }
}

function up(run: Run): number | CommandResult {
  const { project } = load(run);
  const { ctx, flags } = run;
  const options = { build: flags.bool('build'), noBuild: flags.bool('no-build'), files: ctx.local.files };
  if (flags.bool('detach')) {
    withProgress(run, 'Running', (w) => upProject(ctx.client, project, options, w));
    return 0;
  }
  return attachedUp(ctx, project, options, (title, out) => progress(run, title, out), !flags.bool('no-log-prefix'));
}

function down(run: Run): number {
  const { project } = load(run);
  const rmi = run.flags.string('rmi');
  if (!['', 'local', 'all'].includes(rmi)) throw new CliError(`invalid --rmi option "${rmi}"`);
  const warning = withProgress(run, 'Running', (w) =>
    downProject(
      run.ctx.client,
      project,
      {
        volumes: run.flags.bool('volumes'),
        rmi: rmi as '' | 'local' | 'all',
        timeout: run.flags.changed('timeout') ? run.flags.int('timeout', 10) : undefined,
      },
      w,
    ),
  );
  if (warning) warn(run.ctx, warning);
  return 0;
}

function ps(run: Run): number {
  const { project } = load(run);
  const { flags, ctx } = run;
  ctx.out.out(
    psProject(
      ctx.client,
      project.name,
      { all: flags.bool('all'), quiet: flags.bool('quiet'), services: flags.bool('services'), only: run.args },
      ctx.nowMs(),
    ),
  );
  return 0;
}

function logs(run: Run): number | CommandResult {
  const { project } = load(run);
  const { flags, ctx } = run;
  const containers = projectContainers(ctx.client, project.name).filter(
    (c) => run.args.length === 0 || run.args.includes(c.Labels?.['com.docker.compose.service'] ?? ''),
  );
  const streams = openLogs(ctx.client, containers, project.name, {
    follow: flags.bool('follow') ? '1' : undefined,
    tail: flags.string('tail', 'all'),
    timestamps: flags.bool('timestamps') ? '1' : undefined,
    since: flags.string('since') || undefined,
    until: flags.string('until') || undefined,
  });
  const color = ctx.term.stdoutTty && !flags.bool('no-color') && run.flags.string('ansi', 'auto') !== 'never';
  const printer = new LogPrinter(
    streams.map((s) => s.name),
    color,
    !flags.bool('no-log-prefix'),
  );
  if (!flags.bool('follow')) {
    pumpLogs(ctx.client, streams, printer, ctx.out, true);
    return 0;
  }
  if (pumpLogs(ctx.client, streams, printer, ctx.out, false)) return 0;
  return { exitCode: 0, foreground: followLogsJob(ctx.client, streams, printer) };
}

function config(run: Run): number {
  const { project } = load(run);
  const { flags, ctx } = run;
  if (flags.bool('quiet')) return 0;
  if (flags.bool('services')) ctx.out.out(project.services.map((s) => `${s.name}\n`).join(''));
  else if (flags.bool('volumes')) ctx.out.out(project.volumes.map((v) => `${v.key}\n`).join(''));
  else ctx.out.out(configText(project));
  return 0;
}

function build(run: Run): number {
  const { project } = load(run);
  const services = project.services.filter((s) => s.build && (run.args.length === 0 || run.args.includes(s.name)));
  withProgress(run, 'Building', (w) =>
    ensureImages(
      run.ctx.client,
      { ...project, services },
      { build: true, noBuild: false, files: run.ctx.local.files },
      w,
    ),
  );
  return 0;
}

/** stop, start, restart: one event pair per container. */
const lifecycle =
  (operation: Lifecycle) =>
  (run: Run): number => {
    const { project } = load(run);
    withProgress(run, LIFECYCLE_TITLE[operation], (w) =>
      lifecycleProject(run.ctx.client, project, operation, run.args, w),
    );
    return 0;
  };

const HANDLERS: Readonly<Record<string, (run: Run) => number | CommandResult>> = {
  up,
  down,
  ps,
  logs,
  config,
  build,
  ls: (run) => {
    run.ctx.out.out(lsProjects(run.ctx.client, run.flags.bool('all'), run.flags.bool('quiet')));
    return 0;
  },
  stop: lifecycle('stop'),
  start: lifecycle('start'),
  restart: lifecycle('restart'),
};

/** Runs `docker compose ARGS…` (the plugin's whole command line after `compose`). */
export function compose(ctx: CommandContext): number | CommandResult {
  const globals = parseFlags(ctx.args, GLOBAL, false);
  if (!globals.ok) throw new CliError(globals.error);
  const [sub, ...rest] = globals.args;
  if (sub === undefined || globals.flags.bool('help'))
    throw new CliError(
      'pelabuhan: the help of docker compose is not simulated; try docker compose up -d, ps, logs, down, build, config',
    );
  const handler = HANDLERS[sub];
  if (!handler) throw new CliError(`pelabuhan: docker compose ${sub} is not simulated`);
  const parsed = parseFlags(rest, [...GLOBAL, ...(SUBCOMMANDS[sub] ?? [])], true);
  if (!parsed.ok) throw new CliError(parsed.error);
  // Flags given before and after the subcommand count as one set (cobra's persistent flags).
  const merged = parseFlags(
    [...ctx.args.slice(0, ctx.args.length - globals.args.length), ...rest],
    [...GLOBAL, ...(SUBCOMMANDS[sub] ?? [])],
    true,
  );
  if (!merged.ok) throw new CliError(merged.error);
  return handler({ ctx, flags: merged.flags, args: parsed.args });
}
