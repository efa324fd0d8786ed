import { formatLongDate } from '../core/dates.ts';
import { formatState } from '../state/hash.ts';
import type { AppState } from '../state/state.ts';
import type { Store } from '../state/store.ts';
import { EmbedBar } from '../views/embed-bar.ts';
import type { Dispose } from './dispose.ts';

/**
 * The link to a state's view: the full view (`embed: false`), or the view for an iframe.
 * Keys the atlas does not own stay as they are in the current hash.
 */
export function viewUrl(state: AppState, embed: boolean, win: Window = window): string {
  const { origin, pathname, search, hash } = win.location;
  return `${origin}${pathname}${search}${formatState({ ...state, embed: embed || undefined }, hash)}`;
}

export interface EmbedDeps {
  store: Store;
  /** Where the bar goes: over the map's frame. */
  host: HTMLElement;
  /** Folds the legend (the layer panel). */
  foldLegend: () => void;
}

/**
 * With `embed=1` (fixed for the page's life, as the frame that loaded it): marks the page
 * (`data-embed`, which the stylesheet reads to give the map the whole frame and hide the article),
 * folds the legend, and shows the embed bar, whose "Open in Caucasus Atlas" follows the state.
 * Without it, nothing.
 */
export function connectEmbed({ store, host, foldLegend }: EmbedDeps): Dispose {
  if (store.state.embed !== true) return () => undefined;
  const root = host.ownerDocument.documentElement;
  root.dataset.embed = 'true';
  foldLegend();
  const bar = new EmbedBar();
  host.append(bar.element);
  const render = (state: AppState): void => {
    bar.render(formatLongDate(state.t), viewUrl(state, false));
  };
  render(store.state);
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    bar.remove();
    delete root.dataset.embed;
  };
}
