/**
 * The `villages` layer: every settlement of the districts conflict reporting names (Armenia's
 * provinces on the border, the former NKAO and the districts around it, Azerbaijan's districts on the
 * border, Nakhchivan), from the Who's On First gazetteer file, less the places the `places` layer
 * already has. And the other spellings of every settlement, for the gazetteer.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { fold, skeleton } from '../../../src/core/fold.ts';
import { propsOf } from '../checked.ts';
import { type Area, shapeAt } from '../geo.ts';
import { ARMENIAN_SCRIPT, armenianToLatin, azerbaijaniToEnglish } from '../gazetteer/translit.ts';
import type { Inputs, WofRecord } from '../inputs.ts';
import { feature, geonamesIdOf, kebab } from '../props.ts';

export interface VillageSources {
  /** The admin-1 districts and provinces whose settlements the layer holds. */
  districts: string[];
  note: string;
}

const round5 = (v: number): number => Math.round(v * 1e5) / 1e5;
/** Records this close with a name in common are one settlement. */
const SAME_KM = 3;
/**
 * A settlement of a place's name this near it is that place, left to the places layer: GeoNames puts
 * some towns kilometres from their centre (Lachin, 4.7 km south of the town's OSM node).
 */
const PLACE_SAME_KM = 8;
/** Records of one district with the same name, one of them without a population figure, this close are one settlement (GeoNames lists some settlements several times). */
const SAME_NAME_KM = 10;

/** A settlement as the gazetteer file has it, with its district found by its position. */
interface Settlement {
  record: WofRecord;
  district: string;
  country: string | undefined;
  names: { en: string; hy?: string; az?: string; ru?: string };
  aliases: Set<string>;
  keys: Set<string>;
}

/**
 * The villages layer, built from the gazetteer file; where the file is absent, the committed layer
 * as it is. `places` are left out of it (they are in their own layer), and get their other
 * spellings from the file through `aliasesFor`.
 */
export function buildVillages(inputs: Inputs, admin1: Map<string, Area>, countries: Map<string, Area>, places: Feature<Point>[], nkao: Feature[]): Feature[] {
  const wof = inputs.wof;
  if (!wof) return inputs.committed('villages.geojson')?.features ?? [];
  const spec = inputs.sources.gazetteer as { villages: VillageSources };
  const wanted = new Set(spec.villages.districts);
  const shapes = [...admin1].filter(([id]) => wanted.has(id));
  const settlements: Settlement[] = [];
  // Localities first: an Armenian community (localadmin) is kept only where no locality of its
  // name lies in its district, for its point is often the community's, not a village's.
  const records = wof
    .filter((x) => x.placetype === 'locality' || x.placetype === 'localadmin')
    .sort((a, b) => Number(b.placetype === 'locality') - Number(a.placetype === 'locality') || a.wof_id - b.wof_id);
  for (const r of records) {
    const at: [number, number] = [r.lon, r.lat];
    const district = districtOf(at, r.country, shapes);
    if (!district) continue;
    // The country is the district's: where Natural Earth's border puts the point across it, the record's own country holds.
    // Both names in the seven districts and within the former NKAO's line, give or take its coarse
    // northern edge (NKAO_MARGIN_KM), but not in the rest of Tartar district: Tartar is not Mir Bashir.
    const bothNames =
      SEVEN_DISTRICTS.has(district) ||
      nkao.some((f) => turf.pointToPolygonDistance(at, f as Feature<Polygon | MultiPolygon>, { units: 'kilometers' }) < NKAO_MARGIN_KM);
    const s = settlementOf(r, district, shapeAt(at, countries) === r.country ? r.country : district.slice(0, 2), bothNames);
    const km = (o: Settlement): number => turf.distance([o.record.lon, o.record.lat], at, { units: 'kilometers' });
    const primary = fold(s.record.name);
    const same = settlements.find(
      (o) =>
        (overlaps(o, s) && km(o) < SAME_KM) ||
        (o.district === district &&
          fold(o.record.name) === primary &&
          (r.placetype === 'localadmin' || (((o.record.population ?? 0) === 0 || (r.population ?? 0) === 0) && km(o) < SAME_NAME_KM))),
    );
    if (same) merge(same, s);
    else settlements.push(s);
  }
  const placeKeys = places.map((p) => {
    const props = propsOf(p);
    return {
      at: p.geometry.coordinates,
      keys: keysOf(nameList(props)),
      own: keysOf([String(props.name), ...Object.values((props.names ?? {}) as Record<string, string>)]),
      district: shapeAt(p.geometry.coordinates, shapes),
    };
  });
  const out: Feature[] = [];
  const ids = new Set<string>();
  for (const s of settlements.sort((a, b) => better(b, a) || a.record.wof_id - b.record.wof_id)) {
    const at: [number, number] = [round5(s.record.lon), round5(s.record.lat)];
    const own = keysOf([s.record.name, ...Object.values(s.names).flatMap((n) => n.split(' / '))]);
    const samePlace = (p: { at: number[]; keys: Set<string>; own: Set<string>; district: string | undefined }): boolean => {
      const km = turf.distance(p.at, at, { units: 'kilometers' });
      // Any name within SAME_KM; farther, to PLACE_SAME_KM, an own name of both (not another spelling), in one district.
      if (km < SAME_KM) return [...s.keys].some((k) => p.keys.has(k));
      return km < PLACE_SAME_KM && p.district === s.district && [...own].some((k) => p.own.has(k));
    };
    if (placeKeys.some(samePlace)) continue;
    let id = kebab(s.names.en.split(' / ').at(-1) ?? s.names.en);
    if (ids.has(id)) id = `${id}-${s.district.toLowerCase()}`;
    if (ids.has(id)) id = `${id}-${String(s.record.geonames_id ?? s.record.wof_id)}`;
    ids.add(id);
    out.push(villageFeature(id, s, at, spec.villages.note));
  }
  return out.sort((a, b) => String(propsOf(a).id).localeCompare(String(propsOf(b).id)));
}

/**
 * Other spellings of a place from the gazetteer file: the record with the same GeoNames id, or a
 * record within 3 km with a name in common. Where the file is absent, those the committed layer has.
 */
export function aliasesFor(inputs: Inputs, layerFile: string, places: Feature<Point>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const wof = inputs.wof;
  if (!wof) {
    for (const f of inputs.committed(layerFile)?.features ?? []) {
      const p = f.properties ?? {};
      if (Array.isArray(p.aliases)) out.set(String(p.id), p.aliases as string[]);
    }
    return out;
  }
  const byGeonames = new Map(wof.filter((r) => r.geonames_id !== undefined).map((r) => [r.geonames_id, r]));
  for (const place of places) {
    const props = propsOf(place);
    const gid = geonamesIdOf(props);
    const keys = keysOf(nameList(props));
    const at = place.geometry.coordinates;
    const record =
      (gid !== undefined ? byGeonames.get(gid) : undefined) ??
      wof.find(
        (r) =>
          r.placetype === 'locality' &&
          [...keysOf(recordNames(r))].some((k) => keys.has(k)) &&
          turf.distance([r.lon, r.lat], at, { units: 'kilometers' }) < SAME_KM,
      );
    if (!record) continue;
    const known = new Set(nameList(props).map(fold));
    const aliases = [...spellings(record)].filter((n) => !known.has(fold(n))).sort();
    if (aliases.length > 0) out.set(String(props.id), aliases);
  }
  return out;
}

/**
 * The seven districts around the former NKAO. There, and inside the NKAO's line, a settlement has
 * an Armenian and an Azerbaijani name and the layer gives both, Armenian usage first (as places.json
 * does for towns); elsewhere in Tartar or Khojavend district the Azerbaijani name alone is used.
 */
/** How far outside the derived NKAO line a settlement still counts as inside it: the line's northern edge is coarse. */
const NKAO_MARGIN_KM = 5;

const SEVEN_DISTRICTS = new Set(['AZ-AGM', 'AZ-FUZ', 'AZ-CAB', 'AZ-ZAN', 'AZ-QBI', 'AZ-LAC', 'AZ-KAL']);

/**
 * The English name of a settlement: in Azerbaijan, its Azerbaijani name as English reporting writes
 * it (Qızılhacılı, Gizilhajili), with the Armenian one first where it differs in the former NKAO and
 * the seven districts (Karmir Shuka / Girmizi Bazar); in Armenia, GeoNames' name without its
 * apostrophes (Kirants', Kirants).
 */
function englishName(r: WofRecord, bothNames: boolean, hy: string | undefined): string {
  const plain = (r.names?.en ?? r.name).replace(/['’ʼ]/g, '');
  if (r.country !== 'AZ') return plain;
  const own = r.names?.az ?? (/[əǝıİçşğöüÇŞĞÖÜƏ]/u.test(plain) ? plain : undefined);
  if (own === undefined) return plain;
  const az = englishOfAzerbaijani(own);
  const armenian = hy ? armenianToLatin(hy) : null;
  if (bothNames && armenian && skeleton(armenian) !== skeleton(az)) return `${armenian} / ${az}`;
  return az;
}

/**
 * An Azerbaijani name as English reporting writes it. A record with no Azerbaijani name often has
 * it as its main one (Ağamalı: Aghamali); some have an English transliteration of the Armenian one
 * there instead (Ch’ap’ar), with apostrophes Azerbaijani spelling never writes, and that is kept as
 * it is, less its apostrophes (Chapar, not Jhapar).
 */
function englishOfAzerbaijani(name: string): string {
  if (/['’ʼ]/u.test(name)) return name.replace(/['’ʼ]/g, '').normalize('NFD').replace(/\p{M}/gu, '');
  return azerbaijaniToEnglish(name);
}

function settlementOf(r: WofRecord, district: string, country: string | undefined, bothNames: boolean): Settlement {
  const hy = r.names?.hy && ARMENIAN_SCRIPT.test(r.names.hy) ? r.names.hy : undefined;
  const names = {
    en: englishName(r, bothNames, hy),
    ...(hy ? { hy } : {}),
    ...(r.names?.az ? { az: r.names.az } : {}),
    ...(r.names?.ru ? { ru: r.names.ru } : {}),
  };
  const aliases = spellings(r);
  for (const n of Object.values(names)) aliases.delete(n);
  return { record: r, district, country, names, aliases, keys: keysOf(recordNames(r)) };
}

/** Every name of a record, in every script (the gazetteer adds Latin spellings of the Armenian and Russian ones). */
function spellings(r: WofRecord): Set<string> {
  const all = new Set<string>();
  for (const n of recordNames(r)) {
    const clean = n.replace(/\s*\(.*?\)\s*/g, ' ').trim();
    if (clean.length < 3 || /\d/.test(clean) || / (shrjan|rayon|raion)$/i.test(clean)) continue;
    all.add(clean);
  }
  return all;
}

function recordNames(r: WofRecord): string[] {
  return [r.name, ...Object.values(r.names ?? {}), ...Object.values(r.variants ?? {}).flat()];
}

function nameList(props: Record<string, unknown>): string[] {
  const names = (props.names ?? {}) as Record<string, string>;
  return [String(props.name), ...Object.values(names), ...(Array.isArray(props.aliases) ? (props.aliases as string[]) : [])];
}

function keysOf(names: string[]): Set<string> {
  return new Set(names.map((n) => skeleton(n)).filter((k) => k.length >= 3));
}

function overlaps(a: Settlement, b: Settlement): boolean {
  return [...b.keys].some((k) => a.keys.has(k));
}

function merge(into: Settlement, from: Settlement): void {
  if (better(from, into) > 0) {
    const keep = into.record;
    into.record = from.record;
    into.names = { ...from.names };
    into.aliases.add(keep.name);
  }
  for (const n of [...from.aliases, ...Object.values(from.names)]) if (!Object.values(into.names).includes(n)) into.aliases.add(n);
  for (const k of from.keys) into.keys.add(k);
}

/** Positive when `a` is the better record of a settlement: a locality, current, with a GeoNames id, more people, more names. */
function better(a: Settlement, b: Settlement): number {
  const score = (s: Settlement): number =>
    (s.record.placetype === 'locality' ? 8 : 0) +
    (s.record.is_current === 1 ? 4 : 0) +
    (s.record.geonames_id !== undefined ? 2 : 0) +
    Object.keys(s.names).length / 10;
  return score(a) - score(b) || (a.record.population ?? 0) - (b.record.population ?? 0);
}

/**
 * The district a record lies in. Near the border Natural Earth's line (good to about 1 km) can put
 * a village on the wrong side: a record of one country found in the other's district goes to its own
 * country's district within 3 km, or is left out.
 */
function districtOf(at: [number, number], country: string, shapes: [string, Area][]): string | undefined {
  const inside = shapeAt(at, shapes);
  if (inside === undefined || inside.startsWith(`${country}-`)) return inside;
  const near = shapes
    .filter(([id]) => id.startsWith(`${country}-`))
    .map(([id, shape]) => ({ id, km: Math.abs(turf.pointToPolygonDistance(at, shape, { units: 'kilometers' })) }))
    .filter((d) => d.km < 3)
    .sort((a, b) => a.km - b.km)[0];
  return near?.id;
}

function villageFeature(id: string, s: Settlement, at: [number, number], note: string): Feature<Point> {
  const r = s.record;
  const cite = r.geonames_id !== undefined ? `GeoNames ${String(r.geonames_id)}` : `Who's On First ${String(r.wof_id)}`;
  const gone = r.is_current === 0 ? ' Recorded as no longer a settlement (abandoned, destroyed or renamed).' : '';
  return feature(
    {
      id,
      name: s.names.en,
      names: s.names,
      kind: 'Village',
      source: `${cite}, via Who's On First (CC BY 4.0)`,
      method: 'packaged',
      note: `${note}${gone}`,
      extra: {
        population: r.population !== undefined && r.population > 0 ? r.population : undefined,
        country: s.country,
        district: s.district,
        aliases: [...s.aliases].filter((a) => fold(a) !== fold(s.names.en)).sort(),
      },
    },
    { type: 'Point', coordinates: at },
  );
}
