import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile, type Dockerfile } from '../../../src/model/engine/builder/dockerfile';

function parsed(text: string): Dockerfile {
  const r = parseDockerfile(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.dockerfile;
}

function error(text: string) {
  const r = parseDockerfile(text);
  return r.ok ? undefined : r.error;
}

const messageOf = (text: string) => error(text)?.message;

describe('parseDockerfile: reading', () => {
  it('groups instructions into stages at each FROM, with ARGs before the first FROM as meta ARGs', () => {
    const df = parsed(
      'ARG VERSION=3.20\nFROM alpine:${VERSION} AS build\nRUN echo hi > /f\nFROM ' +
        '--platform=linux/amd64 alpine\nCOPY --from=build /f /f\nCMD ["cat", "/f"]\n',
    );
    expect(df.metaArgs.map((a) => a.pairs)).toEqual([[{ key: 'VERSION', value: '3.20' }]]);
    expect(df.stages.map((s) => [s.baseName, s.name, s.platform, s.commands.map((c) => c.keyword)])).toEqual([
      ['alpine:${VERSION}', 'build', undefined, ['RUN']],
      ['alpine', undefined, 'linux/amd64', ['COPY', 'CMD']],
    ]);
    expect(df.instructions.map((i) => i.startLine)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads instruction names in any case and keeps how they were written', () => {
    const df = parsed('from alpine\nrun echo hi\nCmd echo\n');
    expect(df.instructions.map((i) => [i.keyword, i.written])).toEqual([
      ['FROM', 'from'],
      ['RUN', 'run'],
      ['CMD', 'Cmd'],
    ]);
  });

  it('drops comments, joins continuation lines (past comments and empty lines) and keeps the line span', () => {
    const df = parsed('FROM alpine\n# a comment\nRUN apk add \\\n  # not part of it\n  curl \\\n\n  git\n');
    const run = df.stages[0].commands[0];
    expect([run.args, run.startLine, run.endLine]).toEqual([['apk add   curl   git'], 3, 7]);
    expect(run.comments).toEqual(['a comment']);
    expect(df.emptyContinuationLines).toEqual([7]);
  });

  it('reads the exec form as a JSON array and anything else as the shell form', () => {
    const df = parsed(
      'FROM alpine\nCMD ["echo", "a b"]\nENTRYPOINT echo hi\nRUN [not json\nSHELL ["/bin/bash", "-c"]\n',
    );
    expect(df.stages[0].commands.map((c) => [c.keyword, c.json, c.args])).toEqual([
      ['CMD', true, ['echo', 'a b']],
      ['ENTRYPOINT', false, ['echo hi']],
      ['RUN', false, ['[not json']],
      ['SHELL', true, ['/bin/bash', '-c']],
    ]);
  });

  it('reads parser directives only at the top: escape=` makes the backtick the continuation character', () => {
    const df = parsed('# syntax=docker/dockerfile:1\n# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  c:\\\n');
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1', escape: '`' });
    expect(df.escapeToken).toBe('`');
    expect(df.stages[0].commands[0].args).toEqual(['dir   c:\\']);
    // After an instruction (or any other comment) a directive is only a comment.
    expect(parsed('FROM alpine\n# escape=`\n').directives).toEqual({});
    expect(parsed('# hello\n# escape=`\nFROM alpine\n').directives).toEqual({});
  });

  it('reads heredocs: the body, whether it expands, <<- trimming tabs, several in one RUN', () => {
    const df = parsed(
      'FROM alpine\nRUN <<EOF\necho $HOME\nEOF\nCOPY <<-"CONF" /etc/app.conf\n\tname=$NAME\n\tCONF\n' +
        'RUN <<A cat > /a && <<B cat > /b\n1\nA\n2\nB\n',
    );
    const [run, copy, two] = df.stages[0].commands;
    expect(run.heredocs).toEqual([
      { name: 'EOF', content: 'echo $HOME\n', expand: true, chomp: false, fileDescriptor: 0 },
    ]);
    expect([run.startLine, run.endLine, run.args]).toEqual([2, 4, ['<<EOF']]);
    expect(copy.sourceContents).toEqual([{ path: 'CONF', data: 'name=$NAME\n', expand: false }]);
    expect([copy.sources, copy.dest]).toEqual([[], '/etc/app.conf']);
    expect(two.heredocs?.map((h) => [h.name, h.content])).toEqual([
      ['A', '1\n'],
      ['B', '2\n'],
    ]);
  });

  it('reads COPY and ADD flags, several sources and a directory destination', () => {
    const copy = parsed('FROM alpine\nCOPY --from=build --chown=app:app --chmod=755 a.txt b/ /dest/\n').stages[0]
      .commands[0];
    expect([copy.flags, copy.sources, copy.dest]).toEqual([
      { from: 'build', chown: 'app:app', chmod: '755' },
      ['a.txt', 'b/'],
      '/dest/',
    ]);
    const add = parsed('FROM alpine\nADD ["a b.txt", "/x/"]\n').stages[0].commands[0];
    expect([add.json, add.sources, add.dest]).toEqual([true, ['a b.txt'], '/x/']);
  });

  it('reads ENV and LABEL in both forms and ARG with and without defaults', () => {
    const [env1, env2, label, arg] = parsed(
      'FROM alpine\nENV A=1 B="two words"\nENV LEGACY some value\nLABEL ' +
        'org.opencontainers.image.title="App"\nARG X Y=2\n',
    ).stages[0].commands;
    expect(env1.pairs).toEqual([
      { key: 'A', value: '1', noDelim: false },
      { key: 'B', value: '"two words"', noDelim: false },
    ]);
    expect(env2.pairs).toEqual([{ key: 'LEGACY', value: 'some value', noDelim: true }]);
    expect(label.args).toEqual(['org.opencontainers.image.title="App"']);
    expect(arg.pairs).toEqual([{ key: 'X' }, { key: 'Y', value: '2' }]);
  });

  it('reads EXPOSE, VOLUME (JSON and words), USER, WORKDIR, STOPSIGNAL, MAINTAINER and ONBUILD', () => {
    const c = parsed(
      'FROM alpine\nEXPOSE 80/tcp 443\nVOLUME ["/data", "/logs"]\nVOLUME /a /b\nUSER app:app\nWORKDIR ' +
        '/srv/app\nSTOPSIGNAL SIGTERM\nMAINTAINER Ann <ann@example.com>\nONBUILD RUN echo built\n',
    ).stages[0].commands;
    expect(c.map((i) => i.args)).toEqual([
      ['443', '80/tcp'],
      ['/data', '/logs'],
      ['/a', '/b'],
      ['app:app'],
      ['/srv/app'],
      ['SIGTERM'],
      ['Ann <ann@example.com>'],
      ['RUN', 'echo built'],
    ]);
    expect(c[7].trigger).toBe('RUN echo built');
  });

  it('reads HEALTHCHECK with its flags as the image config stores it, and HEALTHCHECK NONE', () => {
    const [hc, none] = parsed(
      'FROM alpine\nHEALTHCHECK --interval=30s --timeout=3s --start-period=1m30s --retries=3 CMD curl ' +
        '-f http://localhost/ || exit 1\nHEALTHCHECK NONE\n',
    ).stages[0].commands;
    expect(hc.healthcheck).toEqual({
      test: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
      interval: 30e9,
      timeout: 3e9,
      startPeriod: 90e9,
      retries: 3,
    });
    expect(none.healthcheck).toEqual({ test: ['NONE'] });
    expect(
      parsed('FROM alpine\nHEALTHCHECK CMD ["wget", "-q", "x"]\n').stages[0].commands[0].healthcheck?.test,
    ).toEqual(['CMD', 'wget', '-q', 'x']);
  });

  it('parses RUN --mount and --network so the builder can refuse them plainly', () => {
    const run = parsed('FROM alpine\nRUN --mount=type=cache,target=/root/.cache --network=none pip install x\n')
      .stages[0].commands[0];
    expect([run.flagLists, run.flags, run.args]).toEqual([
      { mount: ['type=cache,target=/root/.cache'] },
      { network: 'none' },
      ['pip install x'],
    ]);
  });

  it('handles CRLF line endings and a byte-order mark', () => {
    const df = parsed('\uFEFFFROM alpine\r\nRUN echo a \\\r\n  b\r\n');
    expect(df.stages[0].commands[0].args).toEqual(['echo a   b']);
  });
});

// Each message below is BuildKit v0.22.0's (moby v28.2.2 vendors it), from the file named beside it.
describe('parseDockerfile: errors as BuildKit words them', () => {
  it.each([
    // instructions/parse.go UnknownInstructionError + util/suggest (did you mean, in the case written)
    [
      'FROM alpine\nRUNN echo hi\n',
      'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)',
      2,
    ],
    [
      'FROM alpine\nrunn echo hi\n',
      'dockerfile parse error on line 2: unknown instruction: runn (did you mean run?)',
      2,
    ],
    ['FROM alpine\nNOINSTRUCTION world\n', 'dockerfile parse error on line 2: unknown instruction: NOINSTRUCTION', 2],
    [
      'FROM alpine\nHELLO world\n',
      'dockerfile parse error on line 2: unknown instruction: HELLO (did you mean SHELL?)',
      2,
    ],
    // instructions/parse.go parseBuildStageName
    ['FROM alpine AS\n', 'dockerfile parse error on line 1: FROM requires either one or three arguments', 1],
    [
      'FROM alpine AS 1st\n',
      'dockerfile parse error on line 1: invalid name for build stage: "1st", name can\'t start with ' +
        'a number or contain symbols',
      1,
    ],
    // instructions/parse.go errBlankCommandNames, errNoDestinationArgument, errExactlyOneArgument,
    // errAtLeastOneArgument
    ['FROM alpine\nENV =x\n', 'dockerfile parse error on line 2: ENV names can not be blank', 2],
    ['FROM alpine\nARG =x\n', 'dockerfile parse error on line 2: ARG names can not be blank', 2],
    [
      'FROM alpine\nCOPY app.js\n',
      'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was ' +
        'provided. Destination could not be determined',
      2,
    ],
    [
      'FROM alpine\nADD x\n',
      'dockerfile parse error on line 2: ADD requires at least two arguments, but only one was ' +
        'provided. Destination could not be determined',
      2,
    ],
    ['FROM alpine\nWORKDIR\n', 'dockerfile parse error on line 2: WORKDIR requires exactly one argument', 2],
    ['FROM alpine\nUSER\n', 'dockerfile parse error on line 2: USER requires exactly one argument', 2],
    ['FROM alpine\nEXPOSE\n', 'dockerfile parse error on line 2: EXPOSE requires at least one argument', 2],
    ['FROM alpine\nVOLUME\n', 'dockerfile parse error on line 2: VOLUME requires at least one argument', 2],
    ['FROM alpine\nVOLUME [""]\n', 'dockerfile parse error on line 2: VOLUME specified can not be an empty string', 2],
    ['FROM alpine\nONBUILD\n', 'dockerfile parse error on line 2: ONBUILD requires at least one argument', 2],
    [
      'FROM alpine\nONBUILD ONBUILD RUN x\n',
      "dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
      2,
    ],
    ['FROM alpine\nONBUILD FROM x\n', "dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger", 2],
    [
      'FROM alpine\nSHELL /bin/bash -c\n',
      'dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form',
      2,
    ],
    ['FROM alpine\nHEALTHCHECK NONE x\n', 'dockerfile parse error on line 2: HEALTHCHECK NONE takes no arguments', 2],
    ['FROM alpine\nHEALTHCHECK CMD\n', 'dockerfile parse error on line 2: Missing command after HEALTHCHECK CMD', 2],
    [
      'FROM alpine\nHEALTHCHECK CONNECT x\n',
      'dockerfile parse error on line 2: Unknown type "CONNECT" in HEALTHCHECK (try CMD)',
      2,
    ],
    [
      'FROM alpine\nHEALTHCHECK --retries=-1 CMD x\n',
      'dockerfile parse error on line 2: --retries cannot be negative (-1)',
      2,
    ],
    // Go's time.ParseDuration
    [
      'FROM alpine\nHEALTHCHECK --interval=30 CMD x\n',
      'dockerfile parse error on line 2: time: missing unit in duration "30"',
      2,
    ],
    [
      'FROM alpine\nHEALTHCHECK --timeout=1ns CMD x\n',
      'dockerfile parse error on line 2: Interval "timeout" cannot be less than 1ms',
      2,
    ],
    // instructions/bflag.go
    [
      'FROM alpine\nCOPY --form=build a b\n',
      'dockerfile parse error on line 2: unknown flag: --form (did you mean from?)',
      2,
    ],
    ['FROM alpine\nCOPY --from a b\n', 'dockerfile parse error on line 2: missing a value on flag: --from', 2],
    [
      'FROM alpine\nCOPY --link=maybe a b\n',
      'dockerfile parse error on line 2: expecting boolean value for flag --link, not: maybe',
      2,
    ],
    [
      'FROM alpine\nCOPY --from=a --from=b x y\n',
      'dockerfile parse error on line 2: duplicate flag specified: --from',
      2,
    ],
    ['FROM alpine\nRUN --network=bridge x\n', 'dockerfile parse error on line 2: invalid network mode "bridge"', 2],
    // instructions/commands.go CurrentStage; dockerfile2llb/convert.go
    ['RUN echo hi\n', 'no build stage in current context', 1],
    ['ARG A=1\n', 'dockerfile contains no stages to build', 0],
    ['', 'the Dockerfile cannot be empty', 0],
    // parser/parser.go
    ['# only a comment\n\n', 'file with no instructions', 2],
    ['FROM alpine\nRUN <<EOF\necho hi\n', 'unterminated heredoc', 2],
    // parser/line_parsers.go
    ['FROM alpine\nENV A=1 B\n', 'Syntax error - can\'t find = in "B". Must be of the form: name=value', 2],
    ['FROM alpine\nENV A\n', 'ENV must have two arguments', 2],
    ['FROM alpine\nLABEL A\n', 'LABEL must have two arguments', 2],
    ['FROM alpine\nCMD ["a", 1]\n', 'when using JSON array syntax, arrays must be comprised of strings only', 2],
    // parser/directives.go
    ['# escape=x\nFROM alpine\n', "invalid escape token 'x' does not match ` or \\", 1],
    ['# escape=`\n# escape=\\\nFROM alpine\n', 'only one escape parser directive can be used', 1],
  ])("%j fails with BuildKit's message", (text, message, line) => {
    const e = error(text);
    expect(e?.message).toBe(message);
    expect(e?.startLine).toBe(line);
  });

  it('points at every line of a multi-line instruction', () => {
    expect(error('FROM alpine\nCOPY \\\n  --chown=1 \\\n  a\n')).toEqual({
      message:
        'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was ' +
        'provided. Destination could not be determined',
      startLine: 2,
      endLine: 4,
    });
  });

  it('gives the first error in file order', () => {
    expect(messageOf('FROM alpine\nRUNN a\nCOPY x\n')).toMatch(/line 2/);
  });

  it('never throws, whatever the text', () => {
    const alphabet = fc.constantFrom(
      ...'FROM RUN COPY ADD ENV ARG CMD ENTRYPOINT HEALTHCHECK ONBUILD'.split(' '),
      ...'SHELL LABEL EXPOSE VOLUME USER WORKDIR MAINTAINER STOPSIGNAL'.split(' '),
      ' ',
      '\n',
      '\\',
      '`',
      '#',
      '"',
      "'",
      '[',
      ']',
      ',',
      '=',
      '$',
      '{',
      '}',
      ':',
      '-',
      '--',
      '<<',
      'EOF',
      '\t',
      '\r',
      'a',
      'AS',
      '*',
      '!',
      '/',
      '# escape=`\n',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        ),
        (text) => {
          const r = parseDockerfile(text);
          if (!r.ok) expect(typeof r.error.message).toBe('string');
        },
      ),
      { numRuns: 1500 },
    );
  });
});
