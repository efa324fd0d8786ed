import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bench pages' own build, so the app's build and tests stay untouched. Same settings as the
// app's vite.config.ts where they affect what is measured (target, maplibre worker handling, the
// default asset inlining that decides how geodata files are shipped).
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    outDir: resolve(here, 'dist/pages'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        maplibre: resolve(here, 'maplibre-baseline/index.html'),
        leaflet: resolve(here, 'leaflet-baseline/index.html'),
        linker: resolve(here, 'link-page/index.html'),
        scale: resolve(here, 'scale-page/index.html'),
      },
    },
  },
  server: { fs: { allow: [resolve(here, '..')] } },
});
