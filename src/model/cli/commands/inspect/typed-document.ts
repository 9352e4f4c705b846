// docker/cli's TemplateInspector runs --format on the typed inspect result first (the moby API
// structs), where some fields are Go maps: fmt prints them `map[k:v]` with sorted keys, and range
// gives their keys. Which fields are maps follows moby v28.2.2 api/types (container.Config,
// container.HostConfig, nat.PortMap, image.InspectResponse, volume.Volume, network.Inspect).

import { goOmitEmptyKey, nilGoMap, nilGoSlice } from '../../format/go-value';

/** The kinds of object docker inspects. */
export type InspectKind = 'container' | 'image' | 'volume' | 'network';

// Dot paths of map-typed fields; `*` stands for any key of the map (or index of a slice) above.
const MAP_FIELDS: Record<InspectKind, readonly string[]> = {
  container: [
    'Config.ExposedPorts',
    'Config.Volumes',
    'Config.Labels',
    'HostConfig.PortBindings',
    'HostConfig.LogConfig.Config',
    'HostConfig.Sysctls',
    'HostConfig.StorageOpt',
    'HostConfig.Tmpfs',
    'HostConfig.Annotations',
    'GraphDriver.Data',
    'NetworkSettings.Ports',
    'NetworkSettings.Networks',
    'NetworkSettings.Networks.*.DriverOpts',
  ],
  image: ['Config.ExposedPorts', 'Config.Volumes', 'Config.Labels', 'GraphDriver.Data'],
  volume: ['Labels', 'Options', 'Status'],
  network: ['Labels', 'Options', 'Containers', 'IPAM.Options', 'IPAM.Config.*.AuxiliaryAddresses'],
};

// Dot paths of slice-typed fields: a null there is a nil slice, which fmt prints `[]`.
const SLICE_FIELDS: Record<InspectKind, readonly string[]> = {
  container: [
    'Args',
    'Config.Cmd',
    'Config.Entrypoint',
    'Config.Env',
    'Config.OnBuild',
    'HostConfig.Binds',
    'HostConfig.VolumesFrom',
    'HostConfig.CapAdd',
    'HostConfig.CapDrop',
    'HostConfig.ExtraHosts',
    'HostConfig.GroupAdd',
    'HostConfig.Links',
    'HostConfig.SecurityOpt',
    'HostConfig.DeviceCgroupRules',
    'HostConfig.DeviceRequests',
    'HostConfig.MaskedPaths',
    'HostConfig.ReadonlyPaths',
    'ExecIDs',
    'NetworkSettings.Ports.*',
    'NetworkSettings.SecondaryIPAddresses',
    'NetworkSettings.SecondaryIPv6Addresses',
    'NetworkSettings.Networks.*.Links',
    'NetworkSettings.Networks.*.Aliases',
    'NetworkSettings.Networks.*.DNSNames',
  ],
  image: [
    'RepoTags',
    'RepoDigests',
    'Config.Cmd',
    'Config.Entrypoint',
    'Config.Env',
    'Config.OnBuild',
    'RootFS.Layers',
  ],
  volume: [],
  network: ['IPAM.Config'],
};

// Fields the daemon omits when empty (`omitempty`) that the typed Go struct still has, with
// their zero value: `{{.Config.Env}}` of an image without Env prints `[]`, not an error.
type Zero = '' | 0 | false | 'nil' | 'nil-slice' | 'nil-map';
const OMITTED_FIELDS: Record<InspectKind, Record<string, ReadonlyArray<[string, Zero]>>> = {
  container: {
    HostConfig: [
      ['Annotations', 'nil-map'],
      ['StorageOpt', 'nil-map'],
      ['Tmpfs', 'nil-map'],
      ['Sysctls', 'nil-map'],
      ['KernelMemory', 0],
      ['KernelMemoryTCP', 0],
      ['Mounts', 'nil-slice'],
      ['Init', 'nil'],
    ],
  },
  image: {
    '': [
      ['Variant', ''],
      ['OsVersion', ''],
    ],
    Config: [
      ['User', ''],
      ['ExposedPorts', 'nil-map'],
      ['Env', 'nil-slice'],
      ['Entrypoint', 'nil-slice'],
      ['Cmd', 'nil-slice'],
      ['Volumes', 'nil-map'],
      ['WorkingDir', ''],
      ['Labels', 'nil-map'],
      ['StopSignal', ''],
      ['ArgsEscaped', false],
      ['Healthcheck', 'nil'],
      ['OnBuild', 'nil-slice'],
      ['Shell', 'nil-slice'],
    ],
  },
  volume: {},
  network: {},
};

function zeroValue(zero: Zero): unknown {
  if (zero === 'nil') return null;
  if (zero === 'nil-slice') return nilGoSlice();
  if (zero === 'nil-map') return nilGoMap();
  return zero;
}

interface FieldTypes {
  omitted: Record<string, ReadonlyArray<[string, Zero]>>;
  maps: ReadonlySet<string>;
  slices: ReadonlySet<string>;
}

function convert(value: unknown, path: string, types: FieldTypes): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, path === '' ? '*' : `${path}.*`, types));
  const isMap = types.maps.has(path);
  if (value === null && types.slices.has(path)) return nilGoSlice();
  // A map field the daemon sent as null is a nil map: fmt prints it `map[]`, json `null`.
  if (value === null && isMap) return nilGoMap();
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]): [string, unknown] => {
      const child = isMap ? `${path}.*` : path === '' ? k : `${path}.${k}`;
      return [k, convert(v, child, types)];
    });
  if (isMap) return new Map(entries);
  // A struct keeps the daemon's field order, as the typed result does (common/go-json.ts jsonToGo).
  const struct: Record<string, unknown> = Object.fromEntries(entries);
  const omitted = types.omitted[path];
  if (omitted) {
    for (const [name, zero] of omitted) if (!(name in struct)) struct[name] = zeroValue(zero);
    Object.defineProperty(struct, goOmitEmptyKey, { value: omitted.map(([name]) => name) });
  }
  return struct;
}

/** An inspect document as the typed Go value docker's templates see. */
export function typedDocument(kind: InspectKind, doc: unknown): unknown {
  return convert(doc, '', {
    omitted: OMITTED_FIELDS[kind],
    maps: new Set(MAP_FIELDS[kind]),
    slices: new Set(SLICE_FIELDS[kind]),
  });
}
