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
