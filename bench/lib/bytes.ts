import { gzipSync } from 'node:zlib';

/** Byte accounting for what a page downloaded. Pure functions over a request log. */

export type ResourceType = 'js' | 'css' | 'data' | 'other';

export interface Transfer {
  /** URL path, without the query. */
  path: string;
  contentType: string;
  /** Response body size as served (the bench server never compresses). */
  raw: number;
  /** Size of the body after gzip (zlib's default level 6, as a typical server compresses on the fly). */
  gzip: number;
}

export interface Sizes {
  raw: number;
  gzip: number;
  count: number;
}

export type Tally = Record<ResourceType | 'total' | 'geodata', Sizes>;

/** gzip size of a body, at zlib's default level. */
export function gzipSize(body: Uint8Array | string): number {
  return gzipSync(body).length;
}

/**
 * What kind of resource a response is, by extension first and then by content type.
 *
 * @example
 * classify('/assets/maplibre-gl-worker-x.mjs', '') // 'js'
 * classify('/assets/land-abc.geojson', 'application/geo+json') // 'data'
 */
export function classify(path: string, contentType: string): ResourceType {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (['js', 'mjs', 'cjs'].includes(ext)) return 'js';
  if (ext === 'css') return 'css';
  if (['json', 'geojson', 'topojson', 'pbf', 'mvt', 'fgb', 'csv', 'arrow', 'parquet'].includes(ext)) return 'data';
  const type = contentType.toLowerCase();
  if (type.includes('javascript')) return 'js';
  if (type.includes('css')) return 'css';
  if (type.includes('json') || type.includes('protobuf')) return 'data';
  return 'other';
}

/**
 * Whether a path is one of the geodata layer files, under its own name or Vite's hashed name
 * (`land.geojson`, `assets/land-DRNLcbKW.geojson`, `land.pbf`…).
 */
export function isGeodata(path: string, layerIds: readonly string[]): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (classify(path, '') !== 'data') return false;
  return layerIds.some((id) => base === id || base.startsWith(`${id}.`) || new RegExp(`^${escapeRegExp(id)}-[A-Za-z0-9_-]{6,12}\\.`).test(base));
}

/** Sums raw and gzip bytes by type, in total, and for geodata files. */
export function tally(transfers: readonly Transfer[], layerIds: readonly string[]): Tally {
  const empty = (): Sizes => ({ raw: 0, gzip: 0, count: 0 });
  const out: Tally = { js: empty(), css: empty(), data: empty(), other: empty(), total: empty(), geodata: empty() };
  const add = (s: Sizes, t: Transfer): void => {
    s.raw += t.raw;
    s.gzip += t.gzip;
    s.count += 1;
  };
  for (const t of transfers) {
    add(out[classify(t.path, t.contentType)], t);
    add(out.total, t);
    if (isGeodata(t.path, layerIds)) add(out.geodata, t);
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
