import type { Map as MapLibreMap } from 'maplibre-gl';
import { OVERLAY_LAYER_IDS } from '../../core/contract.ts';
import type { GeodataStore } from '../../data/geodata.ts';
import type { PlaceShadows } from '../../map/shadows.ts';
import { styleLayersOf } from '../../map/style/style.ts';
import type { AppState } from '../../state/state.ts';
import type { Store } from '../../state/store.ts';
import type { LayerPanel } from '../../views/layer-panel.ts';
import type { Dispose } from '../dispose.ts';

export interface LayersDeps {
  map: Pick<MapLibreMap, 'getLayer' | 'getLayoutProperty' | 'setLayoutProperty'>;
  store: Store;
  geodata: Pick<GeodataStore, 'load'>;
  shadows: Pick<PlaceShadows, 'apply'>;
  layerPanel: Pick<LayerPanel, 'render'>;
}

/**
 * Applies `layers`: each overlay's style layers shown or hidden, a shown layer's file fetched, the
 * places a clash point stands for hidden while the clashes show, and the layer panel's boxes.
 */
export function connectLayers({ map, store, geodata, shadows, layerPanel }: LayersDeps): Dispose {
  const apply = (state: AppState, prev: AppState | null): void => {
    for (const id of OVERLAY_LAYER_IDS) {
      const visible = state.layers.includes(id);
      if (prev && prev.layers.includes(id) === visible) continue;
      const want = visible ? 'visible' : 'none';
      for (const styleLayer of styleLayersOf(id)) {
        // Only real changes: MapLibre re-tiles a layer's source on any visibility call, even one
        // that sets what is already there (an unset visibility reads as undefined).
        if (map.getLayer(styleLayer) && (map.getLayoutProperty(styleLayer, 'visibility') ?? 'visible') !== want) {
          map.setLayoutProperty(styleLayer, 'visibility', want);
        }
      }
      if (visible) void geodata.load(id);
      if (id === 'clashes-2022') shadows.apply(visible);
    }
    layerPanel.render(state.layers);
  };
  apply(store.state, null);
  return store.subscribe((state, prev, change) => {
    // A link or Back may name layers the map no longer agrees with: compare with the map, not prev.
    if (change.origin === 'url') apply(state, null);
    else if (prev.layers.join() !== state.layers.join()) apply(state, prev);
  });
}
