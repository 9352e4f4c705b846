/**
 * The values mongosh reads and prints: a small JavaScript literal reader (objects with bare or
 * quoted keys, arrays, strings, numbers, true/false/null, `ObjectId('…')`) and Node's
 * util.inspect layout that mongosh prints with (`{ _id: ObjectId('…'), name: 'Ana' }` on one line
 * when it fits in 72 columns, else one key per line).
 */

/** A stored value: JSON, with ObjectIds as `{ $oid: hex }`. */
export type MongoValue = null | boolean | number | string | MongoValue[] | { [key: string]: MongoValue };

/** Reads a JavaScript literal; null when the text is not one. */
export function readLiteral(text: string): { value: MongoValue; rest: string } | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const fail = (): never => {
    throw new Error('literal');
  };
  const value = (): MongoValue => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      const obj: Record<string, MongoValue> = {};
      ws();
      while (text[i] !== '}') {
        ws();
        let key: string;
        if (text[i] === '"' || text[i] === "'") key = string();
        else {
          const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(i)) ?? fail();
          key = m[0];
          i += key.length;
        }
        ws();
        if (text[i++] !== ':') fail();
        obj[key] = value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail();
        ws();
      }
      i++;
      return obj;
    }
    if (ch === '[') {
      i++;
      const arr: MongoValue[] = [];
      ws();
      while (text[i] !== ']') {
        arr.push(value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail();
        ws();
      }
      i++;
      return arr;
    }
    if (ch === '"' || ch === "'") return string();
    const rest = text.slice(i);
    const oid = /^ObjectId\(\s*['"]([0-9a-f]{24})['"]\s*\)/.exec(rest);
    if (oid) {
      i += oid[0].length;
      return { $oid: oid[1] };
    }
    const m = /^(true|false|null|-?\d+(\.\d+)?)/.exec(rest) ?? fail();
    i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  };
  const string = (): string => {
    const quote = text[i++];
    let s = '';
    while (i < text.length && text[i] !== quote) {
      if (text[i] === '\\') i++;
      s += text[i++];
    }
    if (i >= text.length) fail();
    i++;
    return s;
  };
  try {
    const v = value();
    return { value: v, rest: text.slice(i) };
  } catch {
    return null;
  }
}

const isOid = (v: MongoValue): v is { $oid: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.$oid === 'string' && Object.keys(v).length === 1;

const keyText = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`);

/**
 * A value as mongosh prints it: Node's util.inspect (lib/internal/util/inspect.js
 * reduceToSingleString, compact 3, breakLength 80) puts an object on one line when its entries,
 * their count and a start of `count + indentation + 1 + 10` fit in 80 columns.
 */
export function inspect(value: MongoValue, indent = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value.replace(/'/g, "\\'")}'`;
  if (typeof value !== 'object') return String(value);
  if (isOid(value)) return `ObjectId('${value.$oid}')`;
  const entries = Array.isArray(value)
    ? value.map((v) => inspect(v, indent + 2))
    : Object.entries(value).map(([k, v]) => `${keyText(k)}: ${inspect(v, indent + 2)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const start = entries.length + indent + open.length + 10;
  const total = entries.reduce((sum, e) => sum + e.length, entries.length + start);
  const joined = entries.join(', ');
  if (total <= 80 && !joined.includes('\n')) return `${open} ${joined} ${close}`;
  const pad = `\n${' '.repeat(indent)}`;
  return `${open}${pad}  ${entries.join(`,${pad}  `)}${pad}${close}`;
}

/** Whether a document matches a filter of equalities (`{ name: 'Ana' }`). */
export function matches(doc: MongoValue, filter: MongoValue): boolean {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return true;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  return Object.entries(filter).every(([k, v]) => JSON.stringify(doc[k]) === JSON.stringify(v));
}
