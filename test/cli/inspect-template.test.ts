/** `docker inspect --format` runs over the typed document first, then the raw map with missingkey=error. */

import { describe, expect, it } from 'vitest';
import { executeDockerTemplate, parseDockerTemplate } from '../../src/model/cli/format/template';
import { jsonToGo } from '../../src/model/cli/commands/common/go-json';

const doc = { Id: 'abc', State: { Status: 'running', Pid: 1234 }, Mounts: [{ Type: 'volume', Name: 'data' }] };

function run(template: string, asMaps: boolean): string {
  const parsed = parseDockerTemplate(template);
  if (!parsed.ok) return parsed.error;
  const r = executeDockerTemplate(parsed.template, jsonToGo(doc, asMaps), {
    methodSet: false,
    jsonAsMap: false,
    missingKeyError: asMaps,
  });
  return r.error ?? r.output;
}

describe('inspect templates', () => {
  it('keeps the daemon field order in json and prints numbers as written', () => {
    expect(run('{{json .Mounts}} {{.State.Pid}}', false)).toBe('[{"Type":"volume","Name":"data"}] 1234');
  });

  it("fails on a missing key of the raw map with Go's message", () => {
    expect(run('{{.Foo}}', true)).toBe('template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"');
    expect(run('{{.State.Status}}', true)).toBe('running');
  });
});
