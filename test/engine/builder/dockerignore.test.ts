import { describe, expect, it } from 'vitest';
import {
  cleanPath,
  compileDockerignore,
  contextExcludes,
  ignoredBy,
  matchesOrParentMatches,
  readDockerignore,
} from '../../../src/model/engine/builder/dockerignore';

// moby/patternmatcher v0.6.0 patternmatcher_test.go TestMatches (Apache-2.0): pattern, path, matched.
const TABLE: Array<[string, string, boolean]> = [
  ['**', 'file', true],
  ['**', 'file/', true],
  ['**/', 'file', true],
  ['**/', 'file/', true],
  ['**', '/', true],
  ['**/', '/', true],
  ['**', 'dir/file', true],
  ['**/', 'dir/file', true],
  ['**', 'dir/file/', true],
  ['**/', 'dir/file/', true],
  ['**/**', 'dir/file', true],
  ['**/**', 'dir/file/', true],
  ['dir/**', 'dir/file', true],
  ['dir/**', 'dir/file/', true],
  ['dir/**', 'dir/dir2/file', true],
  ['dir/**', 'dir/dir2/file/', true],
  ['**/dir', 'dir', true],
  ['**/dir', 'dir/file', true],
  ['**/dir2/*', 'dir/dir2/file', true],
  ['**/dir2/*', 'dir/dir2/file/', true],
  ['**/dir2/**', 'dir/dir2/dir3/file', true],
  ['**/dir2/**', 'dir/dir2/dir3/file/', true],
  ['**file', 'file', true],
  ['**file', 'dir/file', true],
  ['**/file', 'dir/file', true],
  ['**file', 'dir/dir/file', true],
  ['**/file', 'dir/dir/file', true],
  ['**/file*', 'dir/dir/file', true],
  ['**/file*', 'dir/dir/file.txt', true],
  ['**/file*txt', 'dir/dir/file.txt', true],
  ['**/file*.txt', 'dir/dir/file.txt', true],
  ['**/file*.txt*', 'dir/dir/file.txt', true],
  ['**/**/*.txt', 'dir/dir/file.txt', true],
  ['**/**/*.txt2', 'dir/dir/file.txt', false],
  ['**/*.txt', 'file.txt', true],
  ['**/**/*.txt', 'file.txt', true],
  ['a**/*.txt', 'a/file.txt', true],
  ['a**/*.txt', 'a/dir/file.txt', true],
  ['a**/*.txt', 'a/dir/dir/file.txt', true],
  ['a/*.txt', 'a/dir/file.txt', false],
  ['a/*.txt', 'a/file.txt', true],
  ['a/*.txt**', 'a/file.txt', true],
  ['a[b-d]e', 'ae', false],
  ['a[b-d]e', 'ace', true],
  ['a[b-d]e', 'aae', false],
  ['a[^b-d]e', 'aze', true],
  ['.*', '.foo', true],
  ['.*', 'foo', false],
  ['abc.def', 'abcdef', false],
  ['abc.def', 'abc.def', true],
  ['abc.def', 'abcZdef', false],
  ['abc?def', 'abcZdef', true],
  ['abc?def', 'abcdef', false],
  ['a\\\\', 'a\\', true],
  ['**/foo/bar', 'foo/bar', true],
  ['**/foo/bar', 'dir/foo/bar', true],
  ['**/foo/bar', 'dir/dir2/foo/bar', true],
  ['abc/**', 'abc', false],
  ['abc/**', 'abc/def', true],
  ['abc/**', 'abc/def/ghi', true],
  ['**/.foo', '.foo', true],
  ['**/.foo', 'bar.foo', false],
  ['a(b)c/def', 'a(b)c/def', true],
  ['a(b)c/def', 'a(b)c/xyz', false],
  ['a.|)$(}+{bc', 'a.|)$(}+{bc', true],
  [
    'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl',
    'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl',
    true,
  ],
  ['dist/*.whl', 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', true],
  ['a\\*b', 'a*b', true],
];

describe('.dockerignore (moby/patternmatcher)', () => {
  it('matches every case of patternmatcher TestMatches as MatchesOrParentMatches does', () => {
    for (const [pattern, path, pass] of TABLE)
      expect(matchesOrParentMatches([pattern], path), `${pattern} ~ ${path}`).toBe(pass);
  });

  it('lets the last matching line win, so a ! line takes a file back (and a later line excludes it again)', () => {
    expect(matchesOrParentMatches(['**', '!util/docker/web'], 'util/docker/web/foo')).toBe(false);
    expect(matchesOrParentMatches(['**', '!util/docker/web', 'util/docker/web/foo'], 'util/docker/web/foo')).toBe(true);
    const ignored = ignoredBy(readDockerignore('*.md\n!README.md\n'));
    expect([ignored('CHANGES.md'), ignored('README.md'), ignored('docs/x.md')]).toEqual([true, false, false]);
    expect(matchesOrParentMatches(['!fileutils.go', '*.go'], 'fileutils.go')).toBe(true);
  });

  it('leaves out everything in an ignored directory unless an exception names it', () => {
    const ignored = ignoredBy(readDockerignore('node_modules\ndocs/\n!docs/README.md\n'));
    expect(ignored('node_modules/lodash/index.js')).toBe(true);
    expect(ignored('docs/guide.md')).toBe(true);
    expect(ignored('docs/README.md')).toBe(false);
    expect(ignored('src/node_modules.js')).toBe(false);
  });

  it('reads the file as the client does: # comments, trimmed lines, a leading / dropped, paths cleaned', () => {
    expect(
      readDockerignore('\uFEFF# comment\n  *.log  \n\n/build\n! ./tmp/../cache\n .git\n #not a comment\n'),
    ).toEqual(['*.log', 'build', '!cache', '.git', '#not a comment']);
    expect(ignoredBy(readDockerignore('/build'))('build/out.js')).toBe(true);
    expect(ignoredBy(['*'])('./app.js')).toBe(true);
  });

  it('gives the client errors for a lone ! and a malformed pattern', () => {
    expect(compileDockerignore(['!'])).toEqual({ ok: false, error: 'illegal exclusion pattern: "!"' });
    expect(compileDockerignore(['['])).toEqual({ ok: false, error: 'syntax error in pattern' });
    expect(ignoredBy(['['])('x')).toBe(false);
  });

  it('still sends the Dockerfile and .dockerignore when the patterns would leave them out', () => {
    expect(contextExcludes(['*'], 'Dockerfile')).toEqual(['*', '!.dockerignore', '!Dockerfile']);
    expect(contextExcludes(['*.md'], 'Dockerfile')).toEqual(['*.md']);
    const ignored = ignoredBy(contextExcludes(['*'], 'Dockerfile'));
    expect([ignored('Dockerfile'), ignored('.dockerignore'), ignored('app.js')]).toEqual([false, false, true]);
  });

  it('cleans paths as Go path.Clean', () => {
    expect(['', 'a/./b/', '/../a', 'a/../..', '//a//b'].map(cleanPath)).toEqual(['.', 'a/b', '/a', '..', '/a/b']);
  });
});
