import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { boxOf, expectHash } from './helpers.ts';
import { expect, test } from './test.ts';
import type { Page } from '@playwright/test';

// A browser without WebGL: MapLibre 6.7+ throws GPUInitializationError from its constructor.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-webgl2', '--disable-3d-apis'],
  },
});

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/articles/${name}`, import.meta.url)), 'utf8');

/** Opens the app and waits for the still map's picture with every requested layer file in. */
async function openStill(page: Page, hash = ''): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await expect(page.locator('html')).toHaveAttribute('data-map', 'still');
  await page.waitForFunction(() => document.documentElement.dataset.geodata === 'idle');
  // Land is drawn (the pattern paths in <defs> are always there; a land path is a direct child).
  await expect(page.locator('.still-map__svg > path[fill="#f5f2ea"]').first()).toBeAttached();
  return errors;
}

test('without WebGL the map is a still picture of the region, with a legend, and the article is whole', async ({ page }) => {
  const errors = await openStill(page);
  const svg = page.locator('.still-map__svg');
  const box = await boxOf(svg);
  expect(box.width).toBeGreaterThanOrEqual(300);
  expect(box.height).toBeGreaterThanOrEqual(200);
  await expect(svg).toHaveAttribute('aria-label', /on 13 September 2022: \d+ layers drawn, \d+ places marked/);
  // The story's layers in force on its date, in the legend; the 1994 line is not.
  const legend = page.locator('.still-map__legend');
  await expect(legend).toContainText('Regained 2020');
  await expect(legend).toContainText('Hit in Sep 2022');
  await expect(legend).not.toContainText('Held 1994–2020');
  // The places the story names are drawn and labelled.
  await expect(page.locator('.still-map__label', { hasText: 'Jermuk' })).toBeVisible();
  // The article is there in full, its mentions are buttons.
  await expect(page.locator('article#article h2')).toContainText('Kremlin says Putin');
  expect(await page.locator('article#article button.mention').count()).toBeGreaterThan(20);
  // The layer panel says what it cannot do; its boxes show the layers that are on.
  await expect(page.locator('.layer-panel__note')).toContainText('zoom and pan need the interactive map');
  await expect(page.getByRole('checkbox', { name: /Regained by Azerbaijan/ })).toBeChecked();
  // The message about WebGL sits in the picture's caption, over nothing.
  const why = await boxOf(page.locator('.still-map__why'));
  const panel = await boxOf(page.locator('#layers'));
  expect(why.x >= panel.x + panel.width || why.y >= panel.y + panel.height).toBe(true);
  await expect(page.locator('.still-map__why')).toContainText('it needs WebGL 2');
  // The map's Copy link control has a place here too.
  await expect(page.locator('.still-map__caption').getByRole('button', { name: 'Copy link' })).toBeVisible();
  expect(errors).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('still-1280x800.png') });
});

test('a mention click marks its place on the still map (a far one with the region) and shows its facts beside it; Back undoes it', async ({ page }) => {
  const errors = await openStill(page);
  // A far place: the picture frames it together with the region, as the map does.
  await page.locator('article#article button.mention', { hasText: 'Singapore' }).first().click();
  await expectHash(page, 'sel', 'places/singapore');
  const facts = page.locator('.still-map__facts');
  await expect(facts).toBeVisible();
  await expect(facts.locator('.atlas-popup__title').first()).toHaveText('Singapore');
  await expect(page.locator('.still-map__label', { hasText: 'Singapore' })).toBeVisible();
  // Points outside the picture are not drawn: the region's capital is in it.
  await expect(page.locator('circle.still-map__feature[data-ref="places/yerevan"]')).toHaveCount(1);
  await expect(facts).toContainText('In the article');
  await expect(page.locator('.still-map__selected')).toHaveCount(1);
  // A quote in the facts shows its paragraph in the article.
  await facts.locator('.atlas-popup__quote').first().click();
  await expectHash(page, 'p', /^\d+$/);
  await page.goBack();
  await page.goBack();
  await expect(facts).toBeHidden();
  await expect(page.locator('.still-map__selected')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a click on the picture selects what is under it', async ({ page }) => {
  const errors = await openStill(page);
  const dot = page.locator('circle.still-map__feature[data-ref="places/yerevan"]');
  await dot.click();
  await expectHash(page, 'sel', 'places/yerevan');
  await expect(page.locator('.still-map__facts .atlas-popup__title').first()).toContainText('Yerevan');
  expect(errors).toEqual([]);
});

test('the map as text works on the still map: it lists the region and an entry selects as a click does', async ({ page }) => {
  const errors = await openStill(page);
  await page.getByRole('button', { name: 'Map as text', exact: true }).click();
  await expect(page.locator('#map-text .map-text__summary')).toHaveText(/ on 13 September 2022\. Shown: \d+ layers\./);
  await page.locator('#map-text button[data-ref="places/yerevan"]').click();
  await expectHash(page, 'sel', 'places/yerevan');
  await expect(page.locator('.still-map__facts .atlas-popup__title').first()).toContainText('Yerevan');
  expect(errors).toEqual([]);
});

test('the timeline and the layer toggles redraw the picture', async ({ page }) => {
  const errors = await openStill(page, '#t=1995-01-01');
  const legend = page.locator('.still-map__legend');
  await expect(legend).toContainText('Held 1994–2020');
  await expect(legend).not.toContainText('Regained 2020');
  await expect(page.locator('.timeline__date')).toHaveText('1 January 1995');
  await page.getByRole('checkbox', { name: /Held by Armenian forces/ }).uncheck();
  await expect(legend).not.toContainText('Held 1994–2020');
  await expectHash(page, 'layers', /^(?!.*held-1994).*$/);
  await page.getByRole('button', { name: /next event/i }).click();
  await expect(page.locator('.timeline__date')).not.toHaveText('1 January 1995');
  expect(errors).toEqual([]);
});

test('a pasted article is linked and drawn on the still map, on its own date', async ({ page }) => {
  const errors = await openStill(page);
  await page.getByRole('button', { name: 'Open an article' }).click();
  // Another date than the bundled story's (13 Sep 2022): the timeline must follow the pasted one.
  await page.getByLabel('Article text').fill(fixture('multi.txt').replace('Date: 2022-09-13', 'Date: 2021-05-14'));
  await page.getByRole('button', { name: 'Show on the map' }).click();
  await expect(page.locator('article#article h2')).toHaveText('Shelling near Jermuk and Goris, Armenia says');
  await expectHash(page, 'story', 'pasted');
  await expect(page.locator('.timeline__date')).toHaveText('14 May 2021');
  await expectHash(page, 't', '2021-05-14');
  await expect(page.locator('.still-map__summary')).toHaveText(/^Shown on 14 May 2021\./);
  await page.locator('#p3').getByRole('button', { name: 'Vardenis' }).click();
  await expect(page.locator('.still-map__facts .atlas-popup__title').first()).toHaveText('Vardenis');
  await expect(page.locator('.still-map__label', { hasText: 'Vardenis' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('on a phone the still map is a picture in the page, with the facts under it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const errors = await openStill(page, '#sel=places/shusha');
  await expect(page.locator('.still-map__facts')).toBeVisible();
  const svg = await boxOf(page.locator('.still-map__svg'));
  expect(svg.width).toBeGreaterThanOrEqual(300);
  expect(svg.height).toBeGreaterThanOrEqual(200);
  const facts = await boxOf(page.locator('.still-map__facts'));
  expect(facts.y).toBeGreaterThanOrEqual(svg.y + svg.height);
  await expect(page.locator('.still-map__facts')).toContainText('Shusha');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The picture stays at the top of the screen while the article scrolls, as the map does.
  await page.locator('article#article button.mention', { hasText: 'Singapore' }).first().click();
  const picture = await boxOf(page.locator('.still-map__picture'));
  expect(picture.y).toBeGreaterThanOrEqual(0);
  expect(picture.y).toBeLessThan(5);
  expect(errors).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('still-390x844.png'), fullPage: false });
});

test('on a small laptop a selected area and its facts both have room', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const errors = await openStill(page, '#sel=regained-2020');
  await expect(page.locator('.still-map__facts')).toBeVisible();
  const svg = await boxOf(page.locator('.still-map__svg'));
  expect(svg.width).toBeGreaterThanOrEqual(300);
  expect(svg.height).toBeGreaterThanOrEqual(200);
  // A whole layer: every feature outlined, framed as the map frames it (not the world).
  expect(await page.locator('.still-map__selected').count()).toBeGreaterThan(5);
  // The outline drawn over the selection takes no clicks: a click there reaches the feature under it.
  expect(
    await page
      .locator('.still-map__selected')
      .first()
      .evaluate((e) => getComputedStyle(e).pointerEvents),
  ).toBe('none');
  expect(errors).toEqual([]);
});

test('Play steps through the events on the still map, and Pause stops it', async ({ page }) => {
  await page.clock.install();
  const errors = await openStill(page, '#t=2020-11-01');
  await page.getByRole('button', { name: 'Play the events' }).click();
  await expectHash(page, 't', '2020-11-08');
  await page.clock.runFor(7000);
  await expectHash(page, 't', '2020-11-10');
  await expect(page.locator('.still-map__summary')).toHaveText(/^Shown on 10 November 2020\./);
  await page.getByRole('button', { name: 'Pause the events' }).click();
  await expect(page.getByRole('button', { name: 'Play the events' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expectHash(page, 't', '2020-11-10');
  expect(errors).toEqual([]);
});
