import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  /** The build date, `YYYY-MM-DD`, written in by Vite's `define` (vite.config.ts); absent under plain Node. */
  const __BUILD_DATE__: string | undefined;
  interface Window {
    /** The MapLibre map: handy in the console, and the browser tests read state through it. */
    map: MapLibreMap;
    /** While comparing two dates, the second map (app/compare.ts); the browser tests read it. */
    compareMap?: MapLibreMap | undefined;
  }
  interface ImportMetaEnv {
    /** '1' in the build the browser tests run: it bundles the fixture stories of tests/fixtures/stories/. */
    readonly VITE_TEST_STORIES?: string;
  }
}

export {};
