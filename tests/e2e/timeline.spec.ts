import { expect, test } from './test.ts';
import type { Page } from '@playwright/test';
import { dayNumber, isoOfDay } from '../../src/core/dates.ts';
import { boxOf, expectHash, hashParams, openApp, waitForMap } from './helpers.ts';

const AGHDAM: [number, number] = [46.9286, 39.9836];

/** Feature ids of a source drawn at a place (projected after idle), or anywhere in view. */
async function drawn(page: Page, source: string, at?: [number, number]): Promise<string[]> {
  return page.evaluate(
    ([src, lngLat]) => {
      const map = window.map;
      const features = lngLat ? map.queryRenderedFeatures(map.project(lngLat)) : map.queryRenderedFeatures();
      return [...new Set(features.filter((f) => f.source === src && f.properties._helper === undefined).map((f) => String(f.properties.id)))];
    },
    [source, at ?? null] as const,
  );
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Date shown on the map' });

/** The timeline's last day as the build under test has it (its build date), read from the slider. */
async function buildToday(page: Page): Promise<string> {
  return isoOfDay(Number(await slider(page).getAttribute('max')));
}

test('at t=1995-01-01 held-1994 is drawn at Aghdam and nothing from regained-2020 is', async ({ page }) => {
  await openApp(page, '#t=1995-01-01');
  expect(await drawn(page, 'held-1994', AGHDAM)).toContain('held-1994');
  expect(await drawn(page, 'regained-2020')).toEqual([]);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 January 1995');
});

test('at t=2020-11-21 Aghdam’s handover is drawn and Kalbajar’s is not yet', async ({ page }) => {
  await openApp(page, '#t=2020-11-21');
  expect(await drawn(page, 'regained-2020', AGHDAM)).toContain('aghdam');
  const all = await drawn(page, 'regained-2020');
  expect(all).toContain('aghdam');
  expect(all).not.toContain('kalbajar');
  expect(all).not.toContain('lachin');
  // The line of contact ended with the war on 10 Nov.
  expect(await drawn(page, 'held-1994')).toEqual([]);
});

test('at t=2022-09-13 peacekeeping-2020 and clashes-2022 are drawn', async ({ page }) => {
  await openApp(page, '#t=2022-09-13');
  expect(await drawn(page, 'peacekeeping-2020')).toEqual(expect.arrayContaining(['peacekeeping-zone', 'lachin-corridor-2022']));
  expect(await drawn(page, 'peacekeeping-2020')).not.toContain('lachin-corridor');
  expect((await drawn(page, 'clashes-2022')).length).toBeGreaterThan(3);
});

test('at t=2024-07-01 neither peacekeeping-2020 nor the corridor is drawn', async ({ page }) => {
  await openApp(page, '#t=2024-07-01');
  expect(await drawn(page, 'peacekeeping-2020')).toEqual([]);
  expect(await drawn(page, 'clashes-2022')).toEqual([]);
  // The regained areas stay; the NKAO shows as a former boundary.
  expect((await drawn(page, 'regained-2020')).length).toBeGreaterThan(5);
  expect(await drawn(page, 'nagorno-karabakh')).toEqual(['nkao']);
  await expect(page.locator('.layer-panel__row[data-layer="peacekeeping-2020"] .layer-panel__when')).toHaveText(/Not in force on 1 Jul 2024/);
});

test('at t=2023-10-01 the 2023 offensive and the exodus are drawn, and the peacekeeping zone is not', async ({ page }) => {
  // The article's story lists the layers of its own date; the 2023 layer is asked for in the link.
  await openApp(page, '#layers=countries,peacekeeping-2020,offensive-2023,places&t=2023-10-01');
  expect(await drawn(page, 'peacekeeping-2020')).toEqual([]);
  expect((await drawn(page, 'offensive-2023')).sort()).toEqual(['exodus-2023', 'taken-2023']);
  expect(await drawn(page, 'offensive-2023', [46.7519, 39.8153])).toContain('taken-2023');
});

test('at t=2022-09-13 the 2022 positions inside Armenia are drawn, and their popup attributes them', async ({ page }) => {
  await openApp(page, '#map=10/39.86/45.75&layers=countries,inside-armenia,places&sel=inside-armenia/jermuk-2022&t=2022-09-13');
  expect(await drawn(page, 'inside-armenia')).toContain('jermuk-2022');
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText("The Armenian side's account");
  await expect(popup).toContainText("Azerbaijan's position");
});

test('at t=2024-06-01 the four Gazakh villages are drawn as returned, with the delimited border, and the 2025 route is not yet', async ({ page }) => {
  await openApp(page, '#map=11/41.07/45.11&layers=countries,peace-2024&sel=peace-2024/kheyrimli&t=2024-06-01');
  expect((await drawn(page, 'peace-2024')).sort()).toEqual(['ashaghi-askipara', 'baghanis-ayrum', 'delimited-2024', 'gizilhajili', 'kheyrimli']);
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('returned to Azerbaijan');
  await expect(popup).toContainText("Mustafayev's office said");
  await expect(popup).toContainText("Armenia's National Security Service said");
  // A month earlier, before the handover, none of it is drawn.
  await slider(page).press('ArrowLeft');
  await expectHash(page, 't', '2024-05-01');
  await waitForMap(page);
  expect(await drawn(page, 'peace-2024')).toEqual([]);
});

test('t=garbage falls back to the article’s date', async ({ page }) => {
  await openApp(page, '#t=garbage');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 September 2022');
  await expectHash(page, 't', '2022-09-13');
  expect((await drawn(page, 'clashes-2022')).length).toBeGreaterThan(3);
});

test('with no t the map opens at the article’s date, with its event captioned', async ({ page }) => {
  await openApp(page);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 September 2022');
  await expect(page.locator('.timeline__caption')).toContainText('The article’s day');
  await expect(page.locator('.timeline__source')).toContainText('The Straits Times');
});

test('the event buttons move the slider and the hash, each adding a history entry', async ({ page }) => {
  await openApp(page, '#t=2022-09-13');
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: /^Next event/ }).click();
  // The next event is Armenia's army chief's account of the positions toward Jermuk (16 Sep 2022).
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '16 September 2022');
  await expectHash(page, 't', '2022-09-16');
  await expect(page.locator('.timeline__caption')).toContainText('Jermuk');
  await expect(page.locator('.timeline__source')).toContainText('Source:');

  await page.getByRole('button', { name: /^Previous event/ }).click();
  await page.getByRole('button', { name: /^Previous event/ }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '12 September 2022');
  await expectHash(page, 't', '2022-09-12');
  expect(await page.evaluate(() => history.length)).toBe(length + 3);
  expect(Number(await slider(page).inputValue())).toBe(Math.round(Date.UTC(2022, 8, 12) / 86_400_000));

  await page.goBack();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 September 2022');
  await expectHash(page, 't', '2022-09-13');
});

test('the slider works from the keyboard: a month per arrow, a year per page, Home and End', async ({ page }) => {
  await openApp(page, '#t=2022-09-13');
  const length = await page.evaluate(() => history.length);
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 October 2022');
  await page.keyboard.press('PageDown');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '13 October 2021');
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 January 1923');
  await expectHash(page, 't', '1923-01-01');
  // Sliding rewrites the current entry rather than adding one per step.
  expect(await page.evaluate(() => history.length)).toBe(length);
  await waitForMap(page);
  expect(await drawn(page, 'nagorno-karabakh')).toEqual([]);
  await page.keyboard.press('End');
  await expectHash(page, 't', await buildToday(page));
});

test('t at today’s date is accepted, and a date after it falls back to today', async ({ page }) => {
  await openApp(page, '#t=2999-01-01');
  const today = await buildToday(page);
  expect(today >= '2025-08-08').toBe(true);
  await expectHash(page, 't', today);
  await openApp(page, `#t=${isoOfDay(dayNumber(today) - 1)}`);
  await expectHash(page, 't', isoOfDay(dayNumber(today) - 1));
});

test('Play steps through the events, framing each, and stops at the end', async ({ page }) => {
  await openApp(page, '#map=6/40.2/46&t=2025-01-01');
  await page.getByRole('button', { name: 'Play the events' }).click();
  await expect(page.getByRole('button', { name: 'Pause the events' })).toBeVisible();
  await expectHash(page, 't', '2026-01-13');
  // The last event (the TRIPP framework) frames the planned route along the Aras, then Play stops by itself.
  await expect(page.getByRole('button', { name: 'Play the events' })).toBeVisible();
  await waitForMap(page);
  const c = await page.evaluate(() => window.map.getCenter());
  expect(c.lng).toBeGreaterThan(46.1);
  expect(c.lng).toBeLessThan(46.6);
  expect(c.lat).toBeGreaterThan(38.7);
  expect(c.lat).toBeLessThan(39.1);
});

test('Pause stops Play where it is', async ({ page }) => {
  // Playwright's clock runs on past the moment the next step was due, instead of waiting for it.
  await page.clock.install();
  await openApp(page, '#t=2020-11-08');
  await page.getByRole('button', { name: 'Play the events' }).click();
  await expectHash(page, 't', '2020-11-10');
  await page.getByRole('button', { name: 'Pause the events' }).click();
  await expect(page.getByRole('button', { name: 'Play the events' })).toBeVisible();
  // A step is due every 6 s (reduced motion); 20 s would have taken Play three steps on.
  await page.clock.runFor(20_000);
  await waitForMap(page);
  expect((await hashParams(page)).get('t')).toBe('2020-11-10');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /10 November 2020/);
});

test('Play adds one history entry for all its steps, and Back returns to before Play', async ({ page }) => {
  await page.clock.install();
  await openApp(page, '#t=2020-11-08');
  await expectHash(page, 't', '2020-11-08');
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Play the events' }).click();
  await expectHash(page, 't', '2020-11-10');
  expect(await page.evaluate(() => history.length)).toBe(length + 1);
  await page.clock.runFor(6500);
  await expectHash(page, 't', '2020-11-20');
  await page.clock.runFor(6500);
  await expectHash(page, 't', '2020-11-25');
  // Later steps replaced the entry the first step added.
  expect(await page.evaluate(() => history.length)).toBe(length + 1);
  await page.goBack();
  await expectHash(page, 't', '2020-11-08');
  // Back is a change of date from outside Play, so Play stops.
  await expect(page.getByRole('button', { name: 'Play the events' })).toBeVisible();
  await page.clock.runFor(20_000);
  expect((await hashParams(page)).get('t')).toBe('2020-11-08');
});

test('Play stops when the reader turns the mouse wheel over the map', async ({ page }) => {
  await page.clock.install();
  await openApp(page, '#map=7/40/46.5&t=2020-11-08');
  await page.getByRole('button', { name: 'Play the events' }).click();
  await expectHash(page, 't', '2020-11-10');
  const box = await boxOf(page.locator('#map'));
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -200);
  await expect(page.getByRole('button', { name: 'Play the events' })).toBeVisible();
  // The clock runs in real time until runFor, so on a busy machine Play may have taken a step more
  // before the wheel: what counts is that the date stays where Play stopped.
  const stopped = (await hashParams(page)).get('t');
  expect(['2020-11-10', '2020-11-20']).toContain(stopped);
  await page.clock.runFor(20_000);
  expect((await hashParams(page)).get('t')).toBe(stopped);
});

test('on a phone the timeline sits between the map and the article, covering neither', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  const map = await boxOf(page.locator('#map'));
  const timeline = await boxOf(page.locator('.timeline'));
  const article = await boxOf(page.locator('#article'));
  expect(timeline.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  expect(article.y).toBeGreaterThanOrEqual(timeline.y + timeline.height - 1);
  expect(timeline.x + timeline.width).toBeLessThanOrEqual(390);
  await expect(slider(page)).toBeInViewport();
  await expect(page.getByRole('button', { name: /^Next event/ })).toBeInViewport();
  // Nothing in the timeline is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
