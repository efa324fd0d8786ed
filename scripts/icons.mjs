#!/usr/bin/env node
// `node scripts/icons.mjs`: draws the web app manifest's PNG icons (public/icon-192.png,
// public/icon-512.png) from public/favicon.svg with the system Chromium, so the icons are the
// favicon at the sizes an install prompt asks for, not separate artwork. Run it after changing the
// favicon, and commit the PNGs.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const found = findChromium();
if (!found) {
  console.error('No Chromium found: set CHROMIUM_PATH or install chromium.');
  process.exit(1);
}
const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // The SVG scaled to fill the square, on a transparent background (its corners are rounded).
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><body style="margin:0">${sized}</body>`);
    writeFileSync(new URL(`../public/icon-${size}.png`, import.meta.url), await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
