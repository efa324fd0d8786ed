import { isOverlayLayerId, LAYER_IDS, type LayerId } from '../../core/contract.ts';
import type { GeodataStore, LayerStatus } from '../../data/geodata.ts';
import { LAYER_NAMES, overlayInfo } from '../../data/layers.ts';
import type { LayerPanel } from '../../views/layer-panel.ts';
import type { Notices } from '../../views/notices.ts';
import type { Dispose } from '../dispose.ts';

export interface LayerStatusDeps {
  geodata: Pick<GeodataStore, 'status' | 'subscribe'>;
  layerPanel: Pick<LayerPanel, 'setStatus'>;
  notices: Pick<Notices, 'show'>;
  /** Told when a layer's file is in. */
  onReady?: (layer: LayerId) => void;
}

/**
 * Shows how each layer's file is doing: loading or failed beside its checkbox, and a notice for
 * a file that failed, including those that failed before this was connected.
 */
export function connectLayerStatus({ geodata, layerPanel, notices, onReady }: LayerStatusDeps): Dispose {
  const apply = (layer: LayerId, status: LayerStatus): void => {
    if (isOverlayLayerId(layer)) layerPanel.setStatus(layer, status);
    if (status.state === 'error') {
      const title = isOverlayLayerId(layer) ? `“${overlayInfo(layer).title}”` : `the ${LAYER_NAMES[layer].toLowerCase()} layer`;
      notices.show(`Could not load ${title}: ${status.message}. The rest of the map still works.`, 'error');
    }
    if (status.state === 'ready') onReady?.(layer);
  };
  for (const layer of LAYER_IDS) apply(layer, geodata.status(layer));
  return geodata.subscribe(apply);
}
