import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { boundariesConfig, LAYERS } from '../../eslint.config.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The top folder under src/ of a file, or '.' for src/main.ts. */
function folderOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length > 1 ? (rel[0] ?? '.') : '.';
}

/** Folder → folders it imports, from the relative import specifiers of every .ts file in src/. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of filesUnder(SRC).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(file, 'utf8');
    const from = folderOf(file);
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = path.resolve(path.dirname(file), (m[1] ?? '').replace(/\?.*$/, ''));
      if (!target.startsWith(SRC)) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const set = graph.get(from) ?? new Set<string>();
      set.add(to);
      graph.set(from, set);
    }
  }
  return graph;
}

function rank(folder: string): number {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

describe('the folder-level import graph of src/', () => {
  const graph = folderGraph();

  it('has every layer of the diagram, and nothing else but main.ts and types/', () => {
    const folders = new Set(filesUnder(SRC).map(folderOf));
    expect([...folders].sort()).toEqual([...LAYERS.flat(), '.', 'types'].sort());
  });

  it('has no cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'visiting');
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('points down the layers only: no import sideways or up', () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      if (from === '.' || from === 'types') continue;
      for (const to of targets) if (to !== 'types' && !(rank(to) >= 0 && rank(to) < rank(from))) wrong.push(`${from} → ${to}`);
    }
    expect(wrong).toEqual([]);
    // main.ts starts the app and imports nothing else of src/ but the app and the styles.
    expect([...(graph.get('.') ?? [])]).toEqual(['app']);
  });
});

describe('files in src/', () => {
  it('no file is over 300 lines', () => {
    const long = filesUnder(SRC)
      .map((f) => ({ f: path.relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });
});

describe('the boundaries rule', () => {
  // The rule as eslint.config.js configures it, without the type-checked rules, on fixture files
  // linted as if they lay in src/.
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, boundariesConfig],
  });
  const lint = async (fixture: string, as: string): Promise<string[]> => {
    const text = readFileSync(path.join(ROOT, 'tests/fixtures/boundaries', fixture), 'utf8');
    const [result] = await eslint.lintText(text, { filePath: path.join(SRC, as) });
    return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
  };

  it('fails a core module that imports a view', async () => {
    const messages = await lint('core-imports-views.ts.txt', 'core/fixture.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^boundaries\/dependencies: .*"core".*"views"/);
  });

  it('fails a map module that imports a view beside it', async () => {
    const messages = await lint('map-imports-views.ts.txt', 'map/fixture.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^boundaries\/dependencies: .*"map".*"views"/);
  });

  it('passes a view that imports core and story', async () => {
    expect(await lint('views-imports-core.ts.txt', 'views/fixture.ts')).toEqual([]);
  });
});
