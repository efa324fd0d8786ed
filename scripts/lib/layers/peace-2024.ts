/**
 * The layer `peace-2024`: the first delimited section of the Armenia–Azerbaijan border (Tavush –
 * Gazakh, 2024) with the four villages it returned to Azerbaijan, and the planned transit route across
 * Syunik agreed in Washington on 8 Aug 2025 (TRIPP). From sources/after-2020.json
 * ("delimitation_2024", "agreement_2025"); positions from GeoNames and shared/FACTS.md; the lines
 * follow Natural Earth's borders, as no published geometry of either was found.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, Point, Position } from 'geojson';
import { formatDate } from '../../../src/core/dates.ts';
import { xy } from '../checked.ts';
import { finishLine, lengthKm, shapeAt, type Area } from '../geo.ts';
import type { Inputs } from '../inputs.ts';
import { feature } from '../props.ts';

interface Across {
  name: string;
  village?: string;
  place?: string;
}
interface ReturnedVillage {
  id: string;
  name: string;
  names: Record<string, string>;
  geonames_id?: number;
  place?: string;
  across_from: Across;
  second_position?: { lat: number; lon: number; cite: string };
  note?: string;
}
interface Delimitation {
  about: string;
  agreed_on: string;
  protocol_on: string;
  handover_on: string;
  kirants_until: string;
  length_km: number;
  area_km2: number;
  azerbaijan: string;
  armenia: string;
  agreed: string;
  source: string;
  villages: ReturnedVillage[];
}
interface Agreement {
  treaty_agreed_on: string;
  declared_on: string;
  framework_on: string;
  declaration: string;
  route: string;
  declaration_source: string;
  route_source: string;
  length_km: number;
}

const NE_ADMIN0 = 'Natural Earth 10m admin-0 countries (world-atlas 2.0.2), public domain';
/** TopoJSON ids (ISO 3166 numeric) of the countries whose shared borders are drawn. */
const ISO_NUM = { AM: '051', AZ: '031', IR: '364' } as const;
/** A second position further than this from the one used means the village is not placed. */
const POSITION_AGREES_KM = 2;

/** The features of the peace-2024 layer, in a fixed order: the four villages, the delimited line, the route. */
export function buildPeace2024(inputs: Inputs, places: Feature<Point>[], villages: Feature[], countries: Map<string, Area>): Feature[] {
  const src = inputs.sources['after-2020'] as { delimitation_2024?: Delimitation; agreement_2025?: Agreement };
  const del = src.delimitation_2024;
  const agr = src.agreement_2025;
  if (!del) throw new Error('geodata/sources/after-2020.json: "delimitation_2024" is missing');
  if (!agr) throw new Error('geodata/sources/after-2020.json: "agreement_2025" is missing');

  const pointOf = (ref: { geonames_id?: number; place?: string; village?: string }, label: string): Feature<Point> => {
    const found =
      ref.place !== undefined
        ? places.find((p) => p.properties?.id === ref.place)
        : ref.village !== undefined
          ? villages.find((v) => v.properties?.id === ref.village)
          : villages.find((v) => new RegExp(`^GeoNames ${String(ref.geonames_id)},`).test(String(v.properties?.source)));
    if (!found || found.geometry.type !== 'Point') throw new Error(`after-2020.json: delimitation_2024: no position for ${label}`);
    return found as Feature<Point>;
  };

  const returned = del.villages.map((v) => {
    const at = pointOf(v, v.name);
    const across = pointOf(v.across_from, v.across_from.name);
    const pos = at.geometry.coordinates;
    if (v.second_position) {
      const km = turf.distance(pos, [v.second_position.lon, v.second_position.lat]);
      if (km > POSITION_AGREES_KM) throw new Error(`after-2020.json: ${v.name}: the two positions are ${km.toFixed(1)} km apart`);
    }
    const ne = shapeAt(pos, countries) ?? 'none';
    if (ne !== 'AZ') throw new Error(`after-2020.json: ${v.name} falls outside Azerbaijan in Natural Earth (${ne})`);
    const checked = v.second_position
      ? ` A second position (${v.second_position.cite}) lies ${turf.distance(pos, [v.second_position.lon, v.second_position.lat]).toFixed(1)} km from it.`
      : '';
    return {
      v,
      at,
      across,
      feature: feature(
        {
          id: v.id,
          name: v.name,
          names: v.names,
          kind: 'Village of Gazakh district returned to Azerbaijan under the 2024 delimitation',
          source: `${del.source}; position: ${String(at.properties?.source)}`,
          method: 'authored',
          note: `Across the border from ${v.across_from.name} (Tavush, Armenia). Held by Armenian forces from the early 1990s; returned to Azerbaijan's control on ${formatDate(del.handover_on)}, from which day the map shows it. ${v.note ? `${v.note} ` : ''}${del.azerbaijan} ${del.armenia} Position: the village's point (${String(at.properties?.source)}), about 100 m.${checked} Natural Earth's 10m countries put it in Azerbaijan, by law.`,
          valid_from: del.handover_on,
          valid_to: null,
          extra: { status: 'returned', district: 'AZ-QAZ', across_from: v.across_from.name, agreed_on: del.agreed_on },
        },
        at.geometry,
      ),
    };
  });

  // The delimited line: Natural Earth's Armenia–Azerbaijan border between the points on it nearest
  // the first and the last pair of villages (the pairs' midpoints), west to east.
  const topo = inputs.countriesTopo as { objects: { countries: unknown } };
  const mesh = (a1: string, b1: string) =>
    inputs.topojson.mesh(
      topo as never,
      topo.objects.countries as never,
      (a: { id?: string | number }, b: { id?: string | number }) => (a.id === a1 && b.id === b1) || (a.id === b1 && b.id === a1),
    );
  const amAz = mesh(ISO_NUM.AM, ISO_NUM.AZ).coordinates.map((l) => turf.lineString(l));
  const mid = (r: (typeof returned)[number]) => turf.midpoint(r.at.geometry.coordinates, r.across.geometry.coordinates).geometry.coordinates;
  const ends = [...returned].sort((a, b) => xy(a.at.geometry.coordinates)[0] - xy(b.at.geometry.coordinates)[0]);
  const westPair = ends[0];
  const eastPair = ends[ends.length - 1];
  if (!westPair || !eastPair) throw new Error('after-2020.json: delimitation_2024 lists no villages');
  const border = nearestLine(amAz, mid(westPair));
  if (border !== nearestLine(amAz, mid(eastPair))) throw new Error('delimitation_2024: the end pairs lie by different pieces of the border');
  const segment = turf.lineSlice(mid(westPair), mid(eastPair), border);
  const segKm = lengthKm(segment);
  for (const r of returned) {
    const km = turf.pointToLineDistance(r.at.geometry.coordinates, segment);
    if (km > 3) throw new Error(`delimitation_2024: ${r.v.name} is ${km.toFixed(1)} km from the drawn line`);
  }
  const delimited = feature(
    {
      id: 'delimited-2024',
      name: 'Delimited border, Tavush – Gazakh, 2024',
      names: {
        hy: 'Սահմանազատված սահման, Տավուշ – Ղազախ, 2024',
        az: 'Delimitasiya olunmuş sərhəd, Qazax – Tovuz, 2024',
        ru: 'Делимитированная граница, Тавуш – Газах, 2024',
      },
      kind: 'Border section delimited by Armenia and Azerbaijan (the first)',
      source: `${del.source}; line: ${NE_ADMIN0}`,
      method: 'derived',
      note: `Approximate: no published geometry of the delimited line was found, so it is drawn as Natural Earth's Armenia–Azerbaijan border (generalised, about 1 km) from the point nearest the midpoint of ${westPair.v.across_from.name} and ${westPair.v.name} to the point nearest the midpoint of ${eastPair.v.across_from.name} and ${eastPair.v.name}: ${segKm} km as drawn, against the ${del.length_km} km of the protocol. ${del.agreed} In force from ${formatDate(del.handover_on)}, when the border guards of each side took over (near Kirants on Armenia's side, a transitional plan to ${formatDate(del.kirants_until)}). ${del.azerbaijan} ${del.armenia}`,
      valid_from: del.handover_on,
      valid_to: null,
      approximate: true,
      extra: {
        status: 'delimited',
        length_km: segKm,
        published_length_km: del.length_km,
        published_area_km2: del.area_km2,
        agreed_on: del.agreed_on,
        protocol_on: del.protocol_on,
      },
    },
    finishLine(segment.geometry),
  );

  // The planned route: Natural Earth's Armenia–Iran border, from Nakhchivan to mainland Azerbaijan.
  const amIr = mesh(ISO_NUM.AM, ISO_NUM.IR);
  if (amIr.coordinates.length !== 1) throw new Error(`${NE_ADMIN0}: the Armenia–Iran border is not one line (${amIr.coordinates.length})`);
  const routeLine = turf.lineString(amIr.coordinates[0] as Position[]);
  const routeKm = lengthKm(routeLine);
  const tripp = feature(
    {
      id: 'tripp-route',
      name: 'Trump Route for International Peace and Prosperity (TRIPP), planned',
      names: {
        hy: 'Թրամփի ուղի միջազգային խաղաղության և բարգավաճման համար (TRIPP)',
        az: 'Beynəlxalq Sülh və Rifah üçün Tramp Yolu (TRIPP)',
        ru: 'Маршрут Трампа для международного мира и процветания (TRIPP)',
      },
      kind: 'Planned transit route across Armenia (Syunik) between Azerbaijan and Nakhchivan: not built',
      source: `${agr.route_source}; ${agr.declaration_source}; line: ${NE_ADMIN0}`,
      method: 'derived',
      note: `Approximate, and planned, not built: no published alignment was found, so the route is drawn along Armenia's border with Iran as Natural Earth draws it (the Aras river), between its ends at Nakhchivan and at mainland Azerbaijan, because the sources place it along that border and on the old Meghri railway beside the river: ${routeKm} km as drawn, against the ${agr.length_km} km announced. ${agr.route} ${agr.declaration} Shown from the declaration of ${formatDate(agr.declared_on)}.`,
      valid_from: agr.declared_on,
      valid_to: null,
      approximate: true,
      extra: { status: 'planned', length_km: routeKm, published_length_km: agr.length_km, framework_on: agr.framework_on },
    },
    finishLine(routeLine.geometry),
  );
  return [...returned.map((r) => r.feature), delimited, tripp];
}

function nearestLine(lines: Feature<LineString>[], at: Position): Feature<LineString> {
  let best: Feature<LineString> | undefined;
  let bestKm = Infinity;
  for (const l of lines) {
    const km = turf.pointToLineDistance(at, l);
    if (km < bestKm) [best, bestKm] = [l, km];
  }
  if (!best) throw new Error('delimitation_2024: no Armenia–Azerbaijan border in Natural Earth');
  return best;
}
