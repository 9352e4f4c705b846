// docker/cli cli/command/container/opts.go parse(): the run/create flags turned into the create
// request's Config, HostConfig and NetworkingConfig, with the client-side validation errors in
// the order docker checks them. Flags with no effect in the simulation are still accepted.
import type { FlagValues } from '../../flags/pflag';
import { parsePortSpecs, parsePortRange, splitProtoPort } from './port-spec';
import { parseVolumeSpec } from './volume-spec';
import { absolutePath, parseMountOpt, type MountSpec } from '../../flags/mount-opt';
import { ConfigError } from './config-error';
import { resourceFields } from './resource-flags';

/** The create request body, as the real client sends it. */
export interface CreateBody {
  body: Record<string, unknown>;
  name: string;
  platform: string;
  autoRemove: boolean;
  attachStdin: boolean;
  attachStdout: boolean;
  attachStderr: boolean;
  tty: boolean;
}

// The host shell has no `cd`: the client always runs in its PWD (shell/shell.ts), the user's home.
const CLIENT_WORKING_DIR = '/home/user';

const DEFAULT_NETWORKS = new Set(['default', 'bridge', 'host', 'none']);

function kvMap(list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const at = item.indexOf('=');
    if (at < 0) out[item] = '';
    else out[item.slice(0, at)] = item.slice(at + 1);
  }
  return out;
}

/** opts.ParseRestartPolicy. */
function restartPolicy(policy: string): { Name: string; MaximumRetryCount: number } {
  if (policy === '') return { Name: '', MaximumRetryCount: 0 };
  const at = policy.indexOf(':');
  const name = at < 0 ? policy : policy.slice(0, at);
  const count = at < 0 ? '' : policy.slice(at + 1);
  if (at >= 0 && name === '') throw new ConfigError('invalid restart policy format: no policy provided before colon');
  let max = 0;
  if (count !== '') {
    if (!/^[+-]?\d+$/.test(count))
      throw new ConfigError('invalid restart policy format: maximum retry count must be an integer');
    max = Number(count);
  }
  return { Name: name, MaximumRetryCount: max };
}

/** Builds the create request from `image`, `args` and the flags. */
export function buildCreateBody(flags: FlagValues, image: string, args: readonly string[]): CreateBody {
  const attach = flags.list('attach').map((a) => a.toLowerCase());
  const interactive = flags.bool('interactive');
  const attachStdin = attach.includes('stdin') || interactive;
  let attachStdout = attach.includes('stdout');
  let attachStderr = attach.includes('stderr');
  if (attach.length === 0) {
    attachStdout = true;
    attachStderr = true;
  }

  const swappiness = flags.int('memory-swappiness', -1);
  if (swappiness !== -1 && (swappiness < 0 || swappiness > 100))
    throw new ConfigError(`invalid value: ${swappiness}. Valid memory swappiness range is 0-100`);

  const binds: string[] = [];
  const volumes: Record<string, object> = {};
  for (const spec of flags.list('volume')) {
    const parsed = parseVolumeSpec(spec);
    if (parsed.source === '') volumes[spec] = {};
    // opts.go parse(): a bind's host part starting with `.` is made absolute (filepath.Abs).
    else if (parsed.type === 'bind' && parsed.source.startsWith('.'))
      binds.push(`${absolutePath(parsed.source, CLIENT_WORKING_DIR)}${spec.slice(parsed.source.length)}`);
    else binds.push(spec);
  }
  const mounts: MountSpec[] = flags.list('mount').map((value) => {
    const parsed = parseMountOpt(value, CLIENT_WORKING_DIR);
    // pflag has already refused a bad value.
    if (!parsed.ok) throw new ConfigError(parsed.error);
    return parsed.mount;
  });

  const entrypoint =
    flags.string('entrypoint') !== '' ? [flags.string('entrypoint')] : flags.changed('entrypoint') ? [''] : null;

  const { exposed, bindings } = parsePortSpecs(flags.list('publish'));
  for (const e of flags.list('expose')) {
    if (e.includes(':')) throw new ConfigError(`invalid port format for --expose: ${e}`);
    const [proto, port] = splitProtoPort(e);
    const range = parsePortRange(port);
    if (!range.ok) throw new ConfigError(`invalid range format for --expose: ${e}, error: ${range.error}`);
    for (let p = range.start; p <= range.end; p++) exposed[`${p}/${proto}`] ??= {};
  }

  for (const file of [...flags.list('env-file'), ...flags.list('label-file')]) {
    // The page has no files to read.
    throw new ConfigError(`open ${file}: no such file or directory`);
  }
  const env = flags.list('env');
  const labels = kvMap(flags.list('label'));

  const restart = restartPolicy(flags.string('restart'));
  const autoRemove = flags.bool('rm');
  if (autoRemove && restart.Name !== '' && restart.Name !== 'no')
    throw new ConfigError('conflicting options: cannot specify both --restart and --rm');

  const network = flags.string('network', flags.string('net', 'default')) || 'default';
  const aliases = [...flags.list('network-alias'), ...flags.list('net-alias')];
  if (aliases.length > 0 && DEFAULT_NETWORKS.has(network))
    throw new ConfigError('network-scoped aliases are only supported for user-defined networks');
  const endpoints: Record<string, unknown> = {};
  if (aliases.length > 0) endpoints[network] = { Aliases: aliases };

  const tty = flags.bool('tty');
  const config: Record<string, unknown> = {
    Hostname: flags.string('hostname'),
    Domainname: flags.string('domainname'),
    User: flags.string('user'),
    AttachStdin: attachStdin,
    AttachStdout: attachStdout,
    AttachStderr: attachStderr,
    ...(Object.keys(exposed).length > 0 ? { ExposedPorts: exposed } : {}),
    Tty: tty,
    OpenStdin: interactive,
    StdinOnce: interactive && attachStdin,
    Env: env.length > 0 ? env : null,
    Cmd: args.length > 0 ? [...args] : null,
    Image: image,
    Volumes: volumes,
    WorkingDir: flags.string('workdir'),
    Entrypoint: entrypoint,
    OnBuild: null,
    Labels: labels,
  };
  if (flags.changed('stop-signal')) config.StopSignal = flags.string('stop-signal');
  if (flags.changed('stop-timeout')) config.StopTimeout = flags.int('stop-timeout', 0);
  const hostConfig: Record<string, unknown> = {
    Binds: binds.length > 0 ? binds : null,
    ...(mounts.length > 0 ? { Mounts: mounts } : {}),
    ContainerIDFile: flags.string('cidfile'),
    LogConfig: { Type: flags.string('log-driver'), Config: {} },
    NetworkMode: network,
    PortBindings: bindings,
    RestartPolicy: restart,
    AutoRemove: autoRemove,
    VolumeDriver: flags.string('volume-driver'),
    VolumesFrom: null,
    ConsoleSize: [0, 0],
    CapAdd: null,
    CapDrop: null,
    CgroupnsMode: flags.string('cgroupns'),
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: null,
    GroupAdd: null,
    IpcMode: flags.string('ipc'),
    Cgroup: '',
    Links: null,
    OomScoreAdj: 0,
    PidMode: flags.string('pid'),
    Privileged: flags.bool('privileged'),
    PublishAllPorts: flags.bool('publish-all'),
    ReadonlyRootfs: flags.bool('read-only'),
    SecurityOpt: null,
    UTSMode: flags.string('uts'),
    UsernsMode: flags.string('userns'),
    ShmSize: 0,
    Isolation: flags.string('isolation'),
    ...resourceFields(flags),
  };
  return {
    body: { ...config, HostConfig: hostConfig, NetworkingConfig: { EndpointsConfig: endpoints } },
    name: flags.string('name'),
    platform: flags.string('platform'),
    autoRemove,
    attachStdin,
    attachStdout,
    attachStderr,
    tty,
  };
}
