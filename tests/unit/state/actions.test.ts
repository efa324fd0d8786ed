import { describe, expect, it } from 'vitest';
import { createActions } from '../../../src/state/actions.ts';
import { parseState } from '../../../src/state/hash.ts';
import type { Change } from '../../../src/state/store.ts';
import { Store } from '../../../src/state/store.ts';

function setUp(hash: string) {
  const store = new Store(parseState(hash));
  const changes: Change[] = [];
  store.subscribe((_s, _p, c) => changes.push(c));
  return { store, actions: createActions(store), changes };
}

describe('actions', () => {
  it('openMention selects the target, marks the paragraph, shows its layer and flies, in one history entry', () => {
    const { store, actions, changes } = setUp('#layers=countries');
    actions.openMention({ layer: 'held-1994', id: 'held-1994' }, 21);
    expect(store.state).toMatchObject({ sel: { layer: 'held-1994', id: 'held-1994' }, p: 21, layers: ['countries', 'held-1994'] });
    expect(changes).toEqual([{ history: 'push', origin: 'ui', fly: true }]);
  });

  it('openMention of a base layer leaves the overlays as they are', () => {
    const { store, actions } = setUp('#layers=countries');
    actions.openMention({ layer: 'water', id: 'sevan' }, 1);
    expect(store.state.layers).toEqual(['countries']);
  });

  it('selectOnMap on empty ground with nothing selected changes nothing', () => {
    const { actions, changes } = setUp('');
    actions.selectOnMap(null);
    expect(changes).toEqual([]);
  });

  it('toggleLayer keeps the drawing order and adds a history entry', () => {
    const { store, actions, changes } = setUp('#layers=places');
    actions.toggleLayer('countries', true);
    expect(store.state.layers).toEqual(['countries', 'places']);
    actions.toggleLayer('places', false);
    expect(store.state.layers).toEqual(['countries']);
    expect(changes.map((c) => c.history)).toEqual(['push', 'push']);
  });

  it('moveMap replaces the entry from the map; dropSelection replaces it from the UI; restore adds none', () => {
    const { store, actions, changes } = setUp('#sel=places/x');
    actions.moveMap({ zoom: 5, lat: 40, lng: 45, bearing: 0, pitch: 0 });
    actions.dropSelection();
    actions.restore(parseState('#t=1995-01-01'));
    expect(changes).toEqual([
      { history: 'replace', origin: 'map' },
      { history: 'replace', origin: 'ui' },
      { history: 'none', origin: 'url' },
    ]);
    expect(store.state.t).toBe('1995-01-01');
  });

  it('playStep adds a history entry on the first step and replaces it after', () => {
    const { actions, changes } = setUp('');
    actions.playStep('1994-05-12', true);
    actions.playStep('2016-04-01', false);
    expect(changes.map((c) => c.history)).toEqual(['push', 'replace']);
  });

  it('setCompare starts and stops comparing, each in one history entry; the same date again changes nothing', () => {
    const { store, actions, changes } = setUp('#t=2022-09-13');
    actions.setCompare('1994-05-12');
    expect(store.state.cmp).toBe('1994-05-12');
    actions.setCompare('1994-05-12');
    actions.setCompare(undefined);
    expect(store.state.cmp).toBeUndefined();
    expect(changes).toEqual([
      { history: 'push', origin: 'ui' },
      { history: 'push', origin: 'ui' },
    ]);
  });

  it('restore of a link without cmp leaves compare', () => {
    const { store, actions } = setUp('#t=2022-09-13&cmp=1994-05-12');
    actions.restore(parseState('#t=2022-09-13'));
    expect(store.state.cmp).toBeUndefined();
  });
});
