// formatter.Context.Write for the list commands: the rows of a context through a --format (the
// table prefix, json, or a Go template), with docker's header map and Go type name for errors.
// Formats made only of fields take a fast path that prints exactly what the template would.
import { formatRows, preprocessFormat, renderHeader } from '../../format/template';
import type { Output } from '../../docker/output';
import { CliError } from '../../docker/context';
import { renderUniformTable, simpleTemplate, type CellTemplate } from './fast-table';

/** Computes one field of a row context as the string docker's method returns. */
export type FieldFn<T> = (item: T) => string;

/** One list's presentation. */
export interface ListFormat<T> {
  /** The format after docker's defaults were applied (never "" or bare "table"). */
  format: string;
  header: Readonly<Record<string, string>>;
  /** The Go type of the row context, for "can't evaluate field X in type T". */
  typeName: string;
  /** The full row context (every field, for templates, json and errors). */
  row: (item: T) => unknown;
  /** String fields computed one at a time, for the fast path. */
  fields?: Readonly<Record<string, FieldFn<T>>>;
}

/** The fast rendering, or undefined when the format needs the template engine. */
function fastPath<T>(items: readonly T[], list: ListFormat<T>): string | undefined {
  if (!list.fields || list.format === 'json') return undefined;
  const { table, template } = preprocessFormat(list.format);
  const parts = simpleTemplate(template);
  if (!parts || parts.length === 0) return undefined;
  const cells: CellTemplate<T>[] = [[]];
  for (const p of parts) {
    if ('field' in p) {
      if (!Object.prototype.hasOwnProperty.call(list.fields, p.field)) return undefined;
      cells[cells.length - 1].push(list.fields[p.field]);
      continue;
    }
    if (!table) {
      cells[0].push(p.text);
      continue;
    }
    if (p.text.includes('\n')) return undefined;
    p.text.split('\t').forEach((piece, i) => {
      if (i > 0) cells.push([]);
      if (piece !== '') cells[cells.length - 1].push(piece);
    });
  }
  if (!table) {
    const cell = cells[0];
    let out = '';
    for (const item of items) {
      for (const part of cell) out += typeof part === 'string' ? part : part(item);
      out += '\n';
    }
    return out;
  }
  return renderUniformTable(renderHeader(template, list.header).split('\t'), cells, items);
}

/** Writes the rows, or throws docker's error for a bad template (exit 1). */
export function writeList<T>(out: Output, items: readonly T[], list: ListFormat<T>): void {
  const fast = fastPath(items, list);
  if (fast !== undefined) {
    out.out(fast);
    return;
  }
  const result = formatRows(list.format, items.map(list.row), list.header, { typeName: list.typeName });
  if (!result.ok) throw new CliError(result.error);
  out.out(result.output);
}
