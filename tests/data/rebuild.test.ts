import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildLayers, serializeAll } from '../../scripts/lib/build.ts';
import { ensureInputs, loadInputs, type Inputs } from '../../scripts/lib/inputs.ts';
import { GEODATA } from './load.ts';

let inputs: Inputs;
let first: Map<string, string>;

beforeAll(() => {
  // Installs the pinned input packages into .cache/geodata-inputs on the first run (about 100 MB).
  ensureInputs((msg) => {
    console.log(msg);
  });
  inputs = loadInputs();
  first = serializeAll(buildLayers(inputs));
}, 600_000);

test('building twice gives byte-identical layers', () => {
  const second = serializeAll(buildLayers(inputs));
  for (const [id, text] of first) expect(second.get(id as never) === text, id).toBe(true);
}, 120_000);

test('the committed geodata/ is what a fresh build gives (run npm run geodata if this fails)', () => {
  const stale = [...first].filter(([id, text]) => readFileSync(path.join(GEODATA, `${id}.geojson`), 'utf8') !== text).map(([id]) => id);
  expect(stale).toEqual([]);
});
