/**
 * Point-in-layer checks built from the cited coordinates in shared/FACTS.md (copied here so the
 * test does not depend on a file outside the repository).
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { expect, test } from 'vitest';
import { first, propsOf } from '../../scripts/lib/checked.ts';
import type { LayerId } from '../../src/core/contract.ts';
import { feature, readLayer } from './load.ts';

const CITED = {
  stepanakert: [39.8153, 46.7519],
  shusha: [39.7583, 46.7483],
  aghdam: [39.9836, 46.9286],
  horadiz: [39.4478, 47.3364],
  jojugMarjanly: [39.3911, 47.2981],
  jermuk: [39.8417, 45.6722],
  goris: [39.51, 46.34],
  kapan: [39.2011, 46.415],
  kapanGeoNames: [39.20755, 46.40576], // GeoNames id 174875, the point the gazetteer uses
  sotk: [40.2031, 45.8647],
  talish: [40.3814, 46.7408],
  madagiz: [40.3314, 46.7294],
  martakert: [40.2167, 46.8167],
  martuni: [39.7953, 47.1131],
  fuzuli: [39.6003, 47.1431],
  hadrut: [39.5167, 47.03],
  kalbajar: [40.1067, 46.0383],
  jabrayil: [39.4, 47.0261],
  zangilan: [39.0656, 46.6969],
  qubadli: [39.35, 46.5833],
  askeran: [39.9367, 46.8328],
  corridor: [39.6086, 46.5447],
  lachinTown: [39.64083, 46.54694], // Wikipedia 'Lachin'
  derbent: [42.06779, 48.28987], // GeoNames id 566532 (Derbent has no FACTS.md entry)
} as const satisfies Record<string, readonly [number, number]>;

type Place = keyof typeof CITED;
const pt = (p: Place) => [CITED[p][1], CITED[p][0]];
const inside = (p: Place, layer: LayerId, id: string) => turf.booleanPointInPolygon(pt(p), feature(layer, id) as Feature<Polygon | MultiPolygon>);
const featuresAt = (p: Place, layer: LayerId) =>
  readLayer(layer).features.filter(
    (f) => (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') && turf.booleanPointInPolygon(pt(p), f as Feature<Polygon | MultiPolygon>),
  );

test.each([
  ['stepanakert', 'nagorno-karabakh', 'nkao'],
  ['stepanakert', 'held-1994', 'held-1994'],
  ['stepanakert', 'peacekeeping-2020', 'peacekeeping-zone'],
  ['martakert', 'peacekeeping-2020', 'peacekeeping-zone'],
  ['martuni', 'peacekeeping-2020', 'peacekeeping-zone'],
  ['askeran', 'peacekeeping-2020', 'peacekeeping-zone'],
  ['hadrut', 'nagorno-karabakh', 'nkao'],
  ['shusha', 'nagorno-karabakh', 'nkao'],
  ['talish', 'held-1994', 'held-1994'],
  ['aghdam', 'held-1994', 'held-1994'],
  ['fuzuli', 'held-1994', 'held-1994'],
  ['kalbajar', 'held-1994', 'held-1994'],
  ['corridor', 'peacekeeping-2020', 'lachin-corridor'],
  ['jermuk', 'countries', 'AM'],
  ['goris', 'countries', 'AM'],
  ['kapanGeoNames', 'countries', 'AM'],
  ['sotk', 'countries', 'AM'],
  ['derbent', 'countries', 'RU'],
  ['derbent', 'russia-border', 'dagestan'],
  ['stepanakert', 'countries', 'AZ'],
] as const)('%s lies in %s/%s', (place, layer, id) => {
  expect(inside(place, layer, id)).toBe(true);
});

test.each([
  ['horadiz', 'held-1994', 'held-1994'],
  ['jojugMarjanly', 'nagorno-karabakh', 'nkao'],
  ['kalbajar', 'nagorno-karabakh', 'nkao'],
  ['aghdam', 'nagorno-karabakh', 'nkao'],
  ['shusha', 'peacekeeping-2020', 'peacekeeping-zone'],
  ['hadrut', 'peacekeeping-2020', 'peacekeeping-zone'],
  ['talish', 'peacekeeping-2020', 'peacekeeping-zone'],
  ['jermuk', 'countries', 'AZ'],
] as const)('%s lies outside %s/%s', (place, layer, id) => {
  expect(inside(place, layer, id)).toBe(false);
});

test.each([
  ['shusha', 'shusha', '2020-11-08', 'military'],
  ['hadrut', 'hadrut', '2020-10-09', 'military'],
  ['talish', 'talish-sugovushan', '2020-10-03', 'military'],
  ['madagiz', 'talish-sugovushan', '2020-10-03', 'military'],
  ['fuzuli', 'fuzuli', '2020-10-17', 'military'],
  ['jabrayil', 'jabrayil', '2020-10-09', 'military'],
  ['zangilan', 'zangilan', '2020-10-20', 'military'],
  ['qubadli', 'qubadli', '2020-10-25', 'military'],
  ['aghdam', 'aghdam', '2020-11-20', 'handover'],
  ['kalbajar', 'kalbajar', '2020-11-25', 'handover'],
  ['lachinTown', 'lachin-2022', '2022-08-26', 'handover'],
] as const)('%s lies in the regained-2020 feature %s, dated %s (%s)', (place, id, date, how) => {
  const hits = featuresAt(place, 'regained-2020');
  expect(hits.map((f) => propsOf(f).id)).toEqual([id]);
  const hit = propsOf(first(hits, 'features at the place'));
  expect(hit.regained_on).toBe(date);
  expect(hit.how).toBe(how);
  expect(hit.valid_from).toBe(date);
});

test('Stepanakert and Martuni were never regained in 2020', () => {
  expect(featuresAt('stepanakert', 'regained-2020')).toEqual([]);
  expect(featuresAt('martuni', 'regained-2020')).toEqual([]);
});

test('the Lachin district handover leaves the corridor out', () => {
  expect(featuresAt('corridor', 'regained-2020').map((f) => propsOf(f).id)).not.toContain('lachin');
});

test('Natural Earth\'s "Lankaran" at Lachin is corrected to the Lachin district', () => {
  const lachin = feature('admin1', 'AZ-LAC');
  expect(propsOf(lachin).name).toBe('Lachin');
  expect(turf.booleanPointInPolygon(pt('corridor'), lachin as Feature<Polygon>)).toBe(true);
  const lankaran = feature('admin1', 'AZ-LAN');
  expect(propsOf(lankaran).name).toBe('Lankaran');
  // The real Lankaran district is on the Caspian, far south-east of Lachin.
  expect(turf.centroid(lankaran as Feature<Polygon>).geometry.coordinates[0]).toBeGreaterThan(48);
});

test('every clash point carries who reported it and when, within 12–14 Sep 2022', () => {
  for (const f of readLayer('clashes-2022').features) {
    const p = propsOf(f);
    // String() is the conversion the comparison with a string made of any JSON value.
    const on = String(p.reported_on);
    expect(p.reported_by, String(p.id)).toMatch(/\S/);
    expect(on >= '2022-09-12' && on <= '2022-09-14', String(p.id)).toBe(true);
  }
  const ids = readLayer('clashes-2022').features.map((f) => propsOf(f).id);
  for (const id of ['jermuk', 'goris', 'kapan', 'vardenis', 'sotk', 'artanish', 'verin-shorzha']) expect(ids).toContain(id);
});

test("the gazetteer names both sides where they differ, and has the article's far places", () => {
  const step = propsOf(feature('places', 'stepanakert')).names as Record<string, string>;
  expect(step).toMatchObject({ en: 'Stepanakert', hy: 'Ստեփանակերտ', az: 'Xankəndi' });
  for (const id of ['moscow', 'yerevan', 'baku', 'paris', 'washington', 'new-york', 'singapore']) {
    expect(propsOf(feature('places', id)).id).toBe(id);
  }
  expect(propsOf(feature('places', 'new-york')).far).toBe(true);
});

test('the cited Kapan point is within 1 km of Armenia as drawn (Natural Earth borders are good to about 1 km)', () => {
  // FACTS.md puts Kapan at 39.2011, 46.415, which falls 0.78 km on the Azerbaijani side of Natural
  // Earth's generalised border; GeoNames' Kapan (used in the gazetteer) falls inside Armenia.
  const am = feature('countries', 'AM') as Feature<Polygon | MultiPolygon>;
  const rings = (am.geometry.type === 'Polygon' ? [am.geometry.coordinates] : am.geometry.coordinates).flat();
  const km = Math.min(...rings.map((r) => turf.pointToLineDistance(pt('kapan'), turf.lineString(r), { units: 'kilometers' })));
  expect(km).toBeLessThan(1);
});
