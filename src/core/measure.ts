import area from '@turf/area';
import length from '@turf/length';
import type { Position } from 'geojson';

/**
 * What a measurement on the map comes to: the path's length along great circles (turf's
 * haversine, on a sphere of 6,371.0088 km) and, once the path is closed, the area inside it
 * (turf's spherical area, on the same sphere). Only `@turf/length` and `@turf/area` are imported, so the page ships
 * those two functions and their helpers, not the whole of turf.
 */
export interface Measurement {
  /** Kilometres along the path; with `closed`, back to the first point too. */
  lengthKm: number;
  /** Square kilometres inside a closed path of three or more points; null otherwise. */
  areaKm2: number | null;
}

/**
 * Measures a path of [lng, lat] points; `closed` joins the last point to the first.
 *
 * @example
 * measurePath([[44.5, 40.2], [46.75, 39.82]], false).lengthKm // about 196
 */
export function measurePath(points: readonly Position[], closed: boolean): Measurement {
  if (points.length < 2) return { lengthKm: 0, areaKm2: null };
  const ring = closed && points.length >= 3 ? [...points, points[0] as Position] : [...points];
  const lengthKm = length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } }, { units: 'kilometers' });
  const areaKm2 = closed && points.length >= 3 ? area({ type: 'Polygon', coordinates: [ring] }) / 1e6 : null;
  return { lengthKm, areaKm2 };
}

/**
 * A distance or area as a reader reads it: three significant figures at most, grouped by the
 * thousand.
 *
 * @example
 * formatMeasure(196.43, 'km')   // '196 km'
 * formatMeasure(4.257, 'km')    // '4.26 km'
 * formatMeasure(4388.2, 'km²')  // '4,390 km²'
 */
export function formatMeasure(value: number, unit: 'km' | 'km²'): string {
  const rounded = value === 0 ? 0 : Number(value.toPrecision(3));
  return `${rounded.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${unit}`;
}
