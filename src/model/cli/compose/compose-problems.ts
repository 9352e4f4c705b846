// What is wrong with a compose file, at its line, for the page's editor: the same checks and words
// as `docker compose` loading it (compose-yaml.ts's go-yaml errors, compose-schema.ts's violations
// with the file's path before them), and the line each is at: go-yaml's own line for a YAML fault,
// the line of the offending key (or value) for a schema one.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { CLIENT_HOME } from '../client/local-files';
import { parseComposeYaml, YamlError } from './compose-yaml';
import { SchemaError, validateCompose, type SchemaPath } from './compose-schema';

/** One problem of a compose file: its lines (1-based) and what compose prints for it. */
export interface ComposeProblem {
  startLine: number;
  endLine: number;
  message: string;
}

/** Whether `path` is named as a compose file (compose.yaml, docker-compose.yml, compose.override.yaml…). */
export function isComposeFileName(path: string): boolean {
  const name = path.split('/').pop() ?? '';
  return /compose[^/]*\.ya?ml$/.test(name);
}

/** The 1-based line of the node at `path` (the key's line for a mapping entry); 1 when not found. */
function lineAt(text: string, path: SchemaPath): number {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  return counter.linePos(offset).line;
}

/**
 * The problems of `text` as the compose file at `path` (relative paths are under the client's home,
 * as compose names them absolutely); none for a blank file (nothing written yet). YAML syntax is
 * checked for any name; the compose schema only for a compose file's name.
 */
export function composeFileProblems(text: string, path: string): ComposeProblem[] {
  if (text.trim() === '') return [];
  const file = path.startsWith('/') ? path : `${CLIENT_HOME}/${path}`;
  let raw: unknown;
  try {
    raw = parseComposeYaml(text);
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    const line = Number(/line (\d+)/.exec(error.message)?.[1] ?? 1);
    return [{ startLine: line, endLine: line, message: error.message }];
  }
  if (!isComposeFileName(path)) return [];
  try {
    validateCompose(raw);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    const line = lineAt(text, error.path);
    // load-project.ts's words: the top-level fault alone, any other after the file's path.
    const top = error.message === 'Top-level object must be a mapping';
    return [{ startLine: line, endLine: line, message: top ? error.message : `validating ${file}: ${error.message}` }];
  }
  return [];
}
