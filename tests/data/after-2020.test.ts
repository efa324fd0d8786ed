/**
 * The layers after the 2020 war, against the cited facts (shared/FACTS.md, "After 2020"; copied here
 * so the test does not depend on a file outside the repository).
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { isIsoDate } from '../../src/core/dates.ts';
import type { LayerId } from '../../src/core/contract.ts';
import { feature, readLayer } from './load.ts';

/** lat, lon as FACTS.md gives them. */
const CITED = {
  stepanakert: [39.8153, 46.7519],
  martakert: [40.2167, 46.8167],
  martuni: [39.7953, 47.1131],
  askeran: [39.9367, 46.8328],
  shusha: [39.7583, 46.7483],
  hadrut: [39.5167, 47.03],
  talish: [40.3814, 46.7408],
  goris: [39.51, 46.34],
  jermuk: [39.8417, 45.6722],
  sotk: [40.2031, 45.8647],
  verinShorzha: [40.0872, 45.8325],
  kut: [40.18083, 45.90167], // Wikipedia (ru) 'Кут (село)'
  lachinTown: [39.64083, 46.54694], // Wikipedia 'Lachin' (handed over 26 Aug 2022)
} as const satisfies Record<string, readonly [number, number]>;
type Place = keyof typeof CITED;
const pt = (p: Place): [number, number] => [CITED[p][1], CITED[p][0]];
const area = (layer: LayerId, id: string) => feature(layer, id) as Feature<Polygon | MultiPolygon>;
const NEW_LAYERS: LayerId[] = ['offensive-2023', 'inside-armenia', 'exclaves', 'peace-2024'];

describe('every feature after 2020', () => {
  const all = NEW_LAYERS.flatMap((layer) => readLayer(layer).features.map((f) => [`${layer}/${String(f.properties?.id)}`, f] as const));
  test.each(all)('%s has a valid start date, a source, a method and an accuracy note', (_ref, f) => {
    const p = f.properties ?? {};
    expect(isIsoDate(String(p.valid_from))).toBe(true);
    if (p.valid_to !== null) expect(isIsoDate(String(p.valid_to)) && String(p.valid_to) > String(p.valid_from)).toBe(true);
    expect(String(p.source).length).toBeGreaterThan(20);
    expect(['derived', 'authored', 'packaged']).toContain(p.method);
    if (p.approximate === true) expect(String(p.note)).toMatch(/^Approximate/);
  });
});

describe('19–20 September 2023', () => {
  test('the peacekeeping zone and the 2022 corridor end on the day taken-2023 begins', () => {
    const from: unknown = feature('offensive-2023', 'taken-2023').properties?.valid_from;
    expect(from).toBe('2023-09-20');
    expect(feature('peacekeeping-2020', 'peacekeeping-zone').properties?.valid_to).toBe(from);
    expect(feature('peacekeeping-2020', 'lachin-corridor-2022').properties?.valid_to).toBe(from);
  });

  test.each(['stepanakert', 'martakert', 'martuni', 'askeran'] as const)('%s, left under the peacekeepers in 2020, falls in taken-2023', (p) => {
    expect(turf.booleanPointInPolygon(pt(p), area('offensive-2023', 'taken-2023'))).toBe(true);
  });

  test.each(['shusha', 'hadrut', 'talish', 'goris', 'lachinTown'] as const)(
    '%s, taken in 2020, handed over in 2022 or in Armenia, is not in taken-2023',
    (p) => {
      expect(turf.booleanPointInPolygon(pt(p), area('offensive-2023', 'taken-2023'))).toBe(false);
    },
  );

  test('after 20 Sep 2023 every cited place of the former NKAO lies in an area Azerbaijan holds', () => {
    const held = [...readLayer('regained-2020').features, ...readLayer('offensive-2023').features].filter(
      (f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon',
    ) as Feature<Polygon | MultiPolygon>[];
    for (const p of ['stepanakert', 'martakert', 'martuni', 'askeran', 'shusha', 'hadrut', 'talish'] as const) {
      expect(
        held.some((f) => turf.booleanPointInPolygon(pt(p), f)),
        p,
      ).toBe(true);
    }
  });

  test('the exodus route runs from Stepanakert to Goris, in Armenia, and its note gives the cited count', () => {
    const route = feature('offensive-2023', 'exodus-2023') as Feature<LineString>;
    const coords = route.geometry.coordinates;
    expect(coords[0]).toEqual(pt('stepanakert'));
    expect(coords.at(-1)).toEqual(pt('goris'));
    const armenia = area('countries', 'AM');
    expect(turf.booleanPointInPolygon(coords.at(-1) ?? [0, 0], armenia)).toBe(true);
    expect(turf.booleanPointInPolygon(coords[0] ?? [0, 0], armenia)).toBe(false);
    expect(route.properties?.left_for_armenia).toBe(100417);
    expect(String(route.properties?.note)).toContain('100,417 by 30 Sep 2023');
  });

  test('taken-2023 records the dissolution decree, signed 28 Sep 2023, in force 1 Jan 2024', () => {
    const p = feature('offensive-2023', 'taken-2023').properties ?? {};
    expect([p.dissolution_signed_on, p.dissolution_in_force_on]).toEqual(['2023-09-28', '2024-01-01']);
    expect(String(p.note)).toMatch(/decree dissolving/);
  });
});

describe('positions inside Armenia, 2021–2022 (claims)', () => {
  const ids = ['sev-lich-2021', 'jermuk-2022'];
  test.each(ids)('inside-armenia/%s lies inside Armenia’s recognised border', (id) => {
    const f = area('inside-armenia', id);
    const inArmenia = turf.intersect(turf.featureCollection([f, area('countries', 'AM')]));
    expect(inArmenia && turf.area(inArmenia) / turf.area(f)).toBeGreaterThan(0.99);
  });

  test.each(ids)('inside-armenia/%s is attributed: the Armenian side’s account, then Azerbaijan’s position, neither adopted', (id) => {
    const p = feature('inside-armenia', id).properties ?? {};
    expect(String(p.note)).toMatch(/^Approximate, and a claim\..*The Armenian side's account: .*Azerbaijan's position: .*Neither account is adopted/);
    expect(p.claimed_by).toBe("Armenia's government");
  });

  test.each(['jermuk', 'sotk', 'verinShorzha', 'kut', 'goris'] as const)('%s, which Armenia kept, is in no position area', (p) => {
    for (const f of readLayer('inside-armenia').features)
      expect(turf.booleanPointInPolygon(pt(p), f as Feature<Polygon | MultiPolygon>), String(f.properties?.id)).toBe(false);
  });

  test('the Jermuk area stops 4.5 km from the town, as Armenia’s army chief said', () => {
    const f = area('inside-armenia', 'jermuk-2022');
    const ring = turf.polygonToLine(f) as Feature<LineString>;
    const km = turf.pointToLineDistance(pt('jermuk'), ring, { units: 'kilometers' });
    expect(km).toBeGreaterThan(4.3);
    expect(km).toBeLessThan(4.7);
  });
});

describe('exclaves', () => {
  /** lat, lon and the year taken, as FACTS.md gives them ("After 2020", Exclaves). */
  const EXCLAVES = {
    artsvashen: { at: [40.6461, 45.5156], de_jure: 'AM', held_by: 'AZ', taken: '1992-08' },
    'yukhari-askipara': { at: [41.0661, 45.0233], de_jure: 'AZ', held_by: 'AM', taken: '1992' },
    barkhudarly: { at: [40.9933, 45.2253], de_jure: 'AZ', held_by: 'AM', taken: '1992-04-27' },
    sofulu: { at: [41.0008, 45.2142], de_jure: 'AZ', held_by: 'AM', taken: '1992' },
    karki: { at: [39.7856, 44.9436], de_jure: 'AZ', held_by: 'AM', taken: '1992-05' },
  } as const;
  test.each(Object.entries(EXCLAVES))('exclaves/%s is at its cited point, held by the other side from the date it was taken', (id, x) => {
    const f = feature('exclaves', id);
    const p = f.properties ?? {};
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [x.at[1], x.at[0]] });
    expect([p.de_jure, p.held_by]).toEqual([x.de_jure, x.held_by]);
    expect(String(p.valid_from).startsWith(x.taken)).toBe(true);
  });
  test.each(Object.keys(EXCLAVES))('exclaves/%s records truly where Natural Earth puts it', (id) => {
    const f = feature('exclaves', id);
    const p = f.properties ?? {};
    const here = readLayer('countries').features.find(
      (c) =>
        (c.geometry.type === 'Polygon' || c.geometry.type === 'MultiPolygon') &&
        turf.booleanPointInPolygon((f.geometry as { coordinates: number[] }).coordinates, c as Feature<Polygon | MultiPolygon>),
    );
    expect(p.natural_earth_country).toBe(here?.properties?.id);
    expect(String(p.note)).toContain(`Natural Earth's 10m countries put the point in ${here?.properties?.id === 'AM' ? 'Armenia' : 'Azerbaijan'}`);
  });
});

describe('the 2024 delimitation and the 2025 agreement', () => {
  /**
   * Second positions of the returned villages, lat, lon, each from another source than the one the
   * layer uses: Wikipedia 'Bağanıs Ayrım' (41.09667, 45.08194); shared/FACTS.md for Ashaghi Askipara;
   * for Kheyrimli and Gizilhajili, the Armenian villages across from them (GeoNames 616667 Kirants,
   * 616732 Berkaber), which the sources pair with them.
   */
  const RETURNED = {
    'baghanis-ayrum': { near: [41.09667, 45.08194], km: 1 },
    'ashaghi-askipara': { near: [41.0756, 45.0828], km: 0.1 },
    kheyrimli: { near: [41.04737, 45.09915], km: 3 },
    gizilhajili: { near: [41.05571, 45.14715], km: 3 },
  } as const;
  const countryAt = (at: number[]): unknown =>
    readLayer('countries').features.find(
      (c) => (c.geometry.type === 'Polygon' || c.geometry.type === 'MultiPolygon') && turf.booleanPointInPolygon(at, c as Feature<Polygon | MultiPolygon>),
    )?.properties?.id;

  test.each(Object.entries(RETURNED))('peace-2024/%s is drawn as returned to Azerbaijan from 24 May 2024, in Gazakh, near its cited place', (id, x) => {
    const f = feature('peace-2024', id);
    const p = f.properties ?? {};
    const at = (f.geometry as { coordinates: number[] }).coordinates;
    expect([p.valid_from, p.valid_to, p.status, p.district]).toEqual(['2024-05-24', null, 'returned', 'AZ-QAZ']);
    expect(turf.distance(at, [x.near[1], x.near[0]])).toBeLessThan(x.km);
    expect(countryAt(at)).toBe('AZ');
    // Both governments' accounts, each attributed.
    expect(String(p.note)).toMatch(/Mustafayev's office said/);
    expect(String(p.note)).toMatch(/Armenia's National Security Service said/);
    expect(String(p.note)).toMatch(/Pashinyan said/);
  });

  test('the delimited line runs along the four pairs of villages, near the 12.7 km of the protocol', () => {
    const f = feature('peace-2024', 'delimited-2024') as Feature<LineString>;
    expect(f.properties?.published_length_km).toBe(12.7);
    const km = turf.length(f);
    expect(km).toBeGreaterThan(12.7 * 0.8);
    expect(km).toBeLessThan(12.7 * 1.25);
    for (const id of Object.keys(RETURNED)) {
      const at = (feature('peace-2024', id).geometry as { coordinates: number[] }).coordinates;
      expect(turf.pointToLineDistance(at, f)).toBeLessThan(2.5);
    }
    // The Armenian villages of the pairs stay on Armenia's side.
    for (const ll of [RETURNED.kheyrimli.near, RETURNED.gizilhajili.near]) expect(countryAt([ll[1], ll[0]])).toBe('AM');
  });

  test('the TRIPP route is planned from 8 Aug 2025, runs across Syunik between Nakhchivan and mainland Azerbaijan, near the 42 km announced', () => {
    const f = feature('peace-2024', 'tripp-route') as Feature<LineString>;
    const p = f.properties ?? {};
    expect([p.valid_from, p.status, p.approximate]).toEqual(['2025-08-08', 'planned', true]);
    expect(String(p.kind)).toMatch(/not built/);
    const km = turf.length(f);
    expect(km).toBeGreaterThan(42 * 0.75);
    expect(km).toBeLessThan(42 * 1.25);
    // Meghri (GeoNames 174823, 38.90292, 46.24458), on the old railway, lies within a few km of it; Kapan (FACTS.md) does not.
    expect(turf.pointToLineDistance([46.24458, 38.90292], f)).toBeLessThan(3);
    expect(turf.pointToLineDistance([46.415, 39.2011], f)).toBeGreaterThan(25);
    // Its ends are Armenia's borders with Nakhchivan (west, about 46.14°E) and with mainland Azerbaijan (east, about 46.51°E).
    const ends = [f.geometry.coordinates[0], f.geometry.coordinates.at(-1)] as number[][];
    expect(Math.min(...ends.map((e) => e[0] ?? 0))).toBeLessThan(46.2);
    expect(Math.max(...ends.map((e) => e[0] ?? 0))).toBeGreaterThan(46.45);
  });
});

describe('the Lachin corridor against the statement of 10 Nov 2020, art. 6', () => {
  // "The five-kilometre wide Lachin Corridor, which will ensure connection between Nagorno-Karabakh and
  // Armenia but will not include the city of Shusha, shall be controlled by the peacekeeping force"
  // (Russian MFA English text). Lachin town was in the corridor until it was handed over on 26 Aug 2022.
  const corridors = ['lachin-corridor', 'lachin-corridor-2022'] as const;
  test.each(corridors)('%s does not include the city of Shusha', (id) => {
    expect(turf.booleanPointInPolygon(pt('shusha'), area('peacekeeping-2020', id))).toBe(false);
  });
  test('Lachin town is in the old corridor and not in the 2022 one', () => {
    expect(turf.booleanPointInPolygon(pt('lachinTown'), area('peacekeeping-2020', 'lachin-corridor'))).toBe(true);
    expect(turf.booleanPointInPolygon(pt('lachinTown'), area('peacekeeping-2020', 'lachin-corridor-2022'))).toBe(false);
  });
  test.each(corridors)('%s is 5 km wide and reaches Stepanakert', (id) => {
    const band = area('peacekeeping-2020', id);
    const width = Number(band.properties?.mean_width_km);
    expect(width).toBeGreaterThan(4.75);
    expect(width).toBeLessThan(5.25);
    // It connects with Nagorno-Karabakh: its north-eastern end is within 5 km of Stepanakert (the band
    // stops at the Shusha district's edge).
    expect(turf.pointToPolygonDistance(pt('stepanakert'), band, { units: 'kilometers' })).toBeLessThan(5);
  });
});
