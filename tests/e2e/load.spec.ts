import { expect, test } from './test.ts';
import { defined, openApp, waitForMap } from './helpers.ts';

test('the default load renders with no console errors and no requests to other origins', async ({ page, baseURL }) => {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));

  await openApp(page);

  const origin = new URL(defined(baseURL, 'baseURL')).origin;
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  // The labels' glyphs come from our own folder (public/glyphs/): the first view's labels (countries,
  // capitals) are bold.
  const glyphs = requests.filter((url) => url.startsWith(`${origin}/glyphs/`)).map((url) => decodeURIComponent(new URL(url).pathname));
  expect(glyphs).toContain('/glyphs/Noto Sans Bold/0-255.pbf');
  expect(errors).toEqual([]);

  // The page shows the map, the legend and the article.
  await expect(page.locator('#map canvas')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Regained by Azerbaijan in 2020' })).toBeChecked();
  // Every layer starts on; the date decides what shows.
  await expect(page.getByRole('checkbox', { name: 'Held by Armenian forces, 1994–2020' })).toBeChecked();
  await expect(page.locator('article#article #p1')).toContainText('MOSCOW – Russian President Vladimir Putin');
  await expect(page.locator('article#article #p23')).toBeVisible();
  await expect(page.locator('link[rel=icon]')).toHaveAttribute('href', /favicon\.svg$/);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('GeoNames');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('cited facts');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
});

test('the default view frames Armenia, Azerbaijan and Russia’s southern border', async ({ page }) => {
  await openApp(page);
  const bounds = await page.evaluate(() => window.map.getBounds().toArray());
  const [[west, south], [east, north]] = bounds;
  // Yerevan, Baku and the Russia–Azerbaijan border (Derbent) are in view.
  for (const [lng, lat] of [
    [44.51, 40.18],
    [49.89, 40.38],
    [48.29, 42.06],
  ]) {
    expect(lng).toBeGreaterThan(west);
    expect(lng).toBeLessThan(east);
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(north);
  }
});

test('the default load writes the whole state to the hash', async ({ page }) => {
  await openApp(page);
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#map=[\d.]+\/[\d.]+\/[\d.]+&layers=countries,/);
});

test('window.map is the MapLibre map, with the geodata sources and the highlight source', async ({ page }) => {
  await openApp(page);
  const sources = await page.evaluate(() => Object.keys(window.map.getStyle().sources).sort());
  expect(sources).toEqual(
    [
      'admin1',
      'clashes-2022',
      'countries',
      'exclaves',
      'held-1994',
      'highlight',
      'inside-armenia',
      'land',
      'nagorno-karabakh',
      'offensive-2023',
      'peace-2024',
      'peacekeeping-2020',
      'places',
      'regained-2020',
      'russia-border',
      'villages',
      'water',
    ].sort(),
  );
  await waitForMap(page);
  const features = await page.evaluate(() => window.map.querySourceFeatures('countries').length);
  expect(features).toBeGreaterThan(0);
});

test('the attribution folds when the map becomes narrow, not only at load', async ({ page }) => {
  await openApp(page);
  const attribution = page.locator('.maplibregl-ctrl-attrib');
  await expect(attribution).not.toHaveClass(/maplibregl-compact/);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(attribution).toHaveClass(/maplibregl-compact/);
  await expect(attribution).not.toHaveClass(/maplibregl-compact-show/);
  // The reader can still open it.
  await attribution.locator('.maplibregl-ctrl-attrib-button').click();
  await expect(attribution).toHaveClass(/maplibregl-compact-show/);
});
