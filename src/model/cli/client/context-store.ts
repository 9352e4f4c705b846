/**
 * The client's contexts and its config file, on the client machine's files as docker/cli keeps them
 * (cli/context/store, cli/config/configfile): a context is
 * `<config dir>/contexts/meta/<sha256(name)>/meta.json`, the one in use is config.json's
 * `currentContext`, and the config dir is `--config`, else DOCKER_CONFIG, else `~/.docker`.
 */

import { sha256Hex } from '../../kernel/digest';
import { CLIENT_HOME, type LocalMachine } from './local-files';

/** A context's metadata, as meta.json holds it (store.Metadata with a docker endpoint). */
export interface ContextMeta {
  Name: string;
  Metadata: { Description?: string };
  Endpoints: { docker?: { Host?: string; SkipTLSVerify: boolean } };
}

/** The name docker reserves for the context built from -H / DOCKER_HOST. */
export const DEFAULT_CONTEXT_NAME = 'default';

/** What `docker context ls` says of the default context. */
export const DEFAULT_CONTEXT_DESCRIPTION = 'Current DOCKER_HOST based configuration';

/** The config directory: `--config`, DOCKER_CONFIG, or ~/.docker (cli/config.Dir). */
export function configDir(local: LocalMachine, flag?: string): string {
  const dir = flag || local.env.DOCKER_CONFIG || `${local.env.HOME || CLIENT_HOME}/.docker`;
  return absolute(local, dir);
}

function absolute(local: LocalMachine, path: string): string {
  const joined = path.startsWith('/') ? path : `${local.cwd}/${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Where a context's metadata lives (store.New's metadata store: the SHA-256 of its name). */
export function contextMetaDir(dir: string, name: string): string {
  return `${dir}/contexts/meta/${sha256Hex(name)}`;
}

/** Where a context's TLS material would live (none is ever stored here). */
export function contextTlsDir(dir: string, name: string): string {
  return `${dir}/contexts/tls/${sha256Hex(name)}`;
}

/** config.json as an object; a missing or unreadable file reads as empty (docker warns and goes on). */
export function readConfigFile(local: LocalMachine, dir: string): Record<string, unknown> {
  const text = local.files?.read(`${dir}/config.json`);
  if (text === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** config.json's `currentContext` ('' when unset). */
export function configCurrentContext(local: LocalMachine, dir: string): string {
  const value = readConfigFile(local, dir).currentContext;
  return typeof value === 'string' ? value : '';
}

// configfile.ConfigFile's fields in struct order: Save writes them in this order, `auths` always.
const CONFIG_KEYS = [
  'auths',
  'HttpHeaders',
  'psFormat',
  'imagesFormat',
  'networksFormat',
  'pluginsFormat',
  'volumesFormat',
  'statsFormat',
  'detachKeys',
  'credsStore',
  'credHelpers',
  'serviceInspectFormat',
  'servicesFormat',
  'tasksFormat',
  'secretFormat',
  'configFormat',
  'nodesFormat',
  'pruneFilters',
  'proxies',
  'currentContext',
  'cliPluginsExtraDirs',
  'plugins',
  'aliases',
  'features',
  'experimental',
];

/** Sets config.json's `currentContext` ('' removes it) and saves the file as ConfigFile.Save does. */
export function saveCurrentContext(local: LocalMachine, dir: string, name: string): void {
  if (!local.files) return;
  const config = readConfigFile(local, dir);
  config.currentContext = name;
  const ordered: Record<string, unknown> = { auths: config.auths ?? {} };
  for (const key of CONFIG_KEYS) {
    const value = config[key];
    if (key === 'auths' || value === undefined || value === '' || value === null) continue;
    if (typeof value === 'object' && Object.keys(value).length === 0) continue;
    ordered[key] = value;
  }
  // json.MarshalIndent(config, "", "\t"); Go escapes <, > and & in strings.
  local.files.write(`${dir}/config.json`, goJson(JSON.stringify(ordered, null, '\t')));
}

/** Go's encoding/json escapes HTML characters that JSON.stringify leaves as they are. */
function goJson(text: string): string {
  return text.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** Docker's error when a context's metadata is missing (store.GetMetadata). */
export function contextNotFound(dir: string, name: string): string {
  return `context "${name}": context not found: open ${contextMetaDir(dir, name)}/meta.json: no such file or directory`;
}

/** A stored context's metadata, or undefined when there is none. */
export function readContext(local: LocalMachine, dir: string, name: string): ContextMeta | undefined {
  const text = local.files?.read(`${contextMetaDir(dir, name)}/meta.json`);
  if (text === undefined) return undefined;
  try {
    const meta = JSON.parse(text) as ContextMeta;
    if (!meta || typeof meta !== 'object' || typeof meta.Name !== 'string') return undefined;
    return { Name: meta.Name, Metadata: meta.Metadata ?? {}, Endpoints: meta.Endpoints ?? {} };
  } catch {
    return undefined;
  }
}

/** Every stored context (not the default one), sorted by name. */
export function listContexts(local: LocalMachine, dir: string): ContextMeta[] {
  const files = local.files;
  if (!files) return [];
  const metas: ContextMeta[] = [];
  for (const entry of files.list(`${dir}/contexts/meta`) ?? []) {
    const text = files.read(`${dir}/contexts/meta/${entry}/meta.json`);
    if (text === undefined) continue;
    try {
      const meta = JSON.parse(text) as ContextMeta;
      if (meta && typeof meta.Name === 'string')
        metas.push({ Name: meta.Name, Metadata: meta.Metadata ?? {}, Endpoints: meta.Endpoints ?? {} });
    } catch {
      // A broken meta.json is skipped, as the store's list skips what it cannot parse.
    }
  }
  return metas.sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}

/** Writes a context's meta.json as json.Marshal does (compact, fields in struct order). */
export function writeContext(local: LocalMachine, dir: string, meta: ContextMeta): void {
  const metadata = meta.Metadata.Description ? { Description: meta.Metadata.Description } : {};
  const docker = meta.Endpoints.docker;
  const endpoints = docker
    ? { docker: { ...(docker.Host ? { Host: docker.Host } : {}), SkipTLSVerify: docker.SkipTLSVerify } }
    : {};
  const text = JSON.stringify({ Name: meta.Name, Metadata: metadata, Endpoints: endpoints });
  local.files?.write(`${contextMetaDir(dir, meta.Name)}/meta.json`, goJson(text));
}

/** Whether a context's metadata directory exists. */
export function contextExists(local: LocalMachine, dir: string, name: string): boolean {
  return local.files?.isDirectory(contextMetaDir(dir, name)) ?? false;
}

/** Removes a context's metadata and TLS directories. */
export function removeContext(local: LocalMachine, dir: string, name: string): void {
  local.files?.remove(contextMetaDir(dir, name));
  local.files?.remove(contextTlsDir(dir, name));
}
