import {
  AttributionControl,
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { View } from '../state/state.ts';
import { ShareControl } from '../ui/share-control.ts';
import { REGION_BBOX } from './camera.ts';
import { palette } from './palette.ts';
import { makePattern, type PatternSpec } from './patterns.ts';
import { buildStyle } from './style.ts';

export const ATTRIBUTION =
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), ' +
  '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), cited facts';

/** Fill patterns the style names, drawn in code (device pixels; added at pixelRatio 2). */
const PATTERNS: Record<string, PatternSpec> = {
  'hatch-held': { kind: 'hatch', color: palette.held, size: 16, weight: 3, direction: '/' },
  'hatch-regained': { kind: 'hatch', color: palette.regained, size: 16, weight: 2, direction: '\\' },
  'dots-peacekeeping': { kind: 'dots', color: palette.peacekeeping, size: 14, weight: 4 },
};

/**
 * Creates the map with the style built in code, the standard controls and the share control.
 * The view comes from the link, or else frames the region; dated layers start filtered to date `t`. MapLibre's own `hash` option stays off:
 * state/url.ts owns the hash.
 */
export function createMap(container: HTMLElement, view: View | null, t?: string): MapLibreMap {
  setWorkerUrl(workerUrl);
  const camera = view
    ? { center: [view.lng, view.lat] as [number, number], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
    : { bounds: REGION_BBOX, fitBoundsOptions: { padding: 16 } };
  const map = new MapLibreMap({
    container,
    style: buildStyle(palette, t),
    ...camera,
    hash: false,
    attributionControl: false,
    maplibreLogo: false,
    minZoom: 1,
    maxZoom: 14,
    renderWorldCopies: false,
    // Labels fade in unless the reader asked for less motion.
    fadeDuration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 150,
  });

  map.setMissingStyleImageResolver((id) => {
    const spec = PATTERNS[id];
    if (spec && !map.hasImage(id)) map.addImage(id, makePattern(spec), { pixelRatio: 2 });
  });

  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new FullscreenControl({ container: container.ownerDocument.body }), 'top-right');
  map.addControl(new ShareControl(), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  map.addControl(new AttributionControl({ customAttribution: ATTRIBUTION }), 'bottom-right');
  // On narrow maps the attribution is compact; start it folded so it does not cover the scale bar.
  map.once('load', () => {
    if (container.clientWidth < 640) container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
  });
  return map;
}
