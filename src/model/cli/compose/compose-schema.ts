// The part of the compose-spec JSON schema (compose-go v2.6.4 schema/compose-spec.json) that the
// simulator checks, with gojsonschema's words as compose-go's schema.Validate prints them:
// `services.web Additional property imagee is not allowed`, `services.web.ports must be a list`.
// Every property the schema allows is allowed here; only the ones the simulator uses are typed.

type Kind = 'string' | 'list' | 'mapping' | 'boolean' | 'number';
type Check = Kind | readonly Kind[];

/** Where in the document a violation is: keys and list indexes from the top (the editor's line). */
export type SchemaPath = readonly (string | number)[];

/** A schema violation, as gojsonschema names the field ("(root)" at the top), and where it is. */
export class SchemaError extends Error {
  constructor(
    message: string,
    readonly path: SchemaPath = [],
  ) {
    super(message);
  }
}

/** The field's name as gojsonschema prints it. */
const fieldOf = (path: SchemaPath): string => (path.length === 0 ? '(root)' : path.join('.'));

const TOP = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs'];

// definitions.service.properties of compose-spec.json (compose-go v2.6.4).
const SERVICE = (
  'develop deploy annotations attach build blkio_config cap_add cap_drop cgroup cgroup_parent command configs ' +
  'container_name cpu_count cpu_percent cpu_shares cpu_quota cpu_period cpu_rt_period cpu_rt_runtime cpus cpuset ' +
  'credential_spec depends_on device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file ' +
  'label_file environment expose extends provider external_links extra_hosts gpus group_add healthcheck hostname ' +
  'image init ipc isolation labels links logging mac_address mem_limit mem_reservation mem_swappiness ' +
  'memswap_limit network_mode networks oom_kill_disable oom_score_adj pid pids_limit platform ports post_start ' +
  'pre_stop privileged profiles pull_policy pull_refresh_after read_only restart runtime scale security_opt ' +
  'shm_size secrets sysctls stdin_open stop_grace_period stop_signal storage_opt tmpfs tty ulimits user uts ' +
  'userns_mode volumes volumes_from working_dir'
).split(' ');

const BUILD = (
  'context dockerfile dockerfile_inline entitlements args ssh labels cache_from cache_to no_cache ' +
  'additional_contexts network pull target shm_size extra_hosts isolation privileged secrets tags ulimits platforms'
).split(' ');

const NETWORK = 'name driver driver_opts ipam external internal enable_ipv4 enable_ipv6 attachable labels'.split(' ');
const VOLUME = 'name driver driver_opts external labels'.split(' ');
const SERVICE_VOLUME = 'type source target read_only consistency bind volume tmpfs image'.split(' ');
const DEPENDENCY = ['restart', 'required', 'condition'];
const CONDITIONS = ['service_started', 'service_healthy', 'service_completed_successfully'];

const SERVICE_TYPES: Readonly<Record<string, Check>> = {
  image: 'string',
  container_name: 'string',
  restart: 'string',
  command: ['string', 'list'],
  entrypoint: ['string', 'list'],
  environment: ['mapping', 'list'],
  env_file: ['string', 'list'],
  ports: 'list',
  volumes: 'list',
  networks: ['list', 'mapping'],
  depends_on: ['list', 'mapping'],
  build: ['string', 'mapping'],
};

function kindOf(value: unknown): Kind | 'null' {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  return 'string';
}

/** humanReadableType of schema.go: "a string", "a mapping", "a string or list" ("must be …"). */
function mustBe(check: Check): string {
  const kinds = typeof check === 'string' ? [check] : check;
  if (kinds.length === 1) return `must be a ${kinds[0]}`;
  return `must be a ${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`;
}

function expect(path: SchemaPath, value: unknown, check: Check): void {
  const kinds: readonly string[] = typeof check === 'string' ? [check] : check;
  const kind = kindOf(value);
  // The schema allows null for the list-or-string fields (command: null); a null elsewhere is a type error.
  if (kind === 'null' && (kinds.includes('list') || kinds.includes('mapping'))) return;
  if (!kinds.includes(kind)) throw new SchemaError(`${fieldOf(path)} ${mustBe(check)}`, path);
}

function properties(path: SchemaPath, value: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (key.startsWith('x-')) continue;
    if (!allowed.includes(key))
      throw new SchemaError(`${fieldOf(path)} Additional property ${key} is not allowed`, [...path, key]);
  }
}

function checkService(name: string, service: unknown): void {
  const at = ['services', name];
  if (kindOf(service) !== 'mapping') throw new SchemaError(`${fieldOf(at)} ${mustBe('mapping')}`, at);
  const s = service as Record<string, unknown>;
  properties(at, s, SERVICE);
  for (const [key, check] of Object.entries(SERVICE_TYPES)) if (key in s) expect([...at, key], s[key], check);
  if (kindOf(s.build) === 'mapping') properties([...at, 'build'], s.build as Record<string, unknown>, BUILD);
  if (Array.isArray(s.volumes))
    s.volumes.forEach((v, i) => {
      const item = [...at, 'volumes', i];
      expect(item, v, ['string', 'mapping']);
      if (kindOf(v) !== 'mapping') return;
      const long = v as Record<string, unknown>;
      properties(item, long, SERVICE_VOLUME);
      if (!('type' in long)) throw new SchemaError(`${fieldOf(item)} type is required`, item);
    });
  if (kindOf(s.depends_on) === 'mapping')
    for (const [dep, spec] of Object.entries(s.depends_on as Record<string, unknown>)) {
      const on = [...at, 'depends_on', dep];
      expect(on, spec, 'mapping');
      const d = (spec ?? {}) as Record<string, unknown>;
      properties(on, d, DEPENDENCY);
      if (!('condition' in d)) throw new SchemaError(`${fieldOf(on)} condition is required`, on);
      if (!CONDITIONS.includes(String(d.condition)))
        throw new SchemaError(
          `${fieldOf(on)}.condition must be one of the following: ${CONDITIONS.map((c) => `"${c}"`).join(', ')}`,
          [...on, 'condition'],
        );
    }
}

/** Checks a loaded compose file against the schema; throws the first violation as compose-go reports it. */
export function validateCompose(raw: unknown): void {
  if (kindOf(raw) !== 'mapping') throw new SchemaError('Top-level object must be a mapping');
  const root = raw as Record<string, unknown>;
  properties([], root, TOP);
  if ('name' in root) expect(['name'], root.name, 'string');
  for (const key of ['services', 'networks', 'volumes'])
    if (key in root && root[key] !== null) expect([key], root[key], 'mapping');
  for (const [name, service] of Object.entries((root.services ?? {}) as Record<string, unknown>))
    checkService(name, service);
  for (const [key, allowed] of [
    ['networks', NETWORK],
    ['volumes', VOLUME],
  ] as const)
    for (const [name, value] of Object.entries((root[key] ?? {}) as Record<string, unknown>)) {
      if (value === null) continue;
      expect([key, name], value, 'mapping');
      properties([key, name], value as Record<string, unknown>, allowed);
    }
}
