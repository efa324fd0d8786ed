import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseState } from '../../../src/state/hash.ts';
import { Store } from '../../../src/state/store.ts';
import { connectUrl } from '../../../src/state/url.ts';

// A window with just a location hash and a history that records its calls.
function fakeWindow(hash: string): { win: Window; calls: string[] } {
  const calls: string[] = [];
  const location = { hash, pathname: '/', search: '' };
  const set = (kind: string) => (_s: unknown, _t: string, url: string) => {
    location.hash = url.slice(url.indexOf('#'));
    calls.push(`${kind} ${location.hash}`);
  };
  const win = {
    location,
    history: { state: null, pushState: set('push'), replaceState: set('replace') },
    addEventListener: () => {},
    removeEventListener: () => {},
  } as unknown as Window;
  return { win, calls };
}

afterEach(() => vi.useRealTimers());

describe('connectUrl', () => {
  it('writes the state settled on at load at once, then throttles rewrites to one per 300 ms', () => {
    vi.useFakeTimers();
    const { win, calls } = fakeWindow('#map=6/40.2/46');
    const store = new Store(parseState('#map=6/40.2/46'));
    connectUrl(store, win);
    store.update({ view: { zoom: 6, lat: 40.2, lng: 46, bearing: 0, pitch: 0 } }, { history: 'replace', origin: 'map' });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^replace #map=6\/40\.2\/46&layers=.*&t=2022-09-13/);
    store.update({ view: { zoom: 7, lat: 40.2, lng: 46, bearing: 0, pitch: 0 } }, { history: 'replace', origin: 'map' });
    store.update({ view: { zoom: 8, lat: 40.2, lng: 46, bearing: 0, pitch: 0 } }, { history: 'replace', origin: 'map' });
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(300);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatch(/^replace #map=8\//);
  });

  it('adds a history entry at once for a pushed change', () => {
    const { win, calls } = fakeWindow('');
    const store = new Store(parseState(''));
    connectUrl(store, win);
    store.update({ p: 3 }, { history: 'push', origin: 'ui' });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^push #.*p=3/);
  });
});
