import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScreen, feed, screenLines } from '../../src/model/cli/format/screen';

const render = (bytes: string, cols = 20, rows?: number): string[] => {
  const s = createScreen(cols, rows);
  feed(s, bytes);
  return screenLines(s);
};

describe('terminal screen', () => {
  it('treats \\n as CR+LF and keeps trailing spaces the program wrote', () => {
    expect(render('ab\ncd \n')).toEqual(['ab', 'cd ']);
  });

  it('wraps at the last column lazily, like xterm', () => {
    expect(render('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(render('abcd\rX', 4)).toEqual(['Xbcd']);
    expect(render('abcd\n', 4)).toEqual(['abcd']);
  });

  it('moves the cursor with CSI A/B/C/D and erases with K and 2K', () => {
    expect(render('one\ntwo\nthree\x1b[2A\x1b[2K\rONE\x1b[2B')).toEqual(['ONE', 'two', 'three']);
    expect(render('one\ntwo\x1b[1A\x1b[1B\x1b[1A!')).toEqual(['one!', 'two']);
    expect(render('abcdef\x1b[3D\x1b[K')).toEqual(['abc']);
    expect(render('abcdef\x1b[3D\x1b[0K!')).toEqual(['abc!']);
    expect(render('ab\x1b[3Ccd')).toEqual(['ab   cd']);
  });

  it('leaves unwritten cells empty rather than spaces', () => {
    expect(render('\x1b[5Cx\x1b[2K')).toEqual([]);
    expect(render('abc\x1b[1K')).toEqual([]);
  });

  it('clears with ESC[H ESC[2J and ignores colours and OSC titles', () => {
    expect(render('old\nlines\x1b[H\x1b[2Jnew')).toEqual(['new']);
    expect(render('\x1b[1;31mred\x1b[0m \x1b]0;title\x07ok')).toEqual(['red ok']);
  });

  it('handles escape sequences split across feeds', () => {
    const s = createScreen(20);
    for (const chunk of ['ab\x1b', '[', '2K\rc', 'd\x1b]0;t', 'itle\x1b', '\\!']) feed(s, chunk);
    expect(screenLines(s)).toEqual(['cd!']);
  });

  it('cannot move into scrollback once lines scrolled off a bounded screen', () => {
    expect(render('a\nb\nc\x1b[5A\rX', 10, 2)).toEqual(['a', 'X', 'c']);
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({
            unit: fc.oneof(
              fc.constantFrom(
                '\x1b',
                '[',
                ']',
                '\x07',
                ';',
                '2',
                'K',
                'A',
                'B',
                '\n',
                '\r',
                '\b',
                '\t',
                '9',
                'x',
                '日',
              ),
              fc.string({ unit: 'binary', maxLength: 3 }),
            ),
          }),
        ),
        fc.integer({ min: -5, max: 200 }),
        (chunks, cols) => {
          const s = createScreen(cols);
          for (const c of chunks) feed(s, c);
          expect(Array.isArray(screenLines(s))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
