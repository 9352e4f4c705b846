/**
 * `npx tsx tools/use-model-index.ts [--write] [folder ...]` (default src/ui): points the imports of
 * the given folders at the model's public faces (`src/model/index.ts`, then `client.ts`,
 * `comparison.ts`, `scenario-files.ts`): each name imported from a deeper model module is taken
 * from the first face that exports it, and a file's imports of one face become one declaration at
 * the place of the first. Imports no face covers stay and are listed. Without `--write` it only
 * reports. A one-off codemod for the lead once issue 12's branches are merged; run prettier after.
 */

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const modelDir = join(root, 'src/model');
/** The model's faces, in the order an import is offered to them (the light index first). */
const faceFiles = ['index.ts', 'client.ts', 'comparison.ts', 'scenario-files.ts'].map((f) => join(modelDir, f));

/** What one face exports: "declaring file#original name" → the name the face exports it under. */
type FaceExports = ReadonlyMap<string, string>;

/** The exports of every face, in faceFiles' order. */
function facesExports(program: ts.Program): Map<string, FaceExports> {
  const checker = program.getTypeChecker();
  const faces = new Map<string, FaceExports>();
  for (const face of faceFiles) {
    const names = new Map<string, string>();
    for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(face)!)!)) {
      const original = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of original.declarations ?? []) {
        names.set(`${resolve(declaration.getSourceFile().fileName)}#${original.name}`, exported.name);
      }
    }
    faces.set(face, names);
  }
  return faces;
}

/** The model module a relative specifier of `file` names, if it is one (and not the index). */
function modelModule(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(file), specifier);
  const path = target.endsWith('.ts') ? target : `${target}.ts`;
  return path.startsWith(`${modelDir}/`) && !faceFiles.includes(path) ? path : undefined;
}

/** Where a module's own export `name` is declared, following its `export … from` re-exports. */
function declaringFile(program: ts.Program, checker: ts.TypeChecker, module: string, name: string): string {
  const source = program.getSourceFile(module);
  const symbol = source && checker.getSymbolAtLocation(source);
  const exported = symbol && checker.getExportsOfModule(symbol).find((s) => s.name === name);
  if (!exported) return module;
  const original = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  return resolve(original.declarations?.[0]?.getSourceFile().fileName ?? module);
}

/** Rewrites one file's model imports; returns the new text and the imports left on deep paths. */
function rewrite(
  file: string,
  text: string,
  faces: ReadonlyMap<string, FaceExports>,
  program: ts.Program,
): { text: string; left: string[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const checker = program.getTypeChecker();
  const taken = new Map<string, string[]>();
  const left: string[] = [];
  const removed: ts.ImportDeclaration[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const module = modelModule(file, statement.moduleSpecifier.text);
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    if (!module || !clause || clause.name || !bindings || !ts.isNamedImports(bindings)) continue;
    const elements = bindings.elements.map((element) => ({
      key: `${declaringFile(program, checker, module, (element.propertyName ?? element.name).text)}#${
        (element.propertyName ?? element.name).text
      }`,
      local: element.name.text,
      typeOnly: clause.isTypeOnly || element.isTypeOnly,
    }));
    const placed = elements.map((e) => ({ e, face: [...faces].find(([, names]) => names.has(e.key)) }));
    if (placed.some((p) => !p.face)) {
      left.push(`${relative(root, file)}: ${statement.moduleSpecifier.text}`);
      continue;
    }
    for (const { e, face } of placed) {
      const [faceFile, names] = face!;
      const exported = names.get(e.key)!;
      const list = taken.get(faceFile) ?? [];
      list.push(`${e.typeOnly ? 'type ' : ''}${exported}${exported === e.local ? '' : ` as ${e.local}`}`);
      taken.set(faceFile, list);
    }
    removed.push(statement);
  }
  if (removed.length === 0) return { text, left };
  const merged = [...taken]
    .map(([faceFile, list]) => {
      let specifier = relative(dirname(file), faceFile.endsWith('index.ts') ? modelDir : faceFile.slice(0, -3));
      if (!specifier.startsWith('.')) specifier = `./${specifier}`;
      return `import { ${[...new Set(list)].join(', ')} } from '${specifier}';`;
    })
    .join('\n');
  let out = text;
  for (const [i, statement] of [...removed].reverse().entries()) {
    const first = i === removed.length - 1;
    const end = statement.getEnd() + (out[statement.getEnd()] === '\n' && !first ? 1 : 0);
    out = out.slice(0, statement.getStart()) + (first ? merged : '') + out.slice(end);
  }
  return { text: out, left };
}

if (process.argv[1] && /use-model-index\.ts$/.test(process.argv[1])) {
  const write = process.argv.includes('--write');
  const folders = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const files = (folders.length > 0 ? folders : ['src/ui']).flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name)),
  );
  const program = ts.createProgram([...faceFiles, ...files], { allowImportingTsExtensions: true, noEmit: true });
  const faces = facesExports(program);
  let changed = 0;
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    const { text, left } = rewrite(file, before, faces, program);
    for (const line of left) process.stdout.write(`left on a deep path: ${line}\n`);
    if (text === before) continue;
    changed++;
    if (write) writeFileSync(file, text);
  }
  process.stdout.write(`${changed} files ${write ? 'rewritten' : 'would change'}\n`);
}
