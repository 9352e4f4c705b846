// Variables in a compose file (compose-go v2.6.4's template and interpolation packages): values from
// the shell's exported variables over the project's .env, the operators, `$$`, typed fields cast,
// and compose-go's own error and warning words; a faulty file creates nothing.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/world/world';
import { createShell, type Shell } from '../../src/model/cli/shell/shell';
import { streamText, type CommandRecord } from '../../src/model/cli/shell/command-record';
import { hostLocalFiles } from '../../src/model/cli/client/host-local-files';
import { interpolateCompose } from '../../src/model/cli/compose/interpolate';

const out = (r: CommandRecord) => streamText(r, 'stdout');
const err = (r: CommandRecord) => streamText(r, 'stderr');

/** A shell whose home has `files`. */
function shellWith(files: Record<string, string>): Shell {
  const world = createWorld({ seed: 1 });
  for (const [path, text] of Object.entries(files)) hostLocalFiles(world).write(`/home/user/${path}`, text);
  return createShell({ world });
}

const sub = (value: string, env: Record<string, string> = {}) => {
  const warnings: string[] = [];
  const result = interpolateCompose({ x: value }, env, warnings).x;
  return { result, warnings };
};

describe('compose interpolation (template.go)', () => {
  it.each([
    ['$A and ${A}', { A: 'a' }, 'a and a'],
    ['${A:-d}', { A: '' }, 'd'],
    ['${A-d}', { A: '' }, ''],
    ['${A-d}', {}, 'd'],
    ['${A:+alt}', { A: 'a' }, 'alt'],
    ['${A:+alt}', { A: '' }, ''],
    ['${A+alt}', { A: '' }, 'alt'],
    ['${A:-${B:-inner}}!', {}, 'inner!'],
    ['${A:-x} and ${B:-y}', { B: 'b' }, 'x and b'],
    ['$$A costs $$5', { A: 'a' }, '$A costs $5'],
    ['${A?}', { A: '' }, ''],
    ['a-$', {}, 'a-$'],
  ])('%s with %j is %j', (template, env, expected) => {
    expect(sub(template, env)).toEqual({ result: expected, warnings: [] });
  });

  it('warns for an unset variable and substitutes a blank, in compose-go words', () => {
    expect(sub('nginx:${TAG}')).toEqual({
      result: 'nginx:',
      warnings: ['The "TAG" variable is not set. Defaulting to a blank string.'],
    });
  });

  it('refuses an invalid template, a missing required variable, and an uncastable typed value', () => {
    const fault = (raw: Record<string, unknown>, env: Record<string, string> = {}) => {
      try {
        interpolateCompose(raw, env, []);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(fault({ services: { web: { image: 'nginx:${TAG' } } })).toBe(
      'invalid interpolation format for services.web.image.\nYou may need to escape any $ with another $.\nnginx:${TAG',
    );
    expect(fault({ services: { web: { ports: ['${P:?give a port}:80'] } } })).toBe(
      'error while interpolating services.web.ports.[]: required variable P is missing a value: give a port',
    );
    expect(fault({ services: { web: { image: '${IMAGE:?}' } } }, { IMAGE: '' })).toBe(
      'error while interpolating services.web.image: required variable IMAGE is missing a value',
    );
    expect(fault({ services: { web: { tty: '${TTY}' } } }, { TTY: 'maybe' })).toBe(
      'error while interpolating services.web.tty: failed to cast to expected type: invalid boolean: maybe',
    );
    expect(fault({ services: { web: { scale: '${N}' } } }, { N: 'two' })).toBe(
      'error while interpolating services.web.scale: failed to cast to expected type: ' +
        'strconv.Atoi: parsing "two": invalid syntax',
    );
    // A typed field is cast; keys are never substituted.
    expect(interpolateCompose({ services: { $web: { tty: '${T:-true}', scale: '3' } } }, {}, [])).toEqual({
      services: { $web: { tty: true, scale: 3 } },
    });
  });
});

describe('docker compose with variables', () => {
  const FILE = 'services:\n  web:\n    image: ${IMAGE:-nginx}:${TAG}\n    ports:\n      - "${PORT:-8080}:80"\n';

  it("takes the shell's exported variables over the project's .env, and warns for an unset one", () => {
    const shell = shellWith({ 'compose.yaml': FILE, '.env': 'TAG=alpine\nPORT=9090\n' });
    const first = shell.run('docker compose config');
    expect(first.exitCode).toBe(0);
    expect(out(first)).toContain('    image: nginx:alpine\n');
    expect(out(first)).toContain('        published: "9090"\n');
    shell.run('export PORT=7070 IMAGE=httpd');
    expect(out(shell.run('docker compose config'))).toMatch(/image: httpd:alpine\n[\s\S]*published: "7070"/);
    const unset = shellWith({ 'compose.yaml': FILE }).run('docker compose config');
    expect(unset.exitCode).toBe(0);
    expect(err(unset)).toMatch(
      /^time="[^"]+" level=warning msg="The \\"TAG\\" variable is not set. Defaulting to a blank string."\n/,
    );
    expect(out(unset)).toContain('    image: "nginx:"\n');
  });

  it("a missing required variable is compose's error, exit 1, and nothing is created", () => {
    const shell = shellWith({ 'compose.yaml': 'services:\n  web:\n    image: ${IMAGE:?name an image}\n' });
    shell.run('docker pull -q nginx');
    const up = shell.run('docker compose up -d');
    expect(up.exitCode).toBe(1);
    expect(err(up)).toBe(
      'error while interpolating services.web.image: required variable IMAGE is missing a value: name an image\n',
    );
    expect(out(shell.run('docker ps -a -q'))).toBe('');
    expect(out(shell.run('docker network ls --format "{{.Name}}"'))).not.toContain('user_default');
  });
});
