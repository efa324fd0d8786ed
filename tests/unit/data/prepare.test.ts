import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, describe, expect, it } from 'vitest';
import { GeodataError, labelFor, prepareLayer } from '../../../src/data/prepare.ts';

const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/places-small.geojson', import.meta.url)), 'utf8')) as unknown;

describe('prepareLayer', () => {
  it('prepareLayer indexes features by id and keeps them for the map', () => {
    const layer = prepareLayer('places', fixture);
    expect([...layer.features.keys()]).toEqual(['stepanakert', 'moscow']);
    expect(layer.problems).toEqual(['feature 3 has no string "id"']);
    expect(layer.bbox).toEqual([37.6173, 39.8153, 46.7519, 55.7558]);
  });

  it('prepareLayer labels contested places with both names', () => {
    const layer = prepareLayer('places', fixture);
    const stepanakert = layer.features.get('stepanakert');
    assert.isDefined(stepanakert, 'feature stepanakert');
    expect(stepanakert.properties.label).toBe('Stepanakert / Khankendi');
    const moscow = layer.features.get('moscow');
    assert.isDefined(moscow, 'feature moscow');
    expect(moscow.properties.label).toBe('Moscow');
  });

  it('prepareLayer adds a label anchor inside each area, sharing its id', () => {
    const layer = prepareLayer('regained-2020', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 1],
                [0, 0],
              ],
            ],
          },
          properties: { id: 'a', name: 'A' },
        },
      ],
    });
    const anchors = layer.mapData.features.filter((f) => f.properties?._helper === 'label');
    expect(anchors).toHaveLength(1);
    const [anchor] = anchors;
    assert.isDefined(anchor, 'the label anchor');
    assert.isNotNull(anchor.properties, 'the label anchor’s properties');
    expect(anchor.properties.id).toBe('a');
  });

  it('prepareLayer outlines clipped countries without the clip edges', () => {
    const layer = prepareLayer('countries', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [5, 0],
                [5, 4],
                [0, 4],
                [0, 0],
              ],
            ],
          },
          properties: { id: 'RU', name: 'Russia' },
        },
      ],
    });
    const outline = layer.mapData.features.find((f) => f.properties?._helper === 'outline');
    expect(outline?.geometry).toEqual({ type: 'MultiLineString', coordinates: [] });
  });

  it.each([
    [null, 'not a GeoJSON FeatureCollection'],
    ['<html>', 'not a GeoJSON FeatureCollection'],
    [{ type: 'FeatureCollection' }, 'no "features" list'],
  ])('prepareLayer(%j) throws a GeodataError naming the problem', (json, message) => {
    expect(() => prepareLayer('places', json)).toThrow(GeodataError);
    expect(() => prepareLayer('places', json)).toThrow(message);
  });
});

describe('labelFor', () => {
  it('labelFor an area is its name, even when contested', () => {
    expect(labelFor('regained-2020', { id: 'shusha', name: 'Shusha' })).toBe('Shusha');
    expect(labelFor('places', { id: 'shusha', name: 'Shusha' })).toBe('Shushi / Shusha');
  });
});
