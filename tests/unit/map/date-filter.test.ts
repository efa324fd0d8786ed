import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { begunBy, DATED_LAYERS, endedBy, inForceOn } from '../../../src/map/date-filter.ts';
import { OVERLAYS } from '../../../src/data/layers.ts';
import { dateFilters } from '../../../src/map/style/style.ts';

type Props = Record<string, unknown>;

/** Evaluates a filter on a polygon feature's properties, as MapLibre does when drawing. */
function passes(filter: unknown, properties: Props): boolean {
  const f = featureFilter(filter as FilterSpecification, 'layers[0].filter');
  // Type 3 is a polygon in MapLibre's vector tile encoding.
  return f.filter({ zoom: 8 }, { type: 3, properties, geometry: [] } as never);
}

const held = { id: 'held-1994', valid_from: '1994-05-12', valid_to: '2020-11-10' };
const aghdam = { id: 'aghdam', valid_from: '2020-11-20', valid_to: null, regained_on: '2020-11-20' };
const undated = { id: 'AM', valid_from: null, valid_to: null };
const nkao = { id: 'nkao', valid_from: '1923-07-07', valid_to: '1991-11-26' };

describe('inForceOn', () => {
  it.each([
    ['1994-05-11', false],
    ['1994-05-12', true],
    ['1994-05-13', true],
    ['2020-11-09', true],
    ['2020-11-10', false],
    ['2020-11-11', false],
  ])('inForceOn(%s) on a feature valid 1994-05-12..2020-11-10 is %s', (t, expected) => {
    expect(passes(inForceOn(t), held)).toBe(expected);
  });

  it.each([
    ['2020-11-19', false],
    ['2020-11-20', true],
    ['2020-11-21', true],
    ['2024-12-31', true],
  ])('inForceOn(%s) on a feature regained on 2020-11-20 with no end is %s', (t, expected) => {
    expect(passes(inForceOn(t), aghdam)).toBe(expected);
  });

  it('inForceOn starts a regained feature on regained_on, even if valid_from were missing', () => {
    expect(passes(inForceOn('2020-11-19'), { ...aghdam, valid_from: null })).toBe(false);
    expect(passes(inForceOn('2020-11-20'), { ...aghdam, valid_from: null })).toBe(true);
  });

  it.each(['1923-01-01', '2022-09-13', '2024-12-31'])('inForceOn(%s) keeps undated features', (t) => {
    expect(passes(inForceOn(t), undated)).toBe(true);
    expect(passes(inForceOn(t), { id: 'x' })).toBe(true);
  });

  it.each([
    ['2022-09-11', false],
    ['2022-09-12', true],
    ['2022-09-13', true],
    ['2022-09-14', true],
    ['2022-09-15', false],
  ])('inForceOn(%s) on a clash point valid 2022-09-12..2022-09-15 is %s', (t, expected) => {
    expect(passes(inForceOn(t), { id: 'jermuk', valid_from: '2022-09-12', valid_to: '2022-09-15' })).toBe(expected);
  });
});

describe('endedBy and begunBy', () => {
  it.each([
    ['1991-11-25', false],
    ['1991-11-26', true],
    ['1991-11-27', true],
  ])('endedBy(%s) on the NKAO (to 1991-11-26) is %s', (t, expected) => {
    expect(passes(endedBy(t), nkao)).toBe(expected);
  });

  it('endedBy never matches a feature with no end', () => {
    expect(passes(endedBy('2024-12-31'), aghdam)).toBe(false);
    expect(passes(endedBy('2024-12-31'), undated)).toBe(false);
  });

  it.each([
    ['1923-07-06', false],
    ['1923-07-07', true],
    ['2022-09-13', true],
  ])('begunBy(%s) on the NKAO is %s', (t, expected) => {
    expect(passes(begunBy(t), nkao)).toBe(expected);
  });
});

describe('dateFilters', () => {
  const filterOf = (t: string, id: string): unknown => dateFilters(t).find(([layer]) => layer === id)?.[1];

  it('dateFilters covers only style layers of dated geodata layers', () => {
    const ids = dateFilters('2022-09-13').map(([id]) => id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids)
      expect(
        DATED_LAYERS.some((layer) => id.startsWith(layer)),
        id,
      ).toBe(true);
    expect(ids).not.toContain('countries-line');
  });

  it('the NKAO fill shows only while it existed; its former outline from its abolition on', () => {
    const area = { ...nkao };
    expect(passes(filterOf('1991-11-25', 'nagorno-karabakh-fill'), area)).toBe(true);
    expect(passes(filterOf('1991-11-26', 'nagorno-karabakh-fill'), area)).toBe(false);
    expect(passes(filterOf('1991-11-25', 'nagorno-karabakh-former-line'), area)).toBe(false);
    expect(passes(filterOf('1991-11-26', 'nagorno-karabakh-former-line'), area)).toBe(true);
    expect(passes(filterOf('1923-07-06', 'nagorno-karabakh-former-line'), area)).toBe(false);
    expect(passes(filterOf('1923-07-06', 'nagorno-karabakh-fill'), area)).toBe(false);
  });

  it('label anchors follow their area: regained labels show from regained_on', () => {
    const anchor = { id: 'aghdam', _helper: 'label', valid_from: '2020-11-20', valid_to: null, regained_on: '2020-11-20' };
    const point = (filter: unknown): boolean =>
      featureFilter(filter as FilterSpecification, 'layers[0].filter').filter({ zoom: 8 }, { type: 1, properties: anchor, geometry: [] } as never);
    expect(point(filterOf('2020-11-19', 'regained-2020-label'))).toBe(false);
    expect(point(filterOf('2020-11-20', 'regained-2020-label'))).toBe(true);
  });
});

describe('geodata dates', () => {
  const geodata = fileURLToPath(new URL('../../../geodata/', import.meta.url));
  it.each(DATED_LAYERS.map((l) => [l]))('every feature of %s has ISO dates the filter can compare', (layer) => {
    const json = JSON.parse(readFileSync(`${geodata}${layer}.geojson`, 'utf8')) as { features: { properties: Props }[] };
    for (const { properties: p } of json.features) {
      expect(p.valid_from, String(p.id)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (p.valid_to !== null) expect(p.valid_to, String(p.id)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('layer panel dates', () => {
  const geodata = fileURLToPath(new URL('../../../geodata/', import.meta.url));
  it.each(DATED_LAYERS.map((l) => [l]))('the panel range of %s is its features’ earliest start and latest end', (layer) => {
    const json = JSON.parse(readFileSync(`${geodata}${layer}.geojson`, 'utf8')) as { features: { properties: Props }[] };
    const from = json.features.map((f) => String(f.properties.regained_on ?? f.properties.valid_from)).sort()[0];
    const ends = json.features.map((f) => f.properties.valid_to as string | null);
    const to = ends.includes(null) ? null : [...(ends as string[])].sort().at(-1);
    expect(OVERLAYS.find((o) => o.id === layer)?.inForce).toEqual({ from, to });
  });

  it('undated layers have no panel range', () => {
    for (const o of OVERLAYS) if (!(DATED_LAYERS as readonly string[]).includes(o.id)) expect(o.inForce, o.id).toBeUndefined();
  });
});
