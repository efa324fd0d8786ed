import { expect, type Locator, type Page } from '@playwright/test';

/** A value the test needs; throws with a clear message when it is missing. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/** The bounding box of a locator's element; throws when it has none (it is not visible). */
export async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  return defined(await locator.boundingBox(), `the bounding box of ${locator.toString()}`);
}

/** Opens the app at a hash and waits until data is loaded and the map is idle. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await waitForMap(page);
}

/** Waits for the app to be wired, every requested layer file to be in, and the map's `idle`. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.waitForFunction(() => document.documentElement.dataset.geodata !== 'loading');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.map;
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) resolve();
        else
          map.once('idle', () => {
            resolve();
          });
      }),
  );
}

/** The current hash's key/value pairs. */
export async function hashParams(page: Page): Promise<URLSearchParams> {
  return new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1));
}

/** Waits until the hash (written at most every 300 ms while panning) has a key with a value. */
export async function expectHash(page: Page, key: string, value: string | RegExp | null): Promise<void> {
  const poll = expect.poll(async () => (await hashParams(page)).get(key), { message: `hash ${key}` });
  if (value instanceof RegExp) await poll.toMatch(value);
  else await poll.toBe(value);
}

export async function mapCenter(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const { lng, lat } = window.map.getCenter();
    return { lng, lat, zoom: window.map.getZoom() };
  });
}

/** One key of a feature's feature-state, read in the page (MapLibre types the state loosely). */
export async function featureState(page: Page, source: string, id: string, key: string): Promise<unknown> {
  return page.evaluate(
    ([s, i, k]) => {
      const state: unknown = window.map.getFeatureState({ source: s, id: i });
      return (state as Record<string, unknown>)[k];
    },
    [source, id, key] as const,
  );
}

export async function visibility(page: Page, styleLayer: string): Promise<string> {
  return page.evaluate((id) => {
    const value: unknown = window.map.getLayoutProperty(id, 'visibility');
    return typeof value === 'string' ? value : 'visible';
  }, styleLayer);
}
