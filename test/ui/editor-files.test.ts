import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { hostLocalFiles } from '../../src/model/cli/client/host-local-files';
import { replayLines } from '../../src/model/lesson/lesson-replay';
import { decodeLog, encodeLog } from '../../src/ui/authoring/share-log';
import {
  badName,
  deleteLine,
  homeFiles,
  homeWord,
  newFileLine,
  renameLine,
  saveLine,
  savedText,
} from '../../src/ui/editor/file-commands';
import { highlightLines, languageOf } from '../../src/ui/editor/highlight';
import { problemsOf, registerProblemFinder } from '../../src/ui/editor/file-problems';

const fresh = () => {
  const world = createWorld({ seed: 1 });
  return { shell: createShell({ world }), files: hostLocalFiles(world), world };
};

describe('the lines the file editor runs', () => {
  it('a save writes exactly the text (with a final newline), whatever it holds', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((s) => !s.includes('\r')),
        fc.constantFrom('Dockerfile', 'app/compose.yaml', 'my file.txt', "it's", '.dockerignore'),
        (content, path) => {
          const { shell, files } = fresh();
          shell.run(newFileLine(path));
          const r = shell.run(saveLine(path, content));
          expect(r.exitCode).toBe(0);
          expect(files.read(`/home/user/${path}`)).toBe(savedText(content));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('picks a delimiter the text does not use, and works from any directory', () => {
    const { shell, files } = fresh();
    shell.run('mkdir elsewhere && cd elsewhere');
    expect(saveLine('f', 'EOF\nEOF1\n')).toContain("<<'EOF2'");
    shell.run(saveLine('f', 'EOF\nEOF1\n'));
    expect(files.read('/home/user/f')).toBe('EOF\nEOF1\n');
    shell.run(renameLine('f', 'dir/g'));
    expect([files.read('/home/user/f'), files.read('/home/user/dir/g')]).toEqual([undefined, 'EOF\nEOF1\n']);
    shell.run(deleteLine('dir/g'));
    expect(files.read('/home/user/dir/g')).toBeUndefined();
    expect(homeWord('a b')).toBe("~/'a b'");
  });

  it('a saved file travels in a share link and is there after the replay', () => {
    const line = saveLine('Dockerfile', 'FROM alpine\nCMD ["echo", "$HOME"]\n');
    const encoded = encodeLog([line, 'cat Dockerfile']);
    if (!encoded.ok) throw new Error(encoded.problem);
    const decoded = decodeLog(encoded.value);
    if (!decoded.ok) throw new Error(decoded.problem);
    const lw = replayLines(1, decoded.lines);
    expect(
      lw.log
        .at(-1)
        ?.chunks.map((c) => c.text)
        .join(''),
    ).toBe('FROM alpine\nCMD ["echo", "$HOME"]\n');
  });

  it('names files under the home directory and refuses bad names', () => {
    const { shell, world } = fresh();
    shell.run('mkdir -p app/empty && touch app/Dockerfile .env /tmp/outside');
    expect(homeFiles(world.state.hosts[Object.keys(world.state.hosts)[0]].hostFiles)).toEqual([
      '.env',
      'app/Dockerfile',
    ]);
    expect(['', '/etc/passwd', '../x', 'a//b', 'dir/', 'Dockerfile'].map((n) => badName(n, ['Dockerfile']))).toEqual([
      'empty',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'exists',
    ]);
    expect(badName('app/Dockerfile', [])).toBeUndefined();
  });
});

describe('the editor highlighter and problems', () => {
  it('knows Dockerfiles and YAML by name', () => {
    expect(
      ['Dockerfile', 'Dockerfile.dev', 'web.dockerfile', 'compose.yaml', 'a.yml', 'notes'].map(languageOf),
    ).toEqual(['dockerfile', 'dockerfile', 'dockerfile', 'yaml', 'yaml', 'plain']);
  });

  it('colours instructions, comments, strings, variables, flags and keys, keeping every character', () => {
    const text = 'FROM alpine AS build\n# note\nCOPY --from=build "/a b" $HOME \\\n  /x\nrun echo\n';
    const lines = highlightLines(text, 'dockerfile');
    expect(lines.map((tokens) => tokens.map((t) => t.text).join('')).join('\n')).toBe(text);
    const kinds = lines.map((tokens) => tokens.filter((t) => t.kind).map((t) => `${t.kind}:${t.text.trim()}`));
    expect(kinds.slice(0, 5)).toEqual([
      ['keyword:FROM', 'keyword:AS'],
      ['comment:# note'],
      ['keyword:COPY', 'flag:--from=build', 'string:"/a b"', 'variable:$HOME'],
      [],
      ['keyword:run'],
    ]);
    const yaml = highlightLines('services:\n  web:\n    image: nginx # x\n    - "8080:80"', 'yaml');
    expect(yaml.map((tokens) => tokens.filter((t) => t.kind).map((t) => `${t.kind}:${t.text.trim()}`))).toEqual([
      ['key:services', 'punct::'],
      ['key:web', 'punct::'],
      ['key:image', 'punct::', 'comment:# x'],
      ['punct:-', 'string:"8080:80"'],
    ]);
  });

  it('reports a Dockerfile parse error, a compose file YAML or schema error, at its line; takes other finders', () => {
    expect(problemsOf('Dockerfile', 'FROM alpine\nRUNN x\n')).toMatchObject([{ startLine: 2, endLine: 2 }]);
    expect(problemsOf('Dockerfile', 'FROM alpine\n')).toEqual([]);
    expect(problemsOf('compose.yaml', 'services:\n  web:\n    image: nginx: latest\n')).toEqual([
      { startLine: 3, endLine: 3, message: 'yaml: line 3: mapping values are not allowed in this context' },
    ]);
    expect(problemsOf('compose.yaml', 'services:\n  web:\n    image: nginx\n    prots: []\n')).toEqual([
      {
        startLine: 4,
        endLine: 4,
        message: 'validating /home/user/compose.yaml: services.web Additional property prots is not allowed',
      },
    ]);
    expect(problemsOf('compose.yaml', 'services:\n  web:\n    image: nginx\n')).toEqual([]);
    registerProblemFinder('yaml', (text) => (text.includes('[') ? [{ startLine: 1, endLine: 1, message: 'bad' }] : []));
    expect(problemsOf('compose.yaml', 'services: [')).toEqual([{ startLine: 1, endLine: 1, message: 'bad' }]);
  });
});
