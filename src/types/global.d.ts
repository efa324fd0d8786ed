import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The MapLibre map: handy in the console, and the browser tests read state through it. */
    map: MapLibreMap;
  }
}

export {};
