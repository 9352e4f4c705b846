import { describe, expect, it } from 'vitest';
import {
  parseDockerfile,
  type Dockerfile,
  type DockerfileInstruction,
} from '../../../src/model/engine/builder/dockerfile';
import {
  expandInstruction,
  expandWord,
  undefinedVarWarnings,
} from '../../../src/model/engine/builder/dockerfile-expand';
import { metaArgEnv, resolveStages } from '../../../src/model/engine/builder/dockerfile-stages';

function parsed(text: string): Dockerfile {
  const r = parseDockerfile(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.dockerfile;
}

const command = (line: string): DockerfileInstruction => parsed(`FROM alpine\n${line}\n`).stages[0].commands[0];

function expanded(line: string, env: Record<string, string>): DockerfileInstruction {
  const r = expandInstruction(command(line), env);
  if (!r.ok) throw new Error(r.error);
  return r.instruction;
}

describe('variable expansion per instruction (BuildKit dispatch)', () => {
  const env = { APP: '/srv/app', NAME: 'web', PORT: '8080', USERNAME: 'app' };

  it('expands ENV keys and values, removing quotes', () => {
    const ins = expanded('ENV HOME_DIR=$APP GREETING="hello ${NAME}" RAW=\'$NAME\'', env);
    expect(ins.pairs?.map((p) => [p.key, p.value])).toEqual([
      ['HOME_DIR', '/srv/app'],
      ['GREETING', 'hello web'],
      ['RAW', '$NAME'],
    ]);
  });

  it('expands COPY sources, destination and --chown, and an unquoted heredoc body', () => {
    const ins = expanded('COPY --chown=${USERNAME}:${USERNAME} $NAME.conf ${APP}/', env);
    expect([ins.flags.chown, ins.sources, ins.dest]).toEqual(['app:app', ['web.conf'], '/srv/app/']);
    const doc = expandInstruction(
      parsed('FROM alpine\nCOPY <<EOF /etc/x\nname=$NAME "q"\nEOF\n').stages[0].commands[0],
      env,
    );
    expect(doc.ok && doc.instruction.sourceContents).toEqual([{ path: 'EOF', data: 'name=web "q"\n', expand: true }]);
  });

  it('expands WORKDIR, USER, VOLUME, STOPSIGNAL, and splits EXPOSE into words', () => {
    expect(expanded('WORKDIR ${APP}/src', env).args).toEqual(['/srv/app/src']);
    expect(expanded('USER $USERNAME', env).args).toEqual(['app']);
    expect(expanded('VOLUME $APP/data', env).args).toEqual(['/srv/app/data']);
    // BuildKit sorts the ports as written ($PORT before 22), then expands each into words.
    expect(expanded('EXPOSE $PORT 22', { PORT: '80 443/udp' }).args).toEqual(['80', '443/udp', '22']);
    expect(expanded('STOPSIGNAL ${SIG:-SIGQUIT}', {}).args).toEqual(['SIGQUIT']);
  });

  it('leaves RUN, CMD and ENTRYPOINT to the shell', () => {
    expect(expanded('RUN echo $NAME', env).args).toEqual(['echo $NAME']);
    expect(expanded('CMD ["echo", "$NAME"]', env).args).toEqual(['echo', '$NAME']);
  });

  it('gives the names it did not find, and UndefinedVar warnings with a suggestion', () => {
    const ins = command('WORKDIR $APP/$NAEM');
    const r = expandInstruction(ins, env);
    expect(r.ok && [r.instruction.args, r.unmatched]).toEqual([['/srv/app/'], ['NAEM']]);
    expect(undefinedVarWarnings(ins, ['NAEM'], Object.keys(env)).map((w) => w.short)).toEqual([
      "UndefinedVar: Usage of undefined variable '$NAEM' (did you mean $NAME?) (line 2)",
    ]);
    expect(undefinedVarWarnings(ins, ['NAEM'], [], ['NAEM'])).toEqual([]);
  });

  it('fails as BuildKit on a bad substitution, changing nothing', () => {
    const ins = command('WORKDIR ${APP:-x');
    expect(expandInstruction(ins, env)).toEqual({
      ok: false,
      error: 'failed to process "${APP:-x": syntax error: missing \'}\'',
      unmatched: [],
    });
    expect(ins.args).toEqual(['${APP:-x']);
  });

  it('honours the escape directive', () => {
    const df = parsed('# escape=`\nFROM alpine\nWORKDIR `$APP/$APP\n');
    const r = expandInstruction(df.stages[0].commands[0], env, df.escapeToken);
    expect(r.ok && r.instruction.args).toEqual(['$APP//srv/app']);
    expect(expandWord('a\\$B', {}, '\\')).toEqual({ ok: true, value: 'a$B', unmatched: [] });
  });
});

describe('stage bases (BuildKit toDispatchState)', () => {
  it('expands FROM with meta ARGs, build args winning, and finds earlier stages and scratch', () => {
    const df = parsed(
      'ARG VERSION=3.19\nARG IMAGE=alpine:${VERSION}\nFROM $IMAGE AS base\nFROM base AS app\nFROM ' +
        'scratch\nFROM --platform=$BUILDPLATFORM node:${NODE:-20}\n',
    );
    const r = resolveStages(df, { buildArgs: { VERSION: '3.20' } });
    expect(r.ok && r.stages).toEqual([
      { name: 'base', baseName: 'alpine:3.20', platform: undefined, base: { kind: 'image', reference: 'alpine:3.20' } },
      { name: 'app', baseName: 'base', platform: undefined, base: { kind: 'stage', index: 0 } },
      { name: 'stage-2', baseName: 'scratch', platform: undefined, base: { kind: 'scratch' } },
      { name: 'stage-3', baseName: 'node:20', platform: 'linux/amd64', base: { kind: 'image', reference: 'node:20' } },
    ]);
    const env = metaArgEnv(df);
    expect(env.ok && env.env.get('IMAGE')).toBe('alpine:3.19');
  });

  it('gives BuildKit errors for a blank or invalid base image', () => {
    expect(resolveStages(parsed('ARG IMG\nFROM $IMG\n'))).toEqual({
      ok: false,
      error: { message: 'base name ($IMG) should not be blank', startLine: 2, endLine: 2 },
    });
    // dockerfile2llb/convert.go wraps the reference error (distribution/reference).
    const bad = resolveStages(parsed('FROM Alpine\n'));
    expect(!bad.ok && bad.error.message).toBe(
      'failed to parse stage name "Alpine": invalid reference format: repository name ' +
        '(library/Alpine) must be lowercase',
    );
  });
});
