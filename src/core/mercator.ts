import type { Position } from 'geojson';
import type { BBox } from './geometry.ts';

/**
 * Web Mercator as MapLibre draws it (512-px tiles, north up), for pictures drawn without it: the
 * still map where WebGL is missing.
 */

/** A Web Mercator projection of a box of lng/lat onto a width × height picture. */
export interface Projection {
  width: number;
  height: number;
  point(p: Position): [number, number];
  /** Whether a lng/lat falls inside the picture. */
  contains(p: Position): boolean;
}

const mercX = (lng: number): number => (lng * Math.PI) / 180;
const mercY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
const latOf = (y: number): number => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/**
 * The lng/lat box a MapLibre map of this size shows at a view (512 px tiles, no bearing).
 *
 * @example
 * viewBBox({ lng: 46.75, lat: 39.82, zoom: 9 }, 800, 600) // about [46.2, 39.4, 47.3, 40.2]
 */
export function viewBBox(view: { lng: number; lat: number; zoom: number }, width: number, height: number): BBox {
  const perRadian = (512 * 2 ** view.zoom) / (2 * Math.PI);
  const cx = mercX(view.lng);
  const cy = mercY(view.lat);
  const dx = width / 2 / perRadian;
  const dy = height / 2 / perRadian;
  return [((cx - dx) * 180) / Math.PI, latOf(cy - dy), ((cx + dx) * 180) / Math.PI, latOf(cy + dy)];
}

/** Fits a lng/lat box into the picture, centred, keeping Mercator's proportions. */
export function projectionFor(bbox: BBox, width: number, height: number, padding = 8): Projection {
  const [x0, y0, x1, y1] = [mercX(bbox[0]), mercY(bbox[1]), mercX(bbox[2]), mercY(bbox[3])];
  const scale = Math.min((width - 2 * padding) / (x1 - x0), (height - 2 * padding) / (y1 - y0));
  const ox = (width - scale * (x1 - x0)) / 2;
  const oy = (height - scale * (y1 - y0)) / 2;
  const point = (p: Position): [number, number] => [ox + (mercX(p[0] ?? 0) - x0) * scale, oy + (y1 - mercY(p[1] ?? 0)) * scale];
  return {
    width,
    height,
    point,
    contains: (p) => {
      const [x, y] = point(p);
      return x >= 0 && x <= width && y >= 0 && y <= height;
    },
  };
}
