/**
 * `npm run geodata`: builds every file in geodata/ from the pinned packaged inputs and the cited
 * sources in geodata/sources/. `--check` builds in memory and fails if geodata/ differs.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildLayers, gazetteerText, serializeAll } from './lib/build.ts';
import { ensureInputs, loadInputs, ROOT, WOF_FILE } from './lib/inputs.ts';

const check = process.argv.includes('--check');
const started = Date.now();
try {
  ensureInputs();
  const inputs = loadInputs();
  if (!inputs.wof) console.log(`${path.relative(ROOT, WOF_FILE)} is absent: the villages layer and the places' other spellings are kept as committed.`);
  const layers = buildLayers(inputs);
  const outputs = new Map<string, string>([...serializeAll(layers)].map(([id, text]) => [`${id}.geojson`, text]));
  outputs.set('gazetteer.json', gazetteerText(layers, inputs));
  const stale: string[] = [];
  let total = 0;
  for (const [name, text] of outputs) {
    const file = path.join(ROOT, 'geodata', name);
    total += Buffer.byteLength(text);
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(path.relative(ROOT, file));
    } else {
      writeFileSync(file, text);
      console.log(`${path.relative(ROOT, file).padEnd(36)} ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(8)} KB`);
    }
  }
  console.log(`${outputs.size} files, ${(total / 1024).toFixed(1)} KB in all, built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (stale.length) {
    console.error(`geodata/ is out of date with its inputs: ${stale.join(', ')}. Run npm run geodata and commit the result.`);
    process.exit(1);
  }
} catch (e) {
  console.error(`geodata build failed: ${(e as Error).message}`);
  if (process.env.DEBUG) console.error(e);
  process.exit(1);
}
