import { describe, expect, it } from 'vitest';
import type { LayerId } from '../../../src/core/contract.ts';
import { GeodataStore } from '../../../src/data/geodata.ts';
import { connectFeed } from '../../../src/map/feed.ts';
import { PlaceShadows } from '../../../src/map/shadows.ts';
import { FakeMap } from './fake-map.ts';

const files: Record<string, unknown> = {
  places: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [45.7, 39.8] }, properties: { id: 'jermuk', name: 'Jermuk' } }],
  },
  'clashes-2022': {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [45.7, 39.8] }, properties: { id: 'jermuk-shelled', name: 'Jermuk', place: 'jermuk' } },
    ],
  },
};

// A store whose "files" are served from memory through a data: URL.
function store(): GeodataStore {
  return new GeodataStore((layer: LayerId) => (layer in files ? `data:application/json,${encodeURIComponent(JSON.stringify(files[layer]))}` : null));
}

describe('connectFeed', () => {
  it('waits for the style to make the source, then gives it the data once', async () => {
    const map = new FakeMap();
    const geodata = store();
    const fed: LayerId[] = [];
    const feeder = connectFeed(map.asMap(), geodata, (l) => fed.push(l));
    await geodata.load('places');
    expect(map.setData).toEqual([]); // no source yet
    map.addSources('places');
    expect(map.setData.map((d) => d.source)).toEqual(['places']);
    feeder.feed('places');
    map.addSources('countries');
    expect(map.setData).toHaveLength(1);
    expect(fed).toEqual(['places']);
    expect(feeder.fed('places')).toBe(true);
  });

  it('feeds a layer that arrives after the style', async () => {
    const map = new FakeMap();
    map.addSources('places', 'clashes-2022');
    const geodata = store();
    connectFeed(map.asMap(), geodata, () => {});
    await geodata.load('clashes-2022');
    expect(map.setData.map((d) => d.source)).toEqual(['clashes-2022']);
  });
});

describe('PlaceShadows', () => {
  it('hides a place its clash stands for, and sends only changes', async () => {
    const map = new FakeMap();
    map.addSources('places', 'clashes-2022');
    const geodata = store();
    const shadows = new PlaceShadows(map.asMap(), geodata);
    shadows.apply(true); // nothing loaded yet
    expect(map.featureState).toEqual([]);
    await Promise.all([geodata.load('places'), geodata.load('clashes-2022')]);
    shadows.apply(true);
    shadows.apply(true);
    shadows.apply(false);
    expect(map.featureState).toEqual([
      { source: 'places', id: 'jermuk', state: { shadowed: true } },
      { source: 'places', id: 'jermuk', state: { shadowed: false } },
    ]);
  });
});
