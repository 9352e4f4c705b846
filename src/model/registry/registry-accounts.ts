/**
 * The simulated accounts of each registry: who may log in (never a real credential, never a
 * network request) and which repositories each may push to. The texts a registry answers with are
 * the services' own where they are known (Docker Hub's from moby and distribution); the cloud
 * vendors' are taken from their public documentation and user reports, marked where guessed.
 */
import { findRegistry } from './registry-state';
import type { Registries, RegistryState } from './registry-state';

/** A username and password as a client sends them (`X-Registry-Auth`, `POST /auth`). */
export interface Credentials {
  username: string;
  password: string;
}

/** One account of a registry: its login and the repository prefixes it owns. */
export interface RegistryAccount {
  username: string;
  /** Accepts this password (a token stands in for ECR's, GCR's and DigitalOcean's short-lived ones). */
  password: (password: string) => boolean;
  /** Repository names (paths) it may push to: a prefix ending in `/`, or a whole name. */
  owns: string[];
}

/** Where ACR's refusals send the user. */
const ACR_HELP = 'https://aka.ms/acr/authorization';

const exactly =
  (want: string) =>
  (password: string): boolean =>
    password === want;

/** GCR's `_json_key` login: the service account's key file, read for its project. */
function jsonKeyFor(project: string) {
  return (password: string): boolean => {
    try {
      const key = JSON.parse(password) as { type?: unknown; project_id?: unknown };
      return key.type === 'service_account' && key.project_id === project;
    } catch {
      return false;
    }
  };
}

/**
 * The accounts, by reference domain. The lesson and docs/reference name them: Docker Hub and GHCR
 * `student`; DigitalOcean's API token as both username and password; ECR's `AWS` with the token
 * `aws ecr get-login-password` would print; GCR's `oauth2accesstoken` or `_json_key`; ACR's admin user.
 */
export const REGISTRY_ACCOUNTS: Readonly<Record<string, RegistryAccount[]>> = {
  'docker.io': [{ username: 'student', password: exactly('pelabuhan-hub'), owns: ['student/'] }],
  'registry.digitalocean.com': [
    { username: 'dop_v1_pelabuhan', password: exactly('dop_v1_pelabuhan'), owns: ['pelabuhan/'] },
  ],
  'gcr.io': [
    { username: 'oauth2accesstoken', password: exactly('ya29.pelabuhan'), owns: ['pelabuhan-demo/'] },
    { username: '_json_key', password: jsonKeyFor('pelabuhan-demo'), owns: ['pelabuhan-demo/'] },
  ],
  // ECR pushes only into repositories that were created first (`aws ecr create-repository`):
  // `pelabuhan/orders` holds an image, `pelabuhan/web` is created and empty.
  '123456789012.dkr.ecr.ap-southeast-3.amazonaws.com': [
    { username: 'AWS', password: exactly('ecr-token-pelabuhan'), owns: ['pelabuhan/orders', 'pelabuhan/web'] },
  ],
  'pelabuhan.azurecr.io': [{ username: 'pelabuhan', password: exactly('acr-pelabuhan-password'), owns: [''] }],
  'ghcr.io': [{ username: 'student', password: exactly('ghp_pelabuhan'), owns: ['student/'] }],
};

/** The account these credentials log in to, if any. */
export function findAccount(domain: string, credentials: Credentials | undefined): RegistryAccount | undefined {
  if (!credentials) return undefined;
  return REGISTRY_ACCOUNTS[domain]?.find(
    (a) => a.username === credentials.username && a.password(credentials.password),
  );
}

/** Whether `account` may push to repository `path`. */
export function ownsRepository(account: RegistryAccount, path: string): boolean {
  return account.owns.some((p) => (p.endsWith('/') || p === '' ? path.startsWith(p) : path === p));
}

/** What `POST /auth` (moby registry.Service.Auth → loginV2) makes of a login. */
export type LoginResult =
  | { ok: true; registry: RegistryState }
  | { ok: false; kind: 'unauthorized' | 'failed'; message: string };

/**
 * The 401 a registry's token service answers for wrong credentials, as the daemon words it
 * (`Get "https://<host>/v2/": <errcode>`). Docker Hub's is moby's; the others are read from user
 * reports of each service and may differ in detail (GUESS where marked).
 */
function loginRefusal(registry: RegistryState): string {
  const get = `Get "https://${registry.apiHost}/v2/": `;
  switch (registry.host) {
    case 'docker.io':
      return `${get}unauthorized: incorrect username or password`;
    case 'ghcr.io':
      return `${get}denied: denied`;
    case 'gcr.io':
      // GUESS: what Artifact Registry's token endpoint answers a wrong oauth2accesstoken.
      return `${get}unauthorized: Not Authorized.`;
    default:
      if (registry.flavor === 'ecr')
        // ECR answers its basic-auth login with 400, which loginV2 reports by status (moby registry/auth.go).
        return `login attempt to https://${registry.apiHost}/v2/ failed with status: 400 Bad Request`;
      if (registry.host.endsWith('.azurecr.io'))
        return `${get}unauthorized: authentication required, visit ${ACR_HELP} for more information.`;
      // GUESS: DigitalOcean's registry answers as distribution's token auth does.
      return `${get}unauthorized: authentication required`;
  }
}

/** The registry a login's server address names: a URL or a host (`https://index.docker.io/v1/`, `ghcr.io`). */
export function loginHost(serverAddress: string): string {
  const withScheme = /^https?:\/\//.test(serverAddress) ? serverAddress : `https://${serverAddress}`;
  const host = withScheme.replace(/^https?:\/\//, '').split('/')[0];
  // moby lookupV2Endpoints: the index's names are Docker Hub.
  return host === 'index.docker.io' || host === 'docker.io' || host === '' ? 'docker.io' : host;
}

/** Checks a login against the world's registries, as `POST /auth` does. */
export function checkLogin(registries: Registries, serverAddress: string, credentials: Credentials): LoginResult {
  const host = loginHost(serverAddress);
  const registry = findRegistry(registries, host);
  if (!registry) {
    return {
      ok: false,
      kind: 'failed',
      message: `Get "https://${host}/v2/": dial tcp: lookup ${host} on 127.0.0.53:53: no such host`,
    };
  }
  if (findAccount(registry.host, credentials)) return { ok: true, registry };
  return { ok: false, kind: registry.flavor === 'ecr' ? 'failed' : 'unauthorized', message: loginRefusal(registry) };
}
