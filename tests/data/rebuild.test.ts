import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildLayers, gazetteerText, serializeAll } from '../../scripts/lib/build.ts';
import { ensureInputs, loadInputs, type Inputs } from '../../scripts/lib/inputs.ts';
import { LAYER_IDS } from '../../src/core/contract.ts';
import { GEODATA } from './load.ts';

let inputs: Inputs;
let first: Map<string, string>;

/** The files a build must give: one per layer id, and the gazetteer. */
const FILES = [...LAYER_IDS.map((id) => `${id}.geojson`), 'gazetteer.json'].sort();

/** Each comparison below holds trivially for an empty build, so each first checks the build is whole. */
function expectWhole(build: Map<string, string>, what: string): void {
  expect([...build.keys()].sort(), what).toEqual(FILES);
  for (const [file, text] of build) expect(text.length, `${what}: ${file}`).toBeGreaterThan(100);
}

beforeAll(() => {
  // Installs the pinned input packages into .cache/geodata-inputs on the first run (about 100 MB).
  ensureInputs((msg) => {
    console.log(msg);
  });
  inputs = loadInputs();
  if (!inputs.wof) console.log("../shared/gazetteer is absent: the villages layer and the places' other spellings are the committed ones.");
  const layers = buildLayers(inputs);
  first = new Map([...serializeAll(layers)].map(([id, text]) => [`${id}.geojson`, text]));
  first.set('gazetteer.json', gazetteerText(layers, inputs));
}, 600_000);

test('a build gives one file per layer id, and the gazetteer', () => {
  expectWhole(first, 'the build');
});

test("without the Who's On First file the build keeps what it derived from it, so the output is the same", () => {
  const layers = buildLayers({ ...inputs, wof: null });
  const without = new Map([...serializeAll(layers)].map(([id, text]) => [`${id}.geojson`, text]));
  without.set('gazetteer.json', gazetteerText(layers, { ...inputs, wof: null }));
  expectWhole(first, 'the build');
  expectWhole(without, "the build without Who's On First");
  const differ = [...first].filter(([file, text]) => without.get(file) !== text).map(([file]) => file);
  expect(differ).toEqual([]);
}, 120_000);

test('building twice gives byte-identical layers', () => {
  const layers = buildLayers(inputs);
  const second = new Map([...serializeAll(layers)].map(([id, text]) => [`${id}.geojson`, text]));
  second.set('gazetteer.json', gazetteerText(layers, inputs));
  expectWhole(first, 'the first build');
  expectWhole(second, 'the second build');
  for (const [file, text] of first) expect(second.get(file) === text, file).toBe(true);
}, 120_000);

test('the committed geodata/ is what a fresh build gives (run npm run geodata if this fails)', () => {
  expectWhole(first, 'the build');
  const stale = [...first].filter(([file, text]) => readFileSync(path.join(GEODATA, file), 'utf8') !== text).map(([file]) => file);
  expect(stale).toEqual([]);
});
