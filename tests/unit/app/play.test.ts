// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Player } from '../../../src/app/play.ts';
import type { TimelineEvent } from '../../../src/core/events.ts';
import { createActions } from '../../../src/state/actions.ts';
import { parseState } from '../../../src/state/hash.ts';
import type { Change } from '../../../src/state/store.ts';
import { Store } from '../../../src/state/store.ts';
import { FakeMap } from './fake-map.ts';

afterEach(() => vi.useRealTimers());

const EVENTS: TimelineEvent[] = [
  { date: '1994-05-12', caption: 'a', source: 's' },
  { date: '2016-04-01', caption: 'b', source: 's' },
  { date: '2020-09-27', caption: 'c', source: 's' },
];

function setUp(hash: string) {
  vi.useFakeTimers();
  const map = new FakeMap();
  const canvas = document.createElement('div');
  Object.assign(map, { getCanvasContainer: () => canvas });
  const store = new Store(parseState(hash));
  const actions = createActions(store);
  const changes: string[] = [];
  store.subscribe((s, _p, c: Change) => changes.push(`${s.t} ${c.history}`));
  const onPlaying = vi.fn();
  const player = new Player({ map: map.asMap(), store, actions, geodata: { load: vi.fn(), ready: vi.fn() }, onPlaying, events: () => EVENTS });
  return { store, actions, player, changes, onPlaying, canvas };
}

describe('Player', () => {
  it('steps from the event after the date to the last, adding one history entry, then stops', async () => {
    const { player, changes, onPlaying } = setUp('#t=2000-01-01');
    player.start();
    await vi.runAllTimersAsync();
    expect(changes).toEqual(['2016-04-01 push', '2020-09-27 replace']);
    expect(onPlaying.mock.calls).toEqual([[true], [false]]);
    expect(player.isPlaying).toBe(false);
  });

  it('stops when the reader changes the date another way', async () => {
    const { player, actions, changes } = setUp('#t=1990-01-01');
    player.start();
    await vi.advanceTimersByTimeAsync(0);
    actions.setDate('2000-01-01', 'push');
    await vi.runAllTimersAsync();
    expect(changes).toEqual(['1994-05-12 push', '2000-01-01 push']);
    expect(player.isPlaying).toBe(false);
  });

  it('stops on a touch of the map', async () => {
    const { player, canvas, changes } = setUp('#t=1990-01-01');
    player.start();
    await vi.advanceTimersByTimeAsync(0);
    canvas.dispatchEvent(new Event('mousedown'));
    await vi.runAllTimersAsync();
    expect(changes).toEqual(['1994-05-12 push']);
  });

  it.each(['mousedown', 'touchstart', 'wheel', 'keydown'])('stops on a %s on the map, between two steps', async (type) => {
    const { player, canvas, changes, onPlaying } = setUp('#t=1990-01-01');
    player.start();
    await vi.advanceTimersByTimeAsync(7000);
    expect(changes).toEqual(['1994-05-12 push', '2016-04-01 replace']);
    canvas.dispatchEvent(new Event(type));
    expect(player.isPlaying).toBe(false);
    expect(onPlaying.mock.calls).toEqual([[true], [false]]);
    await vi.runAllTimersAsync();
    expect(changes).toEqual(['1994-05-12 push', '2016-04-01 replace']);
  });

  it('stops when the reader selects something on the map', async () => {
    const { player, actions } = setUp('#t=1990-01-01');
    player.start();
    await vi.advanceTimersByTimeAsync(0);
    actions.selectOnMap({ layer: 'places', id: 'shusha' });
    expect(player.isPlaying).toBe(false);
  });

  it('stops when a link, Back or an edited hash brings another view', async () => {
    const { player, actions, store } = setUp('#t=1990-01-01');
    player.start();
    await vi.advanceTimersByTimeAsync(0);
    actions.restore({ ...store.state, view: { zoom: 8, lat: 39.8, lng: 46.7, bearing: 0, pitch: 0 } });
    expect(player.isPlaying).toBe(false);
  });

  it('keeps playing while the map moves by itself (its own flights report the view back)', async () => {
    const { player, actions, changes } = setUp('#t=1990-01-01');
    player.start();
    await vi.advanceTimersByTimeAsync(0);
    actions.moveMap({ zoom: 8, lat: 39.8, lng: 46.7, bearing: 0, pitch: 0 });
    expect(player.isPlaying).toBe(true);
    await vi.runAllTimersAsync();
    // The second entry is the map's move, which replaces the current entry with the camera's view.
    expect(changes).toEqual(['1994-05-12 push', '1994-05-12 replace', '2016-04-01 replace', '2020-09-27 replace']);
  });

  it('destroy stops it and lets go of the store', async () => {
    const { player, store, changes } = setUp('#t=1990-01-01');
    player.start();
    player.destroy();
    await vi.runAllTimersAsync();
    expect(changes).toEqual(['1994-05-12 push']);
    expect(player.isPlaying).toBe(false);
    expect(store.state.t).toBe('1994-05-12');
  });
});
