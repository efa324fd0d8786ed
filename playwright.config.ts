import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

// Lets the offline test route (and so block) the service worker's own requests, not only the page's.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// PW_PORT lets a second checkout run its browser tests while another preview server holds 4173.
const port = Number(process.env.PW_PORT) || 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    // The offline spec allows the service worker in its own tests; elsewhere it would precache every
    // data file in each fresh context, and answer requests the tests mean to route.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
