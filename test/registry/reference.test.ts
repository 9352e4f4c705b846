import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  familiarName,
  familiarString,
  fullName,
  fullString,
  parseDockerRef,
  parseNormalizedNamed,
  parseReference,
  withDefaultTag,
} from '../../src/model/registry/reference';
import type { ImageReference } from '../../src/model/registry/reference';

const HEX64 = '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a';
const DIGEST = 'sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';

/** A readable projection of a parse: the four forms, or the error. */
function project(text: string): string | { full: string; familiar: string; name: string; familiarName: string } {
  const r = parseNormalizedNamed(text);
  if (!r.ok) return r.error;
  return {
    full: fullString(r.ref),
    familiar: familiarString(r.ref),
    name: fullName(r.ref),
    familiarName: familiarName(r.ref),
  };
}

describe('parseNormalizedNamed: accepted references', () => {
  const cases: Array<[string, string, string]> = [
    // input, fullString, familiarString
    ['nginx', 'docker.io/library/nginx', 'nginx'],
    ['nginx:latest', 'docker.io/library/nginx:latest', 'nginx:latest'],
    ['alpine:Latest', 'docker.io/library/alpine:Latest', 'alpine:Latest'],
    ['bitnami/redis', 'docker.io/bitnami/redis', 'bitnami/redis'],
    ['docker.io/library/ubuntu:latest', 'docker.io/library/ubuntu:latest', 'ubuntu:latest'],
    ['docker.io/ubuntu', 'docker.io/library/ubuntu', 'ubuntu'],
    ['index.docker.io/ubuntu', 'docker.io/library/ubuntu', 'ubuntu'],
    ['index.docker.io/fooo/bar', 'docker.io/fooo/bar', 'fooo/bar'],
    ['library/ubuntu', 'docker.io/library/ubuntu', 'ubuntu'],
    ['docker.io/library/foo/bar', 'docker.io/library/foo/bar', 'library/foo/bar'],
    ['localhost/x', 'localhost/x', 'localhost/x'],
    ['localhost:5000/x', 'localhost:5000/x', 'localhost:5000/x'],
    ['gcr.io/proj/img:1', 'gcr.io/proj/img:1', 'gcr.io/proj/img:1'],
    ['UPPER/x', 'UPPER/x', 'UPPER/x'],
    ['Foo/bar', 'Foo/bar', 'Foo/bar'],
    ['test_com/foo', 'docker.io/test_com/foo', 'test_com/foo'],
    ['test-com:8080/foo', 'test-com:8080/foo', 'test-com:8080/foo'],
    ['xn--n3h.com:18080/foo', 'xn--n3h.com:18080/foo', 'xn--n3h.com:18080/foo'],
    ['192.168.0.1', 'docker.io/library/192.168.0.1', '192.168.0.1'],
    ['192.168.0.1:80', 'docker.io/library/192.168.0.1:80', '192.168.0.1:80'],
    ['[fc00::1]:5000/docker/docker', '[fc00::1]:5000/docker/docker', '[fc00::1]:5000/docker/docker'],
    ['docker---rules/docker', 'docker.io/docker---rules/docker', 'docker---rules/docker'],
    ['dock__er/docker', 'docker.io/dock__er/docker', 'dock__er/docker'],
    [`docker.io/${HEX64}`, `docker.io/library/${HEX64}`, HEX64],
    [HEX64.slice(0, 63), `docker.io/library/${HEX64.slice(0, 63)}`, HEX64.slice(0, 63)],
    [`nginx@${DIGEST}`, `docker.io/library/nginx@${DIGEST}`, `nginx@${DIGEST}`],
    [`busybox:latest@${DIGEST}`, `docker.io/library/busybox:latest@${DIGEST}`, `busybox:latest@${DIGEST}`],
    [`nginx:1@${DIGEST}`, `docker.io/library/nginx:1@${DIGEST}`, `nginx:1@${DIGEST}`],
    [
      `repo@sha512:${'f'.repeat(128)}`,
      `docker.io/library/repo@sha512:${'f'.repeat(128)}`,
      `repo@sha512:${'f'.repeat(128)}`,
    ],
  ];
  it.each(cases)('%s normalizes to %s (familiar %s)', (input, full, familiar) => {
    expect(project(input)).toMatchObject({ full, familiar });
  });

  it('splits the domain from the path as splitDockerDomain does', () => {
    const parts = (s: string) => {
      const r = parseNormalizedNamed(s);
      return r.ok ? [r.ref.domain, r.ref.path] : r.error;
    };
    expect(parts('foo')).toEqual(['docker.io', 'library/foo']);
    expect(parts('docker/migrator')).toEqual(['docker.io', 'docker/migrator']);
    expect(parts('test.com/foo')).toEqual(['test.com', 'foo']);
    expect(parts('UPPER/x')).toEqual(['UPPER', 'x']);
    expect(parts('localhost:5000/x')).toEqual(['localhost:5000', 'x']);
  });

  it('names: FamiliarName drops docker.io/ and library/, FullName keeps both', () => {
    expect(project('nginx')).toMatchObject({ name: 'docker.io/library/nginx', familiarName: 'nginx' });
    expect(project('bitnami/redis:7')).toMatchObject({
      name: 'docker.io/bitnami/redis',
      familiarName: 'bitnami/redis',
    });
    expect(project('gcr.io/p/x:1')).toMatchObject({ name: 'gcr.io/p/x', familiarName: 'gcr.io/p/x' });
  });
});

describe('parseNormalizedNamed: rejected references carry the library error text', () => {
  const cases: Array<[string, string]> = [
    ['Alpine', 'invalid reference format: repository name (library/Alpine) must be lowercase'],
    ['docker/Docker', 'invalid reference format: repository name (docker/Docker) must be lowercase'],
    ['docker.io/docker/Docker', 'invalid reference format: repository name (docker/Docker) must be lowercase'],
    ['localhost:5000/Foo', 'invalid reference format: repository name (Foo) must be lowercase'],
    ['UPPER/X', 'invalid reference format: repository name (X) must be lowercase'],
    ['alpine:', 'invalid reference format'],
    ['', 'invalid reference format'],
    ['-docker', 'invalid reference format'],
    ['-docker/docker', 'invalid reference format'],
    ['docker-/docker', 'invalid reference format'],
    ['____/____', 'invalid reference format'],
    ['dock..er/docker', 'invalid reference format'],
    ['docker///docker', 'invalid reference format'],
    ['docker/', 'invalid reference format'],
    ['https://github.com/docker/docker', 'invalid reference format'],
    ['[fc00::1]', 'invalid reference format'],
    ['[fc00::1]:5000', 'invalid reference format'],
    ['fc00::1:5000/debian', 'invalid reference format'],
    [`alpine:${'a'.repeat(129)}`, 'invalid reference format'],
    ['alpine:-x', 'invalid reference format'],
    [HEX64, `invalid repository name (${HEX64}), cannot specify 64-byte hexadecimal strings`],
    [`x/${'a'.repeat(254)}`, 'repository name must not be more than 255 characters'],
    ['a'.repeat(250), 'repository name must not be more than 255 characters'],
    [`repo@sha256:${'f'.repeat(34)}`, 'invalid checksum digest length'],
    [`repo@sha256:${'F'.repeat(64)}`, 'invalid checksum digest format'],
    [`validname@invaliddigest:${'f'.repeat(64)}`, 'unsupported digest algorithm'],
  ];
  it.each(cases)('%s → %s', (input, error) => {
    expect(project(input)).toBe(error);
  });

  it('the 255-character limit counts the path, not the domain', () => {
    expect(parseNormalizedNamed(`x/${'a'.repeat(253)}`).ok).toBe(true);
    expect(parseNormalizedNamed(`example.com/${'a'.repeat(255)}`).ok).toBe(true);
  });
});

describe('parseReference (reference.Parse, no Docker Hub defaults)', () => {
  it('an empty string has no component', () => {
    expect(parseReference('')).toEqual({ ok: false, error: 'repository name must have at least one component' });
  });
  it('a name that only fails because of uppercase says so', () => {
    expect(parseReference('docker/Docker')).toEqual({ ok: false, error: 'repository name must be lowercase' });
  });
  it('leaves a bare name without a domain', () => {
    expect(parseReference('foo:1')).toEqual({ ok: true, ref: { domain: '', path: 'foo', tag: '1' } });
  });
});

describe('default tag and ParseDockerRef', () => {
  const ref = (s: string): ImageReference => {
    const r = parseNormalizedNamed(s);
    if (!r.ok) throw new Error(r.error);
    return r.ref;
  };
  it('withDefaultTag adds latest only when there is neither tag nor digest', () => {
    expect(fullString(withDefaultTag(ref('nginx')))).toBe('docker.io/library/nginx:latest');
    expect(fullString(withDefaultTag(ref('nginx:1.29')))).toBe('docker.io/library/nginx:1.29');
    expect(fullString(withDefaultTag(ref(`nginx@${DIGEST}`)))).toBe(`docker.io/library/nginx@${DIGEST}`);
  });
  it('parseDockerRef keeps the digest and drops the tag when both are given', () => {
    const r = parseDockerRef(`busybox:latest@${DIGEST}`);
    expect(r.ok && fullString(r.ref)).toBe(`docker.io/library/busybox@${DIGEST}`);
    const bare = parseDockerRef('busybox');
    expect(bare.ok && fullString(bare.ref)).toBe('docker.io/library/busybox:latest');
  });
  it('parsed references carry no undefined keys (they serialize as they compare)', () => {
    expect(ref('nginx')).toEqual({ domain: 'docker.io', path: 'library/nginx' });
    expect(Object.keys(ref('nginx'))).toEqual(['domain', 'path']);
  });
});

describe('properties', () => {
  const referenceChars = fc.constantFrom(...'abcAB019:/@._-[]'.split(''));
  const anyText = fc.oneof(fc.string(), fc.string({ unit: referenceChars, maxLength: 80 }));

  it('never throws, and always answers ok or an error string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseNormalizedNamed(text);
        expect(r.ok ? typeof r.ref.path : typeof r.error).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  const component = fc.stringMatching(/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/).filter((s) => s.length <= 40);
  const validRef = fc.record({
    domain: fc.constantFrom(
      '',
      'docker.io/',
      'index.docker.io/',
      'localhost/',
      'localhost:5000/',
      'gcr.io/',
      'UPPER/',
      'example.com:443/',
    ),
    path: fc.array(component, { minLength: 1, maxLength: 3 }).map((a) => a.join('/')),
    tag: fc.option(fc.stringMatching(/^[\w][\w.-]{0,20}$/), { nil: undefined }),
    digest: fc.option(
      fc.stringMatching(/^[a-f0-9]{64}$/).map((h) => `sha256:${h}`),
      { nil: undefined },
    ),
  });

  it('fullString(parse(fullString(r))) round-trips for generated references', () => {
    fc.assert(
      fc.property(validRef, ({ domain, path, tag, digest }) => {
        const text = `${domain}${path}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
        const first = parseNormalizedNamed(text);
        // Some generated texts are not references (a 64-hex name, a path over 255): fast-check counts
        // them as skipped, and fails the property when too many are.
        fc.pre(first.ok);
        const again = parseNormalizedNamed(fullString(first.ref));
        expect(again).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });

  it('fullString round-trips for any string that parses', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = parseNormalizedNamed(text);
        if (first.ok) expect(parseNormalizedNamed(fullString(first.ref))).toEqual(first);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays fast on long pathological input (no catastrophic backtracking)', () => {
    const started = performance.now();
    for (const text of [
      'a'.repeat(5000) + '!',
      'a-'.repeat(2000) + '!',
      'a.'.repeat(2000) + '/!',
      `a/${'b_'.repeat(2000)}:`,
      `x@sha256:${'f'.repeat(5000)}!`,
    ]) {
      parseNormalizedNamed(text);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
