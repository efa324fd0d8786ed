/**
 * `npm run bench:compare`: does comparing two dates leak? Opens the production build in headless
 * Chromium, enters and leaves compare (the "Compare dates" button, then "Stop comparing") a number
 * of times, each time waiting until the second map has loaded and drawn, and measures the main
 * thread's JS heap after forced garbage collection (CDP, lib/heap.ts) before and after, and the
 * canvases and WebGL contexts left. Fails when the heap grew by more than 3 MB, or when a canvas of
 * the second map is left behind.
 *
 *   npm run bench:compare                  20 cycles, after 2 warm-up cycles
 *   options: --cycles=N  --no-build (reuse dist/)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { gcHeap } from './lib/heap.ts';
import { serveStatic } from './lib/server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const BUDGET_BYTES = 3 * 1024 * 1024;
const WARMUP = 2;

async function cycle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Compare dates' }).click();
  await page.waitForFunction(() => window.compareMap?.loaded() === true && window.compareMap.areTilesLoaded() && !window.compareMap.isMoving(), null, {
    timeout: 60_000,
  });
  // One full frame of the second map, so its tiles and buffers exist before it goes.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const second = window.compareMap;
        if (!second) {
          resolve();
          return;
        }
        second.once('render', () => {
          resolve();
        });
        second.triggerRepaint();
      }),
  );
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await page.waitForFunction(() => window.compareMap === undefined && document.querySelectorAll('canvas').length === 1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const cycles = Number(args.find((a) => a.startsWith('--cycles='))?.split('=')[1] ?? 20);
  if (!args.includes('--no-build') || !existsSync(join(DIST, 'index.html'))) {
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the build failed');
  }
  const found = findChromium();
  if (!found) throw new Error('no Chromium found: set CHROMIUM_PATH or install chromium');
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const errors: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 60_000 });
    for (let i = 0; i < WARMUP; i++) await cycle(page);
    const before = await gcHeap(cdp);
    const started = Date.now();
    const samples: number[] = [];
    for (let i = 0; i < cycles; i++) {
      await cycle(page);
      if ((i + 1) % 5 === 0) samples.push(await gcHeap(cdp));
    }
    const after = await gcHeap(cdp);
    const canvases = await page.evaluate(() => document.querySelectorAll('canvas').length);
    const mb = (b: number): string => (b / 1024 / 1024).toFixed(2);
    console.log(`${String(cycles)} compare cycles in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    console.log(`heap after GC: ${mb(before)} MB before, ${mb(after)} MB after (${after >= before ? '+' : ''}${mb(after - before)} MB; budget +3 MB)`);
    console.log(`every 5 cycles: ${samples.map(mb).join(', ')} MB`);
    console.log(`canvases left: ${String(canvases)} (the main map's)`);
    if (errors.length > 0) throw new Error(`errors in the page:\n${errors.join('\n')}`);
    if (canvases !== 1) throw new Error(`${String(canvases - 1)} canvas(es) of a second map left behind`);
    if (after - before > BUDGET_BYTES) throw new Error(`the heap grew by ${mb(after - before)} MB over ${String(cycles)} cycles (budget 3 MB)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
