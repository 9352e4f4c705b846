// compose-go's loader as docker compose v2.36 runs it on the client: find the file (-f, else
// compose.yaml … docker-compose.yaml in the working directory or a parent), parse the YAML, check
// the schema, name the project (-p, COMPOSE_PROJECT_NAME, `name:`, the directory), normalise the
// services and check what they refer to. Any fault is compose's own error text and nothing is made.
import type { LocalMachine } from '../client/local-files';
import { CLIENT_HOME } from '../client/local-files';
import { absolutePath } from '../flags/mount-opt';
import { ConfigError } from '../commands/container/config-error';
import { parsePortSpecs } from '../commands/container/port-spec';
import { parseVolumeSpec } from '../commands/container/volume-spec';
import { parseComposeYaml } from './compose-yaml';
import { validateCompose } from './compose-schema';
import { interpolateCompose, InterpolationError } from './interpolate';
import type { ComposeProject, ProjectResource, ServiceConfig, ServicePort, ServiceVolume } from './project';

/** A fault of the compose file or options, printed as is (compose's plugin prints err and exits 1). */
export class ComposeError extends Error {}

/** The options of `docker compose` that say which project: -f, -p, --project-directory. */
export interface ProjectOptions {
  files: string[];
  projectName?: string;
  projectDirectory?: string;
}

/** cli.DefaultFileNames, in the order compose looks for them. */
export const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];

const INVALID = 'invalid compose project';

/** loader.NormalizeProjectName: lowercase, only [a-z0-9_-], no leading `_` or `-`. */
export function normalizeProjectName(name: string): string {
  return (name.toLowerCase().match(/[a-z0-9_-]/g) ?? []).join('').replace(/^[_-]+/, '');
}

function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The config file: -f's, else the first default name from cwd upwards (cli.getConfigPathsFromOptions). */
function findConfigFiles(local: LocalMachine, options: ProjectOptions): string[] {
  const files = local.files;
  if (options.files.length > 0) {
    return options.files.map((f) => {
      const path = absolutePath(f, local.cwd);
      if (!files || files.read(path) === undefined) throw new ComposeError(`open ${path}: no such file or directory`);
      return path;
    });
  }
  for (let dir = options.projectDirectory ? absolutePath(options.projectDirectory, local.cwd) : local.cwd; ; ) {
    for (const name of DEFAULT_FILE_NAMES) {
      const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
      if (files?.read(path) !== undefined) return [path];
    }
    if (dir === '/') break;
    dir = dirname(dir);
  }
  throw new ComposeError('no configuration file provided: not found');
}

/** shellwords.Parse of a string `command:` / `entrypoint:` (quotes and backslashes, no expansion). */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function commandOf(value: unknown): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  return Array.isArray(value) ? value.map((v) => String(v)) : shellWords(String(value));
}

/** A YAML scalar as compose-go reads it into a string (numbers and booleans as written). */
function scalar(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function environmentOf(value: unknown, env: Readonly<Record<string, string>>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item) => {
        const text = String(item);
        const at = text.indexOf('=');
        return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
      })
    : Object.entries((value ?? {}) as Record<string, unknown>);
  // A variable with no value takes the client's own, or is left out (WithServicesEnvironmentResolved).
  for (const [key, v] of entries)
    if (v === null || v === undefined) {
      if (key in env) out[key] = env[key];
    } else out[key] = scalar(v);
  return out;
}

/** One line of a dotenv file: `KEY=value`, `export KEY=value`, quotes dropped; blank and `#` lines skipped. */
function dotenvLine(line: string): [string, string] | undefined {
  const text = line.trim().replace(/^export\s+/, '');
  if (text === '' || text.startsWith('#')) return undefined;
  const at = text.indexOf('=');
  if (at < 0) return undefined;
  let value = text.slice(at + 1).trim();
  if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
  else value = value.replace(/\s+#.*$/, '');
  return [text.slice(0, at).trim(), value];
}

/** The variables of the project directory's `.env` file, if there is one. */
function dotenvOf(workingDir: string, local: LocalMachine): Record<string, string> {
  const text = local.files?.read(`${workingDir}/.env`);
  const out: Record<string, string> = {};
  for (const line of (text ?? '').split('\n')) {
    const kv = dotenvLine(line);
    if (kv) out[kv[0]] = kv[1];
  }
  return out;
}

/** env_file: each file's variables, in order (a missing required file is compose-go's error). */
function envFilesOf(value: unknown, workingDir: string, local: LocalMachine): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  for (const entry of entries) {
    const spec: Record<string, unknown> =
      typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : { path: entry };
    const path = absolutePath(scalar(spec.path), workingDir);
    const text = local.files?.read(path);
    if (text === undefined) {
      if (spec.required === false) continue;
      throw new ComposeError(`env file ${path} not found: stat ${path}: no such file or directory`);
    }
    for (const line of text.split('\n')) {
      const kv = dotenvLine(line);
      if (kv) out[kv[0]] = kv[1];
    }
  }
  return out;
}

function portsOf(name: string, value: unknown): ServicePort[] {
  const ports: ServicePort[] = [];
  for (const item of (value ?? []) as unknown[]) {
    if (item !== null && typeof item === 'object') {
      const p = item as Record<string, unknown>;
      ports.push({
        hostIp: scalar(p.host_ip),
        published: scalar(p.published),
        target: scalar(p.target),
        protocol: scalar(p.protocol) || 'tcp',
      });
      continue;
    }
    try {
      const { bindings } = parsePortSpecs([String(item)]);
      for (const [key, list] of Object.entries(bindings)) {
        const [target, protocol] = key.split('/');
        for (const b of list) ports.push({ hostIp: b.HostIp, published: b.HostPort, target, protocol });
      }
    } catch (error) {
      if (error instanceof ConfigError) throw new ComposeError(`services.${name}.ports ${error.message}`);
      throw error;
    }
  }
  return ports;
}

function volumesOf(value: unknown, workingDir: string): ServiceVolume[] {
  const resolve = (source: string) =>
    source.startsWith('~') ? absolutePath(source.slice(1), CLIENT_HOME) : absolutePath(source, workingDir);
  return ((value ?? []) as unknown[]).map((item) => {
    if (item !== null && typeof item === 'object') {
      const v = item as Record<string, unknown>;
      const type = scalar(v.type) as ServiceVolume['type'];
      const source = scalar(v.source);
      return {
        type,
        source: type === 'bind' ? resolve(source) : source,
        target: scalar(v.target),
        readOnly: v.read_only === true || v.read_only === 'true',
      };
    }
    const text = String(item);
    let spec;
    try {
      spec = parseVolumeSpec(text);
    } catch (error) {
      if (error instanceof ConfigError) throw new ComposeError(`invalid spec: ${text}: ${error.message}`);
      throw error;
    }
    const mode = text.split(':').slice(2).join(':');
    return {
      type: spec.type,
      source: spec.type === 'bind' ? resolve(spec.source) : spec.source,
      target: spec.target,
      readOnly: mode.split(',').includes('ro'),
    };
  });
}

function serviceOf(name: string, raw: Record<string, unknown>, workingDir: string, local: LocalMachine): ServiceConfig {
  const env = local.env;
  const build = raw.build;
  const dependsOn: ServiceConfig['dependsOn'] = {};
  if (Array.isArray(raw.depends_on))
    for (const dep of raw.depends_on) dependsOn[String(dep)] = { condition: 'service_started', required: true };
  else
    for (const [dep, spec] of Object.entries((raw.depends_on ?? {}) as Record<string, Record<string, unknown>>))
      dependsOn[dep] = {
        condition: spec.condition as ServiceConfig['dependsOn'][string]['condition'],
        required: spec.required !== false,
      };
  const networks = Array.isArray(raw.networks)
    ? raw.networks.map(String)
    : Object.keys((raw.networks ?? {}) as Record<string, unknown>);
  return {
    name,
    image: raw.image === undefined ? undefined : scalar(raw.image),
    build:
      build === undefined || build === null
        ? undefined
        : typeof build === 'string'
          ? { context: absolutePath(build, workingDir), dockerfile: 'Dockerfile' }
          : {
              context: absolutePath(scalar((build as Record<string, unknown>).context) || '.', workingDir),
              dockerfile: scalar((build as Record<string, unknown>).dockerfile) || 'Dockerfile',
            },
    command: commandOf(raw.command),
    entrypoint: commandOf(raw.entrypoint),
    // `environment` wins over `env_file` (WithServicesEnvironmentResolved).
    environment: { ...envFilesOf(raw.env_file, workingDir, local), ...environmentOf(raw.environment, env) },
    ports: portsOf(name, raw.ports),
    volumes: volumesOf(raw.volumes, workingDir),
    networks: networks.length > 0 ? networks : ['default'],
    dependsOn,
    restart: raw.restart === undefined ? undefined : scalar(raw.restart),
    containerName: raw.container_name === undefined ? undefined : scalar(raw.container_name),
  };
}

function resourcesOf(project: string, value: unknown): ProjectResource[] {
  return Object.entries((value ?? {}) as Record<string, Record<string, unknown> | null>).map(([key, spec]) => {
    const external = spec?.external === true;
    const name = spec?.name !== undefined ? scalar(spec.name) : external ? key : `${project}_${key}`;
    return { key, name, external, driver: spec?.driver === undefined ? undefined : scalar(spec.driver) };
  });
}

/** validate.go checkConsistency: what the services refer to exists. */
function checkConsistency(project: ComposeProject): void {
  const names = new Set(project.services.map((s) => s.name));
  for (const s of project.services) {
    if (s.image === undefined && s.build === undefined)
      throw new ComposeError(`service "${s.name}" has neither an image nor a build context specified: ${INVALID}`);
    for (const n of s.networks)
      if (!project.networks.some((r) => r.key === n))
        throw new ComposeError(`service "${s.name}" refers to undefined network ${n}: ${INVALID}`);
    for (const dep of Object.keys(s.dependsOn))
      if (!names.has(dep))
        throw new ComposeError(`service "${s.name}" depends on undefined service "${dep}": ${INVALID}`);
    for (const v of s.volumes)
      if (v.type === 'volume' && v.source !== '' && !project.volumes.some((r) => r.key === v.source))
        throw new ComposeError(`service "${s.name}" refers to undefined volume ${v.source}: ${INVALID}`);
  }
}

/** What loading printed besides the project: compose-go's warnings (the obsolete `version`). */
export interface LoadedProject {
  project: ComposeProject;
  warnings: string[];
}

/** Loads the project the options name from the client's files, or throws ComposeError. */
export function loadProject(machine: LocalMachine, options: ProjectOptions): LoadedProject {
  const configFiles = findConfigFiles(machine, options);
  const file = configFiles[0];
  const parsed = parseComposeYaml(machine.files?.read(file) ?? '');
  const workingDir = options.projectDirectory ? absolutePath(options.projectDirectory, machine.cwd) : dirname(file);
  // The project's environment: the shell's exported variables over the project's `.env` (cli.WithDotEnv).
  const local: LocalMachine = { ...machine, env: { ...dotenvOf(workingDir, machine), ...machine.env } };
  const warnings: string[] = [];
  let raw = parsed;
  // compose-go substitutes variables after the top-level check and before the schema's.
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
    try {
      raw = interpolateCompose(parsed as Record<string, unknown>, local.env, warnings);
    } catch (error) {
      if (error instanceof InterpolationError) throw new ComposeError(error.message);
      throw error;
    }
  try {
    validateCompose(raw);
  } catch (error) {
    if (error instanceof Error && error.message === 'Top-level object must be a mapping')
      throw new ComposeError(error.message);
    throw new ComposeError(`validating ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const dict = raw as Record<string, unknown>;
  if ('version' in dict)
    warnings.push(
      `${file}: the attribute \`version\` is obsolete, it will be ignored, ` +
        'please remove it to avoid potential confusion',
    );
  const name = projectName(options, local.env, dict, workingDir);
  const services = Object.entries((dict.services ?? {}) as Record<string, Record<string, unknown>>).map(([n, s]) =>
    serviceOf(n, s, workingDir, local),
  );
  const networks = resourcesOf(name, dict.networks);
  if (services.some((s) => s.networks.includes('default')) && !networks.some((n) => n.key === 'default'))
    networks.unshift({ key: 'default', name: `${name}_default`, external: false });
  const project: ComposeProject = {
    name,
    workingDir,
    configFiles,
    services,
    networks,
    volumes: resourcesOf(name, dict.volumes),
    raw: dict,
  };
  checkConsistency(project);
  return { project, warnings };
}

function projectName(
  options: ProjectOptions,
  env: Readonly<Record<string, string>>,
  dict: Record<string, unknown>,
  workingDir: string,
): string {
  const imperative = options.projectName ?? env.COMPOSE_PROJECT_NAME;
  if (imperative !== undefined && imperative !== '') {
    if (normalizeProjectName(imperative) !== imperative)
      throw new ComposeError(
        `invalid project name "${imperative}": must consist only of lowercase alphanumeric characters, ` +
          'hyphens, and underscores as well as start with a letter or number',
      );
    return imperative;
  }
  const fromFile = normalizeProjectName(scalar(dict.name));
  const name = fromFile !== '' ? fromFile : normalizeProjectName(basename(workingDir));
  if (name === '') throw new ComposeError('project name must not be empty');
  return name;
}
