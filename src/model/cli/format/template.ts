// docker's --format handling (docker/cli cli/command/formatter/formatter.go and
// templates/templates.go) on top of the Go text/template port: the "table" prefix, the
// literal \t and \n escapes, the header rendered from a field→title map, and the
// "template parsing error: " wrapping of every parse and execution error.
import { goMethodsKey } from './go-value';
import { tabwrite } from './tabwriter';
import { builtinFuncs } from './template-builtins';
import { dockerFuncs, headerFuncs } from './template-docker-funcs';
import { executeTemplate } from './template-exec';
import type { ExecResult } from './template-exec';
import type { FuncMap } from './template-func';
import { parseTemplate, TemplateParseError } from './template-parse';
import type { ParsedTemplate } from './template-parse';

export type { ExecResult } from './template-exec';
export type { ParsedTemplate } from './template-parse';
export { goMethodsKey, goTypeKey, GoFloat, noValue } from './go-value';

/** What docker prints for a format: the output, or the error line (exit status 1). */
export type FormatResult = { ok: true; output: string } | { ok: false; error: string };

/** How a row context behaves like the Go type docker renders. */
export interface ContextOptions {
  /** Go type named in "can't evaluate field X in type T", e.g. "*formatter.imageContext". */
  typeName?: string;
  /** Fields stand for Go methods (true for docker's list contexts). */
  methodSet?: boolean;
  /** {{json .}} marshals the context as a sorted, HTML-escaped map (true for docker's list contexts). */
  jsonAsMap?: boolean;
  /** A missing map key is an error, not "<no value>" (docker inspect's templates). */
  missingKeyError?: boolean;
}

const basicFuncs: FuncMap = { ...builtinFuncs, ...dockerFuncs };
const headerFuncMap: FuncMap = { ...builtinFuncs, ...headerFuncs };
const hasBasicFunc = (name: string): boolean => Object.prototype.hasOwnProperty.call(basicFuncs, name);

/** formatter.Format.IsTable: any format that starts with "table" (so "tablex" is a table too). */
export function splitTableFormat(format: string): { table: boolean; body: string } {
  return format.startsWith('table') ? { table: true, body: format.slice(5) } : { table: false, body: format };
}

/**
 * formatter.Context.preFormat: drop "table", turn "json" into {{json .}}, trim ASCII spaces,
 * then replace the two-character sequences \t and \n (as typed in a shell) with tab and newline.
 */
export function preprocessFormat(format: string): { table: boolean; template: string } {
  const { table, body } = splitTableFormat(format);
  let text = format === 'json' ? '{{json .}}' : body;
  text = text.replace(/^ +| +$/g, '');
  text = text.replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'));
  return { table, template: text };
}

/** templates.Parse: Go's text/template with docker's functions; the error is Go's text, unwrapped. */
export function parseDockerTemplate(
  text: string,
): { ok: true; template: ParsedTemplate } | { ok: false; error: string } {
  try {
    return { ok: true, template: parseTemplate(text, hasBasicFunc) };
  } catch (e) {
    if (e instanceof TemplateParseError) return { ok: false, error: e.message };
    return { ok: false, error: 'template: :1: unexpected EOF' };
  }
}

/** Runs a parsed template over one row context with docker's basic functions. */
export function executeDockerTemplate(tmpl: ParsedTemplate, data: unknown, options: ContextOptions = {}): ExecResult {
  return executeTemplate(tmpl, data, {
    funcs: basicFuncs,
    rootIsMethodSet: options.methodSet ?? true,
    rootJsonAsMap: options.jsonAsMap ?? true,
    missingKeyError: options.missingKeyError ?? false,
    ...(options.typeName === undefined ? {} : { rootTypeName: options.typeName }),
  });
}

/** formatter.SubHeaderContext: a map[string]string whose Label method titles a label column. */
function headerContext(header: Readonly<Record<string, string>>): Map<string, string> {
  const label = (name: unknown): string => {
    const parts = String(name).split('.');
    return (parts[parts.length - 1] ?? '').replace(/[-_]/g, ' ');
  };
  return Object.assign(new Map(Object.entries(header)), { [goMethodsKey]: { Label: label } });
}

/**
 * The header line of a table: the same template run over the field→title map with docker's
 * HeaderFunctions. Docker ignores errors here, so the output stops where an error happened.
 */
export function renderHeader(tmpl: ParsedTemplate | string, header: Readonly<Record<string, string>>): string {
  let parsed: ParsedTemplate;
  if (typeof tmpl === 'string') {
    const result = parseDockerTemplate(tmpl);
    if (!result.ok) return '';
    parsed = result.template;
  } else parsed = tmpl;
  return executeTemplate(parsed, headerContext(header), { funcs: headerFuncMap }).output;
}

/**
 * formatter.Context.Write: each row rendered and followed by "\n"; a table format adds the header
 * and aligns everything with the tabwriter. Any error aborts before anything is printed.
 */
export function formatRows(
  format: string,
  rows: readonly unknown[],
  header: Readonly<Record<string, string>>,
  options: ContextOptions = {},
): FormatResult {
  const { table, template } = preprocessFormat(format);
  const parsed = parseDockerTemplate(template);
  if (!parsed.ok) return { ok: false, error: `template parsing error: ${parsed.error}` };
  let body = '';
  for (const row of rows) {
    const result = executeDockerTemplate(parsed.template, row, options);
    if (result.error !== undefined) return { ok: false, error: `template parsing error: ${result.error}` };
    body += result.output + '\n';
  }
  if (!table) return { ok: true, output: body };
  return { ok: true, output: tabwrite(renderHeader(parsed.template, header) + '\n' + body) };
}
