import { expect, test } from './test.ts';
import { expectHash, featureState, mapCenter, openApp, waitForMap } from './helpers.ts';

test('clicking a mention in the article moves the map and opens the popup', async ({ page }) => {
  // The article is in the HTML, before any script runs, and the app wires up those very nodes.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { p21: Element | null }).p21 = document.getElementById('p21');
    });
  });
  await openApp(page);
  expect(
    await page.evaluate(() => (window as unknown as { p21: Element | null }).p21 === document.getElementById('p21') && document.getElementById('p21') !== null),
  ).toBe(true);
  const before = await mapCenter(page);
  await page.locator('#p21').getByRole('button', { name: 'Nagorno-Karabkah' }).click();
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toBeVisible();
  await expect(popup).toContainText('Nagorno-Karabakh Autonomous Oblast');
  await waitForMap(page);
  const after = await mapCenter(page);
  expect(Math.abs(after.lng - before.lng) + Math.abs(after.lat - before.lat) + Math.abs(after.zoom - before.zoom)).toBeGreaterThan(0.5);
  // NKAO's centre is in view.
  const inView = await page.evaluate(() => window.map.getBounds().contains([46.75, 39.85]));
  expect(inView).toBe(true);
  await expectHash(page, 'sel', 'nagorno-karabakh/nkao');
  await expectHash(page, 'p', '21');
  await expect(page.locator('#p21')).toHaveClass(/is-current/);
  // The feature is marked selected in feature-state, and its outline is drawn from the highlight source.
  const selected = await featureState(page, 'nagorno-karabakh', 'nkao', 'selected');
  expect(selected).toBe(true);
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.map.querySourceFeatures('highlight').map((f) => `${String(f.properties.kind)} ${String(f.properties.layer)}/${String(f.properties.id)}`),
      ),
    )
    .toContain('selected nagorno-karabakh/nkao');
  const outlined = await page.evaluate(() => window.map.queryRenderedFeatures({ layers: ['highlight-line-selected'] }).length);
  expect(outlined).toBeGreaterThan(0);
});

test('Enter on a focused mention does what a click does', async ({ page }) => {
  await openApp(page);
  const mention = page.locator('#p6').getByRole('button', { name: 'Singapore' });
  await mention.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.maplibregl-popup')).toContainText('Singapore');
  await expectHash(page, 'sel', 'places/singapore');
});

test('a far place is framed together with the Caucasus, not alone in an empty map', async ({ page }) => {
  await openApp(page);
  await page.locator('#p13').getByRole('button', { name: 'Antony Blinken' }).click();
  await expect(page.locator('.maplibregl-popup')).toContainText('Washington');
  await waitForMap(page);
  const both = await page.evaluate(() => {
    const b = window.map.getBounds();
    return [b.contains([-77.04, 38.9]), b.contains([46.75, 39.82])];
  });
  expect(both).toEqual([true, true]);
  // The popup gives the distance from the region.
  await expect(page.locator('.maplibregl-popup')).toContainText(/km from Stepanakert/);
});

test('Singapore, far to the south-east, is framed together with the Caucasus too', async ({ page }) => {
  await openApp(page);
  await page.locator('#p6').getByRole('button', { name: 'Singapore' }).click();
  await expect(page.locator('.maplibregl-popup')).toContainText('Singapore');
  await waitForMap(page);
  const both = await page.evaluate(() => {
    const b = window.map.getBounds();
    return [b.contains([103.85, 1.29]), b.contains([46.75, 39.82])];
  });
  expect(both).toEqual([true, true]);
  await expect(page.locator('.maplibregl-popup')).toContainText(/km from Stepanakert/);
});

test('a mention of a whole layer turns the layer on and shows what it is', async ({ page }) => {
  await openApp(page, '#layers=countries');
  await page.locator('#p22').getByRole('button', { name: 'regained those territories' }).click();
  await expectHash(page, 'sel', 'regained-2020');
  await expectHash(page, 'layers', /regained-2020/);
  await expect(page.getByRole('checkbox', { name: 'Regained by Azerbaijan in 2020' })).toBeChecked();
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('Regained by Azerbaijan in 2020');
  await expect(popup.locator('.atlas-popup__quote[data-paragraph="22"]')).toBeVisible();
});

test('hovering a mention highlights its feature on the map', async ({ page }) => {
  await openApp(page);
  await page.locator('#p3').getByRole('button', { name: 'Nagorno-Karabakh' }).hover();
  await expect.poll(() => featureState(page, 'nagorno-karabakh', 'nkao', 'hover')).toBe(true);
  await page.mouse.move(5, 5);
  await expect.poll(() => featureState(page, 'nagorno-karabakh', 'nkao', 'hover')).toBe(false);
});

test('the article panel is an <article> with numbered paragraphs and the caption unnumbered', async ({ page }) => {
  await openApp(page);
  const article = page.locator('article#article');
  await expect(article.locator('h2')).toHaveText('Kremlin says Putin making ‘every effort’ to de-escalate Armenia-Azerbaijan hostilities');
  await expect(article).toContainText('The Straits Times (Reuters, AFP)');
  await expect(article.locator('time')).toHaveAttribute('datetime', '2022-09-13');
  await expect(article.locator('figcaption')).toContainText('This is in resumption of decades-old hostilities');
  await expect(article.locator('p[id^="p"]')).toHaveCount(23);
  await expect(article).not.toContainText('Telegram');
  const mentions = article.locator('button.mention');
  expect(await mentions.count()).toBeGreaterThan(30);
  expect(await mentions.evaluateAll((bs) => bs.every((b) => b.getAttribute('type') === 'button'))).toBe(true);
});
