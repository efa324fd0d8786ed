/** Base layers: land (Natural Earth) and water (GSHHG lakes and rivers). */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { first, last, xy, type XY } from '../checked.ts';
import { finishArea, finishLine, lengthKm, areaKm2, outlines, simplifyArea, type Area } from '../geo.ts';
import { isClosed, joinSegments, parseGmtSegments, type Segment } from '../gshhg.ts';
import type { Inputs } from '../inputs.ts';
import { feature } from '../props.ts';

/** The window the regional layers are clipped to: the Caucasus with some margin. */
export const WINDOW: [number, number, number, number] = [36, 34, 56, 48];

const NE = 'Natural Earth 10m land (world-atlas 2.0.2), public domain';

/**
 * Natural Earth's world land has rings that cross the antimeridian (Chukotka, Fiji), which read as
 * self-intersections in plain longitude. Each such polygon is unwrapped to continuous longitudes and
 * cut at 180°, the eastern piece moved back by 360°. Antarctica (all south of 60°S) is left out.
 */
function worldLandPieces(fc: { features: Feature[] }): Area[] {
  const out: Area[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const poly of polys) {
      if (first(poly, 'polygon').every((p) => xy(p)[1] < -60)) continue;
      const rings = poly.map((ring) => {
        const out: XY[] = [];
        for (const p of ring) {
          const prev = out[out.length - 1];
          const [x, lat] = xy(p);
          let lon = x;
          // Keep each step under 180° of longitude: that is the way round the ring really goes.
          if (prev) while (lon - prev[0] > 180) lon -= 360;
          if (prev) while (lon - prev[0] < -180) lon += 360;
          out.push([lon, lat]);
        }
        return out;
      });
      const unwrapped = turf.polygon(rings);
      for (const [w, e, dx] of [
        [-540, -180, 360],
        [-180, 180, 0],
        [180, 540, -360],
      ] as const) {
        const part = turf.bboxClip(unwrapped, [w, -90, e, 90]) as Area;
        if (turf.area(part) <= 0) continue;
        out.push(dx === 0 ? part : translateLon(part, dx));
      }
    }
  }
  return out;
}

function translateLon(a: Area, dx: number): Area {
  const move = (r: Position[]) => r.map((p) => xy(p)).map(([x, y]): XY => [x + dx, y]);
  const g = a.geometry;
  return turf.feature(
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map(move) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(move)) },
  );
}

export function buildLand(inputs: Inputs): Feature[] {
  const worldLand = turf.combine(turf.featureCollection(worldLandPieces(inputs.land110))).features[0] as Area;
  const region: Area[] = [];
  for (const f of inputs.land10.features) {
    const clipped = turf.bboxClip(f as Area, WINDOW) as Area;
    if (turf.area(clipped) > 0) region.push(clipped);
  }
  const regionLand = turf.combine(turf.featureCollection(region)).features[0] as Area;
  return [
    feature(
      {
        id: 'land-world',
        name: 'Land (world)',
        kind: 'Land, world overview',
        source: 'Natural Earth 110m land (world-atlas 2.0.2), public domain',
        method: 'packaged',
        note: 'Natural Earth 1:110 million land, for the zoomed-out world view only; coastlines are generalised to tens of kilometres. Polygons crossing 180° are cut there; Antarctica is left out.',
      },
      finishArea(worldLand.geometry),
    ),
    feature(
      {
        id: 'land-caucasus',
        name: 'Land (Caucasus)',
        kind: 'Land',
        source: NE,
        method: 'packaged',
        note: `Natural Earth 1:10 million land clipped to longitude ${WINDOW[0]}–${WINDOW[2]}°E, latitude ${WINDOW[1]}–${WINDOW[3]}°N; world-atlas quantises it to a 0.0036° × 0.0017° grid (about 300 m × 190 m here). The Caspian Sea is water in this data.`,
      },
      finishArea(simplifyArea(regionLand, 0.001).geometry),
    ),
  ];
}

interface Lake {
  id: string;
  name: string;
  names: Record<string, string>;
  country: string;
}

const LAKES: Lake[] = [
  { id: 'lake-sevan', name: 'Lake Sevan', names: { hy: 'Սևանա լիճ', az: 'Göyçə gölü', ru: 'Севан' }, country: 'AM' },
  { id: 'mingachevir-reservoir', name: 'Mingachevir Reservoir', names: { az: 'Mingəçevir su anbarı', ru: 'Мингечевирское водохранилище' }, country: 'AZ' },
  { id: 'lake-van', name: 'Lake Van', names: { hy: 'Վանա լիճ', ru: 'Ван' }, country: 'TR' },
  { id: 'lake-urmia', name: 'Lake Urmia', names: { hy: 'Ուրմիա', ru: 'Урмия' }, country: 'IR' },
];

const GSHHG = 'GSHHG 2.3.7 high resolution via GMT 6.4 (Debian gmt, gmt-gshhg-high), LGPL';

/**
 * Lakes: each named lake is the largest closed GSHHG lake shore (level 2) whose interior point lies in
 * the named country (Natural Earth). Rivers: the Aras is the major-river chain (level 2) that follows
 * the border with Iran; the Kura is the pair of level-3 chains that end at the Mingachevir Reservoir.
 */
export function buildWater(inputs: Inputs, countries: Map<string, Area>): Feature[] {
  const shores = joinSegments(parseGmtSegments(inputs.shorelines)).filter((s) => s.level === 2 && isClosed(s));
  const out: Feature[] = [];
  const lakeShapes = new Map<string, Area>();
  for (const lake of LAKES) {
    const country = countries.get(lake.country);
    if (!country) throw new Error(`water: no country ${lake.country} for ${lake.id}`);
    const candidates = shores
      .map((s) => turf.polygon([s.coords]))
      .filter((p) => turf.booleanPointInPolygon(turf.pointOnFeature(p), country))
      .sort((a, b) => turf.area(b) - turf.area(a));
    const best = candidates[0];
    if (!best) throw new Error(`water: no GSHHG lake found in ${lake.country} for ${lake.id}`);
    lakeShapes.set(lake.id, best);
    const simplified = simplifyArea(best, 0.0005);
    out.push(
      feature(
        {
          id: lake.id,
          name: lake.name,
          names: lake.names,
          kind: 'Lake',
          source: GSHHG,
          method: 'packaged',
          note: `GSHHG high-resolution shore (about 200 m), joined from GMT's bin pieces and simplified to 0.0005° (about 50 m). Picked as the largest closed lake shore in ${lake.country} by Natural Earth's border.`,
          extra: { area_km2: areaKm2(best) },
        },
        finishArea(simplified.geometry),
      ),
    );
  }

  const rivers = joinSegments(parseGmtSegments(inputs.rivers));
  const iran = countries.get('IR');
  if (!iran) throw new Error('water: Iran missing');
  const iranBorder = outlines(iran);
  const nearIran = (s: Segment): number => {
    const inside = s.coords.filter(([x]) => x > 44.8 && x < 47.5);
    if (inside.length === 0) return 0;
    const near = inside.filter((c) => nearestKm(c, iranBorder) < 3);
    return near.length / inside.length;
  };
  const aras = rivers.filter((s) => s.level === 2 && nearIran(s) > 0.8);
  if (aras.length === 0) throw new Error('water: no level-2 river follows the border with Iran (Aras)');
  const mingachevir = lakeShapes.get('mingachevir-reservoir');
  if (!mingachevir) throw new Error('water: no shape for the Mingachevir Reservoir');
  const mingShore = outlines(mingachevir);
  const kura = rivers.filter((s) => {
    if (s.level !== 3) return false;
    const ends = [first(s.coords, s.header), last(s.coords, s.header)];
    return ends.some((e) => nearestKm(e, mingShore) < 5) && s.coords.length > 50;
  });
  if (kura.length !== 2) throw new Error(`water: expected 2 Kura chains at the Mingachevir Reservoir, found ${kura.length}`);
  const river = (id: string, name: string, names: Record<string, string>, chains: Segment[], how: string): Feature => {
    const geom: MultiLineString = { type: 'MultiLineString', coordinates: chains.map((c) => c.coords) };
    const simplified = turf.simplify(turf.feature(geom), { tolerance: 0.0005, highQuality: true });
    return feature(
      {
        id,
        name,
        names,
        kind: 'River',
        source: GSHHG,
        method: 'packaged',
        note: `WDBII river lines from GSHHG (high resolution, about 200 m), joined from GMT's bin pieces. ${how}`,
        extra: { length_km: lengthKm(turf.feature(geom)) },
      },
      finishLine(simplified.geometry),
    );
  };
  out.push(
    river(
      'aras',
      'Aras',
      { hy: 'Արաքս', az: 'Araz', ru: 'Аракс' },
      aras,
      'Identified as the major river (level 2) that runs within 3 km of the border with Iran for most of its course between 44.8°E and 47.5°E; GSHHG leaves gaps where the river is drawn at a lower level.',
    ),
    river(
      'kura',
      'Kura',
      { az: 'Kür', ru: 'Кура' },
      kura,
      'Identified as the two level-3 river chains that end at the Mingachevir Reservoir (above and below it); the stretch in the reservoir is the lake itself.',
    ),
  );
  return out;
}

function nearestKm(c: [number, number], lines: Feature<LineString>[]): number {
  return Math.min(...lines.map((l) => turf.pointToLineDistance(turf.point(c), l, { units: 'kilometers' })));
}
