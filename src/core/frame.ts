import { type BBox, unionBBox } from './geometry.ts';

/** The default view: Armenia, Azerbaijan and Russia's southern border. [west, south, east, north] */
export const REGION_BBOX: BBox = [43.0, 38.2, 51.0, 43.0];

/** Frames are kept within this box (Moscow to the Persian Gulf), so Russia does not zoom out to the world. */
export const CONTEXT_BBOX: BBox = [20.0, 28.0, 75.0, 62.0];

/** The map's zoom range: the map is made with it, and a link's zoom is kept within it. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 14;

export interface Frame {
  bounds: BBox;
  maxZoom: number;
}

/**
 * Where the camera goes to show a target. A place far from the Caucasus is framed together with
 * the region, so the reader sees where it lies relative to the story; a nearby point gets a close
 * view around it; an area or line fits its box, clipped to the wider region.
 *
 * @example
 * frameFor({ bbox: [2.35, 48.86, 2.35, 48.86], far: true }) // { bounds: [2.35, 38.2, 51, 48.86], maxZoom: 6 }
 */
export function frameFor(target: { bbox: BBox; far?: boolean }): Frame {
  const { bbox } = target;
  if (target.far) return { bounds: unionBBox(REGION_BBOX, bbox), maxZoom: 6 };
  const isPoint = bbox[0] === bbox[2] && bbox[1] === bbox[3];
  if (isPoint) {
    const d = 0.3;
    return { bounds: [bbox[0] - d, bbox[1] - d, bbox[2] + d, bbox[3] + d], maxZoom: 9 };
  }
  const clipped: BBox = [
    Math.max(bbox[0], CONTEXT_BBOX[0]),
    Math.max(bbox[1], CONTEXT_BBOX[1]),
    Math.min(bbox[2], CONTEXT_BBOX[2]),
    Math.min(bbox[3], CONTEXT_BBOX[3]),
  ];
  const empty = clipped[0] >= clipped[2] || clipped[1] >= clipped[3];
  return { bounds: empty ? bbox : clipped, maxZoom: 9 };
}
