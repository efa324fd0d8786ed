import { describe, expect, it } from 'vitest';
import { classify, gzipSize, isGeodata, tally, type Transfer } from '../../../bench/lib/bytes.ts';

const LAYERS = ['land', 'water', 'countries', 'admin1', 'places'];

describe('classify', () => {
  it('classify tells JS, CSS and data apart by extension', () => {
    expect(classify('/assets/index-C3_2h4hU.js', 'text/javascript')).toBe('js');
    expect(classify('/assets/maplibre-gl-worker-CZtFQQIV.mjs', 'application/octet-stream')).toBe('js');
    expect(classify('/assets/index-DEoxxgC0.css', 'text/css')).toBe('css');
    expect(classify('/assets/land-DRNLcbKW.geojson', 'application/geo+json')).toBe('data');
    expect(classify('/assets/2022-09-13-CDeU3-Yw.json', 'application/json')).toBe('data');
    expect(classify('/tiles/3/4/5.pbf', '')).toBe('data');
  });

  it('classify falls back on the content type when the path has no known extension', () => {
    expect(classify('/api/layers', 'application/json; charset=utf-8')).toBe('data');
    expect(classify('/bundle', 'text/javascript')).toBe('js');
  });

  it('classify puts HTML, images and fonts in other', () => {
    expect(classify('/', 'text/html')).toBe('other');
    expect(classify('/favicon.svg', 'image/svg+xml')).toBe('other');
  });
});

describe('isGeodata', () => {
  it('isGeodata knows a layer file by its plain or hashed name', () => {
    expect(isGeodata('/geodata/land.geojson', LAYERS)).toBe(true);
    expect(isGeodata('/assets/land-DRNLcbKW.geojson', LAYERS)).toBe(true);
    expect(isGeodata('/assets/admin1-XlH-NQd6.geojson', LAYERS)).toBe(true);
  });

  it('isGeodata is false for the article and for code named like a layer', () => {
    expect(isGeodata('/assets/2022-09-13-CDeU3-Yw.json', LAYERS)).toBe(false);
    expect(isGeodata('/assets/places-panel-abc123.js', LAYERS)).toBe(false);
    expect(isGeodata('/assets/landmarks-DRNLcbKW.geojson', LAYERS)).toBe(false);
  });
});

describe('gzipSize', () => {
  // A gzip stream is a 10-byte header, the deflate data and an 8-byte trailer (CRC-32 and length).
  // Inputs this small are one fixed-Huffman block whose size the format fixes: 3 header bits, each
  // literal 8 or 9 bits, a 7-bit end code, padded to a byte. So these sizes are known, not computed.
  it.each([
    ['', 20], // 3 + 7 bits: 2 bytes
    ['a', 21], // 3 + 8 + 7 bits: 3 bytes
    ['hello', 25], // 3 + 5 × 8 + 7 bits: 7 bytes
  ])('gzipSize(%j) is %i bytes', (body, size) => {
    expect(gzipSize(body)).toBe(size);
    expect(gzipSize(new TextEncoder().encode(body))).toBe(size);
  });

  it('gzipSize of repetitive JSON is a fraction of its length', () => {
    const body = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 200 }, (_, i) => ({ id: i })) });
    expect(gzipSize(body)).toBeGreaterThan(20);
    expect(gzipSize(body)).toBeLessThan(body.length / 3);
  });

  it('gzipSize of incompressible bytes is no smaller than their raw size', () => {
    let x = 12345;
    const body = new Uint8Array(4096).map(() => {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      return x >>> 23;
    });
    expect(gzipSize(body)).toBeGreaterThanOrEqual(4096);
  });
});

describe('tally', () => {
  const transfers: Transfer[] = [
    { path: '/', contentType: 'text/html', raw: 1000, gzip: 500 },
    { path: '/assets/index-a.js', contentType: 'text/javascript', raw: 100_000, gzip: 30_000 },
    { path: '/assets/maplibre-gl-worker-b.mjs', contentType: 'text/javascript', raw: 50_000, gzip: 15_000 },
    { path: '/assets/index-c.css', contentType: 'text/css', raw: 8000, gzip: 2000 },
    { path: '/assets/land-DRNLcbKW.geojson', contentType: 'application/geo+json', raw: 150_000, gzip: 60_000 },
    { path: '/assets/2022-09-13-CDeU3-Yw.json', contentType: 'application/json', raw: 10_000, gzip: 2500 },
  ];

  it('tally sums raw and gzip bytes by type and in total', () => {
    const t = tally(transfers, LAYERS);
    expect(t.js).toEqual({ raw: 150_000, gzip: 45_000, count: 2 });
    expect(t.css).toEqual({ raw: 8000, gzip: 2000, count: 1 });
    expect(t.data).toEqual({ raw: 160_000, gzip: 62_500, count: 2 });
    expect(t.other).toEqual({ raw: 1000, gzip: 500, count: 1 });
    expect(t.total).toEqual({ raw: 319_000, gzip: 110_000, count: 6 });
  });

  it('tally counts only layer files as geodata, not other JSON', () => {
    expect(tally(transfers, LAYERS).geodata).toEqual({ raw: 150_000, gzip: 60_000, count: 1 });
  });

  it('tally of nothing is all zeros', () => {
    expect(tally([], LAYERS).total).toEqual({ raw: 0, gzip: 0, count: 0 });
  });
});
