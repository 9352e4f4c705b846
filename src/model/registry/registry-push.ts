/**
 * The registry's side of a push (Registry API v2 blob uploads, cross-repository mounts and manifest
 * puts), over registry state: who may push where, what a repository already holds, and storing what
 * arrives so that a later pull of it, from any host, is served like a catalog image.
 */
import { findAccount, ownsRepository } from './registry-accounts';
import type { Credentials } from './registry-accounts';
import type { BlobRecord, ManifestRecord, RegistryState, RepositoryRecord } from './registry-state';

/**
 * Why a registry refuses a push, as the daemon prints it (distribution's errcode `<code words>:
 * <message>`). Docker Hub's text is moby's own; the cloud registries' come from their docs and user
 * reports (GUESS where marked).
 */
export function pushRefusal(
  registry: RegistryState,
  credentials: Credentials | undefined,
  path: string,
): string | undefined {
  const account = findAccount(registry.host, credentials);
  if (account && ownsRepository(account, path)) return undefined;
  const loggedIn = account !== undefined;
  const wrongPassword = credentials !== undefined && credentials.username !== '' && !loggedIn;
  switch (registry.flavor) {
    case 'hub':
      if (wrongPassword) return 'unauthorized: incorrect username or password';
      return 'denied: requested access to the resource is denied';
    case 'ecr':
      if (!loggedIn) return 'no basic auth credentials';
      return (
        `name unknown: The repository with name '${path}' does not exist in the registry with id ` +
        `'${registry.host.split('.')[0]}'`
      );
    case 'gcr':
      if (!loggedIn)
        return (
          "unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid " +
          'credentials. To authenticate your request, follow the steps in: ' +
          'https://cloud.google.com/container-registry/docs/advanced-authentication'
        );
      return (
        `denied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource ` +
        `"projects/${path.split('/')[0]}/locations/us/repositories/gcr.io" (or it may not exist)`
      );
    default:
      if (registry.host === 'ghcr.io') {
        // GUESS: GHCR's texts as users report them for a missing token and a package they cannot write.
        if (!loggedIn) return 'unauthorized: unauthenticated: User cannot be authenticated with the token provided.';
        return 'denied: permission_denied: write_package';
      }
      if (registry.host.endsWith('.azurecr.io') && !loggedIn)
        return 'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.';
      // GUESS: DigitalOcean (and a plain distribution registry) as distribution's token auth answers.
      if (!loggedIn) return 'unauthorized: authentication required';
      return 'denied: requested access to the resource is denied';
  }
}

/** Whether repository `path` already has the blob (a push's HEAD answers 200: `Layer already exists`). */
export function repositoryHasBlob(registry: RegistryState, path: string, digest: string): boolean {
  const repo = Object.hasOwn(registry.repositories, path) ? registry.repositories[path] : undefined;
  return repo !== undefined && repo.blobs.includes(digest) && Object.hasOwn(registry.blobs, digest);
}

/** The first of `candidates` (repository paths) holding the blob: where a cross-repository mount takes it from. */
export function mountSource(
  registry: RegistryState,
  path: string,
  digest: string,
  candidates: string[],
): string | undefined {
  return candidates.find((c) => c !== path && repositoryHasBlob(registry, c, digest));
}

function repository(registry: RegistryState, path: string): RepositoryRecord {
  if (!Object.hasOwn(registry.repositories, path)) registry.repositories[path] = { tags: {}, manifests: [], blobs: [] };
  return registry.repositories[path];
}

/** Stores a blob (uploaded or mounted) and links it into repository `path`. */
export function putBlob(registry: RegistryState, path: string, digest: string, record: BlobRecord): void {
  if (!Object.hasOwn(registry.blobs, digest)) registry.blobs[digest] = record;
  const repo = repository(registry, path);
  if (!repo.blobs.includes(digest)) repo.blobs.push(digest);
}

/** `PUT /v2/<path>/manifests/<tag>`: stores the manifest and points the tag at it. */
export function putManifest(
  registry: RegistryState,
  path: string,
  tag: string,
  digest: string,
  record: ManifestRecord,
): void {
  registry.manifests[digest] = record;
  const repo = repository(registry, path);
  if (!repo.manifests.includes(digest)) repo.manifests.push(digest);
  repo.tags[tag] = digest;
}
