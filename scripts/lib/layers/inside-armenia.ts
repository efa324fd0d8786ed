/**
 * The layer `inside-armenia`: positions inside Armenia's internationally recognised border taken by
 * Azerbaijan's forces in May 2021 and September 2022. Both are approximate areas built only from
 * cited places and distances (sources/after-2020.json, "inside_armenia"), attributed as Armenia's
 * government's account, with Azerbaijan's position beside it.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';
import { areaKm2, finishArea, outlines, simplifyArea, within, type Area } from '../geo.ts';
import type { Inputs } from '../inputs.ts';
import { feature } from '../props.ts';

interface Cited {
  name: string;
  lat: number;
  lon: number;
  cite: string;
}
interface Claim {
  from: string;
  armenia: string;
  azerbaijan: string;
  not_drawn: string;
}
interface InsideArmenia {
  sev_lich_2021: Claim & { lake: Cited; depth_km: number; map_1975: string };
  jermuk_2022: Claim & { town: Cited; depth_km: number; front_km: number; left_from_town_km: number };
}

const NE_ADMIN0 = 'Natural Earth 10m admin-0 (world-atlas 2.0.2), public domain';
const SIMPLIFY = 0.0005;

export function buildInsideArmenia(inputs: Inputs, countries: Map<string, Area>): Feature[] {
  const src = (inputs.sources['after-2020'] as { inside_armenia?: InsideArmenia }).inside_armenia;
  if (!src) throw new Error('geodata/sources/after-2020.json: "inside_armenia" is missing');
  const armenia = countries.get('AM');
  if (!armenia) throw new Error('inside-armenia: no Armenia in countries');
  const border = outlines(armenia);

  // May 2021: the part of Armenia within the reported depth of the lake, where the crossing was.
  const sev = src.sev_lich_2021;
  const lake: Position = [sev.lake.lon, sev.lake.lat];
  const disc = turf.circle(lake, sev.depth_km, { units: 'kilometers', steps: 64 }) as Area;
  const sevArea = within(disc, armenia, 'Sev Lich 2021');
  const sevKm2 = areaKm2(sevArea);
  const lakeInArmenia = turf.booleanPointInPolygon(lake, armenia);

  // September 2022: a tip 4.5 km from Jermuk on the way to the nearest point of the border, joined
  // to the 8.5 km of border centred on that point (the front), less what lies outside Armenia.
  const jer = src.jermuk_2022;
  const town: Position = [jer.town.lon, jer.town.lat];
  const nearest = nearestOnBorder(town, border);
  const townToBorder = Math.round(nearest.km * 10) / 10;
  const bearing = turf.bearing(town, nearest.point);
  const tip = turf.destination(town, jer.left_from_town_km, bearing, { units: 'kilometers' }).geometry.coordinates;
  const ring = nearest.line;
  const at = nearest.along;
  const half = jer.front_km / 2;
  const total = turf.length(ring, { units: 'kilometers' });
  if (at - half < 0 || at + half > total) throw new Error('inside-armenia: the Jermuk front runs past the end of the border ring');
  const front = turf.lineSliceAlong(ring, at - half, at + half, { units: 'kilometers' }).geometry.coordinates;
  const hull = turf.convex(turf.featureCollection([...front, tip].map((p) => turf.point(p))));
  if (!hull) throw new Error('inside-armenia: no hull for the Jermuk area');
  const jermukArea = within(hull, armenia, 'Jermuk 2022');
  const jermukKm2 = areaKm2(jermukArea);
  const depthDrawn = Math.round((nearest.km - jer.left_from_town_km) * 10) / 10;

  const attribution = (c: Claim) => `The Armenian side's account: ${c.armenia} Azerbaijan's position: ${c.azerbaijan} Neither account is adopted here.`;
  return [
    feature(
      {
        id: 'sev-lich-2021',
        name: 'Positions near Sev Lich, May 2021 (claim)',
        names: { hy: 'Սև լիճ', az: 'Qaragöl', ru: 'Сев-Лич' },
        kind: "Positions inside Armenia's border taken by Azerbaijan's forces, as Armenia's government said",
        source: `${sev.lake.cite}; TASS, 13 May 2021; Orbeli Center, 27 May 2021; Armenpress, 17 Nov 2021; News.am, 24 Nov 2021; Caucasian Knot, 14 May 2021; JAMnews, 19 May 2021; ${NE_ADMIN0}`,
        method: 'derived',
        note: `Approximate, and a claim. Drawn as the part of Armenia (Natural Earth's border, good to about 1 km) within ${sev.depth_km} km of the lake, the depth Armenia's prime minister gave: ${sevKm2} km² as drawn. The lake's point ${lakeInArmenia ? 'falls inside' : 'falls just outside'} Armenia on Natural Earth's generalised border. ${sev.map_1975} ${attribution(sev)} ${sev.not_drawn} No withdrawal is recorded in the project's sources, so the area is drawn with no end date.`,
        valid_from: sev.from,
        valid_to: null,
        approximate: true,
        extra: { area_km2: sevKm2, claimed_by: "Armenia's government", armenia_area_km2: 41, reported_on: '2021-05-13' },
      },
      finishArea(simplifyArea(sevArea, SIMPLIFY).geometry),
    ),
    feature(
      {
        id: 'jermuk-2022',
        name: 'Positions toward Jermuk, Sep 2022 (claim)',
        names: { hy: 'Ջերմուկի ուղղությամբ', az: 'Cermuk istiqaməti', ru: 'В направлении Джермука' },
        kind: "Positions inside Armenia's border taken by Azerbaijan's forces, as Armenia's government said",
        source: `${jer.town.cite}; Armradio, 16 Sep 2022; Panorama.am, 28 Apr 2023; TASS, 3 Nov 2023; mil.am, 13 Sep 2022; Trend, 13 Sep 2022; APA, 21 Sep 2022; ${NE_ADMIN0}`,
        method: 'derived',
        note: `Approximate, and a claim. Drawn from the figures Armenia's army chief gave: a tip ${jer.left_from_town_km} km from Jermuk on the way to the nearest point of the border (${townToBorder} km from the town on Natural Earth's border, so ${depthDrawn} km deep here against the ${jer.depth_km} km he gave), joined to ${jer.front_km} km of border centred on that point: ${jermukKm2} km² as drawn, against the 60.06 km² near Jermuk he gave in Apr 2023. The real line follows heights no source here places. ${attribution(jer)} ${jer.not_drawn}`,
        valid_from: jer.from,
        valid_to: null,
        approximate: true,
        extra: { area_km2: jermukKm2, claimed_by: "Armenia's government", armenia_area_km2: 60.06, reported_on: '2022-09-16' },
      },
      finishArea(simplifyArea(jermukArea, SIMPLIFY).geometry),
    ),
  ];
}

/** The point of a set of rings nearest to `p`: the ring, the distance along it, and how far it is. */
function nearestOnBorder(p: Position, rings: Feature<LineString>[]): { line: Feature<LineString>; along: number; km: number; point: Position } {
  let best: { line: Feature<LineString>; along: number; km: number; point: Position } | null = null;
  for (const line of rings) {
    const n = turf.nearestPointOnLine(line, p, { units: 'kilometers' });
    const km = n.properties.pointDistance;
    if (!best || km < best.km) best = { line, along: n.properties.totalDistance, km, point: n.geometry.coordinates };
  }
  if (!best) throw new Error('inside-armenia: Armenia has no border ring');
  return best;
}
