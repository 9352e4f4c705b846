import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRecord } from '../../src/model/cli/flags/go-csv';
import { parseMountOpt } from '../../src/model/cli/flags/mount-opt';
import { parseVolumeSpec } from '../../src/model/cli/commands/container/volume-spec';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';

describe("Go's csv reader, first record", () => {
  it('splits on commas, reads quoted fields with "" as a quote, and stops at the end of the line', () => {
    expect(readCsvRecord('a,b,,c')).toEqual({ ok: true, fields: ['a', 'b', '', 'c'] });
    expect(readCsvRecord('"a,b","say ""hi"""')).toEqual({ ok: true, fields: ['a,b', 'say "hi"'] });
    expect(readCsvRecord('a,b\nc,d')).toEqual({ ok: true, fields: ['a', 'b'] });
    expect(readCsvRecord('\n\na')).toEqual({ ok: true, fields: ['a'] });
  });

  it("gives Go's errors with 1-based byte columns (checked against the real client)", () => {
    expect(readCsvRecord('')).toEqual({ ok: false, error: 'EOF' });
    expect(readCsvRecord('a"b')).toEqual({
      ok: false,
      error: 'parse error on line 1, column 2: bare " in non-quoted-field',
    });
    expect(readCsvRecord('"a"b')).toEqual({
      ok: false,
      error: 'parse error on line 1, column 3: extraneous or missing " in quoted-field',
    });
    expect(readCsvRecord('"abc')).toEqual({
      ok: false,
      error: 'parse error on line 1, column 5: extraneous or missing " in quoted-field',
    });
    expect(readCsvRecord('"a\nb')).toEqual({
      ok: false,
      error: 'record on line 1; parse error on line 2, column 2: extraneous or missing " in quoted-field',
    });
  });

  it('reads back any fields written the way Go writes CSV', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', ' ', '=', 'é') });
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 5 }), (fields) => {
        fc.pre(!(fields.length === 1 && fields[0] === ''));
        const line = fields.map((f) => (/[",\s]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
        expect(readCsvRecord(line)).toEqual({ ok: true, fields });
      }),
    );
  });
});

describe('--mount values (opts/mount.go MountOpt.Set)', () => {
  it('defaults to a volume, lowercases keys and the type, and sends only what is set', () => {
    expect(parseMountOpt('Source=data,TARGET=/data,Type=VOLUME', '/home/user')).toEqual({
      ok: true,
      mount: { Type: 'volume', Source: 'data', Target: '/data' },
    });
    expect(parseMountOpt('src=v,dst=/d,ro=false,volume-nocopy,volume-label=a=b', '/')).toEqual({
      ok: true,
      mount: {
        Type: 'volume',
        Source: 'v',
        Target: '/d',
        VolumeOptions: { NoCopy: true, Labels: { a: 'b' }, DriverConfig: {} },
      },
    });
  });

  it('makes a source starting with "." absolute against the working directory', () => {
    const parsed = parseMountOpt('type=bind,source=./site/../data,target=/app', '/home/user');
    expect(parsed).toMatchObject({ ok: true, mount: { Source: '/home/user/data' } });
    expect(parseMountOpt('type=bind,source=data,target=/app', '/home/user')).toMatchObject({
      mount: { Source: 'data' },
    });
  });

  it('never throws, whatever the value', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const parsed = parseMountOpt(value, '/home/user');
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
  });
});

describe('-v specs (compose loader ParseVolume)', () => {
  it('tells binds from volumes, keeps a drive letter, and refuses a fourth section', () => {
    expect(parseVolumeSpec('./data:/data')).toEqual({ source: './data', target: '/data', type: 'bind' });
    expect(parseVolumeSpec('data/x:/y')).toEqual({ source: 'data/x', target: '/y', type: 'volume' });
    expect(parseVolumeSpec('a:/b:ro:x')).toEqual({ source: 'a:/b', target: 'ro', type: 'bind' });
    expect(() => parseVolumeSpec('ab:/b:ro:x')).toThrow('invalid spec: ab:/b:ro:x: too many colons');
  });

  it('sends ./rel binds absolute against the shell user home, as filepath.Abs would', () => {
    const shell = createShell({ world: createWorld({ seed: 1 }) });
    shell.run('docker pull -q alpine');
    const r = shell.run('docker create -v ./data:/data:ro --mount type=bind,src=.,dst=/home alpine');
    const createCall = r.exchanges.find((e) => e.path === '/containers/create');
    const hostConfig = (createCall?.requestBody as { HostConfig: Record<string, unknown> }).HostConfig;
    expect(hostConfig.Binds).toEqual(['/home/user/data:/data:ro']);
    expect(hostConfig.Mounts).toEqual([{ Type: 'bind', Source: '/home/user', Target: '/home' }]);
  });
});
