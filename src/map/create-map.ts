import { AttributionControl, FullscreenControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MAX_ZOOM, MIN_ZOOM } from '../core/frame.ts';
import { palette, type Palette } from '../core/palette.ts';
import type { AppState } from '../state/state.ts';
import { regionCamera } from './frame.ts';
import { makePattern, patternsOf } from './patterns.ts';
import { style } from './style/style.ts';

export const ATTRIBUTION =
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), ' +
  '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), cited facts';

/**
 * Creates the map with the style built in code and the standard controls. The view comes from the
 * link, or else frames the region; dated layers start filtered to date `t`, and only the link's
 * layers are visible. MapLibre's own `hash` option stays off: state/url.ts owns the hash.
 * Throws when the browser cannot draw the map (no WebGL 2). `controls: false` makes a map without
 * the controls (the second map of a comparison, which the first one's controls move).
 */
export function createMap(
  container: HTMLElement,
  state: Pick<AppState, 'view' | 't' | 'layers'>,
  theme: Palette = palette,
  { controls = true }: { controls?: boolean } = {},
): MapLibreMap {
  setWorkerUrl(workerUrl);
  const { view } = state;
  // The same framing the camera applier gives a link without a view, so it finds the camera in
  // place and the first tiles are the ones that stay.
  const camera = view
    ? { center: [view.lng, view.lat] as [number, number], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
    : regionCamera(container);
  const map = new MapLibreMap({
    container,
    // Glyphs from this page's folder (base './'): the page's URL without its file, query or hash.
    style: style(theme, { t: state.t, layers: state.layers, base: new URL(import.meta.env.BASE_URL, location.href).href }),
    ...camera,
    hash: false,
    attributionControl: false,
    maplibreLogo: false,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    renderWorldCopies: false,
    // Labels appear at once: a fade keeps the map drawing frames after it has settled, and on
    // software GL each of those frames costs 150-400 ms.
    fadeDuration: 0,
  });

  // The patterns go in with the style, before any tile asks for them: an image the worker has to
  // ask for costs each patterned layer a round trip to the main thread and a second layout.
  for (const [id, spec] of Object.entries(patternsOf(theme))) map.addImage(id, makePattern(spec), { pixelRatio: 2 });

  cooperateOnPhones(map);
  if (!controls) return map;
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new FullscreenControl({ container: container.ownerDocument.body }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  map.addControl(new AttributionControl({ customAttribution: ATTRIBUTION }), 'bottom-right');
  // On narrow maps the attribution is compact, and MapLibre opens it each time the map becomes
  // narrow (at load, or when a window shrinks or a phone turns): fold it then, so it does not cover
  // the scale bar or take a tap meant for the map. The reader's own ⓘ still opens it.
  let narrow = false;
  const fold = (): void => {
    const now = container.clientWidth <= 640; // MapLibre's own test for compact
    if (now && !narrow) container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    narrow = now;
  };
  map.once('load', fold);
  map.on('resize', fold);
  return map;
}

/**
 * On a touch phone the map fills much of the screen above the article: one finger scrolls the
 * page, two move the map (MapLibre's cooperative gestures), so the map never traps the page's
 * scrolling. Follows the layout when a phone turns or a window changes.
 */
function cooperateOnPhones(map: MapLibreMap): void {
  const phone = window.matchMedia('(max-width: 700px) and (pointer: coarse)');
  const apply = (): void => {
    if (phone.matches) map.cooperativeGestures.enable();
    else map.cooperativeGestures.disable();
  };
  apply();
  phone.addEventListener('change', apply);
  map.once('remove', () => {
    phone.removeEventListener('change', apply);
  });
}
