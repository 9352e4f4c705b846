/**
 * Parses a scenario file, JSON or YAML (YAML 1.2 reads JSON too, so one parser gives line and
 * column for both), and checks it against `pelabuhan-scenario/1`. A broken file gives every error
 * found (up to MAX_ERRORS), each with its line, column, field path and a plain English message.
 */

import { LineCounter, parseDocument, type Node } from 'yaml';
import type { ParseResult, ScenarioError } from './scenario';
import { positionOf, type ReadContext } from './scenario-reader';
import { validateScenario } from './scenario-validate';

export { formatScenario } from './scenario-format';

/** The most errors reported for one file; more are summed up in one last entry. */
export const MAX_ERRORS = 50;

/** Parses and validates a scenario file's text. */
export function parseScenario(text: string, fileName?: string): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(String(text), { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const ctx: ReadContext = { doc, lines, errors: [] };
  if (doc.errors.length > 0) {
    // A tree with syntax errors would only give misleading field errors: report the syntax alone.
    for (const e of doc.errors)
      ctx.errors.push({
        ...positionOf(ctx, e.pos[0]),
        path: '',
        message: syntaxMessage(e.code, e.message, text, e.pos),
      });
    return { ok: false, errors: capped(ctx.errors) };
  }
  const root = (doc.contents as Node | null) ?? null;
  if (root === null) {
    const name = fileName ? `${fileName} is empty` : 'the file is empty';
    return {
      ok: false,
      errors: [
        {
          line: 1,
          column: 1,
          path: '',
          message: `${name}: expected a scenario (a map with schema, id, order, title, summary, view and steps)`,
        },
      ],
    };
  }
  const scenario = validateScenario(ctx, root);
  if (!scenario || ctx.errors.length > 0) return { ok: false, errors: capped(ctx.errors) };
  return { ok: true, scenario };
}

/** A key where the parser reports a duplicate: "quoted", 'quoted' or plain up to the colon. */
const KEY_AT = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:\n]+):)/;

/** The parser's message, in plainer words where it is terse. */
function syntaxMessage(code: string, message: string, text: string, pos: [number, number]): string {
  if (code === 'DUPLICATE_KEY') {
    const key = KEY_AT.exec(text.slice(pos[0], pos[0] + 200));
    const name = key ? (key[1] ?? key[2] ?? key[3]).trim() : '';
    return name
      ? `field '${name}' is given twice (field names must be unique)`
      : 'a field is given twice (field names must be unique)';
  }
  if (code === 'MULTIPLE_DOCS')
    return "the file holds more than one YAML document (a second '---'); a scenario is one document";
  return message;
}

/** Errors in file order, at most MAX_ERRORS, then one entry saying how many more there are. */
function capped(errors: ScenarioError[]): ScenarioError[] {
  const sorted = errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.line - b.e.line || a.e.column - b.e.column || a.i - b.i)
    .map(({ e }) => e);
  if (sorted.length <= MAX_ERRORS) return sorted;
  const rest = sorted.length - MAX_ERRORS;
  const next = sorted[MAX_ERRORS];
  return [
    ...sorted.slice(0, MAX_ERRORS),
    { line: next.line, column: next.column, path: '', message: `${rest} more error${rest === 1 ? '' : 's'} not shown` },
  ];
}
