// Finds a Chromium for the browser tests, in the order the README promises:
// $CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own browser.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** @returns {{ path: string, from: string } | null} */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, from: '$CHROMIUM_PATH' };
    console.warn(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no file is there; looking elsewhere.`);
  }
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', from: '/usr/bin/chromium' };
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, from: "Playwright's own browser" };
  } catch {
    // playwright-core missing or no browser registered: fall through.
  }
  return null;
}

/**
 * Flags for headless Chromium here: no sandbox (CI runs as root), no background connections (the
 * network is closed, and Chromium retries them), and WebGL through SwiftShader.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];
