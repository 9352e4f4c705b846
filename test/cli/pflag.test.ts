import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFlags, type FlagDef } from '../../src/model/cli/flags/pflag';
import { commandFlags } from '../../src/model/cli/docker/command-flags';

const PS: FlagDef[] = commandFlags('ps');
const RUN: FlagDef[] = commandFlags('run');

function parse(args: string[], defs = PS, interspersed = true) {
  const r = parseFlags(args, defs, interspersed);
  return r.ok ? { args: r.args, notices: r.notices, flags: r.flags } : r.error;
}

describe('pflag parsing as the docker CLI does it', () => {
  it('reads combined shorthands, --flag=value, --flag value and repeated flags', () => {
    const r = parse(['-aq', '--format={{.ID}}', '-f', 'status=exited', '--filter', 'name=web', '-n3']);
    expect(typeof r).toBe('object');
    if (typeof r === 'string') return;
    expect(r.flags.bool('all') && r.flags.bool('quiet')).toBe(true);
    expect(r.flags.string('format')).toBe('{{.ID}}');
    expect(r.flags.list('filter')).toEqual(['status=exited', 'name=web']);
    expect(r.flags.int('last', -1)).toBe(3);
  });

  it('stops at the image for run, and at -- for everyone', () => {
    const r = parse(['-dp', '8080:80', '--name', 'web', 'nginx', '-g', 'daemon off;'], RUN, false);
    if (typeof r === 'string') throw new Error(r);
    expect(r.flags.bool('detach')).toBe(true);
    expect(r.flags.list('publish')).toEqual(['8080:80']);
    expect(r.args).toEqual(['nginx', '-g', 'daemon off;']);
    const dash = parse(['--', '-a']);
    if (typeof dash === 'string') throw new Error(dash);
    expect(dash.args).toEqual(['-a']);
  });

  it("prints pflag's errors word for word", () => {
    expect(parse(['--foo'])).toBe('unknown flag: --foo');
    expect(parse(['-aqz'])).toBe("unknown shorthand flag: 'z' in -z");
    expect(parse(['-é'])).toBe("unknown shorthand flag: 'Ã' in -é");
    expect(parse(['--last'])).toBe('flag needs an argument: --last');
    expect(parse(['-n'])).toBe("flag needs an argument: 'n' in -n");
    expect(parse(['-n', 'x'])).toBe(
      'invalid argument "x" for "-n, --last" flag: strconv.ParseInt: parsing "x": invalid syntax',
    );
    expect(parse(['--all=foo'])).toBe(
      'invalid argument "foo" for "-a, --all" flag: strconv.ParseBool: parsing "foo": invalid syntax',
    );
    expect(parse(['-a='])).toBe("unknown shorthand flag: '=' in -=");
    expect(parse(['---x'])).toBe('bad flag syntax: ---x');
    expect(parse(['-f', 'foo'])).toBe(
      'invalid argument "foo" for "-f, --filter" flag: bad format of filter (expected name=value)',
    );
    expect(parse(['-m', 'foo'], RUN, false)).toBe(
      'invalid argument "foo" for "-m, --memory" flag: invalid size: \'foo\'',
    );
    expect(parse(['--blkio-weight', '70000'], RUN, false)).toBe(
      'invalid argument "70000" for "--blkio-weight" flag: strconv.ParseUint: parsing "70000": value out of range',
    );
    expect(parse(['--health-interval', 'x'], RUN, false)).toBe(
      'invalid argument "x" for "--health-interval" flag: time: invalid duration "x"',
    );
  });

  it('accepts Go number syntax and the deprecated -h for help', () => {
    const hex = parse(['-n', '0x10']);
    if (typeof hex === 'string') throw new Error(hex);
    expect(hex.flags.int('last', -1)).toBe(16);
    const help = parse(['-h']);
    if (typeof help === 'string') throw new Error(help);
    expect(help.flags.bool('help')).toBe(true);
    expect(help.notices).toEqual(['Flag shorthand -h has been deprecated, use --help']);
  });

  it('never throws, whatever the arguments', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 20 }),
            fc.constantFrom('-', '--', '-a', '--all=', '-n', '--format', '-f=x', '-aqn', '--=', '-='),
          ),
          { maxLength: 12 },
        ),
        fc.boolean(),
        (args, interspersed) => {
          const r = parseFlags(args, RUN, interspersed);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
