import { isOverlayLayerId, type LayerId } from '../../core/contract.ts';
import { anchorOf } from '../../core/geometry.ts';
import type { GeodataStore } from '../../data/geodata.ts';
import { overlayInfo } from '../../data/layers.ts';
import type { PassageIndex } from '../../story/passages.ts';
import type { PopupItem } from '../../views/popup-content.ts';

/**
 * What a popup (or the still map's facts panel) says about a feature, or about a whole layer when
 * `id` is null: the feature, the story's passages about it, and where it sits. Null when the layer
 * is not loaded or has no such feature.
 */
export function popupItemFor(geodata: Pick<GeodataStore, 'ready'>, index: PassageIndex | null, layer: LayerId, id: string | null): PopupItem | null {
  const prepared = geodata.ready(layer);
  if (!prepared) return null;
  if (id === null) {
    const info = isOverlayLayerId(layer) ? overlayInfo(layer) : null;
    return {
      layer,
      id: null,
      feature: null,
      members: [...prepared.features.values()].map((f) => ({ id: f.properties.id, name: f.properties.label })),
      layerDescription: info?.description,
      layerDates: info?.dates,
      passages: index?.forLayer(layer) ?? [],
      point: null,
    };
  }
  const feature = prepared.features.get(id);
  if (!feature) return null;
  return { layer, id, feature, passages: index?.forFeature(layer, id) ?? [], point: anchorOf(feature.geometry) };
}
