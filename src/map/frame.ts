import { LngLat, type Map as MapLibreMap, type PaddingOptions } from 'maplibre-gl';
import { frameFor, REGION_BBOX } from '../core/frame.ts';
import type { BBox } from '../core/geometry.ts';
import { roundView } from '../state/hash.ts';
import type { View } from '../state/state.ts';

/**
 * Camera framing, the one place that moves the map to show something: a selected target, an event
 * of the timeline, or the whole region. Where to look comes from core/frame.ts; this adds the
 * padding that keeps the target clear of what floats over the map.
 */

/**
 * Map padding that keeps framed places clear of what floats over the map: on wide screens the
 * layer panel sits over the map's left side, so frames shift right of it. On phones the panel is
 * below the map and the padding is small.
 */
export function framePadding(mapContainer: HTMLElement, extra = 0): Padding {
  const base = mapContainer.clientWidth < 600 ? 16 : 40;
  const panel = mapContainer.ownerDocument.getElementById('layers');
  let left = base;
  if (panel && getComputedStyle(panel).position === 'absolute') {
    const panelBox = panel.getBoundingClientRect();
    const mapBox = mapContainer.getBoundingClientRect();
    // Only when the panel leaves room: a map narrower than twice the panel keeps its centre.
    if (mapBox.width > panelBox.width * 2.2) left = panelBox.right - mapBox.left + base / 2;
  }
  return { top: base + extra, bottom: base, left, right: base + (mapContainer.clientWidth < 600 ? 0 : 40) };
}

export interface FrameOptions {
  /** Leave room above the target for a popup that opens there. */
  popup?: boolean;
  /** Length of the flight in ms; 0 (or reduced motion) jumps. */
  duration: number;
  /**
   * The size of a popup that will stand beside the target (an area or a line): the frame leaves a
   * strip for it, at the right on a wide map, at the bottom on a narrow one, where that leaves room.
   */
  beside?: { width: number; height: number };
}

/** Adds a strip for a popup beside the target to `padding`, where the map keeps room for the target. */
type Padding = { top: number; bottom: number; left: number; right: number };

export function paddingForPopup(padding: Padding, size: { width: number; height: number }, map: { width: number; height: number }): Padding {
  const strip = 12;
  if (map.width >= 600) {
    const left = map.width - padding.left - padding.right - size.width - strip;
    return left >= 160 ? { ...padding, right: padding.right + size.width + strip } : padding;
  }
  const left = map.height - padding.top - padding.bottom - size.height - strip;
  return left >= 100 ? { ...padding, bottom: padding.bottom + size.height + strip } : padding;
}

/**
 * Moves the camera to a target: a far place together with the region, a point close up, an area
 * or line to its box (see `frameFor`).
 */
export function frameTarget(map: Pick<MapLibreMap, 'fitBounds' | 'getContainer'>, target: { bbox: BBox; far?: boolean }, options: FrameOptions): void {
  const frame = frameFor(target);
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const container = map.getContainer();
  const padding = framePadding(container, options.popup && !options.beside ? 40 : 0);
  map.fitBounds(frame.bounds, {
    padding: options.beside ? paddingForPopup(padding, options.beside, { width: container.clientWidth, height: container.clientHeight }) : padding,
    maxZoom: frame.maxZoom,
    duration: reduce ? 0 : options.duration,
    essential: false,
  });
}

/** The map's camera now, rounded as a link writes it. */
export function viewOf(map: MapLibreMap): View {
  const c = map.getCenter();
  return roundView({ zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() });
}

/** The camera options of the default view: the region, clear of the layer panel. */
export function regionCamera(container: HTMLElement): { bounds: BBox; fitBoundsOptions: { padding: PaddingOptions } } {
  return { bounds: REGION_BBOX, fitBoundsOptions: { padding: framePadding(container) } };
}

/**
 * Frames the region, unless the camera is already there: a move to where the map already is still
 * costs a frame.
 */
export function frameRegion(map: MapLibreMap): void {
  const padding = framePadding(map.getContainer());
  const target = map.cameraForBounds(REGION_BBOX, { padding });
  const centre = target?.center === undefined ? null : LngLat.convert(target.center);
  const framed =
    centre && target?.zoom !== undefined ? JSON.stringify(roundView({ zoom: target.zoom, lat: centre.lat, lng: centre.lng, bearing: 0, pitch: 0 })) : null;
  if (JSON.stringify(viewOf(map)) !== framed) map.fitBounds(REGION_BBOX, { padding, animate: false });
}

/** Moves the camera to a view from a link, unless it is already there. */
export function jumpToView(map: MapLibreMap, view: View): void {
  const want = roundView(view);
  if (JSON.stringify(viewOf(map)) !== JSON.stringify(want))
    map.jumpTo({ center: [want.lng, want.lat], zoom: want.zoom, bearing: want.bearing, pitch: want.pitch });
}
