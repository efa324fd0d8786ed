import { expect, test } from './test.ts';
import { expectHash, openApp, visibility, waitForMap } from './helpers.ts';

// tests/fixtures/stories/fixture-1995.json, bundled in the test build only: another date, other
// default layers, another group title and an event of its own, with no code naming it.
test('a second bundled story loads through the story key, and the timeline, layer panel and popups follow it', async ({ page }) => {
  await openApp(page, '#story=fixture-1995');
  await expect(page.locator('article#article h2')).toHaveText('Test fixture: a report from the line of contact');

  // Its date and event on the timeline.
  await expect(page.getByRole('slider', { name: 'Date shown on the map' })).toHaveAttribute('aria-valuetext', '1 June 1995');
  await expect(page.locator('.timeline__caption')).toContainText('The fixture report’s day');
  await expectHash(page, 't', '1995-06-01');

  // Its default layers, and its own group in the layer panel.
  const group = page.locator('fieldset', { has: page.locator('legend', { hasText: 'At the time of the report (1 Jun 1995)' }) });
  await expect(group.getByRole('checkbox')).toHaveCount(3);
  await expect(group.getByRole('checkbox', { name: 'Held by Armenian forces, 1994–2020' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Regained by Azerbaijan in 2020' })).not.toBeChecked();
  expect(await visibility(page, 'regained-2020-fill')).toBe('none');
  expect(await visibility(page, 'held-1994-hatch')).toBe('visible');

  // Its passages in the popups, under its own name for itself.
  await page.locator('#p2').getByRole('button', { name: 'Aghdam' }).click();
  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toContainText('In the report');
  await expect(popup.locator('.atlas-popup__quote[data-paragraph="2"]')).toBeVisible();
  await expectHash(page, 'sel', 'places/aghdam');
  await expectHash(page, 'story', 'fixture-1995');
});

test('the default story has no story key, and an unknown one falls back to it with a notice', async ({ page }) => {
  // The notice is read before the map settles: it fades after 20 s, and a map load on a busy
  // machine can take longer than that.
  await page.goto('/#story=atlantis');
  await expect(page.locator('#notices')).toContainText('“atlantis”, which this atlas does not have');
  await waitForMap(page);
  await expect(page.locator('article#article h2')).toContainText('Kremlin says Putin');
  await expectHash(page, 't', '2022-09-13');
  await expectHash(page, 'story', null);
});
