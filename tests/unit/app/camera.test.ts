// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { connectCamera } from '../../../src/app/appliers/camera.ts';
import { createActions } from '../../../src/state/actions.ts';
import { parseState } from '../../../src/state/hash.ts';
import { Store } from '../../../src/state/store.ts';
import { FakeMap } from './fake-map.ts';

function setUp(hash: string) {
  const map = new FakeMap();
  const store = new Store(parseState(hash));
  const actions = createActions(store);
  const dispose = connectCamera({ map: map.asMap(), store, actions });
  return { map, store, actions, dispose };
}

describe('connectCamera', () => {
  it('jumps to the view a link gives, and records it', () => {
    const { map, store } = setUp('#map=9/39.82/46.75');
    expect(map.calls).toEqual(['jumpTo 46.75,39.82 z9']);
    expect(store.state.view).toEqual({ zoom: 9, lat: 39.82, lng: 46.75, bearing: 0, pitch: 0 });
  });

  it('frames the region when the link gives no view', () => {
    const { map } = setUp('');
    expect(map.calls).toEqual(['fitBounds 43,38.2,51,43']);
  });

  it('when the map comes to rest, the view goes into the state, replacing the history entry', () => {
    const { map, store } = setUp('#map=9/39.82/46.75');
    const changes: string[] = [];
    store.subscribe((_s, _p, change) => changes.push(`${change.origin} ${change.history}`));
    map.center = { lng: 45, lat: 40 };
    map.fire('moveend');
    expect(store.state.view?.lng).toBe(45);
    expect(changes).toEqual(['map replace']);
  });

  it('Back or a typed hash moves the camera; a change from the map does not', () => {
    const { map, actions } = setUp('#map=9/39.82/46.75');
    map.calls.length = 0;
    actions.moveMap({ zoom: 7, lat: 40, lng: 45, bearing: 0, pitch: 0 });
    expect(map.calls).toEqual([]);
    actions.restore(parseState('#map=8/39/47'));
    expect(map.calls).toEqual(['jumpTo 47,39 z8']);
  });

  it('dispose stops listening to the map', () => {
    const { map, dispose } = setUp('#map=9/39.82/46.75');
    expect(map.listeners('moveend')).toBe(1);
    dispose();
    expect(map.listeners('moveend')).toBe(0);
  });
});
