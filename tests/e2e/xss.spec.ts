/**
 * Hostile input on every channel, with nothing run and nothing lost (issue 11, item 2). The corpus
 * (tests/fixtures/xss-payloads.json and the long strings of tests/support/xss.ts) goes through:
 * every key of the link, a pasted article, every string property of the geodata, and every field of
 * a story, bundled (`#story=xss-hostile`) or carried in the link (`st=`). Each test fails on a
 * dialog, a page error, a request to another host, `window.__xss`, or markup a payload made; and
 * checks that the words are on the page as text where the page shows them.
 */
import { expect, test } from './test.ts';
import type { Page } from '@playwright/test';
import { encodeStory } from '../../src/story/share.ts';
import { hostileStory } from '../support/hostile-story.ts';
import { asPasted, PAYLOADS, wellFormed } from '../support/xss.ts';
import { expectNothingRan, guard, setHash } from './guard.ts';
import { openApp, waitForMap } from './helpers.ts';

const encoded = (text: string): string => encodeURIComponent(wellFormed(text));

/** The texts of the elements a selector matches, read in the page. */
async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent));
}

test('every payload in a key of the link and in keys the atlas does not own: the map settles, and those keys are kept', async ({ page }) => {
  const seen = await guard(page);
  await openApp(page, '#map=7/40/46');
  const keys = ['map', 'layers', 'sel', 'p', 't', 'story', 'st'];
  // Each link puts a different payload in each key, so every payload goes through one key of the
  // atlas and one it does not own (the unit tests put every payload in every key).
  const links = Math.ceil(PAYLOADS.length / keys.length);
  for (let link = 0; link < links; link++) {
    const values = keys.map((_k, j) => encoded(PAYLOADS[(link * keys.length + j) % PAYLOADS.length]?.text ?? ''));
    const hash = `#${keys.map((k, j) => `${k}=${values[j] ?? ''}`).join('&')}&${values.map((v, j) => `x${j}=${v}`).join('&')}`;
    // Every fourth link is loaded afresh (a link opened from outside); the others are edits of the hash.
    if (link % 4 === 0) await page.goto(`/${hash}`);
    else await setHash(page, hash);
    await waitForMap(page);
    const kept = new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1));
    expect(
      keys.map((_k, j) => kept.has(`x${j}`)),
      `link ${link}`,
    ).toEqual(keys.map(() => true));
  }
  await expectNothingRan(page, seen);
});

test('every payload pasted into "Open an article" is linked and shown as text', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = await guard(page);
  await openApp(page);
  const size = 20;
  for (let from = 0; from < PAYLOADS.length; from += size) {
    const batch = PAYLOADS.slice(from, from + size).map((p) => p.text);
    const title = `${batch[0] ?? ''} near Goris`;
    const paragraphs = batch.map((p) => `Before ${p} after; shells hit Kapan.`);
    await page.getByRole('button', { name: 'Open an article' }).click();
    await page.getByLabel('Article text').fill([title, ...paragraphs].join('\n\n'));
    await page.getByRole('button', { name: 'Show on the map' }).click();
    await expect(page.getByRole('dialog', { name: 'Open an article' })).toBeHidden();
    const article = page.locator('article#article');
    expect(await texts(page, 'article#article h2')).toEqual([wellFormed(asPasted(title))]);
    expect(await texts(page, 'article#article .article__p')).toEqual(paragraphs.map((p, i) => `${i + 1}${wellFormed(asPasted(p))}`));
    await expect(article.locator('.article__p button.mention', { hasText: 'Kapan' })).toHaveCount(batch.length);
    // A quote in a popup keeps the words as text too.
    await article.locator('#p1 button.mention', { hasText: 'Kapan' }).click();
    await expect(page.locator('.maplibregl-popup .atlas-popup__quote').first()).toBeVisible();
    await expectNothingRan(page, seen);
  }
});

test('every payload in the string properties of the geodata: labels drawn, popups show the text', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = await guard(page);
  const shown: { layer: string; id: string; text: string }[] = [];
  let next = 0;
  for (const layer of ['places', 'admin1', 'clashes-2022']) {
    await page.route(`**/assets/${layer}-*.geojson`, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { features: { properties: Record<string, unknown> }[] };
      for (const feature of json.features) {
        const payload = PAYLOADS[next++ % PAYLOADS.length];
        if (!payload) continue;
        const p = payload.text;
        const id = String(feature.properties.id);
        Object.assign(feature.properties, { name: p, names: { en: p, hy: `hy ${p}`, az: `az ${p}`, ru: `ru ${p}` }, kind: p, note: p, source: p });
        if (layer === 'clashes-2022') feature.properties.reported_by = p;
        shown.push({ layer, id, text: wellFormed(p) });
      }
      await route.fulfill({ response, json });
    });
  }
  await openApp(page, '#map=7/40/46&layers=countries,admin1,clashes-2022,places');
  expect(new Set(shown.map((s) => s.text)).size).toBe(new Set(PAYLOADS.map((p) => wellFormed(p.text))).size);
  // Every payload is in the data the map draws its labels from (on its canvas: text, never markup).
  const fed = await page.evaluate(async () => {
    const out: string[] = [];
    for (const source of ['places', 'admin1', 'clashes-2022']) {
      const data = (await (window.map.getSource(source) as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> }).getData()).features;
      for (const f of data) if (f.properties && !f.properties._helper) out.push(String(f.properties.name));
    }
    return out;
  });
  // A lone surrogate the route wrote as the escape \ud800 is read in the page as itself; compare as UTF-8 would.
  expect(new Set(fed.map(wellFormed))).toEqual(new Set(shown.map((s) => s.text)));
  // The popups of a sample (every fourth feature, each layer and category in it) show the text.
  for (const { layer, id, text } of shown.filter((_s, i) => i % 4 === 0)) {
    await setHash(page, `#map=7/40/46&layers=countries,admin1,clashes-2022,places&sel=${layer}/${id}`);
    const popup = page.locator(`.maplibregl-popup .atlas-popup__body[data-ref="${layer}/${id}"]`);
    await expect(popup).toHaveCount(1);
    const got = await popup.evaluate((el) => ({
      kind: el.querySelector('.atlas-popup__kind')?.textContent ?? '',
      note: el.querySelector('.atlas-popup__note')?.textContent ?? '',
      source: el.querySelector('.atlas-popup__source')?.textContent ?? '',
      names: [...el.querySelectorAll('.atlas-popup__names dd')].map((d) => d.textContent),
    }));
    got.kind = wellFormed(got.kind);
    got.note = wellFormed(got.note);
    got.source = wellFormed(got.source);
    got.names = got.names.map(wellFormed);
    expect(got.kind.startsWith(text), `${layer}/${id}`).toBe(true); // the kind, then the feature's dates
    expect(got.note).toBe(text);
    expect(got.source.startsWith(`Source: ${text}`)).toBe(true);
    expect(got.names).toEqual(expect.arrayContaining([`hy ${text}`, `az ${text}`, `ru ${text}`]));
  }
  await waitForMap(page);
  await expectNothingRan(page, seen);
});

test('a bundled story with payloads in every field shows them as text', async ({ page }) => {
  const seen = await guard(page);
  const story = hostileStory(PAYLOADS);
  await openApp(page, '#story=xss-hostile&t=2022-09-13');
  const article = page.locator('article#article');
  expect(await texts(page, 'article#article h2')).toEqual([story.title]);
  expect(await texts(page, 'article#article .article__p')).toEqual(story.paragraphs.map((p) => `${p.n}${p.text}`));
  await expect(article.locator('.article__outlet')).toContainText(story.outlet);
  expect(await texts(page, 'article#article figcaption')).toEqual([`${story.caption?.text ?? ''} ${story.caption?.credit ?? ''}`]);
  expect(await page.title()).toBe(`${story.title} — Caucasus Atlas`);
  expect(await texts(page, '.layer-panel legend')).toContain(story.map?.group.title);
  expect(await texts(page, '.timeline__caption')).toEqual([`13 Sep 2022: ${story.map?.events[0]?.caption ?? ''}`]);
  // A mention whose words are a payload opens the place's popup, which quotes them as text.
  await article.locator('#p1 button.mention').first().click();
  const popup = page.locator('.maplibregl-popup');
  await expect(popup.locator('mark').first()).toBeVisible();
  expect(await texts(page, '.maplibregl-popup mark')).toContain(story.paragraphs[0]?.mentions[0]?.text);
  expect(await texts(page, '.maplibregl-popup .atlas-popup__passages-title')).toEqual([`In the ${story.kind ?? ''}`]);
  // A mention whose target is a payload is a button that asks for nothing.
  await article.locator('#p2 button.mention', { hasText: 'Goris' }).click();
  await expectNothingRan(page, seen);
});

test('a story carried in the link (st=) with payloads in every field shows them as text', async ({ page }) => {
  const seen = await guard(page);
  // Fewer paragraphs, so the link stays the size a chat app passes on; a payload as the story's id too.
  const story = hostileStory(PAYLOADS.slice(0, 60), '<img src=x onerror=alert(1)>');
  await openApp(page, `#story=pasted&st=${encodeStory(story)}`);
  expect(await texts(page, 'article#article h2')).toEqual([story.title]);
  expect(await texts(page, 'article#article .article__p')).toEqual(story.paragraphs.map((p) => `${p.n}${p.text}`));
  // The mentions whose target is a payload were dropped, and the reader is told.
  await expect(page.locator('#notices')).toContainText('60 links in this story named places the map does not have; they were left out.');
  await expectNothingRan(page, seen);
});
