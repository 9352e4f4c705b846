/**
 * Reading a parsed YAML/JSON tree into typed values while collecting precise errors: every reader
 * takes a slot (the node, where it is, its path) and returns the value, or undefined after
 * reporting what was expected and what was found. Readers never stop at the first error.
 */

import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Localized, ScenarioError } from './scenario';

/** Where errors go, and how offsets become lines and columns. */
export interface ReadContext {
  doc: Document;
  lines: LineCounter;
  errors: ScenarioError[];
}

/** A value to read: its node (null when the key has no value), the node to point at, its path. */
export interface Slot {
  node: Node | null;
  /** What an error points at when `node` is null: the key, or the parent map. */
  anchor: Node | null;
  path: string;
}

/** 1-based line and column of a character offset. */
export function positionOf(ctx: ReadContext, offset: number): { line: number; column: number } {
  const { line, col } = ctx.lines.linePos(offset);
  // linePos answers line 0 before the first newline it knows of.
  return line === 0 ? { line: 1, column: offset + 1 } : { line, column: col };
}

/** Reports an error at a node (the start of its range). */
export function report(ctx: ReadContext, at: Node | null, path: string, message: string): void {
  const offset = at?.range?.[0] ?? 0;
  ctx.errors.push({ ...positionOf(ctx, offset), path, message });
}

/** Reports an error about a slot: at its node, else its anchor. */
export function fail(ctx: ReadContext, slot: Slot, message: string): undefined {
  report(ctx, slot.node ?? slot.anchor, slot.path, message);
  return undefined;
}

/** `a.b`, or `b` at the top. */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** `a[2]`. */
export function indexPath(path: string, i: number): string {
  return `${path}[${i}]`;
}

/** Follows an alias (`*name`) to the node it stands for (an alias with no anchor stays, to be named in errors). */
function resolved(ctx: ReadContext, node: Node | null | undefined): Node | null {
  if (node && isAlias(node)) return (node.resolve(ctx.doc) as Node | undefined) ?? node;
  return node ?? null;
}

/** A short description of what a node holds, for "got …". */
export function describe(node: Node | null): string {
  if (node === null) return 'nothing';
  if (isAlias(node)) return `'*${node.source}', an alias with no anchor '&${node.source}' before it`;
  if (isMap(node)) return 'a map of fields';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'nothing';
    if (typeof v === 'string') return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
    if (typeof v === 'number' || typeof v === 'bigint') return `the number ${String(v)}`;
    if (typeof v === 'boolean') return String(v);
  }
  return 'something else';
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The closest known name, if it is close enough to be a likely typo. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = k.toLowerCase() === name.toLowerCase() ? 0 : distance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.min(2, Math.floor(best.length / 3))) ? best : undefined;
}

/** ` — did you mean 'x'?` or ''. */
export function didYouMean(name: string, known: readonly string[]): string {
  const s = suggest(name, known);
  return s ? ` — did you mean '${s}'?` : '';
}

/** The fields a map may have; notes say what a missing required field is (shown in parentheses). */
export interface MapSpec {
  required: readonly string[];
  optional?: readonly string[];
  notes?: Readonly<Record<string, string>>;
  /** How to call the map in "must be …" (default "a map of fields"). */
  expected?: string;
}

/** The fields of a map, each as a slot; unknown and missing fields are reported. */
export function readMap(ctx: ReadContext, slot: Slot, spec: MapSpec): Map<string, Slot> | undefined {
  const node = resolved(ctx, slot.node);
  if (!node || !isMap(node))
    return fail(ctx, { ...slot, node }, `must be ${spec.expected ?? 'a map of fields'}; got ${describe(node)}`);
  const known = [...spec.required, ...(spec.optional ?? [])];
  const fields = new Map<string, Slot>();
  for (const pair of node.items) {
    const keyNode = resolved(ctx, pair.key as Node | null);
    if (!keyNode || !isScalar(keyNode) || typeof keyNode.value !== 'string') {
      report(ctx, keyNode ?? node, slot.path, `field names must be plain text; got ${describe(keyNode)}`);
      continue;
    }
    const key = keyNode.value;
    const path = childPath(slot.path, key);
    if (!known.includes(key)) {
      report(ctx, keyNode, path, `unknown field '${key}'${didYouMean(key, known)}`);
      continue;
    }
    fields.set(key, { node: resolved(ctx, pair.value as Node | null), anchor: keyNode, path });
  }
  for (const key of spec.required) {
    if (fields.has(key)) continue;
    const note = spec.notes?.[key];
    report(ctx, node, slot.path, `missing required field '${key}'${note ? ` (${note})` : ''}`);
  }
  return fields;
}

/** The items of a list, each as a slot. */
export function readList(ctx: ReadContext, slot: Slot, expected = 'a list'): Slot[] | undefined {
  const node = resolved(ctx, slot.node);
  if (!node || !isSeq(node)) return fail(ctx, { ...slot, node }, `must be ${expected}; got ${describe(node)}`);
  return node.items.map((item, i) => ({
    node: resolved(ctx, item as Node | null),
    anchor: node,
    path: indexPath(slot.path, i),
  }));
}

/** The plain value of a scalar slot (undefined for maps, lists and missing values). */
function scalarValue(slot: Slot): unknown {
  return slot.node && isScalar(slot.node) ? slot.node.value : undefined;
}

/** Options of a text field. */
export interface TextOptions {
  /** Allow ''. */
  empty?: boolean;
  /** Refuse line breaks (command lines). */
  singleLine?: boolean;
  /** Said after the message, e.g. "(Indonesian text)". */
  note?: string;
}

/** A string. */
export function readText(ctx: ReadContext, slot: Slot, options: TextOptions = {}): string | undefined {
  const value = scalarValue(slot);
  const note = options.note ? ` (${options.note})` : '';
  if (typeof value !== 'string') return fail(ctx, slot, `must be text${note}; got ${describe(slot.node)}`);
  if (!options.empty && value.trim() === '') return fail(ctx, slot, `must not be empty${note}`);
  if (options.singleLine && /[\r\n]/.test(value)) return fail(ctx, slot, `must be a single line${note}`);
  return value;
}

/** A whole number in [min, max]; `unit` says what it counts. */
export function readInteger(ctx: ReadContext, slot: Slot, min: number, max: number, unit?: string): number | undefined {
  const value = scalarValue(slot);
  const note = unit ? ` (${unit})` : '';
  if (typeof value !== 'number' || !Number.isInteger(value))
    return fail(ctx, slot, `must be a whole number${note}; got ${describe(slot.node)}`);
  if (value < min || value > max) return fail(ctx, slot, `must be between ${min} and ${max}${note}; got ${value}`);
  return value;
}

/** One of a fixed set of words. */
export function readChoice<T extends string>(ctx: ReadContext, slot: Slot, choices: readonly T[]): T | undefined {
  const value = scalarValue(slot);
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  return fail(
    ctx,
    slot,
    `must be one of ${choices.join(', ')}; got ${describe(slot.node)}` +
      `${typeof value === 'string' ? didYouMean(value, choices) : ''}`,
  );
}

/** A string matching a pattern, described in words. */
export function readPattern(ctx: ReadContext, slot: Slot, pattern: RegExp, described: string): string | undefined {
  const value = readText(ctx, slot);
  if (value === undefined) return undefined;
  if (!pattern.test(value)) return fail(ctx, slot, `must be ${described}; got '${value}'`);
  return value;
}

/** A text in English and Bahasa Indonesia. */
export function readLocalized(ctx: ReadContext, slot: Slot): Localized | undefined {
  const fields = readMap(ctx, slot, {
    required: ['en', 'id'],
    notes: { en: 'English text', id: 'Indonesian text' },
    expected: "a map with 'en' (English text) and 'id' (Indonesian text)",
  });
  if (!fields) return undefined;
  const en = fields.has('en') ? readText(ctx, fields.get('en')!, { note: 'English text' }) : undefined;
  const id = fields.has('id') ? readText(ctx, fields.get('id')!, { note: 'Indonesian text' }) : undefined;
  return en !== undefined && id !== undefined ? { en, id } : undefined;
}

/** Reads an optional field with `read`; undefined when absent or wrong. */
export function optional<T>(
  fields: Map<string, Slot>,
  key: string,
  read: (slot: Slot) => T | undefined,
): T | undefined {
  const slot = fields.get(key);
  return slot ? read(slot) : undefined;
}
