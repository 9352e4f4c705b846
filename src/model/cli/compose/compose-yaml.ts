// The YAML of a compose file, read as compose-go reads it (gopkg.in/yaml.v3): the document's plain
// values, or go-yaml's error text. The `yaml` package does the parsing; its errors are named in
// go-yaml's words where the two agree on the fault (the line is the one go-yaml reports).
import { parseDocument } from 'yaml';

/** A YAML syntax error, worded as go-yaml words it (`yaml: line 3: …`). */
export class YamlError extends Error {}

// go-yaml's scanner and parser messages for the faults the `yaml` package names by code. A code not
// listed falls back to go-yaml's most common parser message (a guess, said so here).
const GO_YAML_MESSAGES: Readonly<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  MULTILINE_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  TAB_AS_INDENT: 'found character that cannot start any token',
  MISSING_CHAR: 'found unexpected end of stream',
  BAD_INDENT: 'did not find expected key',
  UNEXPECTED_TOKEN: 'did not find expected key',
};

/** Parses the text of a compose file into plain values; throws YamlError with go-yaml's text. */
export function parseComposeYaml(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, merge: true, version: '1.2' });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0].line ?? 1;
    if (first.code === 'DUPLICATE_KEY') {
      const key = text.split('\n')[line - 1]?.trim().split(':')[0] ?? '';
      const earlier = text.split('\n').findIndex((l, i) => i < line - 1 && l.trim().split(':')[0] === key) + 1;
      throw new YamlError(
        `yaml: unmarshal errors:\n  line ${line}: mapping key "${key}" already defined at line ${earlier}`,
      );
    }
    throw new YamlError(`yaml: line ${line}: ${GO_YAML_MESSAGES[first.code] ?? 'did not find expected key'}`);
  }
  return doc.toJS({ maxAliasCount: 100 }) as unknown;
}
