import type { AppState } from './state.ts';

/** How a change enters the browser history. */
export type HistoryMode = 'push' | 'replace' | 'none';

/** Where a change came from, and what it asks of the camera and popup. */
export interface Change {
  history: HistoryMode;
  /** 'url': a link, Back/Forward or a typed hash; 'map': the reader moved the map; 'ui': a control or panel. */
  origin: 'url' | 'map' | 'ui';
  /** Move the camera to the selection (mentions do; clicks on the map do not). */
  fly?: boolean;
  /** Where the reader clicked, and what lay under the click, top-most first. */
  click?: { lngLat: [number, number]; candidates: { layer: string; id: string }[] };
}

type Listener = (state: AppState, prev: AppState, change: Change) => void;

/**
 * The one app state. UI events call `update`; subscribers (the URL writer and sync.ts) render it.
 */
export class Store {
  private current: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: AppState) {
    this.current = initial;
  }

  get state(): AppState {
    return this.current;
  }

  update(patch: Partial<AppState>, change: Change): void {
    const prev = this.current;
    this.current = { ...prev, ...patch };
    for (const listener of [...this.listeners]) listener(this.current, prev, change);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
