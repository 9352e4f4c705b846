/**
 * The image-reference grammar of github.com/distribution/reference (regexp.go, v0.6.0), built from
 * the same named pieces so each pattern can be checked against the Go source line by line.
 * JavaScript regexps backtrack leftmost-first like Go's RE2 does for submatches, so the captures
 * agree; the pieces have no nested ambiguous repetition, so matching stays polynomial.
 */

const alphanumeric = '[a-z0-9]+';
// One period, one or two underscores, or any number of dashes (regexp.go `separator`).
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const tag = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

/** `^(name)(?::(tag))?(?:@(digest))?$`: the whole reference, capturing name, tag and digest. */
export const referenceRegexp = new RegExp(`^(${namePat})(?::(${tag}))?(?:@(${digestPat}))?$`);

/** `^(?:(domain)/)?(path)$`: splits an already matched name into domain and path. */
export const anchoredNameRegexp = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);

/** A bare 64-hex identifier, which a repository name may not be (it would read as an image ID). */
export const anchoredIdentifierRegexp = /^([a-f0-9]{64})$/;

/** A valid tag on its own (used when a tag is set from outside a reference string). */
export const anchoredTagRegexp = new RegExp(`^${tag}$`);

/** A repository path (no domain), as the Registry API routes name it in `/v2/<name>/...`. */
export const anchoredRemoteNameRegexp = new RegExp(`^${remoteName}$`);

/** The longest repository path that `Parse` accepts (reference.go RepositoryNameTotalLengthMax). */
export const repositoryNameTotalLengthMax = 255;

// go-digest v1.0.0 (digest.go, algorithm.go): the algorithms Docker links in, and their hex lengths.
const encodedLengths: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
const goDigestRegexpAnchored = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/**
 * Validates a digest string as go-digest v1.0.0 `Digest.Validate` does, returning its error text
 * or undefined. Docker 28 vendors v1.0.0, which still reports a wrong length separately.
 */
export function validateDigest(text: string): string | undefined {
  const i = text.indexOf(':');
  if (i <= 0 || i + 1 === text.length) return 'invalid checksum digest format';
  const algorithm = text.slice(0, i);
  const encoded = text.slice(i + 1);
  const length = Object.hasOwn(encodedLengths, algorithm) ? encodedLengths[algorithm] : undefined;
  if (length === undefined) {
    return goDigestRegexpAnchored.test(text) ? 'unsupported digest algorithm' : 'invalid checksum digest format';
  }
  if (encoded.length !== length) return 'invalid checksum digest length';
  return /^[a-f0-9]+$/.test(encoded) ? undefined : 'invalid checksum digest format';
}
