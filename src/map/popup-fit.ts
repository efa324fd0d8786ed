/** A rectangle in page pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far inside the map's edges a popup keeps. */
export const MARGIN = 8;

/**
 * The part of the map a popup may use: the map less a margin, and less any obstacle that lies over
 * its left or right edge (the layer panel), whichever side leaves the wider strip.
 *
 * @example
 * freeRect({ left: 0, top: 0, right: 900, bottom: 700 }, [{ left: 10, top: 10, right: 300, bottom: 400 }])
 * // { left: 308, top: 8, right: 892, bottom: 692 }
 */
export function freeRect(map: Rect, obstacles: Rect[]): Rect {
  const free = { left: map.left + MARGIN, top: map.top + MARGIN, right: map.right - MARGIN, bottom: map.bottom - MARGIN };
  for (const o of obstacles) {
    const overlaps = o.left < free.right && o.right > free.left && o.top < free.bottom && o.bottom > free.top && o.right > o.left;
    if (!overlaps) continue;
    const mid = (map.left + map.right) / 2;
    if (o.right <= mid) free.left = Math.max(free.left, o.right + MARGIN);
    else if (o.left >= mid) free.right = Math.min(free.right, o.left - MARGIN);
  }
  return free;
}

/**
 * The `panBy` offset that brings `popup` inside `free`: a positive x moves the map's content left.
 * Zero on an axis where it already fits; where it is larger than `free`, its top or left edge is
 * kept in view.
 *
 * @example
 * fitOffset({ left: 100, top: 383, right: 460, bottom: 813 }, { left: 8, top: 8, right: 892, bottom: 692 }) // [0, 121]
 */
export function fitOffset(popup: Rect, free: Rect): [number, number] {
  return [axis(popup.left, popup.right, free.left, free.right), axis(popup.top, popup.bottom, free.top, free.bottom)];
}

function axis(start: number, end: number, min: number, max: number): number {
  if (end - start > max - min || start < min) return Math.round(start - min);
  if (end > max) return Math.round(end - max);
  return 0;
}
