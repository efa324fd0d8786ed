import type { GeodataStore } from '../data/geodata.ts';
import type { Actions } from '../state/actions.ts';
import type { Store } from '../state/store.ts';
import { connectUrl } from '../state/url.ts';
import type { LayerPanel } from '../views/layer-panel.ts';
import type { Notices } from '../views/notices.ts';
import type { ShareControl } from '../views/share-control.ts';
import { StillMap } from '../views/still-map.ts';
import type { Timeline } from '../views/timeline.ts';
import { connectLayerStatus } from './appliers/layer-status.ts';
import { connectStill } from './appliers/still.ts';
import type { Dispose } from './dispose.ts';
import type { Page } from './start.ts';
import type { StorySession } from './story.ts';

export interface StillStart {
  page: Page;
  store: Store;
  actions: Actions;
  geodata: GeodataStore;
  layerPanel: LayerPanel;
  timeline: Timeline;
  notices: Notices;
  story: StorySession;
  disposers: Dispose[];
  error: unknown;
  /** The Copy link control, shown in the picture's caption. */
  share: ShareControl;
  /** Other tools for the picture's caption (the search box). */
  tools?: readonly { onAdd: () => HTMLElement; onRemove: () => void }[];
  /** Connects the article's marks and Play, as with the map; Play stops on a touch of `surface`. */
  connectReading: (surface: HTMLElement) => void;
  /** Keeps the text twin in step with the still picture. */
  followTwin: (surface: HTMLElement) => Dispose;
}

/** Why the map is a picture, as the reader is told. */
function stillReason(error: unknown): string {
  const gpu = error instanceof Error && (error.name === 'GPUInitializationError' || /webgl/i.test(error.message));
  return gpu
    ? 'This browser cannot draw the interactive map (it needs WebGL 2), so the map is a still picture of the same data: it cannot zoom or pan, but the date, the layers and the article all work.'
    : 'The interactive map could not start in this browser, so the map is a still picture of the same data: it cannot zoom or pan, but the date, the layers and the article all work.';
}

/**
 * The app without MapLibre: the still map in the map's place, driven by the same state, with the
 * link, the article, the layer panel, the timeline and Play (`connectReading`, shared with the map). What the map alone does (zoom, pan,
 * hover) is said in the picture's caption and the layer panel.
 */
export async function startStill({
  page,
  store,
  actions,
  geodata,
  layerPanel,
  timeline,
  notices,
  story,
  disposers,
  error,
  share,
  tools = [],
  connectReading,
  followTwin,
}: StillStart): Promise<void> {
  // MapLibre may have left its classes and controls in the container before it threw.
  page.map.replaceChildren();
  page.map.className = 'map map--still';
  const still = new StillMap({
    reason: stillReason(error),
    onSelect: (target) => {
      actions.selectOnMap(target);
    },
  });
  page.map.append(still.element);
  for (const tool of tools) still.addTool(tool.onAdd());
  still.addTool(share.onAdd());
  document.documentElement.dataset.map = 'still';
  layerPanel.setNote('Still picture: each layer shown is drawn as the map would draw it; zoom and pan need the interactive map.');
  disposers.push(() => {
    share.onRemove();
    for (const tool of tools) tool.onRemove();
    still.remove();
  });
  await story.ready;
  disposers.push(connectUrl(store, window, actions));
  disposers.push(connectLayerStatus({ geodata, layerPanel, notices, onReady: () => undefined }));
  disposers.push(
    connectStill({
      still,
      store,
      actions,
      geodata,
      layerPanel,
      timeline,
      notices,
      story: () => story.current(),
      onStoryShown: (listener) => story.subscribe(listener),
    }),
  );
  connectReading(still.element);
  disposers.push(followTwin(still.element));
  document.documentElement.dataset.ready = 'true';
}
