import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runeCount, Tabwriter, tabwrite } from '../../src/model/cli/format/tabwriter';
import oracle from './fixtures/tabwriter-oracle.json';
import { formatRows } from '../../src/model/cli/format/template';

const rows = (lines: string[][]): string => lines.map((l) => l.join('\t') + '\n').join('');

describe('tabwriter with docker settings (10, 1, 3, " ", 0)', () => {
  it('renders an empty docker ps with the empty PORTS column padded (G01)', () => {
    const text = rows([['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']]);
    expect(tabwrite(text)).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
  });

  it('renders docker ps -a with an empty PORTS cell (G16)', () => {
    const text = rows([
      ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
      ['c1c1c1c1c1c1', 'alpine', '"echo hello"', '2 minutes ago', 'Exited (0) 2 minutes ago', '', '<NAME1>'],
    ]);
    expect(tabwrite(text)).toBe(
      'CONTAINER ID   IMAGE     COMMAND        CREATED         STATUS                     PORTS     NAMES\n' +
        'c1c1c1c1c1c1   alpine    "echo hello"   2 minutes ago   Exited (0) 2 minutes ago             <NAME1>\n',
    );
  });

  it('counts "…" as one column and publishes ports in a wide column (G13)', () => {
    const text = rows([
      ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
      [
        'c1c1c1c1c1c1',
        'nginx',
        '"/docker-entrypoint.…"',
        '5 minutes ago',
        'Up 5 minutes',
        '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
        'web',
      ],
    ]);
    expect(tabwrite(text)).toBe(
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                  ' +
        '                   NAMES\n' +
        ('c1c1c1c1c1c1   nginx     "/docker-entrypoint.…"   5 minutes ago   Up 5 minutes   0.0.0.0:8080->80/tcp,' +
          ' [::]:8080->80/tcp   web\n'),
    );
  });

  it('renders docker network ls (G37)', () => {
    const text = rows([
      ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'],
      ['a1a1a1a1a1a1', 'bridge', 'bridge', 'local'],
      ['a2a2a2a2a2a2', 'host', 'host', 'local'],
      ['a4a4a4a4a4a4', 'mynet', 'bridge', 'local'],
      ['a3a3a3a3a3a3', 'none', 'null', 'local'],
    ]);
    expect(tabwrite(text)).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\n' +
        'a1a1a1a1a1a1   bridge    bridge    local\n' +
        'a2a2a2a2a2a2   host      host      local\n' +
        'a4a4a4a4a4a4   mynet     bridge    local\n' +
        'a3a3a3a3a3a3   none      null      local\n',
    );
  });

  it('sizes each system df -v section on its own: title lines end the column blocks (G46)', () => {
    const text =
      'Images space usage:\n\n' +
      rows([
        ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'SHARED SIZE', 'UNIQUE SIZE', 'CONTAINERS'],
        ['nginx', 'latest', 'e1c8d9cae0b9', '13 days ago', '192MB', '74.8MB', '117MB', '1'],
        ['alpine', 'latest', 'e7c8ca00dae5', '3 weeks ago', '8.31MB', '8.309MB', '0B', '1'],
      ]) +
      '\nLocal Volumes space usage:\n\n' +
      rows([
        ['VOLUME NAME', 'LINKS', 'SIZE'],
        ['myvol', '0', '0B'],
      ]);
    expect(tabwrite(text)).toBe(
      'Images space usage:\n\n' +
        'REPOSITORY   TAG       IMAGE ID       CREATED       SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS\n' +
        'nginx        latest    e1c8d9cae0b9   13 days ago   192MB     74.8MB        117MB         1\n' +
        'alpine       latest    e7c8ca00dae5   3 weeks ago   8.31MB    8.309MB       0B            1\n' +
        '\nLocal Volumes space usage:\n\n' +
        'VOLUME NAME   LINKS     SIZE\n' +
        'myvol         0         0B\n',
    );
  });

  it('aligns a column only over the run of lines that have it (Go doc example)', () => {
    const text = 'aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n';
    expect(tabwrite(text, { minwidth: 0, padding: 1 })).toBe('aaaa bbb d\naa   b   dd\na    \naa   cccc eee\n');
  });

  it('pads trailing tab-terminated cells but never the text after the last tab', () => {
    expect(tabwrite('a\tb\t\nccc\tdd\t\n')).toBe('a         b         \nccc       dd        \n');
    expect(tabwrite('x\tlast cell is never padded')).toBe('x         last cell is never padded');
  });

  it("measures display columns like docker's fork (Go's own tabwriter counts runes)", () => {
    expect(tabwrite('日本\tx\n')).toBe('日本      x\n');
    expect(tabwrite('日本\tx\n', { measure: runeCount })).toBe('日本        x\n');
  });

  it('gives the same output however the input is split across writes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'bb', '\t', '\n', '日', '\v', '\f', ' ') }),
        fc.array(fc.nat()),
        (text, cuts) => {
          const w = new Tabwriter();
          let at = 0;
          let out = '';
          for (const c of cuts) {
            const next = Math.min(text.length, at + (c % 7));
            w.write(text.slice(at, next));
            at = next;
          }
          w.write(text.slice(at));
          out += w.flush();
          expect(out).toBe(tabwrite(text));
        },
      ),
    );
  });

  it('never throws and keeps every line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = tabwrite(text);
        expect(out.split('\n').length).toBe(text.replace(/\f/g, '\n').split('\n').length);
      }),
    );
  });

  it('matches the real CLI 28.2.2 on random cells with tabs, soft tabs, form feeds and wide runes', () => {
    for (const c of oracle.cases) {
      const ctx = c.names.map((n: string) => ({ ID: 'aaaaaaaaaaaa', Names: n, Image: 'img' }));
      const r = formatRows(c.format, ctx, { ID: 'CONTAINER ID', Names: 'NAMES', Image: 'IMAGE' });
      expect(r).toEqual({ ok: true, output: c.stdout });
    }
  });
});
