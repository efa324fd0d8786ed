import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { defined, hashParams, openApp, waitForMap } from './helpers.ts';

// The reader's tools (issue 13): export, print, compare two dates and embed. One page load each
// where it can: a map load under SwiftShader is the cost of a browser test.

const GEODATA = path.resolve(import.meta.dirname, '../../geodata');

/** The ids (`layer/id`) of features drawn on date `t`, from the geodata files, by the rule the map's filter states. */
function expectedIds(layers: string[], t: string): string[] {
  const ids: string[] = [];
  for (const layer of layers) {
    const file = JSON.parse(readFileSync(path.join(GEODATA, `${layer}.geojson`), 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    for (const { properties: p } of file.features) {
      const start = typeof p.regained_on === 'string' ? p.regained_on : typeof p.valid_from === 'string' ? p.valid_from : '';
      const end = typeof p.valid_to === 'string' ? p.valid_to : '9999';
      // The NKAO's outline stays after its end, dashed: the one layer drawn after its range.
      const drawn = (start <= t && t < end) || (layer === 'nagorno-karabakh' && end <= t);
      if (drawn) ids.push(`${layer}/${String(p.id)}`);
    }
  }
  return ids.sort();
}

async function exportFile(page: Page, item: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  return download;
}

/** Share of pixels in a rectangle (CSS px of the picture, scaled by 2) that are dark (text, lines) and that are near white (panel). */
async function inkIn(page: Page, png: Buffer, rect: { x: number; y: number; w: number; h: number }): Promise<{ dark: number; light: number; colours: number }> {
  return page.evaluate(
    async ({ b64, r }) => {
      const bitmap = new Image();
      bitmap.src = `data:image/png;base64,${b64}`;
      await bitmap.decode();
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.naturalWidth;
      canvas.height = bitmap.naturalHeight;
      const ctx = defined2(canvas.getContext('2d'));
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(r.x * 2, r.y * 2, r.w * 2, r.h * 2);
      let dark = 0;
      let light = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const [red, green, blue] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        const lum = 0.299 * red + 0.587 * green + 0.114 * blue;
        if (lum < 90) dark++;
        if (lum > 250) light++;
        colours.add(((red >> 4) << 8) | ((green >> 4) << 4) | (blue >> 4));
      }
      const n = data.length / 4;
      return { dark: dark / n, light: light / n, colours: colours.size };
      function defined2<T>(v: T | null): T {
        if (v === null) throw new Error('no 2d context');
        return v;
      }
    },
    { b64: png.toString('base64'), r: rect },
  );
}

test('Export gives a 2× PNG with legend and attribution, and the GeoJSON of exactly the features drawn; the print page shows the map, legend and article', async ({
  page,
}) => {
  await openApp(page, '#map=7/39.85/46.75&t=2022-09-13');
  const size = await page.evaluate(() => ({ w: window.map.getContainer().clientWidth, h: window.map.getContainer().clientHeight }));

  // The picture: a real PNG (signature, IHDR) at twice the map's size, named after the view.
  const image = await exportFile(page, 'Download image (PNG)');
  expect(image.suggestedFilename()).toBe('caucasus-atlas-2022-09-13-nagorno-karabakh.png');
  const png = readFileSync(defined(await image.path(), 'the PNG download'));
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size.w * 2, size.h * 2]);
  // The attribution band (bottom right) and the legend panel (bottom left, above the scale bar):
  // white panels with dark text, and the legend's swatches in several colours.
  const attribution = await inkIn(page, png, { x: size.w - 150, y: size.h - 16, w: 140, h: 14 });
  expect(attribution.light).toBeGreaterThan(0.4);
  expect(attribution.dark).toBeGreaterThan(0.03);
  const legend = await inkIn(page, png, { x: 14, y: size.h - 150, w: 160, h: 100 });
  expect(legend.light).toBeGreaterThan(0.4);
  expect(legend.dark).toBeGreaterThan(0.02);
  expect(legend.colours).toBeGreaterThan(12);
  // The map itself is in it: the middle is not one colour.
  expect((await inkIn(page, png, { x: size.w / 2 - 50, y: size.h / 2 - 50, w: 100, h: 100 })).colours).toBeGreaterThan(8);

  // The data: every feature of the visible layers drawn on the date, and nothing else.
  const data = await exportFile(page, 'Download data (GeoJSON)');
  expect(data.suggestedFilename()).toBe('caucasus-atlas-2022-09-13-nagorno-karabakh.geojson');
  const collection = JSON.parse(readFileSync(defined(await data.path(), 'the GeoJSON download'), 'utf8')) as {
    type: string;
    metadata: { date: string };
    features: { id: string; geometry: unknown; properties: Record<string, unknown> }[];
  };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.metadata.date).toBe('2022-09-13');
  const layers = defined((await hashParams(page)).get('layers'), 'layers in the hash').split(',');
  const ids = collection.features.map((f) => f.id).sort();
  expect(ids).toEqual(expectedIds(layers, '2022-09-13'));
  expect(ids).not.toContain('held-1994/held-1994'); // ended in 2020
  for (const f of collection.features) {
    expect(typeof f.properties.source, f.id).toBe('string');
    expect(typeof f.properties.note, f.id).toBe('string');
    expect(f.geometry, f.id).toBeTruthy();
  }
  // Whatever the map draws in the view is in the file.
  const rendered = await page.evaluate(() =>
    [
      ...new Set(
        window.map
          .queryRenderedFeatures()
          .filter((f) => !f.properties._helper && f.source !== 'land' && f.source !== 'water' && f.source !== 'highlight')
          .map((f) => `${f.source}/${String(f.properties.id)}`),
      ),
    ].sort(),
  );
  expect(rendered.length).toBeGreaterThan(10);
  expect(rendered.filter((id) => !ids.includes(id))).toEqual([]);

  // Print: the map as a picture (not a blank canvas), the legend, the date and the link, then the article.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.locator('.app__map-area')).toBeHidden();
  await expect(sheet.locator('.print-sheet__date')).toHaveText('Map of 13 September 2022');
  // The layers on that draw something on the date: not the 1994 line (ended 2020), the 2023
  // offensive, nor the 2024 delimitation and the planned route (from 2024).
  const keys = await sheet.locator('.print-sheet__key').allTextContents();
  expect(keys).toHaveLength((await page.locator('.layer-panel__row input:checked').count()) - 3);
  expect(keys.some((k) => /1994|2023|2024/.test(k) && !/2021–2022/.test(k))).toBe(false);
  expect(keys).toEqual(expect.arrayContaining(['Places hit in the September 2022 clashes', 'Nagorno-Karabakh Autonomous Oblast (NKAO)']));
  expect(keys).not.toContain('Held by Armenian forces, 1994–2020');
  await expect(sheet.locator('.print-sheet__url')).toHaveText(await page.evaluate(() => window.location.href));
  const picture = await page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('.print-sheet__map');
    if (!img) return null;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 64;
    const ctx = c.getContext('2d');
    ctx?.drawImage(img, 0, 0, 64, 64);
    const px = ctx?.getImageData(0, 0, 64, 64).data ?? new Uint8ClampedArray();
    const colours = new Set<number>();
    for (let i = 0; i < px.length; i += 4) colours.add(((px[i] ?? 0) << 16) | ((px[i + 1] ?? 0) << 8) | (px[i + 2] ?? 0));
    return { width: img.naturalWidth, colours: colours.size, shown: img.getBoundingClientRect().width };
  });
  expect(picture?.width).toBeGreaterThan(0);
  expect(picture?.colours).toBeGreaterThan(20);
  expect(picture?.shown).toBeGreaterThan(300);
  await expect(page.locator('.article')).toBeVisible();
  await expect(page.locator('#p1')).toContainText('Kremlin');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(50_000); // the map picture is in it
});

test('compare: two labelled maps that move together; leaving removes the second map and its WebGL context', async ({ page }) => {
  await page.setViewportSize({ width: 960, height: 640 }); // two maps draw on the CPU here: fewer pixels
  await openApp(page, '#map=6.5/40/46.3&t=2022-09-13&cmp=1994-05-12');
  await page.waitForFunction(() => window.compareMap?.loaded() === true && window.compareMap.areTilesLoaded());
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(2);
  await expect(page.locator('.compare__label--left')).toHaveText('12 May 1994');
  await expect(page.locator('.compare__label--right')).toHaveText('13 September 2022');
  // Each map draws its own date: the 1994 line on the second map only, the 2022 clashes on the first only.
  const drawn = await page.evaluate(() => {
    const second = window.compareMap;
    if (!second) return null;
    const count = (m: typeof second, layer: string): number => m.queryRenderedFeatures({ layers: [layer] }).length;
    return {
      held: [count(window.map, 'held-1994-hatch'), count(second, 'held-1994-hatch')],
      clashes: [count(window.map, 'clashes-2022-circle'), count(second, 'clashes-2022-circle')],
    };
  });
  expect(drawn?.held[0]).toBe(0);
  expect(drawn?.held[1]).toBeGreaterThan(0);
  expect(drawn?.clashes[0]).toBeGreaterThan(0);
  expect(drawn?.clashes[1]).toBe(0);

  // Moving either moves the other.
  const centres = await page.evaluate(() => {
    const second = window.compareMap;
    if (!second) return null;
    window.map.jumpTo({ center: [45.5, 40.6], zoom: 6.6 });
    const a = { lng: second.getCenter().lng, zoom: second.getZoom() };
    second.jumpTo({ center: [46.4, 39.9], zoom: 6.5 });
    const b = { lat: window.map.getCenter().lat, zoom: window.map.getZoom() };
    return { a, b };
  });
  expect(centres?.a.lng).toBeCloseTo(45.5, 6);
  expect(centres?.a.zoom).toBeCloseTo(6.6, 6);
  expect(centres?.b.lat).toBeCloseTo(39.9, 6);
  expect(centres?.b.zoom).toBeCloseTo(6.5, 6);

  // The divider moves with the keys; its place is not in the link. A new date goes in the link.
  const divider = page.getByRole('separator', { name: /Divider between the two dates/ });
  const before = Number(await divider.getAttribute('aria-valuenow'));
  await divider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(divider).toHaveAttribute('aria-valuenow', String(before - 5));
  await page.getByLabel('with').fill('2000-01-01');
  await expect.poll(async () => (await hashParams(page)).get('cmp')).toBe('2000-01-01');
  await expect(page.locator('.compare__label--left')).toHaveText('1 January 2000');
  expect([...(await hashParams(page)).keys()]).toEqual(expect.not.arrayContaining(['divider', 'swipe']));

  // Leaving: one canvas, the second map's context lost (MapLibre's remove), no cmp in the link; Back brings it back.
  await page.evaluate(() => {
    const canvas = window.compareMap?.getCanvas();
    (window as unknown as { lastCompareGl: WebGL2RenderingContext | null }).lastCompareGl = canvas?.getContext('webgl2') ?? null;
  });
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page.locator('canvas')).toHaveCount(1);
  expect(
    await page.evaluate(() => ({
      gone: window.compareMap === undefined,
      lost: (window as unknown as { lastCompareGl: WebGL2RenderingContext | null }).lastCompareGl?.isContextLost(),
    })),
  ).toEqual({ gone: true, lost: true });
  expect((await hashParams(page)).get('cmp')).toBeNull();
  await expect(page.locator('.compare')).toHaveCount(0);
  await page.goBack();
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(2);
  await expect(page.locator('.compare__label--left')).toHaveText('1 January 2000');
});

test('embed at 600×400: the map fills the frame, the legend is folded, and "Open in Caucasus Atlas" opens the same view in full', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const offOrigin: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(defined(baseURL, 'baseURL')) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) offOrigin.push(r.url());
  });
  await page.setViewportSize({ width: 600, height: 400 });
  const state = '#map=7/39.85/46.75&layers=countries,held-1994,places&t=2000-01-01';
  await openApp(page, `${state}&embed=1`);
  const box = defined(await page.locator('#map').boundingBox(), 'the map box');
  expect(box).toEqual({ x: 0, y: 0, width: 600, height: 400 });
  await expect(page.locator('.article')).toBeHidden();
  await expect(page.locator('.app__header')).toBeHidden();
  expect(await page.locator('.layer-panel').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  const open = page.getByRole('link', { name: 'Open in Caucasus Atlas' });
  await expect(open).toBeVisible();
  const href = defined(await open.getAttribute('href'), 'the link');
  expect(href).toBe(`${defined(baseURL, 'baseURL')}/${state}`);

  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();

  // The link opens the full view with the same state.
  const [full] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await full.setViewportSize({ width: 1280, height: 800 });
  await waitForMap(full);
  await expect(full.locator('.app__header')).toBeVisible();
  await expect(full.locator('.article')).toBeVisible();
  const params = await hashParams(full);
  expect(params.get('embed')).toBeNull();
  expect(params.get('t')).toBe('2000-01-01');
  expect(params.get('layers')).toBe('countries,held-1994,places');
  const centre = await full.evaluate(() => ({ lat: window.map.getCenter().lat, zoom: window.map.getZoom() }));
  expect(centre.zoom).toBeCloseTo(7, 5);
  expect(centre.lat).toBeCloseTo(39.85, 3);

  // The full view's share control gives the embed code: an iframe of this view, with a title.
  await full.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(full.getByText('Embed code copied')).toBeVisible();
  const code = await full.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(
    /^<iframe src="[^"]+&amp;embed=1" title="Caucasus Atlas: [^"]+map of 1 January 2000" width="600" height="400" loading="lazy"><\/iframe>$/,
  );
  const src = defined(/src="([^"]+)"/.exec(code)?.[1], 'the iframe src').replace(/&amp;/g, '&');
  expect(src).toBe(`${href}&embed=1`);
  expect(offOrigin).toEqual([]);
});
