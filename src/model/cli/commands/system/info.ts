// `docker info` (docker/cli cli/command/system/info.go prettyPrintInfo): the client's lines, then
// the server's from GET /info, line by line in docker's order.
import type { CommandContext } from '../../docker/context';
import { CliError } from '../../docker/context';
import { DaemonUnreachable, daemonError, isError } from '../../client/api-client';
import { bytesSize } from '../../../kernel/go-units';
import { executeDockerTemplate, parseDockerTemplate, preprocessFormat } from '../../format/template';
import { jsonToGo } from '../common/go-json';

type Info = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const clientLines = (context: string) => ` Version:    28.2.2\n Context:    ${context}\n Debug Mode: false\n`;

/** The server part, as prettyPrintServerInfo writes it. */
function serverLines(info: Info): string {
  const lines: string[] = [];
  const add = (label: string, value: unknown) => lines.push(`${label} ${value}`);
  const nonEmpty = (label: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') add(label, value);
  };
  add(' Containers:', info.Containers);
  add('  Running:', info.ContainersRunning);
  add('  Paused:', info.ContainersPaused);
  add('  Stopped:', info.ContainersStopped);
  add(' Images:', info.Images);
  nonEmpty(' Server Version:', info.ServerVersion);
  nonEmpty(' Storage Driver:', info.Driver);
  for (const [k, v] of (info.DriverStatus ?? []) as string[][]) lines.push(`  ${k}: ${v}`);
  for (const [k, v] of (info.SystemStatus ?? []) as string[][]) lines.push(` ${k}: ${v}`);
  nonEmpty(' Logging Driver:', info.LoggingDriver);
  nonEmpty(' Cgroup Driver:', info.CgroupDriver);
  nonEmpty(' Cgroup Version:', info.CgroupVersion);
  lines.push(' Plugins:');
  add('  Volume:', (info.Plugins?.Volume ?? []).join(' '));
  add('  Network:', (info.Plugins?.Network ?? []).join(' '));
  if ((info.Plugins?.Authorization ?? []).length > 0) add('  Authorization:', info.Plugins.Authorization.join(' '));
  add('  Log:', (info.Plugins?.Log ?? []).join(' '));
  if ((info.CDISpecDirs ?? []).length > 0) {
    lines.push(' CDI spec directories:');
    for (const dir of info.CDISpecDirs) lines.push(`  ${dir}`);
  }
  add(' Swarm:', info.Swarm?.LocalNodeState ?? '');
  const runtimes = Object.keys(info.Runtimes ?? {});
  if (runtimes.length > 0) {
    add(' Runtimes:', runtimes.join(' '));
    add(' Default Runtime:', info.DefaultRuntime);
  }
  if (info.OSType === 'linux') {
    add(' Init Binary:', info.InitBinary);
    add(' containerd version:', info.ContainerdCommit?.ID ?? '');
    add(' runc version:', info.RuncCommit?.ID ?? '');
    add(' init version:', info.InitCommit?.ID ?? '');
    const options = (info.SecurityOptions ?? []) as string[];
    if (options.length > 0) {
      lines.push(' Security Options:');
      for (const option of options) {
        const fields = option.split(',').map((f) => f.split('='));
        const name = fields.find(([k]) => k === 'name')?.[1] ?? '';
        lines.push(`  ${name}`);
        const profile = fields.find(([k]) => k === 'profile');
        if (profile) lines.push(`   Profile: ${profile[1]}`);
      }
    }
  }
  nonEmpty(' Kernel Version:', info.KernelVersion);
  nonEmpty(' Operating System:', info.OperatingSystem);
  nonEmpty(' OSType:', info.OSType);
  nonEmpty(' Architecture:', info.Architecture);
  add(' CPUs:', info.NCPU);
  add(' Total Memory:', bytesSize(info.MemTotal ?? 0));
  nonEmpty(' Name:', info.Name);
  nonEmpty(' ID:', info.ID);
  add(' Docker Root Dir:', info.DockerRootDir);
  add(' Debug Mode:', info.Debug);
  nonEmpty(' HTTP Proxy:', info.HttpProxy);
  nonEmpty(' HTTPS Proxy:', info.HttpsProxy);
  nonEmpty(' No Proxy:', info.NoProxy);
  if ((info.Labels ?? []).length > 0) {
    lines.push(' Labels:');
    for (const l of info.Labels) lines.push(`  ${l}`);
  }
  add(' Experimental:', info.ExperimentalBuild);
  const registry = info.RegistryConfig;
  if (
    registry &&
    ((registry.InsecureRegistryCIDRs ?? []).length > 0 || Object.keys(registry.IndexConfigs ?? {}).length > 0)
  ) {
    lines.push(' Insecure Registries:');
    for (const config of Object.values(registry.IndexConfigs ?? {}) as Array<{ Name: string; Secure: boolean }>)
      if (!config.Secure) lines.push(`  ${config.Name}`);
    for (const cidr of registry.InsecureRegistryCIDRs ?? []) lines.push(`  ${cidr}`);
  }
  if (registry && (registry.Mirrors ?? []).length > 0) {
    lines.push(' Registry Mirrors:');
    for (const m of registry.Mirrors) lines.push(`  ${m}`);
  }
  add(' Live Restore Enabled:', info.LiveRestoreEnabled);
  return `${lines.join('\n')}\n\n`;
}

/** Runs `docker info`. */
export function info(ctx: CommandContext): number {
  const format = ctx.flags.string('format');
  let server: Info | undefined;
  let failure: string | undefined;
  try {
    const response = ctx.client.request('GET', '/info');
    if (isError(response)) failure = daemonError(response);
    else server = response.json as Info;
  } catch (error) {
    if (!(error instanceof DaemonUnreachable)) throw error;
    failure = error.message;
  }
  if (format !== '') {
    const parsed = parseDockerTemplate(format === 'json' ? '{{json .}}' : preprocessFormat(format).template);
    if (!parsed.ok) throw new CliError(`template parsing error: ${parsed.error}`, 64);
    if (failure !== undefined) throw new CliError(failure);
    const all: Info = {
      ...server,
      ClientInfo: { Debug: false, Context: ctx.currentContext ?? 'default', Plugins: [], Warnings: null },
      ClientErrors: null,
    };
    const data = jsonToGo(all, false, 'system.dockerInfo');
    const result = executeDockerTemplate(parsed.template, data, { methodSet: false, jsonAsMap: false });
    ctx.out.out(`${result.output}\n`);
    if (result.error !== undefined) throw new CliError(result.error);
    return 0;
  }
  ctx.out.out(`Client:\n${clientLines(ctx.currentContext ?? 'default')}\nServer:\n`);
  if (failure !== undefined) throw new CliError(failure);
  ctx.out.out(serverLines(server!));
  return 0;
}
