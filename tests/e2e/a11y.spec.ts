import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { boxOf, expectHash, openApp as openSameDocument } from './helpers.ts';

/** A fresh load at a hash: `goto` to another hash of the same page would only change the hash. */
async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto('about:blank');
  await openSameDocument(page, hash);
}

// Issue 12: an accessible news map. axe-core checks WCAG 2.0 and 2.1, levels A and AA.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's violations on the page, as `rule: first targets` lines (empty when there are none). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Whether the open popup lies wholly inside the map's rectangle (polled: it eases into place). */
async function popupInsideMap(page: Page): Promise<string> {
  const map = await boxOf(page.locator('#map'));
  const popup = await boxOf(page.locator('.maplibregl-popup'));
  const inside = popup.x >= map.x && popup.y >= map.y && popup.x + popup.width <= map.x + map.width && popup.y + popup.height <= map.y + map.height;
  return inside ? 'inside' : `popup ${JSON.stringify(popup)} outside map ${JSON.stringify(map)}`;
}

test('axe finds no WCAG 2.1 A/AA violation: default view, popup open, text twin open, 1995, the Open an article dialog', async ({ page }) => {
  await openApp(page);
  expect(await violations(page), 'default view').toEqual([]);

  await openApp(page, '#map=9/39.82/46.75&sel=places/stepanakert');
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toBeVisible();
  // The Armenian name carries its language; the close button is named in words.
  await expect(popup.locator('dd[lang="hy"]')).toHaveText('Ստեփանակերտ');
  await expect(popup.locator('dd[lang="az"]')).toHaveText('Xankəndi');
  await expect(popup.getByRole('button', { name: 'Close popup' })).toBeVisible();
  expect(await violations(page), 'popup open').toEqual([]);

  await page.getByRole('button', { name: 'Map as text', exact: true }).click();
  await expect(page.locator('#map-text')).toBeVisible();
  await expect(page.locator('#map-text button[data-ref="places/stepanakert"]')).toBeVisible();
  expect(await violations(page), 'text twin open').toEqual([]);

  await openApp(page, '#t=1995-01-01');
  expect(await violations(page), 'timeline at 1995').toEqual([]);

  await page.getByRole('button', { name: /open an article/i }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'Open an article dialog').toEqual([]);
});

test('keyboard only: skip links first, the twin, Stepanakert’s popup takes focus and Escape gives it back, then a mention', async ({ page }) => {
  await openApp(page, '#map=9/39.82/46.75');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to the article');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to the map as text');
  await page.keyboard.press('Enter');
  await expect(page.locator('#map-text')).toBeVisible();
  await expect(page.locator(':focus')).toHaveText('The map as text');
  // The hash is the app's state: a skip link must not write "#map-text" into it.
  await expectHash(page, 'map', /^9\//);

  const entry = page.locator('#map-text button[data-ref="places/stepanakert"]');
  for (let i = 0; i < 120 && !(await entry.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(entry).toBeFocused();
  await page.keyboard.press('Enter');
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toBeVisible();
  await expectHash(page, 'sel', 'places/stepanakert');
  await expect.poll(() => popup.evaluate((p) => p.contains(document.activeElement))).toBe(true);
  // Tab stays inside while the popup is open.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await popup.evaluate((p) => p.contains(document.activeElement)), `Tab ${String(i + 1)} stays in the popup`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(entry).toBeFocused();
  await expectHash(page, 'sel', null);

  // On to the article: past the rest of the twin, the first mention.
  const isMention = (): Promise<boolean> => page.evaluate(() => document.activeElement?.classList.contains('mention') === true);
  for (let i = 0; i < 200 && !(await isMention()); i++) await page.keyboard.press('Tab');
  expect(await isMention()).toBe(true);
  const target = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.target ?? '');
  await page.keyboard.press('Enter');
  await expect(page.locator('.maplibregl-popup')).toBeVisible();
  if (target) await expectHash(page, 'sel', target);
  else await expectHash(page, 'sel', /.+/);
});

test('the twin lists what the view and date show, and the live region says a selection in one sentence', async ({ page }) => {
  await openApp(page, '#map=9/39.82/46.75');
  await page.getByRole('button', { name: 'Map as text', exact: true }).click();
  const twin = page.locator('#map-text');
  await expect(twin.locator('button[data-ref="places/stepanakert"]')).toHaveText(/Stepanakert/);
  await expect(twin.locator('button[data-ref="places/shusha"]')).toHaveText(/Shusha/);
  await expect(twin.locator('.map-text__summary')).toHaveText(
    /^Nagorno-Karabakh and surroundings on 13 September 2022\. Shown: \d+ layers\. \d+ places and \d+ areas or lines in view\.$/,
  );
  await expect(twin.locator('button[data-ref="regained-2020/shusha"]')).toBeVisible();
  await expect(twin.locator('button[data-ref="held-1994/held-1994"]')).toHaveCount(0);

  await twin.locator('button[data-ref="places/shusha"]').click();
  await expectHash(page, 'sel', 'places/shusha');
  await expect(page.locator('.maplibregl-popup')).toBeVisible();
  await expect(page.locator('#announcer')).toHaveText(/^Shusha: town\. Taken by Azerbaijan on 8 November 2020/);

  await openApp(page, '#map=9/39.82/46.75&t=1995-01-01');
  await page.getByRole('button', { name: 'Map as text', exact: true }).click();
  await expect(twin.locator('.map-text__summary')).toHaveText(/on 1 January 1995\./);
  await expect(twin.locator('button[data-ref="held-1994/held-1994"]')).toBeVisible();
  await expect(twin.locator('button[data-ref^="regained-2020/"]')).toHaveCount(0);
  await expect(twin.locator('button[data-ref^="peacekeeping-2020/"]')).toHaveCount(0);
});

test('a popup opened by sel= for an area and for a place lies wholly inside the map, at 1280×800 and on a phone', async ({ page }) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    for (const hash of ['#map=8/39.6/46.9&sel=regained-2020/hadrut', '#map=9/39.82/46.75&sel=places/stepanakert']) {
      await openApp(page, hash);
      await expect(page.locator('.maplibregl-popup')).toBeVisible();
      await expect.poll(() => popupInsideMap(page), `${hash} at ${String(size.width)}`).toBe('inside');
      if (size.width === 1280) {
        const panel = await boxOf(page.locator('#layers'));
        const popup = await boxOf(page.locator('.maplibregl-popup'));
        expect(popup.x, `${hash}: clear of the layer panel`).toBeGreaterThanOrEqual(panel.x + panel.width);
      }
    }
  }
  await openApp(page);
  expect(await violations(page), 'phone layout at 390×844').toEqual([]);
});

test('screenshots: no horizontal scroll at 320 px; phone, laptop and forced colours', async ({ page }, testInfo) => {
  const shot = async (name: string): Promise<void> => {
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  };
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, '#sel=places/shusha');
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shot('320x640');
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await shot('390x844');
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '#map=8/39.6/46.9&sel=regained-2020/hadrut');
  await shot('1280x800');
  await page.emulateMedia({ forcedColors: 'active' });
  await openApp(page, '#t=1995-01-01');
  await shot('forced-colors');
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the map takes two fingers (cooperative gestures), so one finger scrolls the page', async ({ page }) => {
    await openApp(page);
    expect(await page.evaluate(() => window.map.cooperativeGestures.isEnabled())).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.evaluate(() => window.map.cooperativeGestures.isEnabled())).toBe(false);
  });
});
