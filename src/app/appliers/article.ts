import { formatRef } from '../../core/ref.ts';
import type { AppState } from '../../state/state.ts';
import type { Change, Store } from '../../state/store.ts';
import type { ArticlePanel } from '../../views/article-panel.ts';
import type { Dispose } from '../dispose.ts';

export interface ArticleDeps {
  store: Store;
  /** The article panel of the story shown, or null while it loads. */
  panel: () => Pick<ArticlePanel, 'has' | 'setActive' | 'setCurrent'> | null;
  /** Calls back each time a new story's panel is shown. */
  onStoryShown: (listener: () => void) => Dispose;
}

/**
 * Applies `sel` and `p` to the article: the mentions of the selected target (and of its whole
 * layer) are marked, and paragraph `p` is highlighted, scrolled into view when it comes from a
 * link or a popup's quote. A newly shown story gets both at once.
 */
export function connectArticle({ store, panel, onStoryShown }: ArticleDeps): Dispose {
  const mark = (state: AppState): void => {
    panel()?.setActive(state.sel ? [formatRef(state.sel), state.sel.layer] : []);
  };
  const highlight = (state: AppState): void => {
    const p = panel();
    if (!p) return;
    const n = state.p !== null && p.has(state.p) ? state.p : null;
    p.setCurrent(n, n !== null);
  };
  const all = (): void => {
    mark(store.state);
    highlight(store.state);
  };
  all();
  const unsubscribe = store.subscribe((state: AppState, prev: AppState, change: Change) => {
    if (state.sel !== prev.sel || change.origin === 'url') mark(state);
    if (prev.p !== state.p || change.origin === 'url') highlight(state);
  });
  const unsubscribeStory = onStoryShown(all);
  return () => {
    unsubscribe();
    unsubscribeStory();
  };
}
