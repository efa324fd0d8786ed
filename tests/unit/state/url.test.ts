import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseState } from '../../../src/state/hash.ts';
import { Store } from '../../../src/state/store.ts';
import { connectUrl } from '../../../src/state/url.ts';

// A window with a location hash, a history that records its calls, and the listeners connectUrl
// adds: `navigate` changes the hash as Back, Forward or a typed hash would, and fires the event.
function fakeWindow(hash: string): {
  win: Window;
  calls: string[];
  listeners: Map<string, Set<() => void>>;
  navigate: (hash: string, type: 'popstate' | 'hashchange') => void;
} {
  const calls: string[] = [];
  const location = { hash, pathname: '/', search: '' };
  const listeners = new Map<string, Set<() => void>>();
  const set = (kind: string) => (_s: unknown, _t: string, url: string) => {
    location.hash = url.slice(url.indexOf('#'));
    calls.push(`${kind} ${location.hash}`);
  };
  const win = {
    location,
    history: { state: null, pushState: set('push'), replaceState: set('replace') },
    addEventListener: (type: string, fn: () => void) => {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(fn));
    },
    removeEventListener: (type: string, fn: () => void) => {
      listeners.get(type)?.delete(fn);
    },
  } as unknown as Window;
  const navigate = (next: string, type: 'popstate' | 'hashchange'): void => {
    location.hash = next;
    for (const fn of [...(listeners.get(type) ?? [])]) fn();
  };
  return { win, calls, listeners, navigate };
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

  it('Back (popstate) reads the hash into the store as a change from the URL that adds no history entry', () => {
    const { win, calls, navigate } = fakeWindow('#map=6/40.2/46');
    const store = new Store(parseState('#map=6/40.2/46'));
    const changes: string[] = [];
    store.subscribe((state, _prev, change) => changes.push(`${change.origin} ${change.history} ${state.sel?.id ?? '-'} ${state.t}`));
    connectUrl(store, win);
    navigate('#map=6/40.2/46&sel=places/shusha&t=1995-01-01', 'popstate');
    expect(changes).toEqual(['url none shusha 1995-01-01']);
    expect(store.state.view).toEqual({ zoom: 6, lat: 40.2, lng: 46, bearing: 0, pitch: 0 });
    expect(calls).toEqual([]);
  });

  it('a hash edited by hand (hashchange) is read into the store too', () => {
    const { win, navigate } = fakeWindow('');
    const store = new Store(parseState(''));
    connectUrl(store, win);
    navigate('#layers=held-1994&p=4', 'hashchange');
    expect(store.state.layers).toEqual(['held-1994']);
    expect(store.state.p).toBe(4);
  });

  it('the events for a hash it wrote itself change nothing', () => {
    const { win, navigate } = fakeWindow('');
    const store = new Store(parseState(''));
    connectUrl(store, win);
    store.update({ p: 3 }, { history: 'push', origin: 'ui' });
    const changes: string[] = [];
    store.subscribe((_s, _p, change) => changes.push(change.origin));
    navigate(win.location.hash, 'hashchange');
    navigate(win.location.hash, 'popstate');
    expect(changes).toEqual([]);
  });

  it('Back drops a rewrite still waiting on the throttle, so the view left behind is not written over it', () => {
    vi.useFakeTimers();
    const { win, calls, navigate } = fakeWindow('#map=6/40.2/46');
    const store = new Store(parseState('#map=6/40.2/46'));
    connectUrl(store, win);
    store.update({ view: { zoom: 6, lat: 40.2, lng: 46, bearing: 0, pitch: 0 } }, { history: 'replace', origin: 'map' });
    store.update({ view: { zoom: 7, lat: 40.2, lng: 46, bearing: 0, pitch: 0 } }, { history: 'replace', origin: 'map' });
    navigate('#map=5/41/45', 'popstate');
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(1);
    expect(win.location.hash).toBe('#map=5/41/45');
    expect(store.state.view?.zoom).toBe(5);
  });

  it('the function it returns removes its listeners, and later navigation is not read', () => {
    const { win, listeners, navigate } = fakeWindow('');
    const store = new Store(parseState(''));
    const disconnect = connectUrl(store, win);
    expect(listeners.get('popstate')?.size).toBe(1);
    expect(listeners.get('hashchange')?.size).toBe(1);
    disconnect();
    expect(listeners.get('popstate')?.size).toBe(0);
    expect(listeners.get('hashchange')?.size).toBe(0);
    navigate('#p=4', 'popstate');
    expect(store.state.p).toBeNull();
  });
});
