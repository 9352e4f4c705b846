/**
 * The project's import rules as a pure check over source texts: which file imports which, the layer
 * of every file, and the folder cycles. The test feeds it the real src/ and a synthetic bad graph.
 */
import { dirname, posix } from 'node:path';
import ts from 'typescript';

/** How an import loads its target: with the importer, only when called, or not at all (types only). */
export type ImportKind = 'static' | 'dynamic' | 'type';

/** One import: the importing file, the specifier as written, the file it resolves to, and its kind. */
export interface ImportEdge {
  readonly from: string;
  readonly specifier: string;
  readonly to: string;
  readonly kind: ImportKind;
}

/**
 * The layers, lowest first: a file may import its own layer or a lower one. The peers of one rank
 * (vm, lesson, transcript and the lessons' data) may import each other; folder cycles are checked
 * apart. The model's faces (index.ts and the lazily loaded client.ts, compose.ts, comparison.ts and
 * scenario-files.ts) sit on top of the model. `src/lessons` is lesson data (`src/challenges` and `src/quizzes`
 * too), `src/generated` the
 * page's locale modules.
 */
export const LAYERS: readonly { readonly name: string; readonly rank: number; readonly test: RegExp }[] = [
  { name: 'kernel', rank: 0, test: /^src\/model\/kernel\// },
  { name: 'registry', rank: 1, test: /^src\/model\/registry\// },
  { name: 'engine', rank: 2, test: /^src\/model\/engine\// },
  { name: 'world', rank: 3, test: /^src\/model\/world\// },
  { name: 'api', rank: 4, test: /^src\/model\/api\// },
  { name: 'cli', rank: 5, test: /^src\/model\/cli\// },
  { name: 'vm', rank: 6, test: /^src\/model\/vm\// },
  { name: 'lesson', rank: 6, test: /^src\/model\/lesson\// },
  { name: 'transcript', rank: 6, test: /^src\/model\/transcript\// },
  { name: 'lessons', rank: 6, test: /^src\/lessons\// },
  { name: 'quizzes', rank: 6, test: /^src\/quizzes\// },
  { name: 'challenges', rank: 6, test: /^src\/challenges\// },
  {
    name: 'model faces',
    rank: 7,
    test: /^src\/model\/(index|client|compose|exercises|comparison|scenario-files)\.ts$/,
  },
  { name: 'ui', rank: 8, test: /^src\/(ui|generated)\// },
];

/** Packages that need a DOM, which the model never imports. */
const DOM_PACKAGES = /^(lit|lit-html|lit-element|@lit\/|d3|d3-)/;

/** The layer of a path relative to the repository root, or undefined for a file no layer names. */
export function layerOf(path: string): { name: string; rank: number } | undefined {
  return LAYERS.find((layer) => layer.test.test(path));
}

/**
 * Every import of one file, as written: static, `export … from`, `import type`, dynamic `import()`;
 * a computed `import(\`./locales/${x}.ts\`)` keeps its substitution as `${`.
 */
export function importSpecifiers(source: string): { specifier: string; kind: ImportKind }[] {
  const found: { specifier: string; kind: ImportKind }[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      const kind = typeOnly ? 'type' : 'static';
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push({ specifier: node.moduleSpecifier.text, kind });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push({ specifier: argument.text, kind: 'dynamic' });
      else if (argument && ts.isTemplateExpression(argument)) {
        found.push({ specifier: `${argument.head.text}\${`, kind: 'dynamic' });
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      if (ts.isStringLiteral(node.argument.literal))
        found.push({ specifier: node.argument.literal.text, kind: 'type' });
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('file.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return found;
}

/**
 * Where a specifier points, relative to the root: a relative one to its file (".ts" added when the
 * specifier has no extension, `index.ts` for a folder that `files` holds), a computed one
 * (`import(\`./locales/${x}.ts\`)`) to the folder before the first substitution; a package stays as written.
 */
export function resolveSpecifier(from: string, specifier: string, files: ReadonlySet<string>): string {
  if (!specifier.startsWith('.')) return specifier;
  const computed = specifier.indexOf('${');
  if (computed >= 0) return posix.join(dirname(from), specifier.slice(0, computed), '.').replace(/\/\.$/, '');
  const target = posix.join(dirname(from), specifier);
  if (/\.(ts|json|css|svg)$/.test(target)) return target;
  if (files.has(`${target}.ts`)) return `${target}.ts`;
  if (files.has(`${target}/index.ts`)) return `${target}/index.ts`;
  return `${target}.ts`;
}

/** Every import edge of the given sources (path relative to the root → text). */
export function importEdges(sources: ReadonlyMap<string, string>): ImportEdge[] {
  const files = new Set(sources.keys());
  const edges: ImportEdge[] = [];
  for (const [from, text] of sources) {
    for (const { specifier, kind } of importSpecifiers(text)) {
      edges.push({ from, specifier, to: resolveSpecifier(from, specifier, files), kind });
    }
  }
  return edges;
}

const describeEdge = (e: ImportEdge): string => `${e.from} imports '${e.specifier}'`;

/**
 * Broken rules (a) and (b): a file of src/ that no layer names, the model importing the UI or a DOM
 * package, a layer importing an upper one.
 */
export function layerViolations(files: Iterable<string>, edges: readonly ImportEdge[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    if (file.startsWith('src/') && !layerOf(file)) {
      problems.push(`${file} belongs to no layer (add it to LAYERS in test/architecture/import-graph.ts)`);
    }
  }
  for (const e of edges) {
    const from = layerOf(e.from);
    if (!from) continue;
    const inModel = e.from.startsWith('src/model/');
    if (inModel && (e.to.startsWith('src/ui/') || DOM_PACKAGES.test(e.to))) {
      problems.push(`${describeEdge(e)}: the model never imports the UI or a DOM package`);
      continue;
    }
    const to = layerOf(e.to);
    if (to && to.rank > from.rank) problems.push(`${describeEdge(e)}: ${from.name} may not import ${to.name} (upward)`);
  }
  return [...new Set(problems)];
}

/** The folder a file sits in, cut to `depth` segments (depth 2: "src/model/api/views/x.ts" → "src/model"). */
export function folderOf(path: string, depth: number): string {
  return path.split('/').slice(0, -1).slice(0, depth).join('/');
}

/**
 * Rule (c): cycles between the folders directly under `root` (each file counts for the folder
 * `depth` segments deep). Each cycle is described with one import per edge of it.
 */
export function folderCycles(edges: readonly ImportEdge[], root: string, depth: number): string[] {
  const inside = (p: string) => p.startsWith(`${root}/`) && p.split('/').length > depth;
  const examples = new Map<string, ImportEdge>();
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!inside(e.from) || !inside(e.to)) continue;
    const a = folderOf(e.from, depth);
    const b = folderOf(e.to, depth);
    if (a === b) continue;
    if (!next.has(a)) next.set(a, new Set());
    next.get(a)!.add(b);
    if (!examples.has(`${a} ${b}`)) examples.set(`${a} ${b}`, e);
  }
  return stronglyConnected(next)
    .filter((c) => c.length > 1)
    .map((c) => {
      const inCycle = new Set(c);
      const lines = c.flatMap((a) =>
        [...(next.get(a) ?? [])].filter((b) => inCycle.has(b)).map((b) => describeEdge(examples.get(`${a} ${b}`)!)),
      );
      return `folder cycle ${c.join(' <-> ')}:\n    ${lines.join('\n    ')}`;
    });
}

/** Tarjan's strongly connected components of a directed graph. */
function stronglyConnected(next: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    components.push(component.sort());
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return components;
}

/** Every file a module loads with it: the closure of its static imports (types and `import()` excluded). */
export function staticClosure(edges: readonly ImportEdge[], start: string): Set<string> {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.kind !== 'static') continue;
    if (!next.has(e.from)) next.set(e.from, []);
    next.get(e.from)!.push(e.to);
  }
  const seen = new Set([start]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const to of next.get(file) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}
