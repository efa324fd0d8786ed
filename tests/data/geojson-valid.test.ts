import * as turf from '@turf/turf';
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../src/core/contract.ts';
import { allLayers, geodataBytes } from './load.ts';

const layers = allLayers();

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
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
    const ids = fc.features.map((f) => f.properties?.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of fc.features) expect(f.id).toBe(f.properties?.id);
  });

  test('every feature has the required properties', () => {
    for (const f of fc.features) {
      const p = f.properties!;
      const where = `${id}/${String(p.id)}`;
      for (const key of ['id', 'name', 'kind', 'source', 'note']) {
        expect(typeof p[key], `${where}.${key}`).toBe('string');
        expect((p[key] as string).length, `${where}.${key}`).toBeGreaterThan(0);
      }
      expect(['packaged', 'derived', 'authored'], `${where}.method`).toContain(p.method);
      expect(p.names?.en, `${where}.names.en`).toBeTruthy();
      expect(p, `${where} has valid_from`).toHaveProperty('valid_from');
      expect(p, `${where} has valid_to`).toHaveProperty('valid_to');
    }
  });

  test('dates are ISO dates that parse, and ranges run forward', () => {
    for (const f of fc.features) {
      const p = f.properties!;
      for (const key of ['valid_from', 'valid_to', 'regained_on', 'reported_on']) {
        const v = p[key];
        if (v === null || v === undefined) continue;
        expect(v, `${id}/${p.id}.${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(v as string)), `${id}/${p.id}.${key}`).toBe(false);
      }
      if (p.valid_from && p.valid_to) expect(p.valid_from < p.valid_to, `${id}/${p.id} range`).toBe(true);
    }
  });

  test('coordinates are in range and rounded to 5 decimals', () => {
    for (const f of fc.features) {
      for (const [x, y] of allPositions(f.geometry)) {
        expect(Math.abs(x!)).toBeLessThanOrEqual(180);
        expect(Math.abs(y!)).toBeLessThanOrEqual(90);
        expect(Math.round(x! * 1e5) / 1e5).toBe(x);
        expect(Math.round(y! * 1e5) / 1e5).toBe(y);
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
        const kinks = turf.kinks(turf.polygon(poly) as Feature<Polygon>);
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

test('all of geodata/ stays under 2 MB raw', () => {
  expect(geodataBytes()).toBeLessThan(2 * 1024 * 1024);
});
