import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { prerenderArticle, readStory } from './scripts/lib/prerender-article.ts';
import { DEFAULT_STORY_ID } from './src/story/default.ts';

/**
 * The production build's Content-Security-Policy. Everything the page loads comes from its own
 * origin: scripts and styles as files (nothing inline, no eval), the MapLibre worker, the geodata
 * and the stories. `img-src` allows `data:` for the SVG icons maplibre-gl.css carries and `blob:`
 * for images MapLibre decodes from blobs. A meta tag cannot carry `frame-ancestors`; README says which headers
 * a host adds.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP meta tag to the built index.html only: the dev server injects inline scripts for HMR. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'caucasus-atlas:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    },
  };
}

/**
 * The default story's article, rendered into index.html (scripts/lib/prerender-article.ts): its text
 * paints before the map's script and data arrive, and the app adopts it rather than drawing it again.
 */
function articleFirst(): Plugin {
  const file = fileURLToPath(new URL(`./src/story/stories/${DEFAULT_STORY_ID}.json`, import.meta.url));
  return {
    name: 'caucasus-atlas:article-first',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => {
        ctx.server?.watcher.add(file);
        return prerenderArticle(html, readStory(file));
      },
    },
  };
}

/**
 * The build date, the timeline's last day ("today"): `ATLAS_BUILD_DATE` when set (a reproducible
 * build), else the UTC date of the build. The unit tests see the same constant.
 */
const BUILD_DATE = process.env.ATLAS_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(BUILD_DATE)) throw new Error(`ATLAS_BUILD_DATE "${BUILD_DATE}" is not a YYYY-MM-DD date`);

export default defineConfig({
  base: './',
  define: { __BUILD_DATE__: JSON.stringify(BUILD_DATE) },
  // maplibre-gl ships its worker as a separate file; pre-bundling it breaks the worker URL.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1250,
    // Stories and geodata stay files of their own, fetched from the page's origin: never data: URLs.
    // Nothing else is inlined either: an inlined script or style would need 'unsafe-inline'.
    assetsInlineLimit: 0,
    // No inline module-preload polyfill script (every browser that runs MapLibre 6 has modulepreload).
    modulePreload: { polyfill: false },
  },
  plugins: [
    contentSecurityPolicy(),
    articleFirst(),
    VitePWA({
      // The page registers the worker itself, from src/app/offline.ts, so no inline script is
      // injected; a new version waits for the reader to reload.
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: 'Caucasus Atlas',
        short_name: 'Caucasus Atlas',
        description: 'A map explorer for reading news about the Armenia–Azerbaijan conflict: each passage tied to dated, sourced places and boundaries.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fffdf8',
        theme_color: '#1f3b57',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The app shell, the MapLibre worker, every geodata file, the gazetteer, the stories and the
        // labels' glyphs (public/glyphs/, 12 files, 1.1 MB); the plugin adds the manifest and its
        // icons (the favicon among them) itself.
        globPatterns: ['**/*.{html,js,mjs,css,json,geojson,pbf}'],
        // The largest geodata file (villages) is over Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // A new worker waits until the reader chooses to reload: files never change under a session.
        skipWaiting: false,
        clientsClaim: false,
      },
    }),
  ],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
    // vite-plugin-pwa's virtual module exists only in a build; the unit tests get a recording stand-in.
    alias: { 'virtual:pwa-register': new URL('./tests/unit/app/pwa-register.stub.ts', import.meta.url).pathname },
    // The unit tests, like the browser tests, see the fixture stories of tests/fixtures/stories/.
    env: { VITE_TEST_STORIES: '1' },
    testTimeout: 120_000,
  },
});
