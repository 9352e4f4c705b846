import { describe, expect, it } from 'vitest';
import { parseDockerfile, type Dockerfile } from '../../../src/model/engine/builder/dockerfile';
import { lintDockerfile } from '../../../src/model/engine/builder/dockerfile-lint';

function parsed(text: string): Dockerfile {
  const r = parseDockerfile(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.dockerfile;
}

const shorts = (text: string) => (parsed(text).warnings ?? []).map((w) => w.short);

// Rule names, descriptions, URLs and messages are BuildKit v0.22.0's frontend/dockerfile/linter/ruleset.go;
// `short` is linter.LintFormatShort, what the CLI lists under `N warnings found (use docker --debug to expand):`.
describe('Dockerfile lint warnings (BuildKit default rules)', () => {
  it('JSONArgsRecommended for a shell-form CMD or ENTRYPOINT, with the rule as data', () => {
    const w = parsed('FROM alpine\nRUN echo hi > /f\nCMD cat /f\n').warnings;
    expect(w).toEqual([
      {
        rule: 'JSONArgsRecommended',
        description:
          'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
        url: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
        message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
        short:
          'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related ' +
          'to OS signals (line 3)',
        startLine: 3,
        endLine: 3,
      },
    ]);
    expect(shorts('FROM alpine\nCMD ["cat", "/f"]\n')).toEqual([]);
    expect(shorts('FROM alpine\nSHELL ["/bin/sh", "-c"]\nCMD cat /f\n')).toEqual([]);
  });

  it('FromAsCasing and StageNameCasing', () => {
    expect(shorts('FROM alpine as Build\nRUN x\n')).toEqual([
      "StageNameCasing: Stage name 'Build' should be lowercase (line 1)",
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
    ]);
    expect(shorts('from alpine AS build\nrun x\n')).toEqual([
      "FromAsCasing: 'AS' and 'from' keywords' casing do not match (line 1)",
    ]);
  });

  it('LegacyKeyValueFormat for ENV and LABEL, MaintainerDeprecated', () => {
    expect(shorts('FROM alpine\nMAINTAINER me\nENV A 1\nLABEL b 2\n')).toEqual([
      'MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
      'LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 3)',
      'LegacyKeyValueFormat: "LABEL key=value" should be used instead of legacy "LABEL key value" format (line 4)',
    ]);
  });

  it('ConsistentInstructionCasing against the majority', () => {
    expect(shorts('FROM alpine\nRUN a\nrun b\n')).toEqual([
      "ConsistentInstructionCasing: Command 'run' should match the case of the command majority (uppercase) (line 3)",
    ]);
  });

  it('DuplicateStageName and ReservedStageName', () => {
    expect(shorts('FROM alpine AS scratch\nFROM alpine AS a\nFROM alpine AS a\n')).toEqual([
      'ReservedStageName: Stage name should not use the same name as reserved stage "scratch" (line 1)',
      'DuplicateStageName: Duplicate stage name "a", stage names should be unique (line 3)',
    ]);
  });

  it('UndefinedArgInFrom, with a suggestion from the declared ARGs', () => {
    expect(shorts('ARG VERSION=3.20\nFROM alpine:$VERSOIN\n')).toEqual([
      "UndefinedArgInFrom: FROM argument 'VERSOIN' is not declared (did you mean VERSION?) (line 2)",
    ]);
    expect(shorts('ARG VERSION\nFROM alpine:${VERSION:-3}\nFROM --platform=$BUILDPLATFORM alpine\n')).toEqual([]);
  });

  it('MultipleInstructionsDisallowed points at the one that will be ignored', () => {
    expect(shorts('FROM alpine\nCMD ["a"]\nCMD ["b"]\n')).toEqual([
      'MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the same stage ' +
        'because only the last one will be used (line 2)',
    ]);
  });

  it('WorkdirRelativePath for the first WORKDIR of a stage only', () => {
    expect(shorts('FROM alpine\nWORKDIR app\nWORKDIR sub\n')).toEqual([
      'WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 2)',
    ]);
  });

  it('SecretsUsedInArgOrEnv for secret-looking names', () => {
    expect(shorts('FROM alpine\nARG GITHUB_TOKEN\nENV DB_PASSWORD=x PUBLIC_KEY=y\n')).toEqual([
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "GITHUB_TOKEN") (line 2)',
      'SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "DB_PASSWORD") (line 3)',
    ]);
  });

  it('NoEmptyContinuation at the end of the instruction', () => {
    expect(shorts('FROM alpine\nRUN a \\\n\n  b\n')).toEqual(['NoEmptyContinuation: Empty continuation line (line 4)']);
  });

  it('checks only the stages the target needs as it dispatches them', () => {
    const df = parsed('FROM alpine AS unused\nCMD echo a\nFROM alpine AS base\nFROM base\nCMD echo b\n');
    expect(df.warnings?.map((w) => w.startLine)).toEqual([5]);
    expect(lintDockerfile(df, { target: 'unused' }).map((w) => w.startLine)).toEqual([2]);
  });

  it('honours # check=skip=…', () => {
    expect(shorts('# check=skip=JSONArgsRecommended\nFROM alpine\nCMD echo\n')).toEqual([]);
    expect(shorts('# check=skip=all\nFROM alpine\nMAINTAINER x\n')).toEqual([]);
  });
});
