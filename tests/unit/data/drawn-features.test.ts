import { describe, expect, it } from 'vitest';
import type { LayerId } from '../../../src/core/contract.ts';
import { drawnFeatures, viewSubject } from '../../../src/data/drawn-features.ts';
import { prepareLayer, type PreparedLayer } from '../../../src/data/prepare.ts';

const square = (x: number, y: number, d = 1) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});
const feature = (id: string, geometry: unknown, props: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry,
  properties: {
    id,
    name: id,
    names: { en: id },
    kind: 'test',
    source: `source of ${id}`,
    method: 'authored',
    note: `accuracy of ${id}`,
    valid_from: null,
    valid_to: null,
    ...props,
  },
});
const files: Partial<Record<LayerId, PreparedLayer>> = {
  'held-1994': prepareLayer('held-1994', {
    type: 'FeatureCollection',
    features: [feature('held-1994', square(46, 39), { valid_from: '1994-05-12', valid_to: '2020-11-10' })],
  }),
  'regained-2020': prepareLayer('regained-2020', {
    type: 'FeatureCollection',
    features: [
      feature('fuzuli', square(47, 39), { valid_from: '2020-10-17', regained_on: '2020-10-17' }),
      feature('kalbajar', square(46, 40), { valid_from: '2020-11-25', regained_on: '2020-11-25' }),
    ],
  }),
  'nagorno-karabakh': prepareLayer('nagorno-karabakh', {
    type: 'FeatureCollection',
    features: [feature('nkao', square(46.5, 39.5, 1), { valid_from: '1923-07-07', valid_to: '1991-11-26' })],
  }),
  countries: prepareLayer('countries', {
    type: 'FeatureCollection',
    features: [feature('armenia', square(43, 38.8, 3)), feature('azerbaijan', square(46, 38.5, 4))],
  }),
};
const data = (layer: LayerId): PreparedLayer | null => files[layer] ?? null;

describe('drawnFeatures', () => {
  it('holds the features in force on the date, of the layers that are on, with their sources and notes', () => {
    const out = drawnFeatures({ layers: ['held-1994', 'regained-2020'], t: '2020-11-01', data });
    expect(out.features.map((f) => f.id)).toEqual(['held-1994/held-1994', 'regained-2020/fuzuli']);
    expect(out.features[1]?.properties).toMatchObject({ source: 'source of fuzuli', note: 'accuracy of fuzuli', layer: 'regained-2020', drawn_as: 'in force' });
    expect(out.features[1]?.properties).not.toHaveProperty('label');
    expect(out.metadata).toEqual({ date: '2020-11-01', layers: ['held-1994', 'regained-2020'], layers_missing: [] });
  });

  it('ends a feature on its valid_to: the 1994 line is gone on 10 Nov 2020, Kalbajar is in from 25 Nov', () => {
    const ids = (t: string) => drawnFeatures({ layers: ['held-1994', 'regained-2020'], t, data }).features.map((f) => f.id);
    expect(ids('2020-11-10')).toEqual(['regained-2020/fuzuli']);
    expect(ids('2020-11-25')).toEqual(['regained-2020/fuzuli', 'regained-2020/kalbajar']);
  });

  it('keeps the NKAO after 1991 as a former boundary, as the map draws it', () => {
    const out = drawnFeatures({ layers: ['nagorno-karabakh'], t: '2022-09-13', data });
    expect(out.features.map((f): unknown[] => [f.id, f.properties?.drawn_as])).toEqual([['nagorno-karabakh/nkao', 'former boundary (outline)']]);
  });

  it('leaves out layers that are off, and lists layers on but not loaded', () => {
    const out = drawnFeatures({ layers: ['countries', 'places'], t: '2022-09-13', data });
    expect(out.features.map((f) => f.id)).toEqual(['countries/armenia', 'countries/azerbaijan']);
    expect(out.metadata.layers_missing).toEqual(['places']);
  });
});

describe('viewSubject', () => {
  it('names the selection, else the NKAO or the country under the centre, else the region', () => {
    expect(viewSubject([47.1, 40.1], { layer: 'regained-2020', id: 'kalbajar' }, data)).toBe('kalbajar');
    expect(viewSubject([47.1, 40.1], { layer: 'held-1994', id: null }, data)).toBe('Held by Armenian forces, 1994–2020');
    expect(viewSubject([47, 40], null, data)).toBe('Nagorno-Karabakh');
    expect(viewSubject([44, 40], null, data)).toBe('armenia');
    expect(viewSubject([10, 10], null, data)).toBe('South Caucasus');
  });
});
