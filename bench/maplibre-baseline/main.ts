import { Map as MapLibreMap, setWorkerUrl, type LayerSpecification, type SourceSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerId } from '../../src/core/contract.ts';
import { FIT_PADDING, REGION_BBOX, geodataUrl, layersFromQuery, signalComplete, sizeMap } from '../shared/page.ts';

// The floor: the same GeoJSON drawn by MapLibre with a minimal style, no UI, no glyphs, no sprite.
// Each file is a GeoJSON source URL, so MapLibre fetches and parses it in its worker.

const COLOURS: Record<string, string> = { land: '#f5f2ea', water: '#c9dcea' };
const isPolygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false] as const;
const isPoint = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false] as const;

function styleLayers(id: LayerId): LayerSpecification[] {
  const colour = COLOURS[id] ?? '#555555';
  return [
    {
      id: `${id}-fill`,
      type: 'fill',
      source: id,
      filter: isPolygon as never,
      paint: { 'fill-color': colour, 'fill-opacity': id === 'land' || id === 'water' ? 1 : 0.15 },
    },
    {
      id: `${id}-line`,
      type: 'line',
      source: id,
      filter: ['!', isPoint] as never,
      paint: { 'line-color': id === 'water' ? '#6f9fc4' : '#3d3d3d', 'line-width': 1 },
    },
    { id: `${id}-point`, type: 'circle', source: id, filter: isPoint as never, paint: { 'circle-radius': 3, 'circle-color': '#2b2b2b' } },
  ];
}

const container = document.getElementById('map');
if (!container) throw new Error('the page has no #map element');
sizeMap(container, location.search);
const layers = layersFromQuery(location.search);
setWorkerUrl(workerUrl);
const sources: Record<string, SourceSpecification> = {};
for (const id of layers) sources[id] = { type: 'geojson', data: geodataUrl(id) };

const map = new MapLibreMap({
  container,
  style: {
    version: 8,
    sources,
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#c9dcea' } }, ...layers.flatMap(styleLayers)],
  },
  bounds: REGION_BBOX,
  fitBoundsOptions: { padding: FIT_PADDING },
  attributionControl: false,
  maplibreLogo: false,
  renderWorldCopies: false,
});
window.map = map;
// Every source is in the style, so the first idle is the first complete render.
map.once('idle', signalComplete);
