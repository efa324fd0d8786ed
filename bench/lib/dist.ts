import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSize, isGeodata } from './bytes.ts';
import { appOwnerOf, splitChunk, type SourceMapLike } from './sourcemap.ts';

/**
 * The two byte budgets a build can be checked against without a browser: the app's own JS on the
 * first view, and the geodata the first view fetches. Same counting as the bench (bytes.ts,
 * sourcemap.ts), on the files of a build folder rather than on what a page downloaded.
 */

export interface DistFile {
  /** Path inside the build folder, `assets/index-abc.js`. */
  file: string;
  raw: number;
  gzip: number;
}

export interface DistBytes {
  /** The JS the page loads at once: index.html's module script and the chunks it preloads. */
  js: DistFile[];
  /** gzip bytes of the app's own code in that JS (all but maplibre-gl, split by the source maps). */
  ownJsGzip: number;
  /** The first view's layer files. */
  geodata: DistFile[];
  geodataGzip: number;
  /** First-view layers with no file in the build. */
  missingLayers: string[];
}

/**
 * Counts a build folder's first-view bytes. `layers` are the layers the first view fetches. JS with
 * a `.map` beside it (a `--sourcemap hidden` build) is split by source; JS without one counts as
 * the app's own unless its name says maplibre, so a build without maps fails the budget rather
 * than passing it.
 *
 * @example
 * distBytes('dist', ['land', 'water', 'countries']).ownJsGzip // 51234
 */
export function distBytes(dir: string, layers: readonly string[]): DistBytes {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const js = firstViewScripts(html).map((file) => sizeOf(dir, file));
  let ownJsGzip = 0;
  for (const { file, gzip } of js) {
    const mapFile = path.join(dir, `${file}.map`);
    if (existsSync(mapFile)) {
      const split = splitChunk(readFileSync(path.join(dir, file), 'utf8'), JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapLike, appOwnerOf);
      ownJsGzip += split.text.own ? gzipSize(split.text.own) : 0;
    } else if (!/maplibre/i.test(file)) {
      ownJsGzip += gzip;
    }
  }
  const assets = readdirSync(path.join(dir, 'assets')).map((name) => `assets/${name}`);
  const geodata = assets.filter((file) => isGeodata(`/${file}`, layers)).map((file) => sizeOf(dir, file));
  const missingLayers = layers.filter((id) => !geodata.some(({ file }) => isGeodata(`/${file}`, [id])));
  return { js, ownJsGzip, geodata, geodataGzip: geodata.reduce((s, f) => s + f.gzip, 0), missingLayers };
}

/**
 * The local JS an HTML page loads at once: module scripts and `modulepreload` links, in order.
 *
 * @example
 * firstViewScripts('<script type="module" src="./assets/index-a.js"></script>') // ['assets/index-a.js']
 */
export function firstViewScripts(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isModule = /^<script/i.test(tag) && /\btype=["']?module/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /\brel=["']?modulepreload/i.test(tag);
    const url = /\b(?:src|href)=["']?([^"' >]+)/i.exec(tag)?.[1];
    if ((isModule || isPreload) && url && !/^[a-z]+:|^\/\//i.test(url)) out.push(url.replace(/^\.?\//, ''));
  }
  return out;
}

function sizeOf(dir: string, file: string): DistFile {
  const body = readFileSync(path.join(dir, file));
  return { file, raw: body.length, gzip: gzipSize(body) };
}
