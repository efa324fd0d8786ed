import { describe, expect, it, vi } from 'vitest';
import { connectArticle } from '../../../src/app/appliers/article.ts';
import { createActions } from '../../../src/state/actions.ts';
import { parseState } from '../../../src/state/hash.ts';
import { Store } from '../../../src/state/store.ts';

function setUp(hash: string) {
  const store = new Store(parseState(hash));
  const panel = { has: (n: number) => n <= 5, setActive: vi.fn(), setCurrent: vi.fn() };
  let shown: (() => void) | null = null;
  let current: typeof panel | null = panel;
  const dispose = connectArticle({
    store,
    panel: () => current,
    onStoryShown: (listener) => {
      shown = listener;
      return () => {
        shown = null;
      };
    },
  });
  return {
    store,
    actions: createActions(store),
    panel,
    dispose,
    showStory: () => shown?.(),
    unload: () => {
      current = null;
    },
  };
}

describe('connectArticle', () => {
  it('marks the mentions of the selection and of its whole layer, and highlights the linked paragraph', () => {
    const { panel } = setUp('#sel=places/shusha&p=3');
    expect(panel.setActive).toHaveBeenLastCalledWith(['places/shusha', 'places']);
    expect(panel.setCurrent).toHaveBeenLastCalledWith(3, true);
  });

  it('a paragraph the story does not have highlights none', () => {
    const { panel } = setUp('#p=99');
    expect(panel.setCurrent).toHaveBeenLastCalledWith(null, false);
  });

  it('follows the selection and the paragraph, and leaves them when neither changes', () => {
    const { actions, panel } = setUp('');
    panel.setActive.mockClear();
    panel.setCurrent.mockClear();
    actions.toggleLayer('places', false);
    expect(panel.setActive).not.toHaveBeenCalled();
    expect(panel.setCurrent).not.toHaveBeenCalled();
    actions.openMention({ layer: 'regained-2020', id: null }, 2);
    expect(panel.setActive).toHaveBeenLastCalledWith(['regained-2020', 'regained-2020']);
    expect(panel.setCurrent).toHaveBeenLastCalledWith(2, true);
  });

  it('a newly shown story gets the marks at once', () => {
    const { panel, showStory } = setUp('#sel=places/moscow&p=4');
    panel.setActive.mockClear();
    showStory();
    expect(panel.setActive).toHaveBeenCalledWith(['places/moscow', 'places']);
    expect(panel.setCurrent).toHaveBeenLastCalledWith(4, true);
  });

  it('does nothing while no story is shown, and nothing after dispose', () => {
    const { actions, panel, unload, dispose } = setUp('');
    unload();
    actions.showParagraph(2);
    dispose();
    actions.showParagraph(3);
    expect(panel.setCurrent).toHaveBeenCalledTimes(1); // the first render only
  });
});
