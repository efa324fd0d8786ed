import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

// Lets the offline test route (and so block) the service worker's own requests, not only the page's.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A port no one listens on now, found by letting the system pick one (a child process, since config loading is synchronous). */
function freePort(): number {
  const script = "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

// The preview server takes a free port, so a server already on 4173 (or a second checkout's) does
// not fail the run; PW_PORT chooses one. Playwright loads this file again in each worker process:
// the first load writes the port into the environment the workers inherit, so all agree on it.
// --strictPort stays: if another process takes the port in between, the server fails at once.
process.env.PW_PORT ||= String(freePort());
const port = Number(process.env.PW_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Two workers, each with its own Chromium, one per core of the 2-core machines CI runs on: a
  // serial run left a core idle for most of its 9.7 min (its processes used 6 min of CPU in a 15
  // min CI run). Tests in one file still run in order. PW_WORKERS=1 gives the serial run back.
  fullyParallel: false,
  workers: Number(process.env.PW_WORKERS) || 2,
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
