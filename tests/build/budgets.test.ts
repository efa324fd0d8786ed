import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BUDGETS, evaluateBudgets, formatValue, KB } from '../../bench/lib/budgets.ts';
import { distBytes } from '../../bench/lib/dist.ts';
import { BASE_LAYER_IDS } from '../../src/core/contract.ts';
import { defaultState } from '../../src/state/hash.ts';

// The bench's byte budgets that need no browser, on the build in dist/ (npm test builds it with
// --sourcemap hidden, so the app's own JS can be told from maplibre-gl's). The first view fetches the
// base layers and the overlays a fresh page shows, as src/app/start.ts does.
const DIST = path.resolve('dist');
const FIRST_VIEW_LAYERS = [...BASE_LAYER_IDS, ...defaultState().layers];

test("dist/ is a build with source maps for its JS, so the app's own code can be measured", () => {
  expect(existsSync(path.join(DIST, 'index.html')), 'dist/index.html (run the build first)').toBe(true);
  expect(readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js.map')).length, 'source maps in dist/assets').toBeGreaterThan(0);
});

test("the app's own JS and the first view's geodata are within the bench's budgets", () => {
  const bytes = distBytes(DIST, FIRST_VIEW_LAYERS);
  // A count of nothing would pass any budget: the measurement must have found something to count.
  expect(bytes.missingLayers, 'first-view layers with no file in dist/').toEqual([]);
  expect(bytes.js.length, 'first-view JS files').toBeGreaterThan(0);
  expect(bytes.ownJsGzip, "the app's own JS, gzip").toBeGreaterThan(10 * KB);
  for (const f of bytes.geodata) expect(f.gzip, f.file).toBeGreaterThan(0);

  const results = evaluateBudgets(
    BUDGETS.filter((b) => b.id === 'own_js_gzip' || b.id === 'first_view_geodata_gzip'),
    { own_js_gzip: bytes.ownJsGzip, first_view_geodata_gzip: bytes.geodataGzip },
  );
  for (const r of results) console.log(`${r.verdict === 'pass' ? 'ok  ' : 'FAIL'} ${r.description}: ${formatValue(r.actual, r.unit)}`);
  expect(results.map((r) => [r.id, r.verdict])).toEqual([
    ['own_js_gzip', 'pass'],
    ['first_view_geodata_gzip', 'pass'],
  ]);
});
