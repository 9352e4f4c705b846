/** `GET /version` and `GET /info` as Docker Engine 28.2.2 (Community, .deb) answers them. */

import type { HostState } from '../../engine/state';
import type { EngineContext } from '../../engine/context';
import { isPaused, isRunning } from '../../engine/container-state';
import { API_VERSION, MIN_API_VERSION } from '../types';
import { rfc3339Nano } from './time-format';

const ENGINE = {
  version: '28.2.2',
  gitCommit: '45873be',
  goVersion: 'go1.24.3',
  buildTime: '2025-05-30T12:07:26.000000000+00:00',
};
const CONTAINERD = { version: '1.7.27', commit: '05044ec0a9a75232cad458027ca83437aae3f4da' };
const RUNC = { version: '1.2.5', commit: 'v1.2.5-0-g59923ef' };
const INIT = { version: '0.19.0', commit: 'de40ad0' };

/** `GET /version`. */
export function versionDocument(host: HostState): Record<string, unknown> {
  return {
    Platform: { Name: 'Docker Engine - Community' },
    Components: [
      {
        Name: 'Engine',
        Version: ENGINE.version,
        Details: {
          ApiVersion: API_VERSION,
          Arch: 'amd64',
          BuildTime: ENGINE.buildTime,
          Experimental: 'false',
          GitCommit: ENGINE.gitCommit,
          GoVersion: ENGINE.goVersion,
          KernelVersion: host.kernelVersion,
          MinAPIVersion: MIN_API_VERSION,
          Os: 'linux',
        },
      },
      { Name: 'containerd', Version: CONTAINERD.version, Details: { GitCommit: CONTAINERD.commit } },
      { Name: 'runc', Version: RUNC.version, Details: { GitCommit: RUNC.commit } },
      { Name: 'docker-init', Version: INIT.version, Details: { GitCommit: INIT.commit } },
    ],
    Version: ENGINE.version,
    ApiVersion: API_VERSION,
    MinAPIVersion: MIN_API_VERSION,
    GitCommit: ENGINE.gitCommit,
    GoVersion: ENGINE.goVersion,
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: host.kernelVersion,
    BuildTime: ENGINE.buildTime,
  };
}

/** `GET /info`, counting the daemon's containers and images. */
export function infoDocument(ctx: EngineContext): Record<string, unknown> {
  const { host } = ctx;
  const containers = Object.values(host.containers);
  const running = containers.filter((c) => isRunning(c) && !isPaused(c)).length;
  const paused = containers.filter(isPaused).length;
  return {
    ID: host.daemon.id,
    Containers: containers.length,
    ContainersRunning: running,
    ContainersPaused: paused,
    ContainersStopped: containers.length - running - paused,
    Images: Object.keys(host.images).length,
    Driver: 'overlay2',
    DriverStatus: [
      ['Backing Filesystem', 'extfs'],
      ['Supports d_type', 'true'],
      ['Using metacopy', 'false'],
      ['Native Overlay Diff', 'true'],
      ['userxattr', 'false'],
    ],
    Plugins: {
      Volume: ['local'],
      Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
      Authorization: null,
      Log: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'],
    },
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: false,
    NFd: 24 + containers.length,
    OomKillDisable: false,
    NGoroutines: 40 + containers.length,
    SystemTime: rfc3339Nano(ctx.world.state.clock.nowMs),
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    NEventsListener: 0,
    KernelVersion: host.kernelVersion,
    OperatingSystem: host.operatingSystem,
    OSVersion: '24.04',
    OSType: 'linux',
    Architecture: 'x86_64',
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: {
      InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'],
      IndexConfigs: { 'docker.io': { Name: 'docker.io', Mirrors: [], Secure: true, Official: true } },
      Mirrors: null,
    },
    NCPU: host.cpus,
    MemTotal: host.memTotal,
    GenericResources: null,
    DockerRootDir: '/var/lib/docker',
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: host.name,
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: ENGINE.version,
    Runtimes: {
      'io.containerd.runc.v2': { path: 'runc', status: { 'org.opencontainers.runtime-spec.features': '{}' } },
      runc: { path: 'runc', status: { 'org.opencontainers.runtime-spec.features': '{}' } },
    },
    DefaultRuntime: 'runc',
    Swarm: {
      NodeID: '',
      NodeAddr: '',
      LocalNodeState: 'inactive',
      ControlAvailable: false,
      Error: '',
      RemoteManagers: null,
    },
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: { ID: CONTAINERD.commit },
    RuncCommit: { ID: RUNC.commit },
    InitCommit: { ID: INIT.commit },
    SecurityOptions: ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns'],
    CDISpecDirs: ['/etc/cdi', '/var/run/cdi'],
    Containerd: {
      Address: '/run/containerd/containerd.sock',
      Namespaces: { Containers: 'moby', Plugins: 'plugins.moby' },
    },
    Warnings: null,
  };
}
