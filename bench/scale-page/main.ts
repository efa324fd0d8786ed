import type { FeatureCollection } from 'geojson';
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { prepareLayer } from '../../src/data/prepare.ts';
import { createMap } from '../../src/map/create-map.ts';
import { FIT_PADDING, REGION_BBOX, signalComplete, sizeMap } from '../shared/page.ts';

// The growth curve (`npm run bench -- --scale`): N real towns and N district polygons, drawn by the
// app's own map (its style, its place and district layers, its glyphs), by bare MapLibre, or by
// Leaflet's canvas renderer. `?lib=app|maplibre|leaflet&n=1000`; the harness writes the data files.

declare global {
  interface Window {
    leafletMap?: L.Map;
  }
}

const q = new URLSearchParams(location.search);
const lib = q.get('lib') ?? 'maplibre';
const n = Number(q.get('n') ?? '1000');
const container = document.getElementById('map');
if (!container) throw new Error('the page has no #map element');
sizeMap(container, location.search);
const pointsUrl = `./data/points-${n}.geojson`;
const polygonsUrl = `./data/polygons-${n}.geojson`;
const json = async (url: string): Promise<FeatureCollection> => (await (await fetch(url)).json()) as FeatureCollection;

async function app(): Promise<void> {
  // All the app does for a layer: fetch, prepare (labels, anchors), setData on its own source.
  const map = createMap(container as HTMLElement, { view: null, t: '2022-09-13', layers: ['admin1', 'places'] });
  window.map = map;
  const [points, polygons] = await Promise.all([json(pointsUrl), json(polygonsUrl)]);
  void map.getSource<GeoJSONSource>('places')?.setData(prepareLayer('places', points).mapData);
  void map.getSource<GeoJSONSource>('admin1')?.setData(prepareLayer('admin1', polygons).mapData);
  // For the harness: the map idles before the data is set (fetching and preparing 20k features can
  // leave it quiet for seconds), so only an idle after this time is the first complete render.
  (window as { __benchDataAt?: number }).__benchDataAt = performance.now();
}

function maplibre(): void {
  setWorkerUrl(workerUrl);
  const isPolygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false] as never;
  const map = new MapLibreMap({
    container: container as HTMLElement,
    style: {
      version: 8,
      sources: {
        polygons: { type: 'geojson', data: new URL(polygonsUrl, location.href).href },
        points: { type: 'geojson', data: new URL(pointsUrl, location.href).href },
      },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#c9dcea' } },
        { id: 'polygons-fill', type: 'fill', source: 'polygons', filter: isPolygon, paint: { 'fill-color': '#555555', 'fill-opacity': 0.15 } },
        { id: 'polygons-line', type: 'line', source: 'polygons', paint: { 'line-color': '#3d3d3d', 'line-width': 1 } },
        { id: 'points', type: 'circle', source: 'points', paint: { 'circle-radius': 3, 'circle-color': '#2b2b2b' } },
      ],
    },
    bounds: REGION_BBOX,
    fitBoundsOptions: { padding: FIT_PADDING },
    attributionControl: false,
    maplibreLogo: false,
    renderWorldCopies: false,
  });
  window.map = map;
}

async function leaflet(): Promise<void> {
  const renderer = L.canvas();
  const map = L.map(container as HTMLElement, { preferCanvas: true, renderer, zoomSnap: 0, attributionControl: false, zoomControl: false });
  map.fitBounds(
    [
      [REGION_BBOX[1], REGION_BBOX[0]],
      [REGION_BBOX[3], REGION_BBOX[2]],
    ],
    { padding: [FIT_PADDING, FIT_PADDING], animate: false },
  );
  window.leafletMap = map;
  const [points, polygons] = await Promise.all([json(pointsUrl), json(polygonsUrl)]);
  L.geoJSON(polygons, { style: () => ({ color: '#3d3d3d', weight: 1, fillColor: '#555555', fillOpacity: 0.15 }) }).addTo(map);
  L.geoJSON(points, { pointToLayer: (_f, latlng) => L.circleMarker(latlng, { renderer, radius: 3, color: '#2b2b2b', weight: 1, fillOpacity: 1 }) }).addTo(map);
  requestAnimationFrame(() => {
    signalComplete();
  });
}

if (lib === 'app') void app();
else if (lib === 'leaflet') void leaflet();
else maplibre();
