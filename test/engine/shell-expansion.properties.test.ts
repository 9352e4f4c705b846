import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shellC } from './process-context';

// Values without newlines (echo prints one line) and without NUL; any other character may appear.
const value = fc.string({ unit: 'binary', maxLength: 24 }).filter((v) => !/[\n\0]/.test(v));
const shells = fc.constantFrom(['debian', 'sh'] as const, ['ubuntu', 'bash'] as const, ['alpine', 'sh'] as const);
const singleQuoted = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;

describe('shell expansion properties', () => {
  it('printf "%s\\n" "$V" prints V exactly, for any V from the environment', () => {
    fc.assert(
      fc.property(shells, value, ([family, shell], v) => {
        const { lines } = shellC(family, shell, 'printf "%s\\n" "$V"', { env: [`V=${v}`] });
        expect(lines).toEqual([v]);
      }),
    );
  });

  it("single quotes never expand: printf %s '…' prints the text as written", () => {
    fc.assert(
      fc.property(shells, value, ([family, shell], v) => {
        const { lines } = shellC(family, shell, `printf '%s\\n' ${singleQuoted(v)}`);
        expect(lines).toEqual([v]);
      }),
    );
  });

  it('${V:-d} is V when V is set and non-empty, else d', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_.]{0,8}$/);
    fc.assert(
      fc.property(shells, word, word, ([family, shell], v, d) => {
        const env = v === '' ? [] : [`V=${v}`];
        const { lines } = shellC(family, shell, `printf '%s\\n' "\${V:-${d}}"`, { env });
        expect(lines).toEqual([v !== '' ? v : d]);
      }),
    );
  });

  it('an unquoted expansion splits on blanks into the same words the value has', () => {
    const words = fc.array(fc.stringMatching(/^[A-Za-z0-9]{1,5}$/), { maxLength: 5 });
    const blanks = fc.constantFrom(' ', '  ', '\t', ' \t ');
    fc.assert(
      fc.property(shells, words, blanks, ([family, shell], ws, gap) => {
        const { lines } = shellC(family, shell, 'for w in $V; do echo "[$w]"; done', {
          env: [`V=${gap}${ws.join(gap)}${gap}`],
        });
        expect(lines).toEqual(ws.map((w) => `[${w}]`));
      }),
    );
  });

  it('$(printf %s "$V") gives V back (trailing newlines aside)', () => {
    fc.assert(
      fc.property(shells, value, ([family, shell], v) => {
        const { lines } = shellC(family, shell, 'printf "%s\\n" "$(printf %s "$V")"', { env: [`V=${v}`] });
        expect(lines).toEqual([v]);
      }),
    );
  });
});
