import { BASE_LAYER_IDS } from '../../core/contract.ts';
import { formatRef } from '../../core/ref.ts';
import type { GeodataStore } from '../../data/geodata.ts';
import type { Actions } from '../../state/actions.ts';
import type { Store } from '../../state/store.ts';
import type { PassageIndex } from '../../story/passages.ts';
import type { LayerPanel } from '../../views/layer-panel.ts';
import { notOnMapMessage, type Notices } from '../../views/notices.ts';
import { renderPopup } from '../../views/popup-content.ts';
import type { StillMap } from '../../views/still-map.ts';
import type { Timeline } from '../../views/timeline.ts';
import type { Dispose } from '../dispose.ts';
import { popupItemFor } from './popup-item.ts';

export interface StillDeps {
  still: Pick<StillMap, 'render'>;
  store: Store;
  actions: Pick<Actions, 'choose' | 'dropSelection' | 'showParagraph'>;
  geodata: Pick<GeodataStore, 'load' | 'ready' | 'subscribe'>;
  layerPanel: Pick<LayerPanel, 'render' | 'setDate'>;
  timeline: Pick<Timeline, 'render'>;
  notices: Pick<Notices, 'show'>;
  /** The story shown: the places it names, and its passages for the facts. Null while loading. */
  story: () => { index: PassageIndex; noun: string } | null;
  /** Calls back each time a new story is shown. */
  onStoryShown: (listener: () => void) => Dispose;
}

/**
 * Applies the whole state to the still map, where MapLibre cannot run: the picture for the date,
 * the layers and the view; the selection marked, with its facts as text beside it; the layer
 * panel and the timeline. Redraws at most once a frame, when the state, a layer's data, the story
 * or the window's size changes. A selection naming nothing on the map gets a notice and is dropped,
 * as on the map.
 */
export function connectStill(deps: StillDeps): Dispose {
  const { still, store, actions, geodata, layerPanel, timeline, notices } = deps;
  let frame = 0;

  const draw = (): void => {
    const state = store.state;
    const index = deps.story()?.index ?? null;
    const mentioned = new Set(index?.targets() ?? []);
    for (const layer of [...BASE_LAYER_IDS, ...state.layers]) void geodata.load(layer);
    let facts: HTMLElement | null = null;
    if (state.sel) {
      const sel = state.sel;
      void geodata.load(sel.layer).then((status) => {
        if (status.state !== 'ready' || store.state.sel !== sel) return;
        if (!popupItemFor(geodata, null, sel.layer, sel.id)) {
          notices.show(notOnMapMessage(formatRef(sel)));
          actions.dropSelection();
        }
      });
      const item = popupItemFor(geodata, index, sel.layer, sel.id);
      if (item) {
        facts = renderPopup(
          [item],
          0,
          {
            onQuote: (n) => {
              actions.showParagraph(n);
            },
            onChoose: (layer, id) => {
              actions.choose({ layer, id }, false);
            },
          },
          deps.story()?.noun,
        );
      }
    }
    still.render({ t: state.t, layers: state.layers, view: state.view, data: (layer) => geodata.ready(layer), mentioned, selected: state.sel }, facts);
    layerPanel.render(state.layers);
    layerPanel.setDate(state.t);
    timeline.render(state.t);
  };
  const schedule = (): void => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
  draw();
  const unsubscribe = store.subscribe(schedule);
  const unsubscribeData = geodata.subscribe((_layer, status) => {
    if (status.state !== 'loading') schedule();
  });
  const unsubscribeStory = deps.onStoryShown(schedule);
  window.addEventListener('resize', schedule);
  return () => {
    if (frame !== 0) cancelAnimationFrame(frame);
    unsubscribe();
    unsubscribeData();
    unsubscribeStory();
    window.removeEventListener('resize', schedule);
  };
}
