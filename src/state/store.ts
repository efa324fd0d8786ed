import type { AppState } from './state.ts';

/** How a change enters the browser history. */
export type HistoryMode = 'push' | 'replace' | 'none';

/** Where a change came from, and what it asks of the camera. */
export interface Change {
  history: HistoryMode;
  /** 'url': a link, Back/Forward or a typed hash; 'map': the reader moved the map; 'ui': a control or panel. */
  origin: 'url' | 'map' | 'ui';
  /** Move the camera to the selection (mentions do; clicks on the map do not). */
  fly?: boolean;
}

export type Listener = (state: AppState, prev: AppState, change: Change) => void;

/**
 * The one app state. Only the actions (actions.ts) call `update`; the URL writer and the appliers
 * subscribe and render it.
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

  /** Calls `listener` after every update, in the order of subscription; returns the unsubscriber. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
