import type { Map as MapLibreMap } from 'maplibre-gl';
import { dateFilters } from '../../map/style/style.ts';
import type { AppState } from '../../state/state.ts';
import type { Store } from '../../state/store.ts';
import type { LayerPanel } from '../../views/layer-panel.ts';
import type { Timeline } from '../../views/timeline.ts';
import type { Dispose } from '../dispose.ts';

export interface DateDeps {
  map: Pick<MapLibreMap, 'getLayer' | 'setFilter'>;
  store: Store;
  layerPanel: Pick<LayerPanel, 'setDate'>;
  timeline: Pick<Timeline, 'render'>;
}

/**
 * Applies `t`: every dated style layer gets its filter for the new date (the data stays as it
 * is), the layer panel says which layers are in force, and the timeline shows the date.
 */
export function connectDate({ map, store, layerPanel, timeline }: DateDeps): Dispose {
  const apply = (state: AppState): void => {
    for (const [id, filter] of dateFilters(state.t)) {
      if (map.getLayer(id)) map.setFilter(id, filter, { validate: false }); // validated by the style's unit test
    }
    layerPanel.setDate(state.t);
    timeline.render(state.t);
  };
  apply(store.state);
  return store.subscribe((state, prev, change) => {
    if (prev.t !== state.t || change.origin === 'url') apply(state);
  });
}
