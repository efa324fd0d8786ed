import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { distBytes, firstViewScripts } from '../../../bench/lib/dist.ts';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** A build folder with the given files. */
function build(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

const HTML = [
  '<script type="module" crossorigin src="./assets/index-a.js"></script>',
  '<link rel="modulepreload" crossorigin href="./assets/vendor-b.js">',
  '<link rel="modulepreload" href="./assets/maplibre-gl-c.js">',
  '<link rel="stylesheet" href="./assets/index-d.css">',
].join('\n');

// index-a.js: line 1 from src/main.ts, line 2 from maplibre-gl (segments AAAA, then ACAA: next source).
const MAP = JSON.stringify({ version: 3, sources: ['../src/main.ts', '../node_modules/maplibre-gl/dist/maplibre-gl.js'], mappings: 'AAAA;ACAA' });

describe('firstViewScripts', () => {
  it('firstViewScripts lists module scripts and modulepreload links, not styles, classic or outside scripts', () => {
    const html = `${HTML}<script src="./classic.js"></script><script type="module" src="https://cdn.example/x.js"></script>`;
    expect(firstViewScripts(html)).toEqual(['assets/index-a.js', 'assets/vendor-b.js', 'assets/maplibre-gl-c.js']);
  });
});

describe('distBytes', () => {
  // gzip sizes of inputs this small are fixed by the format (see bytes.test.ts): 18 bytes of
  // header and trailer, 3 + 8 per character + 7 bits of deflate, padded to a byte.
  it("distBytes counts the own code of a mapped chunk, all of an unmapped one, and none of maplibre-gl's", () => {
    const result = distBytes(
      build({
        'index.html': HTML,
        'assets/index-a.js': 'own();\nmaplibre();',
        'assets/index-a.js.map': MAP,
        'assets/vendor-b.js': 'hello',
        'assets/maplibre-gl-c.js': 'maplibre code, not counted',
        'assets/lazy-e.js': 'a chunk loaded later, not counted',
      }),
      [],
    );
    expect(result.js.map((f) => f.file)).toEqual(['assets/index-a.js', 'assets/vendor-b.js', 'assets/maplibre-gl-c.js']);
    // 'own();\n' is 27 bytes gzipped, 'hello' 25.
    expect(result.ownJsGzip).toBe(27 + 25);
  });

  it("distBytes sums the first view's layer files, under their hashed names, and names a layer with no file", () => {
    const result = distBytes(
      build({
        'index.html': '<script type="module" src="./assets/index-a.js"></script>',
        'assets/index-a.js': '',
        'assets/land-DRNLcbKW.geojson': 'a',
        'assets/countries-C25Fxen-.geojson': 'hello',
        'assets/villages-BSPqpHUo.geojson': 'not on the first view',
        'assets/2022-09-13-CedIYv90.json': 'the story, not geodata',
      }),
      ['land', 'countries', 'water'],
    );
    expect(result.geodata).toEqual([
      { file: 'assets/countries-C25Fxen-.geojson', raw: 5, gzip: 25 },
      { file: 'assets/land-DRNLcbKW.geojson', raw: 1, gzip: 21 },
    ]);
    expect(result.geodataGzip).toBe(46);
    expect(result.missingLayers).toEqual(['water']);
  });
});
