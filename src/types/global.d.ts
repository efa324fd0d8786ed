import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The MapLibre map: handy in the console, and the browser tests read state through it. */
    map: MapLibreMap;
  }
  interface ImportMetaEnv {
    /** '1' in the build the browser tests run: it bundles the fixture stories of tests/fixtures/stories/. */
    readonly VITE_TEST_STORIES?: string;
  }
}

export {};
