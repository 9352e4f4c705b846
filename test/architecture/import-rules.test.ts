import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderCycles, importEdges, layerOf, layerViolations, resolveSpecifier, staticClosure } from './import-graph';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every TypeScript source under src/, keyed by its path from the repository root. */
function readSources(): Map<string, string> {
  const sources = new Map<string, string>();
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    sources.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return sources;
}

const sources = readSources();
const edges = importEdges(sources);

describe('import rules of src/', () => {
  it('reads the imports of the whole tree', () => {
    expect(edges.length).toBeGreaterThan(1000);
    expect(edges.some((e) => e.specifier.includes('${'))).toBe(true);
  });

  it('the model never imports the UI, and no layer imports an upper one', () => {
    expect(layerViolations(sources.keys(), edges)).toEqual([]);
  });

  it('the UI reaches the model only through its faces (index, client, compose, exercises, comparison, …)', () => {
    const face = /^src\/model\/(index|client|compose|exercises|comparison|scenario-files)\.ts$/;
    const around = edges.filter(
      (e) => e.from.startsWith('src/ui/') && e.to.startsWith('src/model/') && !face.test(e.to),
    );
    expect(around.map((e) => `${e.from} imports ${e.specifier}`)).toEqual([]);
  });

  // With verbatimModuleSyntax, `import { type X }` still loads its module: it once pulled the client in.
  it('an import of types only says `import type`', () => {
    const typeOnly = /import \{((?:\s*type [^,}]+,?)+)\s*\} from '([^']+)'/g;
    const found = [...sources].flatMap(([file, text]) => [...text.matchAll(typeOnly)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
    expect("import { type A, type B } from './x'".match(typeOnly)).not.toBeNull();
  });

  it('src/model has no cycles between its folders', () => {
    expect(folderCycles(edges, 'src/model', 3)).toEqual([]);
  });

  it('the model index loads nothing large: not the catalog, the client, the API routes or the YAML parser', () => {
    const loaded = staticClosure(edges, 'src/model/index.ts');
    expect(loaded.has('src/model/world/world-base.ts')).toBe(true);
    const large = /^(src\/model\/(registry\/registries|cli\/shell\/|api\/route|world\/world\.ts|vm\/comparison)|yaml$)/;
    expect([...loaded].filter((file) => large.test(file))).toEqual([]);
  });

  it('src/ui has no cycles between its folders, nor between the diagrams', () => {
    expect([...folderCycles(edges, 'src/ui', 3), ...folderCycles(edges, 'src/ui/diagrams', 4)]).toEqual([]);
  });
});

describe('the import rules catch a bad graph', () => {
  const bad = new Map([
    ['src/model/kernel/clock.ts', "import { route } from '../api/route';"],
    ['src/model/api/route.ts', "import { tick } from '../kernel/clock';\nexport * from '../../ui/app/session';"],
    ['src/model/cli/shell.ts', "import { html } from 'lit';\nconst v = import('../vm/boot');"],
    [
      'src/model/vm/boot.ts',
      "import type { Shell } from '../cli/shell';\ntype Theme = import('../../ui/theme').Theme;\n" +
        '// import "../../ui/in-a-comment";\nconst page = (l: string) => import(`../../ui/pages/${l}.ts`);',
    ],
    ['src/model/kernel/index.ts', "import type { Shell } from '../cli/shell';"],
    ['src/model/sidecar/x.ts', ''],
    ['src/ui/app/session.ts', "import { View } from '../diagrams/api-log/api-log-view';"],
    ['src/ui/diagrams/api-log/api-log-view.ts', "import type { Session } from '../../app/session';"],
  ]);
  const badEdges = importEdges(bad);

  it('names each upward import with its file and specifier', () => {
    expect(layerViolations(bad.keys(), badEdges)).toEqual([
      'src/model/sidecar/x.ts belongs to no layer (add it to LAYERS in test/architecture/import-graph.ts)',
      "src/model/kernel/clock.ts imports '../api/route': kernel may not import api (upward)",
      "src/model/api/route.ts imports '../../ui/app/session': the model never imports the UI or a DOM package",
      "src/model/cli/shell.ts imports 'lit': the model never imports the UI or a DOM package",
      "src/model/cli/shell.ts imports '../vm/boot': cli may not import vm (upward)",
      "src/model/vm/boot.ts imports '../../ui/theme': the model never imports the UI or a DOM package",
      "src/model/vm/boot.ts imports '../../ui/pages/${': the model never imports the UI or a DOM package",
      "src/model/kernel/index.ts imports '../cli/shell': kernel may not import cli (upward)",
    ]);
  });

  it('finds folder cycles and names one import of each edge', () => {
    const cycles = folderCycles(badEdges, 'src/model', 3);
    expect(cycles).toHaveLength(2);
    expect(cycles).toContainEqual(
      'folder cycle src/model/api <-> src/model/kernel:\n' +
        "    src/model/api/route.ts imports '../kernel/clock'\n" +
        "    src/model/kernel/clock.ts imports '../api/route'",
    );
    expect(cycles.find((c) => c.startsWith('folder cycle src/model/cli <-> src/model/vm'))).toContain(
      "src/model/vm/boot.ts imports '../cli/shell'",
    );
    expect(folderCycles(badEdges, 'src/ui', 3)).toEqual([
      'folder cycle src/ui/app <-> src/ui/diagrams:\n' +
        "    src/ui/app/session.ts imports '../diagrams/api-log/api-log-view'\n" +
        "    src/ui/diagrams/api-log/api-log-view.ts imports '../../app/session'",
    ]);
  });

  it('follows only the static imports of a module', () => {
    const loaded = staticClosure(badEdges, 'src/model/cli/shell.ts');
    expect([...loaded].sort()).toEqual(['lit', 'src/model/cli/shell.ts']);
    const withTypes = staticClosure(badEdges, 'src/model/api/route.ts');
    expect(withTypes.has('src/ui/diagrams/api-log/api-log-view.ts')).toBe(true);
    expect(withTypes.has('src/ui/app/session.ts')).toBe(true);
  });

  it('resolves folders, extensions and computed imports', () => {
    const files = new Set(['src/model/index.ts', 'src/ui/a.ts']);
    expect(resolveSpecifier('src/ui/a.ts', '../model', files)).toBe('src/model/index.ts');
    expect(resolveSpecifier('src/ui/a.ts', '../lessons/x.json', files)).toBe('src/lessons/x.json');
    expect(resolveSpecifier('src/ui/i18n/l.ts', '../../generated/locales/${l}.ts', files)).toBe(
      'src/generated/locales',
    );
    expect(resolveSpecifier('src/ui/a.ts', 'xstate', files)).toBe('xstate');
    expect(layerOf('src/model/world/world-base.ts')?.name).toBe('world');
    expect(layerOf('src/model/index.ts')?.name).toBe('model faces');
    expect(layerOf('src/model/client.ts')?.name).toBe('model faces');
  });
});
