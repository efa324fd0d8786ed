import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] */
export type BBox = [number, number, number, number];

/** The bounding box of a geometry, or null when it has no coordinates. */
export function bboxOf(geometry: Geometry | null): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(geometry, ([x, y]) => {
    if (x === undefined || y === undefined) return;
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  });
  return Number.isFinite(box[0]) ? box : null;
}

/** The box covering both boxes. */
export function unionBBox(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * A point on the geometry where a label or popup can sit: the point itself, the middle vertex of a
 * line, or for an area the middle of the widest inside stretch along the horizontal line through
 * the middle of its largest part (the idea of GEOS's interior point), so it is inside even for
 * crescent or L-shaped districts where the centroid is not.
 */
export function anchorOf(geometry: Geometry | null): [number, number] | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case 'Point':
      return xy(geometry.coordinates);
    case 'MultiPoint':
      return geometry.coordinates[0] ? xy(geometry.coordinates[0]) : null;
    case 'LineString':
      return middleOfLine(geometry.coordinates);
    case 'MultiLineString': {
      const longest = [...geometry.coordinates].sort((a, b) => lineLength(b) - lineLength(a))[0];
      return longest ? middleOfLine(longest) : null;
    }
    case 'Polygon':
      return interiorPoint(geometry.coordinates);
    case 'MultiPolygon': {
      const largest = [...geometry.coordinates].sort((a, b) => ringArea(b[0] ?? []) - ringArea(a[0] ?? []))[0];
      return largest ? interiorPoint(largest) : null;
    }
    case 'GeometryCollection':
      for (const g of geometry.geometries) {
        const a = anchorOf(g);
        if (a) return a;
      }
      return null;
  }
}

/** Great-circle distance in km (haversine, mean Earth radius 6371.0088 km). */
export function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a point lies inside a polygon given as rings (outer first, then holes); even–odd rule. */
export function pointInRings(point: [number, number], rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (const [[xi, yi], [xj, yj]] of edges(ring)) {
      if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function interiorPoint(rings: Position[][]): [number, number] | null {
  const box = bboxOf({ type: 'Polygon', coordinates: rings });
  if (!box) return null;
  // Try the middle scanline first, then lines nearer the edges, until one crosses the area.
  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const y = box[1] + (box[3] - box[1]) * f;
    const xs: number[] = [];
    for (const ring of rings) {
      for (const [[xi, yi], [xj, yj]] of edges(ring)) {
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    xs.sort((a, b) => a - b);
    let best: [number, number] | null = null;
    let width = -1;
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const [from = NaN, to = NaN] = [xs[k], xs[k + 1]];
      if (to - from > width) {
        width = to - from;
        best = [(from + to) / 2, y];
      }
    }
    if (best) return best;
  }
  return [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
}

function middleOfLine(line: Position[]): [number, number] | null {
  if (line.length === 0) return null;
  const half = lineLength(line) / 2;
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const a = xy(line[i - 1]);
    const b = xy(line[i]);
    const step = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (walked + step >= half && step > 0) {
      const t = (half - walked) / step;
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
    walked += step;
  }
  return xy(line[0]);
}

function lineLength(line: Position[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) {
    const [[x0, y0], [x1, y1]] = [xy(line[i - 1]), xy(line[i])];
    sum += Math.hypot(x1 - x0, y1 - y0);
  }
  return sum;
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (const [[xi, yi], [xj, yj]] of edges(ring)) sum += (xj - xi) * (yj + yi);
  return Math.abs(sum / 2);
}

function eachPosition(geometry: Geometry | null, fn: (p: Position) => void): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Point':
      fn(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(fn);
      return;
    case 'MultiLineString':
    case 'Polygon':
      geometry.coordinates.forEach((line) => {
        line.forEach(fn);
      });
      return;
    case 'MultiPolygon':
      geometry.coordinates.forEach((poly) => {
        poly.forEach((ring) => {
          ring.forEach(fn);
        });
      });
      return;
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => {
        eachPosition(g, fn);
      });
  }
}

/**
 * The outline of an area without the stretches that run along a box's edges: where data was
 * clipped to a window, those are cut lines, not borders or coasts, and must not be drawn.
 * Returns the remaining runs of each ring as lines.
 */
export function outlineWithoutEdges(geometry: Geometry, box: BBox, epsilon = 1e-9): Position[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const onEdge = (a: Position | undefined, b: Position | undefined): boolean => {
    const [pa, pb] = [xy(a), xy(b)];
    const same = (i: 0 | 1, v: number): boolean => Math.abs(pa[i] - v) <= epsilon && Math.abs(pb[i] - v) <= epsilon;
    return same(0, box[0]) || same(0, box[2]) || same(1, box[1]) || same(1, box[3]);
  };
  const runs: Position[][] = [];
  for (const rings of polygons) {
    for (const ring of rings) {
      // Start at the beginning of a cut stretch, if any, so a run never wraps round the ring's start.
      const n = ring.length - 1;
      if (n < 2) continue;
      let start = 0;
      for (let i = 0; i < n; i++) {
        if (onEdge(ring[i], ring[i + 1])) {
          start = i + 1;
          break;
        }
      }
      let run: Position[] = [];
      for (let k = 0; k < n; k++) {
        const i = (start + k) % n;
        const a = ring[i];
        const b = ring[i + 1];
        if (!a || !b) continue;
        if (onEdge(a, b)) {
          if (run.length > 1) runs.push(run);
          run = [];
          continue;
        }
        if (run.length === 0) run.push(a);
        run.push(b);
      }
      if (run.length > 1) runs.push(run);
    }
  }
  return runs;
}

/** Whether a point lies inside a Polygon or MultiPolygon (false for other geometries). */
export function pointInGeometry(point: [number, number], geometry: Geometry | null): boolean {
  if (!geometry) return false;
  if (geometry.type === 'Polygon') return pointInRings(point, geometry.coordinates);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.some((rings) => pointInRings(point, rings));
  return false;
}

/** A position's x and y; NaN stands in for a missing one, so no NaN-free test passes by accident. */
function xy(p: Position | undefined): [number, number] {
  return [p?.[0] ?? NaN, p?.[1] ?? NaN];
}

/** Each edge of a ring as [this vertex, the one before], the first paired with the last. */
function* edges(ring: Position[]): Generator<[[number, number], [number, number]]> {
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) yield [xy(ring[i]), xy(ring[j])];
}

/** An area: a polygon or multipolygon. */
export const isAreaGeometry = (g: Geometry): boolean => g.type === 'Polygon' || g.type === 'MultiPolygon';

/** A point or multipoint. */
export const isPointGeometry = (g: Geometry): boolean => g.type === 'Point' || g.type === 'MultiPoint';
