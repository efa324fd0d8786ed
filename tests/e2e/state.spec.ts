import { expect, test } from './test.ts';
import { boxOf, defined, expectHash, featureState, hashParams, mapCenter, openApp, visibility, waitForMap } from './helpers.ts';

test('toggling a layer changes the map and the hash', async ({ page }) => {
  await openApp(page);
  expect(await visibility(page, 'held-1994-hatch')).toBe('visible');
  await page.getByRole('checkbox', { name: 'Held by Armenian forces, 1994–2020' }).uncheck();
  await expect.poll(() => visibility(page, 'held-1994-hatch')).toBe('none');
  await expect.poll(async () => (await hashParams(page)).get('layers')).not.toMatch(/held-1994/);
  await page.getByRole('checkbox', { name: 'Held by Armenian forces, 1994–2020' }).check();
  await expect.poll(() => visibility(page, 'held-1994-hatch')).toBe('visible');
  await expectHash(page, 'layers', /(^|,)held-1994(,|$)/);

  await page.getByRole('checkbox', { name: 'Regained by Azerbaijan in 2020' }).uncheck();
  await expect.poll(() => visibility(page, 'regained-2020-fill')).toBe('none');
  await expect.poll(async () => (await hashParams(page)).get('layers')).not.toMatch(/regained-2020/);
});

test('a deep link with layers, sel and p gives the same state after a reload', async ({ page }) => {
  const link = '#map=8/39.9/46.8&layers=countries,held-1994,places&sel=held-1994/held-1994&p=21';
  for (const step of ['open', 'reload']) {
    if (step === 'open') await openApp(page, link);
    else {
      await page.reload();
      await waitForMap(page);
    }
    const c = await mapCenter(page);
    expect(c.zoom, step).toBeCloseTo(8, 5);
    expect(c.lat, step).toBeCloseTo(39.9, 3);
    expect(c.lng, step).toBeCloseTo(46.8, 3);
    expect(await visibility(page, 'held-1994-hatch')).toBe('visible');
    expect(await visibility(page, 'regained-2020-fill')).toBe('none');
    expect(await visibility(page, 'countries-line')).toBe('visible');
    await expect(page.getByRole('checkbox', { name: 'Held by Armenian forces, 1994–2020' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Regained by Azerbaijan in 2020' })).not.toBeChecked();
    await expect(page.locator('.maplibregl-popup')).toContainText('Held by Armenian forces, 1994–2020');
    await expect(page.locator('#p21')).toHaveClass(/is-current/);
    await expect(page.locator('.article__p.is-current')).toHaveCount(1);
    expect(await featureState(page, 'held-1994', 'held-1994', 'selected')).toBe(true);
    const params = await hashParams(page);
    expect(params.get('sel')).toBe('held-1994/held-1994');
    expect(params.get('p')).toBe('21');
    expect(params.get('layers')).toBe('countries,held-1994,places');
  }
});

test('Back after a selection restores the state before it', async ({ page }) => {
  await openApp(page, '#map=6/40.2/46&layers=countries,nagorno-karabakh,places');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('map=6/40.2/46');
  const before = await page.evaluate(() => window.location.hash);
  const centreBefore = await mapCenter(page);

  await page.locator('#p12').getByRole('button', { name: 'United Nations Security Council' }).click();
  await expect(page.locator('.maplibregl-popup')).toContainText('New York');
  await waitForMap(page);
  await expectHash(page, 'sel', 'places/new-york');

  await page.goBack();
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  await waitForMap(page);
  expect(await page.evaluate(() => window.location.hash)).toBe(before);
  const centreAfter = await mapCenter(page);
  expect(centreAfter.zoom).toBeCloseTo(centreBefore.zoom, 2);
  expect(centreAfter.lat).toBeCloseTo(centreBefore.lat, 2);
  expect(centreAfter.lng).toBeCloseTo(centreBefore.lng, 2);
  await expect(page.locator('.article__p.is-current')).toHaveCount(0);

  // Forward redoes it.
  await page.goForward();
  await expect(page.locator('.maplibregl-popup')).toContainText('New York');
});

test('Back after toggling a layer turns it back', async ({ page }) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: 'Held by Armenian forces, 1994–2020' }).uncheck();
  await expect.poll(() => visibility(page, 'held-1994-hatch')).toBe('none');
  await page.goBack();
  await expect.poll(() => visibility(page, 'held-1994-hatch')).toBe('visible');
  await expect(page.getByRole('checkbox', { name: 'Held by Armenian forces, 1994–2020' })).toBeChecked();
});

test('panning rewrites the hash without adding history entries', async ({ page }) => {
  await openApp(page, '#map=6/40.2/46');
  const length = await page.evaluate(() => history.length);
  await page.evaluate(() => window.map.jumpTo({ center: [45.5, 40.5], zoom: 7 }));
  await expectHash(page, 'map', '7/40.5/45.5');
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('keys the app does not own stay in the hash', async ({ page }) => {
  await openApp(page, '#map=6/40.2/46&t=2020-11-21&note=kept');
  await page.getByRole('checkbox', { name: 'Held by Armenian forces, 1994–2020' }).uncheck();
  await expect.poll(async () => (await hashParams(page)).get('layers')).not.toMatch(/held-1994/);
  expect((await hashParams(page)).get('note')).toBe('kept');
  expect((await hashParams(page)).get('t')).toBe('2020-11-21');
});

test('Copy link puts the current URL on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(defined(baseURL, 'baseURL')).origin });
  await openApp(page, '#map=6/40.2/46&layers=countries');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.share-control__status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.evaluate(() => window.location.href));
});

test('a link with bearing and pitch turns and tilts the map, and the hash keeps them', async ({ page }) => {
  await openApp(page, '#map=8/39.9/46.8/-30/45');
  const camera = await page.evaluate(() => ({ bearing: window.map.getBearing(), pitch: window.map.getPitch() }));
  expect(camera.bearing).toBeCloseTo(-30, 5);
  expect(camera.pitch).toBeCloseTo(45, 5);
  await expectHash(page, 'map', '8/39.9/46.8/-30/45');
});

test('a link selecting a whole layer opens what it is and highlights all of it', async ({ page }) => {
  await openApp(page, '#map=8/39.9/46.8&sel=regained-2020');
  await expect(page.locator('.maplibregl-popup')).toContainText('Regained by Azerbaijan in 2020');
  await expect.poll(() => featureState(page, 'regained-2020', 'shusha', 'selected')).toBe(true);
  await expect.poll(() => featureState(page, 'regained-2020', 'zangilan', 'selected')).toBe(true);
  expect(await featureState(page, 'nagorno-karabakh', 'nkao', 'selected')).not.toBe(true);
  await expectHash(page, 'sel', 'regained-2020');
});

test('a click on the map adds a history entry, and Back closes what it opened', async ({ page }) => {
  await openApp(page, '#map=9/39.82/46.75');
  await expectHash(page, 'map', '9/39.82/46.75');
  const length = await page.evaluate(() => history.length);
  const box = await boxOf(page.locator('#map'));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.maplibregl-popup')).toBeVisible();
  await expectHash(page, 'sel', /.+\/.+/);
  expect(await page.evaluate(() => history.length)).toBe(length + 1);
  await page.goBack();
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  await expectHash(page, 'sel', null);
});
