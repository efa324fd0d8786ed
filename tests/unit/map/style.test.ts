import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { assert, describe, expect, it } from 'vitest';
import { LAYER_IDS, OVERLAY_LAYER_IDS } from '../../../src/core/contract.ts';
import { DEFAULT_VISIBLE_LAYERS, OVERLAYS } from '../../../src/data/layers.ts';
import { HIGHLIGHT_SOURCE } from '../../../src/map/highlight.ts';
import { palette } from '../../../src/core/palette.ts';
import { PATTERN_IDS } from '../../../src/map/patterns.ts';
import { glyphsUrl, LAYER_META, style as buildStyle, styleLayersOf } from '../../../src/map/style/style.ts';

const style = buildStyle(palette, { t: '2022-09-13' });

/** Label priority, lowest first: MapLibre places the last symbol layer's labels first. */
const LABEL_ORDER = [
  'villages-label',
  'water-label',
  'admin1-label',
  'places-label-village',
  'regained-2020-label',
  'places-label-town',
  'russia-border-line-label',
  'russia-border-distance-label',
  'nagorno-karabakh-label',
  'clashes-2022-label',
  'countries-label',
  'places-label-major',
];
const geodataDir = fileURLToPath(new URL('../../../geodata/', import.meta.url));

describe('style', () => {
  it('style(palette, { t }) passes the style-spec validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('takes glyphs from a URL relative to the page, has no sprite and no remote URLs: nothing leaves the page', () => {
    expect(style.glyphs).toBe('glyphs/{fontstack}/{range}.pbf');
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('glyphsUrl(base) resolves the glyphs against the page folder, keeping the tokens MapLibre replaces', () => {
    expect(glyphsUrl('https://example.org/atlas/')).toBe('https://example.org/atlas/glyphs/{fontstack}/{range}.pbf');
    expect(glyphsUrl('https://example.org/atlas/index.html?x=1#t=2020')).toBe('https://example.org/atlas/glyphs/{fontstack}/{range}.pbf');
    expect(buildStyle(palette, { t: '2022-09-13', base: 'http://127.0.0.1:4173/' }).glyphs).toBe('http://127.0.0.1:4173/glyphs/{fontstack}/{range}.pbf');
  });

  it('names only font stacks that public/glyphs/ holds', () => {
    const fonts = new Set(style.layers.flatMap((l) => (l.type === 'symbol' ? ((l.layout?.['text-font'] as string[] | undefined) ?? []) : [])));
    expect(fonts.size).toBeGreaterThan(0);
    for (const font of fonts) expect(existsSync(fileURLToPath(new URL(`../../../public/glyphs/${font}/0-255.pbf`, import.meta.url))), font).toBe(true);
  });

  it('has one GeoJSON source per geodata layer, its id the layer id, promoting `id`, plus the highlight source', () => {
    expect(Object.keys(style.sources).sort()).toEqual([...LAYER_IDS, HIGHLIGHT_SOURCE].sort());
    for (const [id, source] of Object.entries(style.sources)) {
      expect(source.type, id).toBe('geojson');
      if (id !== HIGHLIGHT_SOURCE) expect((source as { promoteId?: unknown }).promoteId, id).toBe('id');
    }
  });

  it('each geodata source id names a file in geodata/', () => {
    const files = existsSync(geodataDir) ? readdirSync(geodataDir).filter((f) => f.endsWith('.geojson')) : [];
    for (const id of Object.keys(style.sources)) if (id !== HIGHLIGHT_SOURCE) expect(files, `geodata/${id}.geojson`).toContain(`${id}.geojson`);
  });

  it("starts with the link's layers visible and the others hidden, so nothing changes after load", () => {
    const some = buildStyle(palette, { t: '2022-09-13', layers: ['countries', 'places'] });
    for (const layer of some.layers) {
      if (layer.type === 'background' || !(OVERLAY_LAYER_IDS as readonly string[]).includes(layer.source)) continue;
      const want = layer.source === 'countries' || layer.source === 'places' ? 'visible' : 'none';
      expect(layer.layout?.visibility, layer.id).toBe(want);
    }
  });

  // Each distinct set of data-driven paint properties compiles a shader program of its own, and on
  // software GL each costs a wait on the GPU process while the first frames draw. Only the places
  // vary by feature (their size by kind, and hiding those a clash point stands for); highlights
  // are drawn from their own source with constant paint.
  it('paint varies by feature only on the place layers', () => {
    const byFeature = (value: unknown): boolean => JSON.stringify(value).match(/"(get|feature-state|geometry-type|has|properties|id)"/) !== null;
    const varying = style.layers.filter((l) => 'paint' in l && l.paint && Object.values(l.paint).some(byFeature)).map((l) => l.id);
    expect(varying.sort()).toEqual([
      'places-circle-major',
      'places-circle-town',
      'places-circle-village',
      'places-label-major',
      'places-label-town',
      'places-label-village',
    ]);
  });

  it('every style layer but the background names its geodata layer in metadata, equal to its source', () => {
    for (const layer of style.layers) {
      if (layer.type === 'background') continue;
      expect((layer.metadata as Record<string, string>)[LAYER_META], layer.id).toBe(layer.source);
    }
  });

  it('draws overlays in the order of the contract', () => {
    const firstIndex = (id: string): number => style.layers.findIndex((l) => 'source' in l && l.source === id);
    const order = OVERLAY_LAYER_IDS.map(firstIndex);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('uses only the patterns the app draws', () => {
    const used = new Set(style.layers.flatMap((l) => (l.type === 'fill' && typeof l.paint?.['fill-pattern'] === 'string' ? [l.paint['fill-pattern']] : [])));
    for (const id of used) expect(PATTERN_IDS as readonly string[]).toContain(id);
  });
});

describe('layer toggles', () => {
  it('every overlay of the contract has exactly one toggle', () => {
    expect(OVERLAYS.map((o) => o.id).sort()).toEqual([...OVERLAY_LAYER_IDS].sort());
  });

  it.each(OVERLAYS.map((o) => [o.id] as const))('the toggle %s names a real layer drawn by the style', (id) => {
    expect(style.sources[id]).toBeDefined();
    expect(styleLayersOf(id).length).toBeGreaterThan(0);
  });

  it('every layer starts on: the date decides when the historical ones show', () => {
    for (const id of ['countries', 'nagorno-karabakh', 'held-1994', 'regained-2020', 'peacekeeping-2020', 'russia-border', 'clashes-2022'] as const) {
      expect(DEFAULT_VISIBLE_LAYERS).toContain(id);
    }
  });

  it('titles say what a layer is, and groups are the two the issue names', () => {
    const regained = OVERLAYS.find((o) => o.id === 'regained-2020');
    assert.isDefined(regained, 'the regained-2020 toggle');
    expect(regained.title).toBe('Regained by Azerbaijan in 2020');
    expect(new Set(OVERLAYS.map((o) => o.group))).toEqual(new Set(['article', 'history']));
    expect(new Set(OVERLAYS.map((o) => o.title)).size).toBe(OVERLAYS.length);
  });
});

describe('label priority', () => {
  it('capitals are placed before country names, which come before everything else', () => {
    const symbols = style.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    expect(symbols.at(-1)).toBe('places-label-major');
    expect(symbols.at(-2)).toBe('countries-label');
  });

  it('every label layer has a place in the priority list, and they are drawn in that order', () => {
    const symbols = style.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    expect(symbols).toEqual(LABEL_ORDER);
  });
});
