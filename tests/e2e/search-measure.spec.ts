import AxeBuilder from '@axe-core/playwright';
import { distance } from '@turf/turf';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Point } from 'geojson';
import { expect, test } from './test.ts';
import { boxOf, defined, expectHash, hashParams, openApp } from './helpers.ts';

// Issue 13, the reader's tools: the search box and the Measure control.

/** A place's position as geodata/places.geojson gives it (never a number typed into the test). */
function placeAt(id: string): [number, number] {
  const file = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../geodata/places.geojson'), 'utf8')) as {
    features: { properties: { id: string }; geometry: Point }[];
  };
  const [lng, lat] = defined(
    file.features.find((f) => f.properties.id === id),
    `places/${id}`,
  ).geometry.coordinates;
  return [defined(lng, 'lng'), defined(lat, 'lat')];
}

test('search: every spelling puts its place first; Enter opens the popup and writes sel=, Back undoes it; the combobox passes axe', async ({ page }) => {
  await openApp(page);
  const box = page.getByRole('combobox', { name: 'Find a place' });
  const list = page.getByRole('listbox', { name: 'Places found' });
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(list).toBeHidden();

  for (const [query, first] of [
    ['Shushi', /^Shusha · Shushi/],
    ['Şuşa', /^Shusha · Shushi/],
    ['Шуша', /^Shusha · Shushi · Шуша/],
    ['Khankendi', /^Stepanakert · Khankendi/],
  ] as const) {
    await box.fill(query);
    const option = list.getByRole('option').first();
    await expect(option, query).toHaveText(first);
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', defined(await option.getAttribute('id'), 'option id'));
  }
  // The other-script name carries its language; the count is said in the polite live region.
  await box.fill('Шуша');
  await expect(list.getByRole('option').first().locator('[lang="ru"]')).toHaveText('Шуша');
  await expect(page.locator('#announcer')).toHaveText(/^\d+ places? found/);
  const axe = await new AxeBuilder({ page }).include('.search-box').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Down moves the active option, Up moves back, Escape closes the list and then empties the box.
  await box.press('ArrowDown');
  await expect(list.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toHaveValue('Шуша');
  await box.press('Escape');
  await expect(box).toHaveValue('');

  await box.fill('Khankendi');
  await expect(list.getByRole('option').first()).toHaveText(/^Stepanakert/);
  await box.press('Enter');
  await expectHash(page, 'sel', 'places/stepanakert');
  await expect(page.locator('.maplibregl-popup .atlas-popup__title').first()).toHaveText(/Stepanakert/);
  await expect(list).toBeHidden();

  await page.goBack();
  await expectHash(page, 'sel', null);
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
});

test('measure: two clicks at Stepanakert and Goris give the great-circle distance; the keyboard adds, removes and ends; a closed shape gives an area', async ({
  page,
}) => {
  await openApp(page, '#map=8/39.66/46.55');
  const stepanakert = placeAt('stepanakert');
  const goris = placeAt('goris');
  const expected = distance(stepanakert, goris, { units: 'kilometers' });
  const toggle = page.getByRole('button', { name: 'Measure', exact: true });
  await toggle.click();
  await expect(page.getByRole('button', { name: 'End measuring' })).toHaveAttribute('aria-pressed', 'true');

  const canvas = await boxOf(page.locator('#map canvas'));
  const at = (p: [number, number]): Promise<{ x: number; y: number }> =>
    page.evaluate(([lng, lat]) => {
      const { x, y } = window.map.project([lng, lat]);
      return { x, y };
    }, p);
  for (const p of [stepanakert, goris]) {
    const { x, y } = await at(p);
    await page.mouse.click(canvas.x + x, canvas.y + y);
  }
  const result = page.locator('.measure-control__result');
  await expect(result).toHaveText(/^Length: [\d.,]+ km$/);
  const km = Number(defined(/([\d.,]+) km/.exec((await result.textContent()) ?? '')?.[1], 'length').replace(/,/g, ''));
  expect(Math.abs(km - expected) / expected).toBeLessThan(0.02);
  await expect(page.locator('.measure-label')).toHaveText(/ km$/);
  await expect(page.locator('#announcer')).toHaveText(`2 points: ${defined(/[\d.,]+ km/.exec((await result.textContent()) ?? '')?.[0], 'km')}.`);
  // The clicks measured; they did not select what lay under them.
  expect((await hashParams(page)).get('sel')).toBeNull();

  // With the map focused, Enter adds its centre, Backspace takes it away again.
  const lengthOfTwo = await result.textContent();
  await page.locator('#map canvas').press('Enter');
  await expect(page.locator('#announcer')).toHaveText(/^3 points: /);
  await expect(result).not.toHaveText(defined(lengthOfTwo, 'result'));
  await page.locator('#map canvas').press('Backspace');
  await expect(result).toHaveText(defined(lengthOfTwo, 'result'));
  await page.locator('#map canvas').press('Enter');
  await page.getByRole('button', { name: 'Close shape' }).click();
  await expect(result).toHaveText(/^Area: [\d.,]+ km² \(perimeter [\d.,]+ km\)$/);
  await expect(page.locator('#announcer')).toHaveText(/^Closed shape of 3 points: area /);

  await page.locator('#map canvas').press('Escape');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(result).toBeHidden();
  await expect(page.locator('.measure-label')).toHaveCount(0);
  expect(await page.evaluate(() => window.map.getSource('measure') === undefined)).toBe(true);
  // Measuring over, a click selects again.
  const { x, y } = await at(goris);
  await page.mouse.click(canvas.x + x, canvas.y + y);
  await expectHash(page, 'sel', /goris/);
});
