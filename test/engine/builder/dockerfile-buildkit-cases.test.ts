import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DockerfileNode } from '../../../src/model/engine/builder/dockerfile-line-parsers';
import { parseLines } from '../../../src/model/engine/builder/dockerfile-lines';
import { goQuote } from '../../../src/model/engine/builder/shell-words';

// BuildKit's own parser cases (moby/buildkit v0.22.0 frontend/dockerfile/parser/testfiles*, Apache-2.0):
// each Dockerfile with the AST dump BuildKit's parser gives for it (parser_test.go TestParseCases).
const root = new URL('./fixtures/buildkit-parser/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const dirs = (dir: string) => readdirSync(new URL(dir, root)).sort();

const KNOWN = new Set([
  ...'add arg cmd copy entrypoint env expose from healthcheck label'.split(' '),
  ...'maintainer onbuild run shell stopsignal user volume workdir'.split(' '),
]);

/** BuildKit's Node.Dump for one instruction: `(copy ["--from=x"] "a" "/b")`. */
function dump(node: DockerfileNode): string {
  let s = node.value.toLowerCase();
  if (node.flags.length) s += ` [${node.flags.map(goQuote).join(' ')}]`;
  if (node.child) return `${s} (${dump(node.child)})`;
  // An unknown instruction keeps one empty argument (parseIgnore).
  const args = KNOWN.has(node.value.toLowerCase()) ? node.args : [''];
  for (const a of args) s += ` ${goQuote(a)}`;
  return s;
}

describe("BuildKit's parser cases", () => {
  for (const dir of dirs('testfiles/')) {
    it(`reads ${dir} as BuildKit does`, () => {
      const parsed = parseLines(read(`testfiles/${dir}/Dockerfile`));
      expect(parsed.ok && parsed.lines.nodes.map((n) => `(${dump(n)})`).join('\n') + '\n').toBe(
        read(`testfiles/${dir}/result`),
      );
    });
  }

  for (const dir of dirs('testfiles-negative/')) {
    it(`refuses ${dir}`, () => {
      expect(parseLines(read(`testfiles-negative/${dir}/Dockerfile`)).ok).toBe(false);
    });
  }

  it('gives each instruction its first and last line (testfile-line)', () => {
    const parsed = parseLines(read('testfile-line/Dockerfile'));
    expect(parsed.ok && parsed.lines.nodes.map((n) => [n.startLine, n.endLine])).toEqual([
      [5, 5],
      [11, 12],
      [17, 31],
    ]);
  });
});
