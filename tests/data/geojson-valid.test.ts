import * as turf from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { nth, propsOf } from '../../scripts/lib/checked.ts';
import { LAYER_IDS, type Names } from '../../src/core/contract.ts';
import { allLayers, geodataBytes } from './load.ts';

const layers = allLayers();

// Number() below is the coercion the arithmetic makes anyway: a missing ordinate reads as NaN, so
// the checks that use it fail on it.
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = nth(ring, i, 'ring');
    const [x1, y1] = nth(ring, i + 1, 'ring');
    s += Number(x0) * Number(y1) - Number(x1) * Number(y0);
  }
  return s / 2;
}

function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function allPositions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

describe.each(layers)('geodata/%s.geojson', (id, fc) => {
  test('is a FeatureCollection of Features with geometry', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  test('feature ids are unique and equal properties.id', () => {
    const ids = fc.features.map((f): unknown => f.properties?.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of fc.features) expect(f.id).toBe(f.properties?.id);
  });

  test('every feature has the required properties', () => {
    for (const f of fc.features) {
      const p = propsOf(f);
      const where = `${id}/${String(p.id)}`;
      for (const key of ['id', 'name', 'kind', 'source', 'note']) {
        expect(typeof p[key], `${where}.${key}`).toBe('string');
        expect((p[key] as string).length, `${where}.${key}`).toBeGreaterThan(0);
      }
      expect(['packaged', 'derived', 'authored'], `${where}.method`).toContain(p.method);
      const names = p.names as Partial<Names> | null | undefined;
      expect(names?.en, `${where}.names.en`).toBeTruthy();
      expect(p, `${where} has valid_from`).toHaveProperty('valid_from');
      expect(p, `${where} has valid_to`).toHaveProperty('valid_to');
    }
  });

  test('dates are ISO dates that parse, and ranges run forward', () => {
    for (const f of fc.features) {
      const p = propsOf(f);
      const fid = String(p.id);
      for (const key of ['valid_from', 'valid_to', 'regained_on', 'reported_on']) {
        const v = p[key];
        if (v === null || v === undefined) continue;
        expect(v, `${id}/${fid}.${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(v as string)), `${id}/${fid}.${key}`).toBe(false);
      }
      // A date that is set passed toMatch above, so it is a non-empty string: set means a string here.
      const { valid_from: from, valid_to: to } = p;
      if (typeof from === 'string' && typeof to === 'string') expect(from < to, `${id}/${fid} range`).toBe(true);
    }
  });

  test('coordinates are in range and rounded to 5 decimals', () => {
    for (const f of fc.features) {
      for (const [x, y] of allPositions(f.geometry)) {
        // Number() is the coercion Math.abs and * make anyway: a missing ordinate is NaN and fails.
        expect(Math.abs(Number(x))).toBeLessThanOrEqual(180);
        expect(Math.abs(Number(y))).toBeLessThanOrEqual(90);
        expect(Math.round(Number(x) * 1e5) / 1e5).toBe(x);
        expect(Math.round(Number(y) * 1e5) / 1e5).toBe(y);
      }
    }
  });

  test('rings are closed and follow the right-hand rule', () => {
    for (const f of fc.features) {
      for (const poly of polygonsOf(f.geometry)) {
        poly.forEach((ring, i) => {
          expect(ring.length, `${id}/${f.properties?.id} ring ${i}`).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          const a = signedArea(ring);
          if (i === 0) expect(a, `${id}/${f.properties?.id} exterior is counter-clockwise`).toBeGreaterThan(0);
          else expect(a, `${id}/${f.properties?.id} hole ${i} is clockwise`).toBeLessThan(0);
        });
      }
    }
  });

  test('polygons do not intersect themselves (turf kinks)', () => {
    for (const f of fc.features) {
      if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
      for (const poly of polygonsOf(f.geometry)) {
        const kinks = turf.kinks(turf.polygon(poly));
        expect(
          kinks.features.map((k) => k.geometry.coordinates),
          `${id}/${f.properties?.id}`,
        ).toEqual([]);
      }
    }
  });
});

test('geodata/ holds one file per layer id of the contract', () => {
  expect(layers.map(([id]) => id)).toEqual([...LAYER_IDS]);
});

// Was 2 MB before the villages layer and the gazetteer (issue 10), which are fetched only when a
// story names a village or a reader opens an article; what the first view fetches is held to the
// bench's budget of 300 KB gzip.
test('all of geodata/ stays under 3.5 MB raw', () => {
  expect(geodataBytes()).toBeLessThan(3.5 * 1024 * 1024);
});

// Both names where the two usages differ: in the seven districts and the former NKAO, not in the
// rest of Azerbaijan, where an old Soviet name in the Armenian record (Mir Bashir for Tartar) is not
// a current Armenian usage.
test('a village has two names only in the seven districts or within 5 km of the former NKAO line', () => {
  const byId = new Map(layers);
  const nkao = byId.get('nagorno-karabakh')?.features ?? [];
  const seven = new Set(['AZ-AGM', 'AZ-FUZ', 'AZ-CAB', 'AZ-ZAN', 'AZ-QBI', 'AZ-LAC', 'AZ-KAL']);
  const villages = byId.get('villages')?.features ?? [];
  const both = villages.filter((f) => String(propsOf(f).name).includes(' / '));
  expect(both.length).toBeGreaterThan(20);
  for (const f of both) {
    const p = propsOf(f);
    if (seven.has(String(p.district)) || f.geometry.type !== 'Point') continue;
    const near = nkao.some(
      (n) =>
        n.geometry.type === 'Polygon' && turf.pointToPolygonDistance(f.geometry as never, turf.polygon(n.geometry.coordinates), { units: 'kilometers' }) < 5,
    );
    expect(near, `${String(p.id)} (${String(p.name)}, ${String(p.district)})`).toBe(true);
  }
  const tartar = villages.find((f) => propsOf(f).id === 'tartar');
  expect(tartar && propsOf(tartar).name).toBe('Tartar');
});

// The English name is what the popup and the article show: Azerbaijani letters and the apostrophes
// of Armenian transliteration belong in `names.az`, `names.hy` and `aliases` (Mingəçevir, Step’anavan).
test('places and villages have English names written in English letters', () => {
  const byId = new Map(layers);
  for (const id of ['places', 'villages'] as const) {
    for (const f of byId.get(id)?.features ?? []) {
      const name = String(propsOf(f).name);
      expect(name, `${id}/${String(propsOf(f).id)}`).not.toMatch(/[əǝıİçşğöüÇŞĞÖÜƏ’ʼ']/u);
    }
  }
});
