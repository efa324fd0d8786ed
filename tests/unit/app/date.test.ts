// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { connectDate } from '../../../src/app/appliers/date.ts';
import { dateFilters } from '../../../src/map/style/style.ts';
import { createActions } from '../../../src/state/actions.ts';
import { parseState } from '../../../src/state/hash.ts';
import { Store } from '../../../src/state/store.ts';
import { FakeMap } from './fake-map.ts';

function setUp(hash: string) {
  const map = new FakeMap();
  const store = new Store(parseState(hash));
  const deps = { map: map.asMap(), store, layerPanel: { setDate: vi.fn() }, timeline: { render: vi.fn() } };
  const dispose = connectDate(deps);
  return { map, store, actions: createActions(store), deps, dispose };
}

describe('connectDate', () => {
  it('filters every dated style layer to the date, and shows it in the panel and the timeline', () => {
    const { map, deps } = setUp('#t=1995-01-01');
    expect([...map.filters.keys()].sort()).toEqual(
      dateFilters('1995-01-01')
        .map(([id]) => id)
        .sort(),
    );
    expect(map.filters.get('held-1994-hatch')).toEqual(dateFilters('1995-01-01').find(([id]) => id === 'held-1994-hatch')?.[1]);
    expect(deps.layerPanel.setDate).toHaveBeenCalledWith('1995-01-01');
    expect(deps.timeline.render).toHaveBeenCalledWith('1995-01-01');
  });

  it('a new date sets the filters again; another change does not', () => {
    const { map, actions, deps } = setUp('#t=1995-01-01');
    map.calls.length = 0;
    actions.toggleLayer('held-1994', false);
    expect(map.calls).toEqual([]);
    actions.setDate('2021-01-01', 'replace');
    expect(map.calls).toHaveLength(dateFilters('2021-01-01').length);
    expect(deps.timeline.render).toHaveBeenLastCalledWith('2021-01-01');
  });

  it('after dispose it applies nothing', () => {
    const { map, actions, dispose } = setUp('#t=1995-01-01');
    dispose();
    map.calls.length = 0;
    actions.setDate('2021-01-01', 'replace');
    expect(map.calls).toEqual([]);
  });
});
