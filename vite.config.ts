import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  // maplibre-gl ships its worker as a separate file; pre-bundling it breaks the worker URL.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // Stories and geodata stay files of their own, fetched from the page's origin: never data: URLs.
    assetsInlineLimit: (file) => (/\.(geo)?json$/.test(file) ? false : undefined),
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
    // The unit tests, like the browser tests, see the fixture stories of tests/fixtures/stories/.
    env: { VITE_TEST_STORIES: '1' },
    testTimeout: 120_000,
  },
});
