/**
 * The client's `config.json` (docker/cli cli/config/configfile) through the local machine's files:
 * in `$DOCKER_CONFIG`, else `~/.docker`. Logins live in `auths` as base64 `user:password` (the file
 * credential store; no credential helper is simulated), keyed by `https://index.docker.io/v1/` for
 * Docker Hub and by host name for the others.
 */
import { base64Decode, base64Encode } from '../../kernel/base64';
import { CLIENT_HOME } from './local-files';
import type { LocalMachine } from './local-files';

/** The key Docker Hub's credentials are stored under (registry.IndexServer). */
export const INDEX_SERVER = 'https://index.docker.io/v1/';

/** A stored login as the client reads it back (configtypes.AuthConfig after decodeAuth). */
export interface StoredAuth {
  username: string;
  password: string;
  serveraddress: string;
}

type ConfigDocument = Record<string, unknown> & { auths?: Record<string, { auth?: string }> };

/** The directory of config.json (config.Dir): DOCKER_CONFIG, else $HOME/.docker. */
export function configDir(local: LocalMachine): string {
  const dir = local.env.DOCKER_CONFIG;
  if (dir) return dir.startsWith('/') ? dir : `${local.cwd.replace(/\/$/, '')}/${dir}`;
  return `${local.env.HOME || CLIENT_HOME}/.docker`;
}

/** The path of config.json, as the unencrypted-credentials warning names it. */
export function configPath(local: LocalMachine): string {
  return `${configDir(local).replace(/\/$/, '')}/config.json`;
}

function load(local: LocalMachine): ConfigDocument {
  const text = local.files?.read(configPath(local));
  if (text === undefined || text.trim() === '') return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ConfigDocument) : {};
  } catch {
    // The real client warns and goes on with an empty config; the file is left for the user to fix.
    return {};
  }
}

/** configfile.Save: Go's MarshalIndent with a tab; `auths` always present. */
function save(local: LocalMachine, doc: ConfigDocument): void {
  if (!local.files) return;
  local.files.mkdir(configDir(local));
  const { auths, ...rest } = doc;
  local.files.write(configPath(local), `${JSON.stringify({ auths: auths ?? {}, ...rest }, null, '\t')}`);
}

/** credentials.ConvertToHostname: `https://ghcr.io/v2/` → `ghcr.io`. */
export function convertToHostname(maybeUrl: string): string {
  const stripped = maybeUrl.includes('://') ? maybeUrl.slice(maybeUrl.indexOf('://') + 3) : maybeUrl;
  return stripped.split('/')[0];
}

function decode(key: string, entry: { auth?: string } | undefined): StoredAuth | undefined {
  const decoded = entry?.auth ? base64Decode(entry.auth) : undefined;
  const colon = decoded?.indexOf(':') ?? -1;
  if (decoded === undefined || colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), serveraddress: key };
}

/** The fileStore's Get: the entry by key, else one whose key converts to that host name. */
export function getAuth(local: LocalMachine, key: string): StoredAuth | undefined {
  const auths = load(local).auths ?? {};
  if (Object.hasOwn(auths, key)) return decode(key, auths[key]);
  const legacy = Object.keys(auths).find((k) => convertToHostname(k) === key);
  return legacy === undefined ? undefined : decode(legacy, auths[legacy]);
}

/** The fileStore's Store: false when the same credentials were already there (nothing written, no warning). */
export function storeAuth(local: LocalMachine, auth: StoredAuth): boolean {
  const doc = load(local);
  const auths = { ...(doc.auths ?? {}) };
  const entry = { auth: base64Encode(`${auth.username}:${auth.password}`) };
  if (auths[auth.serveraddress]?.auth === entry.auth) return false;
  auths[auth.serveraddress] = entry;
  save(local, { ...doc, auths });
  return true;
}

/** The fileStore's Erase: removes the key if it is there. */
export function eraseAuth(local: LocalMachine, key: string): void {
  const doc = load(local);
  if (!doc.auths || !Object.hasOwn(doc.auths, key)) return;
  const auths = { ...doc.auths };
  delete auths[key];
  save(local, { ...doc, auths });
}

/** The credentials key of a reference's domain (getAuthConfigKey). */
export function authKeyFor(domain: string): string {
  return domain === 'docker.io' || domain === 'index.docker.io' ? INDEX_SERVER : domain;
}

/** X-Registry-Auth (registrytypes.EncodeAuthConfig): base64url of the AuthConfig JSON, `{}` when not logged in. */
export function encodeRegistryAuth(auth: StoredAuth | undefined): string {
  return base64Encode(JSON.stringify(auth ?? {}), true);
}
