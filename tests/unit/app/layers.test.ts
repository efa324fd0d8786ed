// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { connectLayers } from '../../../src/app/appliers/layers.ts';
import { styleLayersOf } from '../../../src/map/style/style.ts';
import { createActions } from '../../../src/state/actions.ts';
import { parseState } from '../../../src/state/hash.ts';
import { Store } from '../../../src/state/store.ts';
import { FakeMap } from './fake-map.ts';

function setUp(hash: string) {
  const map = new FakeMap();
  const store = new Store(parseState(hash));
  const deps = {
    map: map.asMap(),
    store,
    geodata: { load: vi.fn<(layer: string) => Promise<{ state: 'idle' }>>(() => Promise.resolve({ state: 'idle' })) },
    shadows: { apply: vi.fn() },
    layerPanel: { render: vi.fn() },
  };
  const dispose = connectLayers(deps);
  return { map, store, actions: createActions(store), deps, dispose };
}

describe('connectLayers', () => {
  it('hides the layers the link leaves out, fetches those it shows, and renders the panel', () => {
    const { map, deps } = setUp('#layers=countries,held-1994');
    expect(map.visibility.get('regained-2020-fill')).toBe('none');
    expect(map.visibility.get('held-1994-hatch')).toBeUndefined(); // already visible: no call
    expect(deps.geodata.load.mock.calls.map(([id]) => id)).toEqual(['countries', 'held-1994']);
    expect(deps.layerPanel.render).toHaveBeenLastCalledWith(['countries', 'held-1994']);
  });

  it('a toggle sets the visibility of that layer’s style layers only', () => {
    const { map, actions } = setUp('#layers=countries');
    map.calls.length = 0;
    actions.toggleLayer('held-1994', true);
    expect(map.calls).toEqual(styleLayersOf('held-1994').map((id) => `layout ${id} visibility=visible`));
  });

  it('turning the clashes on or off shadows or unshadows the places they stand for', () => {
    const { actions, deps } = setUp('#layers=countries,places');
    deps.shadows.apply.mockClear();
    actions.toggleLayer('clashes-2022', true);
    actions.toggleLayer('clashes-2022', false);
    expect(deps.shadows.apply.mock.calls).toEqual([[true], [false]]);
  });

  it('a change that leaves the layers alone changes nothing on the map', () => {
    const { map, actions } = setUp('#layers=countries');
    map.calls.length = 0;
    actions.setDate('1995-01-01', 'push');
    expect(map.calls).toEqual([]);
  });

  it('after dispose it applies nothing', () => {
    const { map, actions, dispose } = setUp('#layers=countries');
    dispose();
    map.calls.length = 0;
    actions.toggleLayer('held-1994', true);
    expect(map.calls).toEqual([]);
  });
});
