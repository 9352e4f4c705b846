/**
 * The Dockerfile lint rules BuildKit checks by default, with their exact words (moby/buildkit v0.22.0
 * frontend/dockerfile/linter/ruleset.go). The experimental ones (CopyIgnoredFile,
 * InvalidDefinitionDescription) are off unless `# check=experimental=…`, so they are not here.
 */

/** One rule: its name, its one-line description and its documentation page. */
export interface LintRule {
  name: string;
  description: string;
  url: string;
}

const rule = (name: string, description: string, slug: string): LintRule => ({
  name,
  description,
  url: `https://docs.docker.com/go/dockerfile/rule/${slug}/`,
});

/** The rules by name. */
export const LINT_RULES = {
  StageNameCasing: rule('StageNameCasing', 'Stage names should be lowercase', 'stage-name-casing'),
  FromAsCasing: rule('FromAsCasing', "The 'as' keyword should match the case of the 'from' keyword", 'from-as-casing'),
  NoEmptyContinuation: rule(
    'NoEmptyContinuation',
    'Empty continuation lines will become errors in a future release',
    'no-empty-continuation',
  ),
  ConsistentInstructionCasing: rule(
    'ConsistentInstructionCasing',
    'All commands within the Dockerfile should use the same casing (either upper or lower)',
    'consistent-instruction-casing',
  ),
  DuplicateStageName: rule('DuplicateStageName', 'Stage names should be unique', 'duplicate-stage-name'),
  ReservedStageName: rule(
    'ReservedStageName',
    'Reserved words should not be used as stage names',
    'reserved-stage-name',
  ),
  JSONArgsRecommended: rule(
    'JSONArgsRecommended',
    'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
    'json-args-recommended',
  ),
  MaintainerDeprecated: rule(
    'MaintainerDeprecated',
    'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
    'maintainer-deprecated',
  ),
  UndefinedArgInFrom: rule('UndefinedArgInFrom', 'FROM command must use declared ARGs', 'undefined-arg-in-from'),
  WorkdirRelativePath: rule(
    'WorkdirRelativePath',
    'Relative workdir without an absolute workdir declared within the build can have unexpected ' +
      'results if the base image changes',
    'workdir-relative-path',
  ),
  UndefinedVar: rule('UndefinedVar', 'Variables should be defined before their use', 'undefined-var'),
  MultipleInstructionsDisallowed: rule(
    'MultipleInstructionsDisallowed',
    'Multiple instructions of the same type should not be used in the same stage',
    'multiple-instructions-disallowed',
  ),
  LegacyKeyValueFormat: rule(
    'LegacyKeyValueFormat',
    'Legacy key/value format with whitespace separator should not be used',
    'legacy-key-value-format',
  ),
  SecretsUsedInArgOrEnv: rule(
    'SecretsUsedInArgOrEnv',
    'Sensitive data should not be used in the ARG or ENV commands',
    'secrets-used-in-arg-or-env',
  ),
} as const;

/** The message each rule prints (each rule's Format in ruleset.go). */
export const LINT_MESSAGES = {
  StageNameCasing: (stage: string) => `Stage name '${stage}' should be lowercase`,
  FromAsCasing: (from: string, as: string) => `'${as}' and '${from}' keywords' casing do not match`,
  NoEmptyContinuation: () => 'Empty continuation line',
  ConsistentInstructionCasing: (command: string, casing: string) =>
    `Command '${command}' should match the case of the command majority (${casing})`,
  DuplicateStageName: (stage: string) => `Duplicate stage name "${stage}", stage names should be unique`,
  ReservedStageName: (stage: string) => `Stage name should not use the same name as reserved stage "${stage}"`,
  JSONArgsRecommended: (instruction: string) =>
    `JSON arguments recommended for ${instruction} to prevent unintended behavior related to OS signals`,
  MaintainerDeprecated: () => 'Maintainer instruction is deprecated in favor of using label',
  UndefinedArgInFrom: (arg: string, suggest: string) =>
    `FROM argument '${arg}' is not declared${suggest ? ` (did you mean ${suggest}?)` : ''}`,
  WorkdirRelativePath: (workdir: string) =>
    `Relative workdir "${workdir}" can have unexpected results if the base image changes`,
  UndefinedVar: (arg: string, suggest: string) =>
    `Usage of undefined variable '$${arg}'${suggest ? ` (did you mean $${suggest}?)` : ''}`,
  MultipleInstructionsDisallowed: (instruction: string) =>
    `Multiple ${instruction} instructions should not be used in the same stage because only the last one will be used`,
  LegacyKeyValueFormat: (command: string) =>
    `"${command} key=value" should be used instead of legacy "${command} key value" format`,
  SecretsUsedInArgOrEnv: (instruction: string, key: string) =>
    `Do not use ARG or ENV instructions for sensitive data (${instruction} "${key}")`,
};

/** A lint warning as data: what the builder sends as a BuildVertexWarning and the CLI lists. */
export interface DockerfileWarning {
  rule: string;
  /** The rule's description: the warning's detail line. */
  description: string;
  url: string;
  /** The rule's message: `JSON arguments recommended for CMD to prevent unintended behavior related to OS signals`. */
  message: string;
  /** `JSONArgsRecommended: JSON arguments … (line 4)`: the warning's short text (linter.LintFormatShort). */
  short: string;
  startLine: number;
  endLine: number;
}

/** A warning for `rule` at lines start–end (what linter.Run hands to the frontend's Warn). */
export function lintWarning(r: LintRule, message: string, startLine: number, endLine = startLine): DockerfileWarning {
  const short = `${r.name}: ${message}${startLine > 0 ? ` (line ${startLine})` : ''}`;
  return { rule: r.name, description: r.description, url: r.url, message, short, startLine, endLine };
}
