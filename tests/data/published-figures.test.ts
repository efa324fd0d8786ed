import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { assert, expect, test } from 'vitest';
import { propsOf } from '../../scripts/lib/checked.ts';
import { feature, readSource } from './load.ts';

interface Figure {
  km2: number;
  tolerance?: number;
  source: string;
}
const figures = (readSource('areas') as { figures: Record<string, Figure> }).figures;

const km2 = (f: Feature) => turf.area(f as Feature<Polygon | MultiPolygon>) / 1e6;

test.each([
  ['Armenia', 'countries', 'AM', 'AM'],
  ['Azerbaijan', 'countries', 'AZ', 'AZ'],
  ['the NKAO', 'nagorno-karabakh', 'nkao', 'nkao'],
  ['the area held 1994–2020', 'held-1994', 'held-1994', 'held-1994'],
  ['the peacekeeping zone, corridor excluded', 'peacekeeping-2020', 'peacekeeping-zone', 'peacekeeping-zone'],
] as const)('the area of %s is within tolerance of the published figure', (_label, layer, id, key) => {
  const fig = figures[key];
  const measured = km2(feature(layer, id));
  assert.isDefined(fig, `published figure ${key}`);
  const off = Math.abs(measured - fig.km2) / fig.km2;
  assert.isDefined(fig.tolerance, `tolerance of the published figure ${key}`);
  expect(off, `${layer}/${id}: ${measured.toFixed(0)} km² against ${fig.km2} km² (${fig.source})`).toBeLessThanOrEqual(fig.tolerance);
});

test('the area_km2 property matches the geometry it sits on (to 1%)', () => {
  for (const [layer, id] of [
    ['countries', 'AM'],
    ['nagorno-karabakh', 'nkao'],
    ['held-1994', 'held-1994'],
    ['regained-2020', 'shusha'],
  ] as const) {
    const f = feature(layer, id);
    expect(Math.abs(km2(f) - (propsOf(f).area_km2 as number)) / km2(f), `${layer}/${id}`).toBeLessThan(0.01);
  }
});

test.each(['lachin-corridor', 'lachin-corridor-2022'])('%s is about 5 km wide on average', (id) => {
  const f = feature('peacekeeping-2020', id);
  const width = propsOf(f).mean_width_km as number;
  expect(width).toBeGreaterThan(4.5);
  expect(width).toBeLessThan(5.5);
  // The width is the band's area over the length of road inside the band. That length is at most
  // the whole road (length_km), and most of it: only the ends, from Kornidzor in Armenia to the
  // Lachin district and on into Stepanakert past the Shusha district, lie outside the band.
  const length = propsOf(f).length_km as number;
  const inside = km2(f) / width;
  expect(inside).toBeLessThanOrEqual(length);
  expect(inside).toBeGreaterThan(0.75 * length);
});

test('the peacekeeping zone is what the NKAO kept: it lies inside the NKAO and is smaller', () => {
  const zone = feature('peacekeeping-2020', 'peacekeeping-zone') as Feature<Polygon | MultiPolygon>;
  const nkao = feature('nagorno-karabakh', 'nkao') as Feature<Polygon | MultiPolygon>;
  const outside = turf.difference(turf.featureCollection([zone, nkao]));
  expect(outside ? km2(outside) : 0).toBeLessThan(5);
  expect(km2(zone)).toBeLessThan(km2(nkao));
});

test('the Russia–Azerbaijan border is as long as published figures allow (284–390 km, ±5%)', () => {
  const len = propsOf(feature('russia-border', 'ru-az-border')).length_km as number;
  expect(len).toBeGreaterThan(284 * 0.95);
  expect(len).toBeLessThan(390);
});

test('Armenia is some way from Russia and Azerbaijan touches it', () => {
  const line = feature('russia-border', 'am-ru-shortest');
  const km = propsOf(line).length_km as number;
  expect(km).toBeGreaterThan(50);
  expect(km).toBeLessThan(300);
  expect(turf.length(line as never, { units: 'kilometers' })).toBeCloseTo(km, 0);
  expect(propsOf(line).distance_az_ru_km).toBe(0);
});

test('the part of Aghdam district held 1994–2020 is within 10% of the published 846.7 km², and of Fuzuli near half', () => {
  // The held area and the district, as the layers draw them: held-1994 ∩ district.
  const held = feature('held-1994', 'held-1994') as Feature<Polygon | MultiPolygon>;
  const heldPart = (code: string) => {
    const district = feature('admin1', code) as Feature<Polygon | MultiPolygon>;
    const part = turf.intersect(turf.featureCollection([held, district]));
    assert.isNotNull(part, `held-1994 meets ${code}`);
    return { part: km2(part), whole: km2(district) };
  };
  const aghdam = heldPart('AZ-AGM');
  expect(Math.abs(aghdam.part - 846.7) / 846.7, `Aghdam: ${aghdam.part.toFixed(1)} km²`).toBeLessThanOrEqual(0.1);
  // "About half" (1news.az): between a third and two thirds of the district as drawn.
  const fuzuli = heldPart('AZ-FUZ');
  expect(fuzuli.part / fuzuli.whole).toBeGreaterThan(1 / 3);
  expect(fuzuli.part / fuzuli.whole).toBeLessThan(2 / 3);
});

test.each(
  (
    readSource('line-of-contact') as {
      front_pairs: { pairs: { held: { name: string; lat: number; lon: number }; not_held: { name: string; lat: number; lon: number } }[] };
    }
  ).front_pairs.pairs.map((p) => [p.held.name, p.not_held.name, p] as const),
)('the 1994–2020 held area has %s (Armenian-held) inside and %s (Azerbaijani-held) outside', (_a, _b, p) => {
  const held = feature('held-1994', 'held-1994') as Feature<Polygon | MultiPolygon>;
  expect(turf.booleanPointInPolygon([p.held.lon, p.held.lat], held)).toBe(true);
  expect(turf.booleanPointInPolygon([p.not_held.lon, p.not_held.lat], held)).toBe(false);
});
