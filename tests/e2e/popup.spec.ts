import { expect, test } from './test.ts';
import { boxOf, defined, expectHash, openApp } from './helpers.ts';

test('at #map=9/39.82/46.75, clicking the map centre opens a popup quoting a passage about Nagorno-Karabakh', async ({ page }) => {
  await openApp(page, '#map=9/39.82/46.75');
  const box = await boxOf(page.locator('#map'));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toBeVisible();
  const quote = popup.locator('.atlas-popup__quote', { hasText: /Nagorno-Karab(akh|kah)/ }).first();
  await expect(quote).toBeVisible();
  await expect(quote).toContainText(/¶(3|21)/);
  // The NKAO entry names itself, its dates and its source, and says plainly it is approximate.
  const nkao = popup.locator('.atlas-popup__body[data-ref="nagorno-karabakh/nkao"]');
  await expect(nkao).toContainText('Nagorno-Karabakh Autonomous Oblast');
  await expect(nkao).toContainText('Area:');
  await expect(nkao).toContainText('Approximate');
  await expect(nkao).toContainText('Source:');
  await expectHash(page, 'sel', /.+\/.+/);
});

test('a popup quote scrolls the article to its paragraph and highlights it', async ({ page }) => {
  await openApp(page, '#map=9/39.82/46.75&sel=nagorno-karabakh/nkao');
  const quote = page.locator('.maplibregl-popup .atlas-popup__quote[data-paragraph="21"]');
  await expect(quote).toBeVisible();
  await quote.click();
  await expect(page.locator('#p21')).toHaveClass(/is-current/);
  await expect(page.locator('#p21')).toBeInViewport();
  await expectHash(page, 'p', '21');
});

test('where layers overlap, the popup lists every feature under the click, top-most first', async ({ page }) => {
  // On 1 Jan 1995 the held area lies over the NKAO's former outline; on the article's day the
  // peacekeeping zone does: dated layers never all show at once.
  const refsAt = async (t: string): Promise<(string | undefined)[]> => {
    await openApp(page, `#map=9/39.7/46.9&layers=countries,admin1,nagorno-karabakh,held-1994,regained-2020,peacekeeping-2020&t=${t}`);
    const box = await boxOf(page.locator('#map'));
    // A point inside the NKAO, the peacekeeping zone and the 1994–2020 held area.
    const point = await page.evaluate(() => window.map.project([46.93, 39.75]));
    await page.mouse.click(box.x + point.x, box.y + point.y);
    // The popup opens after the click is handled; read its list only once it is there.
    await expect(page.locator('.maplibregl-popup details.atlas-popup__item').first()).toBeVisible();
    return page.locator('.maplibregl-popup details.atlas-popup__item').evaluateAll((ds) => ds.map((d) => (d as HTMLElement).dataset.ref));
  };
  let refs = await refsAt('1995-01-01');
  expect(refs).toContain('nagorno-karabakh/nkao');
  expect(refs).toContain('held-1994/held-1994');
  expect(refs).toContain('countries/AZ');
  expect(refs).not.toContain('peacekeeping-2020/peacekeeping-zone');
  // Drawing order: held-1994 above the NKAO above the country.
  expect(refs.indexOf('held-1994/held-1994')).toBeLessThan(refs.indexOf('nagorno-karabakh/nkao'));
  expect(refs.indexOf('nagorno-karabakh/nkao')).toBeLessThan(refs.indexOf('countries/AZ'));
  // The top-most is open and selected.
  await expect(page.locator('.maplibregl-popup details.atlas-popup__item').first()).toHaveAttribute('open', '');
  await expectHash(page, 'sel', defined(refs[0], 'the ref of the top-most popup item'));

  refs = await refsAt('2022-09-13');
  expect(refs).not.toContain('held-1994/held-1994');
  // Peacekeeping above the NKAO above the country.
  expect(refs.indexOf('peacekeeping-2020/peacekeeping-zone')).toBeGreaterThanOrEqual(0);
  expect(refs.indexOf('peacekeeping-2020/peacekeeping-zone')).toBeLessThan(refs.indexOf('nagorno-karabakh/nkao'));
  expect(refs.indexOf('nagorno-karabakh/nkao')).toBeLessThan(refs.indexOf('countries/AZ'));
});

test('a contested place shows both names in its popup', async ({ page }) => {
  await openApp(page, '#map=10/39.8153/46.7519&sel=places/stepanakert');
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('Stepanakert / Khankendi');
  await expect(popup).toContainText('Xankəndi');
});

test('clicking empty sea closes the popup and clears the selection', async ({ page }) => {
  await openApp(page, '#map=9/39.82/46.75&sel=nagorno-karabakh/nkao');
  await expect(page.locator('.maplibregl-popup')).toBeVisible();
  await page.evaluate(() => window.map.jumpTo({ center: [51.5, 41.5], zoom: 8 }));
  const box = await boxOf(page.locator('#map'));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  await expectHash(page, 'sel', null);
});
