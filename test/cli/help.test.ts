import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../src/model/cli/help/help-text';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Every captured --help text: the real client against our engine, at 80, 60 and 1000 columns. */
const captures = (['help', 'help-60', 'help-wide'] as const).flatMap((dir) =>
  readdirSync(`${FIXTURES}${dir}`).map((file) => ({
    dir,
    file,
    path: file.slice(0, -4).split('_').slice(1).join(' '),
    width: dir === 'help' ? 80 : dir === 'help-60' ? 60 : 1000,
  })),
);

describe('--help texts', () => {
  it('has a capture of every command in scope', () => {
    expect(captures.filter((c) => c.dir === 'help')).toHaveLength(80);
  });

  it.each(captures)('$dir/$file is what the real client prints', ({ dir, file, path, width }) => {
    expect(helpText(path, width)).toBe(readFileSync(`${FIXTURES}${dir}/${file}`, 'utf8'));
  });
});
