// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { LayerId, OverlayLayerId } from '../../../src/core/contract.ts';
import { DEFAULT_VISIBLE_LAYERS } from '../../../src/data/layers.ts';
import { prepareLayer, type PreparedLayer } from '../../../src/data/prepare.ts';
import { projectionFor, viewBBox } from '../../../src/core/mercator.ts';
import { drawnLayers, drawStill, type StillScene } from '../../../src/views/still-draw.ts';
import { featureInForce } from '../../../src/core/dates.ts';
import { pathOf } from '../../../src/views/still-svg.ts';
import { StillMap } from '../../../src/views/still-map.ts';
import { readLayer } from '../../data/load.ts';

const LOADED = new Map<LayerId, PreparedLayer>();
const data = (layer: LayerId): PreparedLayer => {
  let prepared = LOADED.get(layer);
  if (!prepared) {
    prepared = prepareLayer(layer, readLayer(layer));
    LOADED.set(layer, prepared);
  }
  return prepared;
};

const scene = (over: Partial<StillScene> = {}): StillScene => ({
  t: '2022-09-13',
  layers: DEFAULT_VISIBLE_LAYERS,
  view: null,
  data,
  mentioned: new Set(),
  selected: null,
  ...over,
});

describe('the still map projection', () => {
  it('viewBBox is the box a 512-px-tile map shows: centred on the view, twice as wide one zoom out', () => {
    const near = viewBBox({ lng: 46.75, lat: 39.82, zoom: 9 }, 800, 600);
    const far = viewBBox({ lng: 46.75, lat: 39.82, zoom: 8 }, 800, 600);
    expect((near[0] + near[2]) / 2).toBeCloseTo(46.75, 6);
    // 800 px at zoom 9: 800 / (512 · 2^9) of 360°.
    expect(near[2] - near[0]).toBeCloseTo((800 / (512 * 512)) * 360, 6);
    expect(far[2] - far[0]).toBeCloseTo(2 * (near[2] - near[0]), 6);
    expect(near[1]).toBeLessThan(39.82);
    expect(near[3]).toBeGreaterThan(39.82);
  });

  it('projectionFor fits the box inside the padding, north up, and centres the other axis', () => {
    const p = projectionFor([44, 39, 46, 41], 400, 400, 10);
    const [west, north] = p.point([44, 41]);
    const [east, south] = p.point([46, 39]);
    expect(Math.min(west, north)).toBeCloseTo(10, 6);
    expect(Math.max(east, south)).toBeCloseTo(390, 6);
    expect(south).toBeGreaterThan(north);
    expect(p.contains([45, 40])).toBe(true);
    expect(p.contains([103.8, 1.35])).toBe(false);
  });

  it('inForceOn reads the dates as the map filter does: regained_on first, open ends', () => {
    expect(featureInForce({ valid_from: '1994-05-12', valid_to: '2020-11-10' }, '2020-11-09')).toBe(true);
    expect(featureInForce({ valid_from: '1994-05-12', valid_to: '2020-11-10' }, '2020-11-10')).toBe(false);
    expect(featureInForce({ valid_from: '2020-10-03', regained_on: '2020-11-25', valid_to: null }, '2020-11-01')).toBe(false);
    expect(featureInForce({ valid_from: null, valid_to: null }, '1923-01-01')).toBe(true);
  });

  it('pathOf closes rings and drops points under half a pixel from the last', () => {
    const p = projectionFor([0, 0, 1, 1], 100, 100, 0);
    const d = pathOf(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0.001, 0.001],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      p,
    );
    expect(d.startsWith('M0.0,100.0L100.0,100.0')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(pathOf({ type: 'Point', coordinates: [0.5, 0.5] }, p)).toBe('');
  });
});

describe('drawStill', () => {
  it('draws the layers in force on the date: the 1994 line in 1995, the 2020 areas in 2022, never both', () => {
    expect(drawnLayers(scene({ t: '1995-01-01' }))).toContain('held-1994');
    expect(drawnLayers(scene({ t: '1995-01-01' }))).not.toContain('regained-2020');
    expect(drawnLayers(scene())).toContain('regained-2020');
    expect(drawnLayers(scene())).not.toContain('held-1994');
    const svg = drawStill(scene({ t: '1995-01-01' }), 640, 420);
    expect(svg.querySelector('path[fill="url(#still-hatch-held)"]')).not.toBeNull();
    expect(svg.querySelector('path[fill="url(#still-hatch-regained)"]')).toBeNull();
  });

  it('leaves out the layers the reader turned off', () => {
    const layers: OverlayLayerId[] = DEFAULT_VISIBLE_LAYERS.filter((id) => id !== 'regained-2020');
    expect(drawnLayers(scene({ layers }))).not.toContain('regained-2020');
    expect(drawStill(scene({ layers }), 640, 420).querySelector('path[fill="url(#still-hatch-regained)"]')).toBeNull();
  });

  it('labels the story places and marks the selection with one ring', () => {
    const svg = drawStill(scene({ mentioned: new Set(['places/goris']), selected: { layer: 'places', id: 'goris' } }), 800, 600);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('Goris');
    expect(svg.querySelectorAll('.still-map__selected')).toHaveLength(1);
    expect(svg.querySelector('circle.still-map__feature[data-ref="places/goris"]')).not.toBeNull();
  });

  it('renders a hostile name as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__xss=1">';
    const places = prepareLayer('places', {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [45.5, 40.2] }, properties: { id: 'x', name: hostile, kind: 'City' } }],
    });
    const svg = drawStill(scene({ data: (l) => (l === 'places' ? places : data(l)), layers: ['places'], mentioned: new Set(['places/x']) }), 640, 420);
    expect(svg.querySelector('img')).toBeNull();
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain(hostile);
  });
});

describe('StillMap', () => {
  it('shows the facts only with a selection, and a click on a drawn feature selects it', () => {
    const picked: unknown[] = [];
    const view = new StillMap({ reason: 'No WebGL.', onSelect: (t) => picked.push(t) });
    document.body.append(view.element);
    view.render(scene(), null);
    const facts = view.element.querySelector<HTMLElement>('.still-map__facts');
    expect(facts?.hidden).toBe(true);
    const text = document.createElement('p');
    text.textContent = 'Goris facts';
    view.render(scene({ selected: { layer: 'places', id: 'goris' } }), text);
    expect(facts?.hidden).toBe(false);
    expect(facts?.textContent).toBe('Goris facts');
    view.element.querySelector('circle.still-map__feature[data-ref="places/goris"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    view.element.querySelector('.still-map__svg > rect')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(picked).toEqual([{ layer: 'places', id: 'goris' }, null]);
    expect(view.element.querySelector('.still-map__legend')?.textContent).toContain('Regained 2020');
    view.remove();
  });
});
