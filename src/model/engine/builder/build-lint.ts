/**
 * The Dockerfile checks BuildKit's frontend runs while it converts a Dockerfile (frontend/dockerfile/
 * linter/ruleset.go at moby v28.2.2's vendored buildkit): each finding is a warning on the
 * `load build definition` step, worded `Rule: message (line N)` (linter.LintFormatShort).
 */

import type { Dockerfile } from './dockerfile';

/** One lint finding, as the build stream carries it. */
export interface LintWarning {
  short: string;
  detail: string[];
  url: string;
  startLine: number;
  endLine: number;
}

interface Rule {
  name: string;
  description: string;
  url: string;
}

const JSON_ARGS: Rule = {
  name: 'JSONArgsRecommended',
  description: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
  url: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
};
const FROM_AS_CASING: Rule = {
  name: 'FromAsCasing',
  description: "The 'as' keyword should match the case of the 'from' keyword",
  url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
};
const STAGE_NAME_CASING: Rule = {
  name: 'StageNameCasing',
  description: 'Stage names should be lowercase',
  url: 'https://docs.docker.com/go/dockerfile/rule/stage-name-casing/',
};
const MAINTAINER: Rule = {
  name: 'MaintainerDeprecated',
  description: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
  url: 'https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/',
};

const isUpper = (s: string) => s === s.toUpperCase();
const isLower = (s: string) => s === s.toLowerCase();

/** The warnings BuildKit gives for a parsed Dockerfile, in file order. */
export function lintDockerfile(dockerfile: Dockerfile): LintWarning[] {
  const out: LintWarning[] = [];
  const warn = (rule: Rule, message: string, line: number, endLine = line) =>
    out.push({
      short: `${rule.name}: ${message} (line ${line})`,
      detail: [rule.description],
      url: rule.url,
      startLine: line,
      endLine,
    });
  for (const stage of dockerfile.stages) {
    const words = stage.from.original.split(/\s+/);
    const from = words[0];
    const as = words.find((w, i) => i > 1 && w.toLowerCase() === 'as');
    const nameAt = as ? words.indexOf(as) + 1 : -1;
    // dispatchState: a stage name written with capitals; FROM and AS written in different cases.
    if (nameAt > 0 && words[nameAt] && !isLower(words[nameAt]))
      warn(STAGE_NAME_CASING, `Stage name '${words[nameAt]}' should be lowercase`, stage.from.startLine);
    if (as && ((isUpper(from) && !isUpper(as)) || (isLower(from) && !isLower(as))))
      warn(FROM_AS_CASING, `'${as}' and '${from}' keywords' casing do not match`, stage.from.startLine);
    let shell = false;
    for (const ins of stage.commands) {
      if (ins.keyword === 'SHELL') shell = true;
      if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && !ins.json && !shell)
        warn(
          JSON_ARGS,
          `JSON arguments recommended for ${ins.keyword} to prevent unintended behavior related to OS signals`,
          ins.startLine,
          ins.endLine,
        );
      if (ins.keyword === 'MAINTAINER')
        warn(MAINTAINER, 'Maintainer instruction is deprecated in favor of using label', ins.startLine, ins.endLine);
    }
  }
  return out.sort((a, b) => a.startLine - b.startLine);
}
