import { createActions, type Actions } from './actions.ts';
import { formatState, parseState } from './hash.ts';
import type { Store } from './store.ts';

const THROTTLE_MS = 300;

/**
 * The one module that writes the URL. State changes marked 'push' add a history entry at once;
 * 'replace' (panning) rewrites the current entry at most every 300 ms, as MapLibre's hash does,
 * except the first, which is the state settled on at load.
 * Back, Forward and edited hashes are read back into the store (through `actions.restore`). Keys it
 * does not own are kept. Returns a function that undoes every subscription.
 */
export function connectUrl(store: Store, win: Window = window, actions: Pick<Actions, 'restore'> = createActions(store)): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWritten = win.location.hash;

  const write = (mode: 'push' | 'replace'): void => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    const hash = formatState(store.state, win.location.hash);
    if (hash === win.location.hash && mode === 'replace') return;
    const url = `${win.location.pathname}${win.location.search}${hash}`;
    if (mode === 'push') win.history.pushState(win.history.state, '', url);
    else win.history.replaceState(win.history.state, '', url);
    lastWritten = hash;
  };

  // The first rewrite is the state the page settled on at load (the camera applier's first view): it goes to
  // the URL at once, so a link copied or a Back taken right after load already has the whole state.
  let settled = false;
  const unsubscribe = store.subscribe((_state, _prev, change) => {
    if (change.history === 'push') write('push');
    else if (change.history === 'replace' && !settled) write('replace');
    else if (change.history === 'replace' && timer === null)
      timer = setTimeout(() => {
        write('replace');
      }, THROTTLE_MS);
    if (change.history !== 'none') settled = true;
  });

  const onNavigate = (): void => {
    if (win.location.hash === lastWritten) return;
    lastWritten = win.location.hash;
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    actions.restore(parseState(win.location.hash));
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);

  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
  };
}
