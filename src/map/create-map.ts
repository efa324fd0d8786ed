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
import type { AppState } from '../state/state.ts';
import { framePadding } from '../ui/layout.ts';
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
 * The view comes from the link, or else frames the region; dated layers start filtered to date `t`,
 * and only the link's layers are visible. MapLibre's own `hash` option stays off: state/url.ts
 * owns the hash.
 */
export function createMap(container: HTMLElement, state: Pick<AppState, 'view' | 't' | 'layers'>): MapLibreMap {
  setWorkerUrl(workerUrl);
  const { view } = state;
  // The same framing sync.ts applies for a link without a view, so it finds the camera in place
  // and the first tiles are the ones that stay.
  const camera = view
    ? { center: [view.lng, view.lat] as [number, number], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
    : { bounds: REGION_BBOX, fitBoundsOptions: { padding: framePadding(container) } };
  const map = new MapLibreMap({
    container,
    style: buildStyle(palette, state.t, state.layers),
    ...camera,
    hash: false,
    attributionControl: false,
    maplibreLogo: false,
    minZoom: 1,
    maxZoom: 14,
    renderWorldCopies: false,
    // Labels appear at once: a fade keeps the map drawing frames after it has settled, and on
    // software GL each of those frames costs 150-400 ms.
    fadeDuration: 0,
  });

  // The patterns go in with the style, before any tile asks for them: an image the worker has to
  // ask for costs each patterned layer a round trip to the main thread and a second layout.
  for (const [id, spec] of Object.entries(PATTERNS)) map.addImage(id, makePattern(spec), { pixelRatio: 2 });

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
