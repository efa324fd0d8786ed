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
 * The part of the map a popup may use: the map less a margin, and less each obstacle over it (the
 * layer panel, the map's controls). An obstacle is cut away from the side of the map it lies
 * against (left or right of the middle), or from the top or bottom it lies nearer, whichever
 * leaves the larger rectangle: a tall panel at the left takes a strip off the left, a wide
 * search box at the top takes a strip off the top, not half the map's width.
 *
 * @example
 * freeRect({ left: 0, top: 0, right: 900, bottom: 700 }, [{ left: 10, top: 10, right: 300, bottom: 400 }])
 * // { left: 308, top: 8, right: 892, bottom: 692 }
 */
export function freeRect(map: Rect, obstacles: Rect[]): Rect {
  let free = { left: map.left + MARGIN, top: map.top + MARGIN, right: map.right - MARGIN, bottom: map.bottom - MARGIN };
  const size = (r: Rect): number => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
  const midX = (map.left + map.right) / 2;
  const midY = (map.top + map.bottom) / 2;
  for (const o of obstacles) {
    const overlaps = o.left < free.right && o.right > free.left && o.top < free.bottom && o.bottom > free.top && o.right > o.left && o.bottom > o.top;
    if (!overlaps) continue;
    const cuts: Rect[] = [];
    if (o.right <= midX) cuts.push({ ...free, left: Math.max(free.left, o.right + MARGIN) });
    if (o.left >= midX) cuts.push({ ...free, right: Math.min(free.right, o.left - MARGIN) });
    if ((o.top + o.bottom) / 2 < midY) cuts.push({ ...free, top: Math.max(free.top, o.bottom + MARGIN) });
    else cuts.push({ ...free, bottom: Math.min(free.bottom, o.top - MARGIN) });
    free = cuts.reduce((best, c) => (size(c) > size(best) ? c : best));
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

/** A side of an area where a popup may stand, named by where the popup's tip then points. */
export type Side = 'right' | 'left' | 'below' | 'above';

/** Where a popup stands beside an area: the side, the popup's box, and the point its tip touches. */
export interface Placement {
  side: Side;
  box: Rect;
  /** Where the popup's tip points: on the area's edge, at the middle of the popup's side. */
  tip: [number, number];
}

/** The gap between an area's box and a popup beside it (room for the popup's tip). */
export const GAP = 12;

/**
 * A place for a `width`×`height` popup inside `free` that does not cover `area` (the feature's box
 * on screen): beside it on the side with the most room, slid along that side to stay inside
 * `free`. Null when no side has room, and the camera must move instead.
 *
 * @example
 * besideArea({ left: 500, top: 300, right: 600, bottom: 380 }, 360, 300, { left: 308, top: 56, right: 1272, bottom: 692 })
 * // { side: 'right', box: { left: 612, top: 190, right: 972, bottom: 490 }, tip: [612, 340] }
 */
export function besideArea(area: Rect, width: number, height: number, free: Rect): Placement | null {
  const room: Record<Side, number> = {
    right: free.right - area.right - GAP,
    left: area.left - GAP - free.left,
    below: free.bottom - area.bottom - GAP,
    above: area.top - GAP - free.top,
  };
  const fits = (side: Side): boolean =>
    side === 'right' || side === 'left' ? room[side] >= width && free.bottom - free.top >= height : room[side] >= height && free.right - free.left >= width;
  const sides = (['right', 'left', 'below', 'above'] as const).filter(fits);
  // The most room left over once the popup is in, as a share of the popup's own extent.
  const spare = (side: Side): number => room[side] / (side === 'right' || side === 'left' ? width : height);
  const side = sides.sort((a, b) => spare(b) - spare(a))[0];
  if (!side) return null;
  const slide = (centre: number, size: number, min: number, max: number): number => Math.min(Math.max(centre - size / 2, min), max - size);
  if (side === 'right' || side === 'left') {
    const top = slide((Math.max(area.top, free.top) + Math.min(area.bottom, free.bottom)) / 2, height, free.top, free.bottom);
    const left = side === 'right' ? area.right + GAP : area.left - GAP - width;
    return { side, box: { left, top, right: left + width, bottom: top + height }, tip: [side === 'right' ? left : left + width, top + height / 2] };
  }
  const left = slide((Math.max(area.left, free.left) + Math.min(area.right, free.right)) / 2, width, free.left, free.right);
  const top = side === 'below' ? area.bottom + GAP : area.top - GAP - height;
  return { side, box: { left, top, right: left + width, bottom: top + height }, tip: [left + width / 2, side === 'below' ? top : top + height] };
}

/**
 * The padding (from each edge of `map`) that frames an area in what `free` leaves once a
 * `width`×`height` popup stands at its right (a wide map) or its bottom (a tall one). Null when
 * the popup leaves too little room for the area.
 */
export function paddingBeside(map: Rect, free: Rect, width: number, height: number): { top: number; bottom: number; left: number; right: number } | null {
  const base = { top: free.top - map.top, bottom: map.bottom - free.bottom, left: free.left - map.left, right: map.right - free.right };
  const across = free.right - free.left - width - GAP;
  const down = free.bottom - free.top - height - GAP;
  // The side whose strip, once the popup is in, leaves the area the squarer room.
  const wide = across / (free.bottom - free.top) >= down / (free.right - free.left);
  if (wide && across >= 80) return { ...base, right: base.right + width + GAP };
  if (!wide && down >= 80) return { ...base, bottom: base.bottom + height + GAP };
  return null;
}
