/**
 * Image references, parsed and normalized exactly as github.com/distribution/reference v0.6.0
 * (normalize.go, reference.go) does for the docker CLI and daemon: `nginx` means
 * `docker.io/library/nginx`, and every error text is the library's own.
 */
import {
  anchoredIdentifierRegexp,
  anchoredNameRegexp,
  referenceRegexp,
  repositoryNameTotalLengthMax,
  validateDigest,
} from './reference-grammar';

/** A parsed reference: `domain/path[:tag][@digest]`. `domain` is '' only from `parseReference`. */
export interface ImageReference {
  domain: string;
  path: string;
  tag?: string;
  digest?: string;
}

/** The outcome of parsing: the reference, or the library's exact error text. */
export type ReferenceResult = { ok: true; ref: ImageReference } | { ok: false; error: string };

/** Docker Hub's canonical domain (normalize.go defaultDomain). */
export const DEFAULT_DOMAIN = 'docker.io';
/** Docker Hub's legacy domain, rewritten to `docker.io` (normalize.go legacyDefaultDomain). */
export const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
/** The namespace of official images on Docker Hub (normalize.go officialRepoPrefix). */
export const OFFICIAL_REPO_PREFIX = 'library/';
/** The tag `TagNameOnly` adds when a reference has neither tag nor digest. */
export const DEFAULT_TAG = 'latest';

const fail = (error: string): ReferenceResult => ({ ok: false, error });

/** Builds a reference object without undefined keys, so it serializes and compares cleanly. */
function makeReference(domain: string, path: string, tag?: string, digest?: string): ImageReference {
  const ref: ImageReference = { domain, path };
  if (tag) ref.tag = tag;
  if (digest) ref.digest = digest;
  return ref;
}

/** `reference.Parse`: the grammar alone, with no Docker Hub defaults (so `foo` has no domain). */
export function parseReference(text: string): ReferenceResult {
  if (text === '') return fail('repository name must have at least one component');
  const m = referenceRegexp.exec(text);
  if (!m) {
    const lower = text.toLowerCase();
    if (lower !== text && referenceRegexp.test(lower)) return fail('repository name must be lowercase');
    return fail('invalid reference format');
  }
  const nameMatch = anchoredNameRegexp.exec(m[1]);
  const domain = nameMatch ? (nameMatch[1] ?? '') : '';
  const path = nameMatch ? nameMatch[2] : m[1];
  // v0.6.0 counts the path only; the domain does not use up the 255 characters.
  if (path.length > repositoryNameTotalLengthMax) {
    return fail(`repository name must not be more than ${repositoryNameTotalLengthMax} characters`);
  }
  const digest = m[3];
  if (digest) {
    const digestError = validateDigest(digest);
    if (digestError) return fail(digestError);
  }
  return { ok: true, ref: makeReference(domain, path, m[2], digest) };
}

/** `splitDockerDomain`: decides whether the first component is a registry host. */
export function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  if (slash === -1) return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + name };
  const maybeDomain = name.slice(0, slash);
  let domain = DEFAULT_DOMAIN;
  let remainder = name;
  // A host has a dot or a port, is localhost, or has uppercase (namespaces may not).
  if (maybeDomain === 'localhost' || /[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
    domain = maybeDomain === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : maybeDomain;
    remainder = name.slice(slash + 1);
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return { domain, remainder };
}

/** `ParseNormalizedNamed`: what `docker pull/run/create` do with the name the user typed. */
export function parseNormalizedNamed(text: string): ReferenceResult {
  if (anchoredIdentifierRegexp.test(text)) {
    return fail(`invalid repository name (${text}), cannot specify 64-byte hexadecimal strings`);
  }
  const { domain, remainder } = splitDockerDomain(text);
  const colon = remainder.indexOf(':');
  const remote = colon > -1 ? remainder.slice(0, colon) : remainder;
  // The message shows the normalized remote path, so `Alpine` is reported as `library/Alpine`.
  if (remote.toLowerCase() !== remote) {
    return fail(`invalid reference format: repository name (${remote}) must be lowercase`);
  }
  return parseReference(`${domain}/${remainder}`);
}

/** `ParseDockerRef`: normalized, tagged `latest` if bare, and digest-only when both are given. */
export function parseDockerRef(text: string): ReferenceResult {
  const parsed = parseNormalizedNamed(text);
  if (!parsed.ok) return parsed;
  const { domain, path, tag, digest } = parsed.ref;
  if (tag && digest) return { ok: true, ref: makeReference(domain, path, undefined, digest) };
  return { ok: true, ref: withDefaultTag(parsed.ref) };
}

/** `IsNameOnly`: true when the reference has neither a tag nor a digest. */
export function isNameOnly(ref: ImageReference): boolean {
  return !ref.tag && !ref.digest;
}

/** `TagNameOnly`: adds the `latest` tag when there is neither a tag nor a digest. */
export function withDefaultTag(ref: ImageReference): ImageReference {
  return isNameOnly(ref) ? makeReference(ref.domain, ref.path, DEFAULT_TAG) : ref;
}

/** `FamiliarName`: drops `docker.io/`, then `library/` for single-level official names. */
export function familiarName(ref: ImageReference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return fullName(ref);
  if (ref.path.startsWith(OFFICIAL_REPO_PREFIX)) {
    const rest = ref.path.slice(OFFICIAL_REPO_PREFIX.length);
    if (!rest.includes('/')) return rest;
  }
  return ref.path;
}

/** Appends `:tag` and `@digest` as `reference.String()` does. */
function withSuffixes(name: string, ref: ImageReference): string {
  return name + (ref.tag ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '');
}

/** `FamiliarString`: `nginx:latest`, `nginx@sha256:…`, `nginx:1@sha256:…`, `gcr.io/p/x:1`. */
export function familiarString(ref: ImageReference): string {
  return withSuffixes(familiarName(ref), ref);
}

/** `Named.Name()`: the full repository name, for example `docker.io/library/nginx`. */
export function fullName(ref: ImageReference): string {
  return ref.domain ? `${ref.domain}/${ref.path}` : ref.path;
}

/** `Reference.String()`: the full reference, for example `docker.io/library/nginx:latest`. */
export function fullString(ref: ImageReference): string {
  return withSuffixes(fullName(ref), ref);
}
