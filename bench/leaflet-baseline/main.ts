import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { LayerId } from '../../src/core/contract.ts';
import { FIT_PADDING, REGION_BBOX, geodataUrl, layersFromQuery, signalComplete, sizeMap } from '../shared/page.ts';

// The peer: Leaflet (what uMap is built on) drawing the same GeoJSON with its canvas renderer.

declare global {
  interface Window {
    leafletMap?: L.Map;
  }
}

const COLOURS: Record<string, string> = { land: '#f5f2ea', water: '#c9dcea' };

function styleFor(id: LayerId): L.PathOptions {
  const base = id === 'land' || id === 'water';
  return {
    color: id === 'water' ? '#6f9fc4' : '#3d3d3d',
    weight: 1,
    fillColor: COLOURS[id] ?? '#555555',
    fillOpacity: base ? 1 : 0.15,
  };
}

const container = document.getElementById('map');
if (!container) throw new Error('the page has no #map element');
sizeMap(container, location.search);
const layers = layersFromQuery(location.search);
const renderer = L.canvas();
// zoomSnap 0: fit the region exactly as MapLibre does, not to the nearest whole zoom.
const map = L.map(container, { preferCanvas: true, renderer, zoomSnap: 0, attributionControl: false, zoomControl: false });
map.fitBounds(
  [
    [REGION_BBOX[1], REGION_BBOX[0]],
    [REGION_BBOX[3], REGION_BBOX[2]],
  ],
  { padding: [FIT_PADDING, FIT_PADDING], animate: false },
);
window.leafletMap = map;

async function main(): Promise<void> {
  const data = await Promise.all(layers.map(async (id) => [id, (await (await fetch(geodataUrl(id))).json()) as GeoJSON.GeoJsonObject] as const));
  for (const [id, json] of data) {
    L.geoJSON(json, {
      style: () => styleFor(id),
      pointToLayer: (_f, latlng) => L.circleMarker(latlng, { renderer, radius: 3, color: '#2b2b2b', weight: 1, fillOpacity: 1 }),
    }).addTo(map);
  }
  // The canvas renderer redraws in its own animation frame, requested while the layers were added;
  // this frame callback runs after it, so the layers have been painted.
  requestAnimationFrame(() => {
    signalComplete();
  });
}

void main();
