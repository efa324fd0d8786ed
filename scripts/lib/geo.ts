/**
 * Geometry helpers for the geodata build: rounding, winding, validity, cutting with a line.
 * All derivations use turf; these helpers only make its output deterministic and valid RFC 7946.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { first, last, nth, xy, type XY } from './checked.ts';

export type Area = Feature<Polygon | MultiPolygon>;
export type Line = Feature<LineString | MultiLineString>;

/** The key of the first shape a point lies in: a country's ISO code, a district's id. */
export function shapeAt(at: Position, shapes: Iterable<[string, Area]>): string | undefined {
  for (const [key, shape] of shapes) if (turf.booleanPointInPolygon(at, shape)) return key;
  return undefined;
}

/** 5 decimals is about 1 m: far finer than any source used here. */
export const PRECISION = 5;

const round = (v: number): number => {
  const f = 10 ** PRECISION;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

function roundRing(ring: Position[]): XY[] {
  const out: XY[] = [];
  for (const p of ring) {
    const [x, y] = xy(p);
    const q: XY = [round(x), round(y)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
  }
  return out;
}

function crosses(ring: Position[]): boolean {
  const [x0, y0] = xy(first(ring, 'ring'));
  const [xn, yn] = xy(last(ring, 'ring'));
  return turf.kinks(turf.polygon([x0 === xn && y0 === yn ? ring : [...ring, first(ring, 'ring')]])).features.length > 0;
}

function ringArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = xy(ring[i]);
    const [x1, y1] = xy(ring[i + 1]);
    s += x0 * y1 - x1 * y0;
  }
  return s / 2;
}

/**
 * Rounds an area's coordinates, winds it by the right-hand rule and makes sure no ring crosses
 * itself or another: where simplification or rounding made a crossing, the polygon goes through
 * turf.union with itself, which rebuilds valid rings, and is rounded again, until it is clean.
 */
export function finishArea(geom: Polygon | MultiPolygon): Polygon | MultiPolygon {
  let g = roundArea(geom);
  for (let attempt = 0; attempt < 6; attempt++) {
    if (!hasKinks(g)) return g;
    if (attempt % 2 === 0) {
      // polygon-clipping (behind turf.union) resolves crossings in its input into valid rings.
      const f: Area = turf.feature(g);
      const u = turf.union(turf.featureCollection([f, f]));
      if (!u) throw new Error('area vanished while removing self-intersections');
      g = roundArea(u.geometry);
    } else {
      // What union leaves are rings touching at a shared vertex: drop the repeated vertex.
      g = roundArea(dropTouchingVertices(g));
    }
  }
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const at = polys.flatMap((p) => turf.kinks(turf.polygon(p)).features.map((k) => k.geometry.coordinates.join(',')));
  throw new Error(`area still intersects itself after repair, at ${at.slice(0, 3).join('; ')}`);
}

function dropTouchingVertices(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const fix = (poly: Position[][]): Position[][] => {
    const seen = new Set<string>();
    return poly.map((ring) => {
      const body = ring.slice(0, -1).filter((p, i) => {
        const k = `${p[0]},${p[1]}`;
        if (seen.has(k) && i > 0) return false;
        seen.add(k);
        return true;
      });
      return [...body, first(body, 'ring')];
    });
  };
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: fix(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
}

function hasKinks(g: Polygon | MultiPolygon): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.some((p) => turf.kinks(turf.polygon(p)).features.length > 0);
}

/** Rounds an area's coordinates, drops rings that collapse, and winds rings by the right-hand rule. */
function roundArea(geom: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const out: Position[][][] = [];
  for (const poly of polys) {
    const rings: Position[][] = [];
    poly.forEach((ring, i) => {
      const r = roundRing(ring);
      // Drop rings that rounding flattened to a line or a point; a bow-tie's lobes cancel in the
      // signed area, so flatness is judged by the ring's extent, and the kink repair splits it later.
      const xs = r.map((q) => q[0]);
      const ys = r.map((q) => q[1]);
      const flat = Math.max(...xs) === Math.min(...xs) || Math.max(...ys) === Math.min(...ys);
      if (r.length < 4 || flat || (Math.abs(ringArea2(r)) < 1e-10 && !crosses(r))) return;
      const head = first(r, 'ring');
      const tail = last(r, 'ring');
      if (head[0] !== tail[0] || head[1] !== tail[1]) r.push([head[0], head[1]]);
      const ccw = ringArea2(r) > 0;
      if ((i === 0) !== ccw) r.reverse();
      if (i === 0 || rings.length > 0) rings.push(r);
    });
    if (rings.length > 0) out.push(rings);
  }
  if (out.length === 0) throw new Error('area collapsed to nothing after rounding');
  return out.length === 1 ? { type: 'Polygon', coordinates: first(out) } : { type: 'MultiPolygon', coordinates: out };
}

/** Rounds a line's coordinates and drops repeated points. */
export function finishLine(geom: LineString | MultiLineString): LineString | MultiLineString {
  const lines = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
  const out = lines.map(roundRing).filter((l) => l.length >= 2);
  if (out.length === 0) throw new Error('line collapsed to nothing after rounding');
  return out.length === 1 ? { type: 'LineString', coordinates: first(out) } : { type: 'MultiLineString', coordinates: out };
}

/** Union of several areas (turf.union over a collection). */
export function unionAll(areas: Area[], label: string): Area {
  if (areas.length === 0) throw new Error(`${label}: nothing to unite`);
  if (areas.length === 1) return first(areas);
  const u = turf.union(turf.featureCollection(areas));
  if (!u) throw new Error(`${label}: union is empty`);
  return u;
}

/** a minus b; throws when nothing is left, since that always means a wrong input here. */
export function minus(a: Area, b: Area, label: string): Area {
  const d = turf.difference(turf.featureCollection([a, b]));
  if (!d) throw new Error(`${label}: difference is empty`);
  return d;
}

/** a ∩ b; throws when they do not meet. */
export function within(a: Area, b: Area, label: string): Area {
  const d = turf.intersect(turf.featureCollection([a, b]));
  if (!d) throw new Error(`${label}: intersection is empty`);
  return d;
}

/**
 * Extends a polyline at both ends along its end segments by `km`, so that it cuts through a polygon
 * whose edge lies beyond the last cited point.
 */
export function extendLine(coords: Position[], km: number): Position[] {
  const extend = (from: Position, to: Position): Position => {
    const bearing = turf.bearing(turf.point(from), turf.point(to));
    return turf.destination(turf.point(to), km, bearing).geometry.coordinates;
  };
  const n = coords.length;
  return [extend(nth(coords, 1, 'line'), first(coords, 'line')), ...coords, extend(nth(coords, n - 2, 'line'), last(coords, 'line'))];
}

/**
 * The half-plane on the west side of a north-to-south polyline, as a polygon closed far to the west
 * (longitude `westLon`). Used to cut districts along a line of contact.
 */
export function westOf(lineNorthToSouth: Position[], westLon: number): Area {
  const north = first(lineNorthToSouth, 'line');
  const south = last(lineNorthToSouth, 'line');
  const ring = [...lineNorthToSouth, [westLon, xy(south)[1]], [westLon, xy(north)[1]], north];
  // The ring runs south along the line, then west and north: clockwise, so reverse it for turf.
  return turf.polygon([ring.reverse()]);
}

/** Area in km², to one decimal. */
export function areaKm2(f: Feature<Polygon | MultiPolygon>): number {
  return Math.round(turf.area(f) / 1e5) / 10;
}

/** Length in km, to one decimal. */
export function lengthKm(f: Feature<LineString | MultiLineString>): number {
  return Math.round(turf.length(f, { units: 'kilometers' }) * 10) / 10;
}

/** Simplifies with a tolerance in degrees, keeping topology sane (high quality). */
export function simplifyArea<T extends Area>(f: T, toleranceDeg: number): T {
  if (toleranceDeg <= 0) return f;
  return turf.simplify(f, { tolerance: toleranceDeg, highQuality: true, mutate: false });
}

/** An area's rings as separate lines (turf's point-to-line functions take one LineString at a time). */
export function outlines(a: Area): Feature<LineString>[] {
  const polys = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
  return polys.flatMap((p) => p.map((ring) => turf.lineString(ring)));
}
