import { expect, test } from './test.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { boxOf, defined, expectHash, openApp, visibility } from './helpers.ts';

const hostile = readFileSync(fileURLToPath(new URL('../fixtures/story-hostile.json', import.meta.url)), 'utf8');

test('an article whose text contains <img src=x onerror=alert(1)> renders it as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  // Records every image, script or frame, and every element with an inline handler, that the app
  // adds, even one removed at once. An alert could only come from such an element, so when none
  // was ever added nothing can still fire, and no wait is needed before checking.
  await page.addInitScript(() => {
    const added: string[] = [];
    Object.assign(window, { addedElements: added });
    const suspect = (el: Element): boolean => /^(IMG|SCRIPT|IFRAME|OBJECT|EMBED)$/.test(el.tagName) || el.getAttributeNames().some((a) => a.startsWith('on'));
    // The page's own markup is not the app's doing. Its records can reach the callback after parsing
    // ends (callbacks are batched, later on a busy machine), so they are dropped when parsing ends:
    // readyState turns 'interactive' before any deferred or module script runs.
    let parsed = false;
    const observer = new MutationObserver((records) => {
      if (!parsed) return;
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof Element) for (const el of [node, ...node.querySelectorAll('*')]) if (suspect(el)) added.push(el.outerHTML.slice(0, 120));
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('readystatechange', () => {
      if (parsed) return;
      observer.takeRecords();
      parsed = true;
    });
  });
  await page.route('**/assets/2022-09-13-*.json', (route) => route.fulfill({ contentType: 'application/json', body: hostile }));
  await openApp(page);
  const article = page.locator('article#article');
  await expect(article.locator('#p1')).toContainText('<img src=x onerror=alert(1)>');
  await expect(article.locator('h2')).toContainText('<img src=x onerror=alert(1)>');
  await expect(article.locator('button.mention', { hasText: '<img src=x onerror=alert(1)>' })).toHaveCount(1);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await article.locator('img, script').count()).toBe(0);
  // A popup quoting it keeps it as text too.
  await article.locator('button.mention', { hasText: '<img src=x onerror=alert(1)>' }).click();
  await expect(page.locator('.maplibregl-popup')).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('.maplibregl-popup img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { addedElements: string[] }).addedElements)).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('a broken geodata file shows a message, and the rest still works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/assets/held-1994-*.geojson', (route) => route.fulfill({ contentType: 'application/geo+json', body: 'garbage{{' }));
  await openApp(page, '#map=8/39.9/46.8&layers=countries,nagorno-karabakh,held-1994');
  const row = page.locator('.layer-panel__row[data-layer="held-1994"]');
  await expect(row.locator('.layer-panel__error')).toContainText('Could not load this layer');
  await expect(page.locator('#notices')).toContainText('Held by Armenian forces');
  // Other layers still draw and answer clicks.
  expect(await visibility(page, 'nagorno-karabakh-fill')).toBe('visible');
  const box = await boxOf(page.locator('#map'));
  const point = await page.evaluate(() => window.map.project([46.8, 39.95]));
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await expect(page.locator('.maplibregl-popup')).toContainText('Nagorno-Karabakh Autonomous Oblast');
  await page.getByRole('checkbox', { name: 'Places hit in the September 2022 clashes' }).check();
  await expect.poll(() => visibility(page, 'clashes-2022-circle')).toBe('visible');
  expect(errors).toEqual([]);
});

test('a missing geodata file (HTTP 404) shows a message in the layer panel', async ({ page }) => {
  await page.route('**/assets/clashes-2022-*.geojson', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await openApp(page);
  await expect(page.locator('.layer-panel__row[data-layer="clashes-2022"] .layer-panel__error')).toContainText('HTTP 404');
  await expect(page.locator('#article #p1')).toBeVisible();
});

test('a malformed link falls back to the defaults without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await openApp(page, '#map=abc/%%/1e999&layers=nonsense,,held-1994&sel=../../etc&p=-4&&=');
  // The one known layer in the list is shown, and only it: every other overlay, on by default, is off.
  expect(await visibility(page, 'held-1994-hatch')).toBe('visible');
  expect(await visibility(page, 'nagorno-karabakh-fill')).toBe('none');
  expect(await visibility(page, 'regained-2020-fill')).toBe('none');
  await expect(page.getByRole('checkbox', { name: 'Nagorno-Karabakh Autonomous Oblast (NKAO)' })).not.toBeChecked();
  await expectHash(page, 'layers', 'held-1994');
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  await expect(page.locator('.article__p.is-current')).toHaveCount(0);
  const bounds = await page.evaluate(() => window.map.getBounds().contains([46.75, 39.82]));
  expect(bounds).toBe(true);
  expect(errors).toEqual([]);
});

test('an unknown feature in sel is ignored with a gentle notice', async ({ page }) => {
  await page.goto('/#map=7/40/46&sel=places/atlantis');
  await expect(page.locator('#notices')).toContainText('places/atlantis');
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  await expectHash(page, 'sel', null);
});

test('an unreadable article shows a message and the map still works', async ({ page }) => {
  await page.route('**/assets/2022-09-13-*.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"title": 5}' }));
  await openApp(page, '#map=9/39.82/46.75&sel=nagorno-karabakh/nkao');
  await expect(page.locator('#article')).toContainText('Sorry');
  await expect(page.locator('.maplibregl-popup')).toContainText('Nagorno-Karabakh Autonomous Oblast');
});

test('a broken land layer shows a message, and the overlays still draw and answer clicks', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/assets/land-*.geojson', (route) => route.fulfill({ contentType: 'application/geo+json', body: 'garbage{{' }));
  await openApp(page, '#map=8/39.9/46.8');
  await expect(page.locator('#notices')).toContainText('Could not load the land layer');
  expect(await visibility(page, 'nagorno-karabakh-fill')).toBe('visible');
  const box = await boxOf(page.locator('#map'));
  const point = await page.evaluate(() => window.map.project([46.8, 39.95]));
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await expect(page.locator('.maplibregl-popup')).toContainText('Nagorno-Karabakh Autonomous Oblast');
  expect(errors).toEqual([]);
});

test('a broken countries layer shows a message beside it, and the other layers still answer clicks', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/assets/countries-*.geojson', (route) =>
    route.fulfill({ contentType: 'application/geo+json', body: '{"type": "FeatureCollection", "features": 5}' }),
  );
  await openApp(page, '#map=8/39.9/46.8');
  await expect(page.locator('.layer-panel__row[data-layer="countries"] .layer-panel__error')).toContainText('Could not load this layer');
  await expect(page.locator('#notices')).toContainText('Countries (internationally recognised borders)');
  await expect(page.locator('#article #p1')).toBeVisible();
  const box = await boxOf(page.locator('#map'));
  const point = await page.evaluate(() => window.map.project([46.8, 39.95]));
  await page.mouse.click(box.x + point.x, box.y + point.y);
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('Nagorno-Karabakh Autonomous Oblast');
  // The click found nothing of the broken layer.
  await expect(popup.locator('[data-ref^="countries/"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a link selecting a feature of a layer that failed to load opens no popup, says why, and the map works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/assets/held-1994-*.geojson', (route) => route.fulfill({ status: 500, body: 'server error' }));
  await openApp(page, '#map=8/39.9/46.8&sel=held-1994/held-1994');
  await expect(page.locator('#notices')).toContainText('Held by Armenian forces');
  await expect(page.locator('.layer-panel__row[data-layer="held-1994"] .layer-panel__error')).toContainText('HTTP 500');
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  const box = await boxOf(page.locator('#map'));
  const point = await page.evaluate(() => window.map.project([46.8, 39.95]));
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await expect(page.locator('.maplibregl-popup')).toContainText('Nagorno-Karabakh Autonomous Oblast');
  // The click selects what it hit, the top-most feature the popup opens with.
  const top = await page.locator('.maplibregl-popup details.atlas-popup__item').first().getAttribute('data-ref');
  await expectHash(page, 'sel', defined(top, 'the ref of the top-most popup item'));
  expect(errors).toEqual([]);
});
