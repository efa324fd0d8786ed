#!/usr/bin/env node
// Screenshots of a running build at desktop and phone sizes. It builds and serves nothing itself:
//   npx vite build && npx vite preview --port 4173 &
//   node scripts/screenshot.mjs [url] [out-dir] [name]
// Saves <name>-1280x800.png and <name>-390x844.png, after the map's `idle`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './find-chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? '/tmp/shots';
const name = process.argv[4] ?? 'default';
const sizes = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce', deviceScaleFactor: 1 });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log(`[${size.width}] console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => console.log(`[${size.width}] pageerror: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 30_000 });
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const map = window.map;
          if (map.loaded() && !map.isMoving()) setTimeout(resolve, 300);
          map.once('idle', () => setTimeout(resolve, 300));
        }),
    );
    await page.waitForTimeout(700);
    const file = join(out, `${name}-${size.width}x${size.height}.png`);
    await page.screenshot({ path: file, fullPage: false });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
}
