import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  executeDockerTemplate,
  formatRows,
  goTypeKey,
  parseDockerTemplate,
  preprocessFormat,
  renderHeader,
  splitTableFormat,
} from '../../src/model/cli/format/template';
import oracle from './fixtures/template-images-oracle.json';

/** The two images the oracle fixture was captured with, as docker's imageContext shows them. */
const IMAGES_ROWS = [
  {
    Containers: 'N/A',
    CreatedAt: '2023-11-14 22:13:20 +0000 UTC',
    CreatedSince: '3 years ago',
    Digest: '<none>',
    ID: 'e1c8d9cae0b9',
    Repository: 'nginx',
    SharedSize: 'N/A',
    Size: '192MB',
    Tag: 'latest',
    UniqueSize: 'N/A',
    VirtualSize: '191.8MB',
  },
  {
    Containers: 'N/A',
    CreatedAt: '2023-11-14 22:13:20 +0000 UTC',
    CreatedSince: '3 years ago',
    Digest: '<none>',
    ID: '11c8d9cae0b9',
    Repository: 'alpine',
    SharedSize: 'N/A',
    Size: '1.12kB',
    Tag: 'latest',
    UniqueSize: 'N/A',
    VirtualSize: '1.125kB',
  },
];
const IMAGE_HEADER = {
  Containers: 'CONTAINERS',
  CreatedAt: 'CREATED AT',
  CreatedSince: 'CREATED',
  Digest: 'DIGEST',
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  SharedSize: 'SHARED SIZE',
  Size: 'SIZE',
  Tag: 'TAG',
  UniqueSize: 'UNIQUE SIZE',
  VirtualSize: 'SIZE',
};
const imageOptions = { typeName: '*formatter.imageContext' };

const run = (format: string, rows: readonly unknown[] = IMAGES_ROWS.slice(0, 1)) =>
  formatRows(format, rows, IMAGE_HEADER, imageOptions);
const out = (format: string, data: unknown = IMAGES_ROWS[0]): string => {
  const parsed = parseDockerTemplate(format);
  if (!parsed.ok) return `PARSE: ${parsed.error}`;
  const r = executeDockerTemplate(parsed.template, data, imageOptions);
  return r.error === undefined ? r.output : `EXEC: ${r.error}`;
};

describe('docker --format pre-processing', () => {
  it('splits the table prefix the way formatter.Format.IsTable does', () => {
    expect(splitTableFormat('table {{.ID}}')).toEqual({ table: true, body: ' {{.ID}}' });
    expect(splitTableFormat('tablex')).toEqual({ table: true, body: 'x' });
    expect(splitTableFormat('{{.ID}}')).toEqual({ table: false, body: '{{.ID}}' });
  });

  it('turns "json" into {{json .}}, trims spaces and replaces the typed \\t and \\n', () => {
    expect(preprocessFormat('json')).toEqual({ table: false, template: '{{json .}}' });
    expect(preprocessFormat('table   {{.ID}}\\t{{.Tag}}\\n  ')).toEqual({
      table: true,
      template: '{{.ID}}\t{{.Tag}}\n',
    });
  });
});

describe('Go text/template subset', () => {
  it('reads fields, nested fields and maps', () => {
    const data = { A: { B: 'deep' }, M: new Map([['k', 'v']]) };
    expect(out('{{.A.B}} {{.M.k}} {{.M.missing}} {{index .M "k"}}', data)).toBe('deep v <no value> v');
  });

  it('applies Go truthiness in if/else', () => {
    const data = { S: '', Z: 0, F: false, E: [], EM: new Map(), N: null, T: 'x', O: {} };
    expect(
      out(
        '{{if .S}}1{{else}}0{{end}}{{if .Z}}1{{else}}0{{end}}{{if .F}}1{{else}}0{{end}}{{if ' +
          '.E}}1{{else}}0{{end}}{{if .EM}}1{{else}}0{{end}}{{if .N}}1{{else}}0{{end}}{{if ' +
          '.T}}1{{else}}0{{end}}{{if .O}}1{{else}}0{{end}}',
        data,
      ),
    ).toBe('00000011');
  });

  it('ranges over slices, sorted maps and ints, with break and continue', () => {
    const data = {
      L: ['a', 'b', 'c'],
      M: new Map([
        ['z', 1],
        ['a', 2],
      ]),
    };
    expect(
      out(
        '{{range $i, $e := .L}}{{$i}}{{$e}}{{end}}|{{range $k, $v := .M}}{{$k}}={{$v}},{{end}}|{{range 3}}{{.}}{{end}}',
        data,
      ),
    ).toBe('0a1b2c|a=2,z=1,|012');
    expect(
      out(
        '{{range .L}}{{if eq . "b"}}{{continue}}{{end}}{{.}}{{end}}|{{range .L}}{{if eq . ' +
          '"b"}}{{break}}{{end}}{{.}}{{end}}',
        data,
      ),
    ).toBe('ac|a');
    expect(out('{{range .E}}x{{else}}empty{{end}}', { E: [] })).toBe('empty');
  });

  it('trims whitespace around {{- and -}}', () => {
    expect(out('a  \n {{- .Tag -}} \n  b')).toBe('alatestb');
    expect(out('{{-3}}')).toBe('-3');
  });

  it("has docker's functions", () => {
    expect(out('{{join (split "a,b,c" ",") "|"}} {{upper .Tag}} {{lower "ABC"}} {{title "hello wORLD foo-bar"}}')).toBe(
      'a|b|c LATEST abc Hello WORLD Foo-Bar',
    );
    expect(out('{{truncate .ID 3}}|{{pad .Tag 1 2}}|{{pad "" 3 3}}|{{println .Tag}}')).toBe('e1c| latest  ||latest\n');
    expect(out('{{printf "%-8s|%5.2f|%q|%d" .Tag 3.14159 .Repository 42}}')).toBe('latest  | 3.14|"nginx"|42');
  });

  it('encodes json like Go: sorted keys and HTML escapes for contexts, field order and no escapes otherwise', () => {
    expect(out('{{json .}}', { B: '<b>', A: 'a&b', Label: (k: string) => k })).toBe(
      '{"A":"a\\u0026b","B":"\\u003cb\\u003e"}',
    );
    expect(out('{{json .Nested}}', { Nested: { Z: '<z>', A: [1, 1.5, true, null] } })).toBe(
      '{"Z":"<z>","A":[1,1.5,true,null]}',
    );
    expect(
      out('{{json .M}}', {
        M: new Map([
          ['b', 1],
          ['a', 2],
        ]),
      }),
    ).toBe('{"a":2,"b":1}');
    expect(out('{{json "\\b\\f\\u2028\\u0001"}}')).toBe('"\\b\\f\\u2028\\u0001"');
  });

  it('calls function-valued fields as methods, like ContainerContext.Label', () => {
    const ctx = { Label: (name: string) => ({ a: '<x>' })[name] ?? '' };
    expect(out('{{.Label "a"}}|{{.Label "b"}}', ctx)).toBe('<x>|');
    expect(out('{{.Label}}', ctx)).toBe(
      'EXEC: template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0',
    );
  });
});

describe('Go error texts', () => {
  it.each([
    ['{{foo .ID}}', 'template parsing error: template: :1: function "foo" not defined'],
    ['{{.ID', 'template parsing error: template: :1: unclosed action'],
    ['{{end}}', 'template parsing error: template: :1: unexpected {{end}}'],
    ['{{if}}', 'template parsing error: template: :1: missing value for if'],
    [
      '{{.Nope}}',
      'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type ' +
        '*formatter.imageContext',
    ],
    [
      '{{.ID.Foo}}',
      'template parsing error: template: :1:5: executing "" at <.ID.Foo>: can\'t evaluate field Foo in type string',
    ],
    [
      '{{.ID 3}}',
      'template parsing error: template: :1:2: executing "" at <.ID>: wrong number of args for ID: want 0 got 1',
    ],
    [
      'table {{.Repository}}:{{.Tag}}\\t{{.Missing}}',
      'template parsing error: template: :1:27: executing "" at <.Missing>: can\'t evaluate field Missing in ' +
        'type *formatter.imageContext',
    ],
    [
      '{{join .Tag ","}}',
      'template parsing error: template: :1:7: executing "" at <.Tag>: wrong type for value; expected []string;' +
        ' got string',
    ],
    [
      '{{index .ID 100}}',
      'template parsing error: template: :1:2: executing "" at <index .ID 100>: error calling index: index out ' +
        'of range: 100',
    ],
    [
      'x\\né {{.Nope}}',
      'template parsing error: template: :2:5: executing "" at <.Nope>: can\'t evaluate field Nope in type ' +
        '*formatter.imageContext',
    ],
  ])("%s fails with Go's words", (format, error) => {
    expect(run(format)).toEqual({ ok: false, error });
  });

  it('names nested struct types when the data says which Go type they are', () => {
    expect(out('{{.Client.Nope}}', { Client: { [goTypeKey]: 'types.Version', Version: '28.2.2' } })).toBe(
      'EXEC: template: :1:9: executing "" at <.Client.Nope>: can\'t evaluate field Nope in type types.Version',
    );
  });

  it('returns errors instead of throwing, whatever the format', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '{{',
            '}}',
            '.',
            'ID',
            'Tag',
            ' ',
            '-',
            '"',
            '(',
            ')',
            '|',
            '$',
            'x',
            ':=',
            'if',
            'end',
            'range',
            'else',
            'printf',
            '%',
            'json',
            '\\n',
            '\n',
            '`',
            "'",
            '3',
            'é',
          ),
        }),
        (format) => {
          const r = run(format, IMAGES_ROWS);
          expect(typeof (r.ok ? r.output : r.error)).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (format) => typeof run(format).ok === 'boolean'));
  });
});

describe('table output', () => {
  it('derives the header by running the template over the header map', () => {
    expect(renderHeader('{{.Repository}}:{{.Tag}}\t{{.ID}}', IMAGE_HEADER)).toBe('REPOSITORY:TAG\tIMAGE ID');
    expect(renderHeader('{{upper .Tag}}\t{{pad .Tag 1 1}}\t{{json .Size}}', IMAGE_HEADER)).toBe('TAG\t TAG \tSIZE');
    expect(renderHeader('{{.ID}}\t{{.Label "com.example.some-label"}}', { ID: 'CONTAINER ID' })).toBe(
      'CONTAINER ID\tsome label',
    );
    expect(renderHeader('{{.Nope}}', IMAGE_HEADER)).toBe('<no value>');
    // Docker ignores header errors: the output stops where the error happened.
    expect(renderHeader('A{{json .}}B', IMAGE_HEADER)).toBe('A');
  });

  it('prints the header only when there are no rows (G01)', () => {
    const header = { Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', CreatedSince: 'CREATED', Size: 'SIZE' };
    const format =
      'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince}}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
    expect(formatRows(format, [], header)).toEqual({
      ok: true,
      output: 'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n',
    });
  });

  it("renders G10's custom table and non-table formats", () => {
    const rows = [
      { Repository: 'nginx', Tag: 'latest', ID: 'e1c8d9cae0b9', Size: '192MB' },
      { Repository: 'alpine', Tag: 'latest', ID: 'e7c8ca00dae5', Size: '8.31MB' },
    ];
    expect(formatRows('table {{.Repository}}\\t{{.Tag}}\\t{{.Size}}', rows, IMAGE_HEADER)).toEqual({
      ok: true,
      output: 'REPOSITORY   TAG       SIZE\nnginx        latest    192MB\nalpine       latest    8.31MB\n',
    });
    expect(formatRows('{{.Repository}}:{{.Tag}}\\t{{.ID}}\\t{{.Size}}', rows, IMAGE_HEADER)).toEqual({
      ok: true,
      output: 'nginx:latest\te1c8d9cae0b9\t192MB\nalpine:latest\te7c8ca00dae5\t8.31MB\n',
    });
  });

  it('prints docker ps --format json exactly as captured (fidelity §9)', () => {
    const ctx = {
      ID: '596462faebf6',
      Image: 'nginx',
      Command: '"/docker-entrypoint.…"',
      CreatedAt: '2026-11-28 12:16:14 +0000 UTC',
      RunningFor: 'Less than a second ago',
      Ports: '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
      State: 'running',
      Status: 'Up Less than a second',
      Size: '0B',
      Names: 'web',
      Labels: '',
      Mounts: '',
      Networks: 'bridge',
      LocalVolumes: '0',
      Platform: null,
      Label: (name: string) => name,
    };
    expect(formatRows('json', [ctx], {}, { typeName: '*formatter.ContainerContext' })).toEqual({
      ok: true,
      output:
        '{"Command":"\\"/docker-entrypoint.…\\"","CreatedAt":"2026-11-28 12:16:14 +0000 UTC",' +
        '"ID":"596462faebf6","Image":"nginx","Labels":"","LocalVolumes":"0","Mounts":"","Names":"web",' +
        '"Networks":"bridge","Platform":null,"Ports":"0.0.0.0:8080-\\u003e80/tcp, [::]:8080-\\u003e80/tcp",' +
        '"RunningFor":"Less than a second ago","Size":"0B","State":"running","Status":"Up Less than a ' +
        'second"}\n',
    });
  });

  it('matches the real CLI 28.2.2 on every captured format (hand-written and grammar-fuzzed)', () => {
    for (const c of oracle.cases) {
      const r = formatRows(c.format, IMAGES_ROWS, IMAGE_HEADER, imageOptions);
      const got = r.ok ? { stdout: r.output, stderr: '' } : { stdout: '', stderr: r.error + '\n' };
      expect({ format: c.format, ...got }).toEqual({ format: c.format, stdout: c.stdout, stderr: c.stderr });
    }
  });
});
