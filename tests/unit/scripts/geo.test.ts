import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import { assert, expect, test } from 'vitest';
import { extendLine, finishArea, finishLine, westOf } from '../../../scripts/lib/geo.ts';
import { kebab, makeProps } from '../../../scripts/lib/props.ts';

test('finishArea rounds to 5 decimals and winds the exterior counter-clockwise', () => {
  const clockwise: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [0, 1.0000049],
        [1.123456789, 1],
        [1, 0],
        [0, 0],
      ],
    ],
  };
  const out = finishArea(clockwise) as Polygon;
  expect(out.coordinates[0]).toEqual([
    [0, 0],
    [1, 0],
    [1.12346, 1],
    [0, 1],
    [0, 0],
  ]);
});

test('finishArea repairs a bow-tie into rings without kinks', () => {
  const bowtie: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [2, 2],
        [2, 0],
        [0, 2],
        [0, 0],
      ],
    ],
  };
  const out = finishArea(bowtie);
  const polys = out.type === 'Polygon' ? [out.coordinates] : out.coordinates;
  for (const p of polys) expect(turf.kinks(turf.polygon(p)).features).toEqual([]);
  expect(turf.area(turf.feature(out))).toBeGreaterThan(0);
});

test('finishArea throws when rounding leaves nothing', () => {
  expect(() =>
    finishArea({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0.000001, 0],
          [0, 0.000001],
          [0, 0],
        ],
      ],
    }),
  ).toThrow(/collapsed/);
});

test('finishLine drops repeated points', () => {
  expect(
    finishLine({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0.000001, 0],
        [1, 1],
      ],
    }),
  ).toEqual({
    type: 'LineString',
    coordinates: [
      [0, 0],
      [1, 1],
    ],
  });
});

test('extendLine adds a point beyond each end, along the end segments', () => {
  const out = extendLine(
    [
      [46, 40],
      [46, 39],
    ],
    10,
  );
  expect(out).toHaveLength(4);
  const [start, , , end] = out;
  assert.isDefined(start, 'the added start point');
  assert.isDefined(end, 'the added end point');
  expect(start[1]).toBeGreaterThan(40.08);
  expect(end[1]).toBeLessThan(38.92);
  expect(start[0]).toBeCloseTo(46, 6);
});

test('westOf a north-to-south line holds points to its west, not to its east', () => {
  const west = westOf(
    [
      [46, 40],
      [46, 39],
    ],
    40,
  );
  expect(turf.booleanPointInPolygon([45.5, 39.5], west)).toBe(true);
  expect(turf.booleanPointInPolygon([46.5, 39.5], west)).toBe(false);
});

test('kebab turns English and Azerbaijani names into plain ids', () => {
  expect(kebab('New York')).toBe('new-york');
  expect(kebab('Sumqayıt')).toBe('sumqayit');
  expect(kebab('Hats’avan')).toBe('hatsavan');
  expect(kebab('Şəki')).toBe('seki');
});

test('makeProps puts the contract keys first and rejects a bad date', () => {
  const p = makeProps({ id: 'x', name: 'X', kind: 'k', source: 's', method: 'authored', note: 'n', extra: { z: 1 } });
  expect(Object.keys(p)).toEqual(['id', 'name', 'names', 'kind', 'source', 'method', 'note', 'valid_from', 'valid_to', 'z']);
  expect(() => makeProps({ id: 'x', name: 'X', kind: 'k', source: 's', method: 'authored', note: 'n', valid_from: '2020-13-45' })).toThrow(/not an ISO date/);
  expect(() => makeProps({ id: 'x', name: 'X', kind: 'k', source: 's', method: 'authored', note: 'n', valid_from: '10 Nov 2020' })).toThrow(/not an ISO date/);
});
