import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../core/contract.ts';
import type { GeodataStore } from '../data/geodata.ts';

export interface Feeder {
  /** Gives the layer's data to its map source now, if both are ready and it has not had it yet. */
  feed(layer: LayerId): void;
  /** Whether the layer's source has its data. */
  fed(layer: LayerId): boolean;
  dispose(): void;
}

/**
 * Hands each geodata layer to its map source as soon as both exist: the file may arrive before the
 * style has made its sources, or long after. Starting this right after the map is made lets the
 * first frame with data be the first frame at all, rather than a frame of empty sources followed by
 * a second tiling pass. `onFed` runs after each setData (e.g. to restore feature-state).
 */
export function connectFeed(map: MapLibreMap, geodata: GeodataStore, onFed: (layer: LayerId) => void): Feeder {
  const done = new Set<LayerId>();
  const waiting = new Set<LayerId>();

  const feed = (layer: LayerId): void => {
    if (done.has(layer)) return;
    const prepared = geodata.ready(layer);
    if (!prepared) return;
    const source = map.getSource(layer);
    if (!source || !('setData' in source)) {
      waiting.add(layer); // the style has not made its sources yet
      return;
    }
    (source as unknown as { setData(d: unknown): void }).setData(prepared.mapData);
    done.add(layer);
    waiting.delete(layer);
    onFed(layer);
  };

  const onStyle = (): void => {
    for (const layer of [...waiting]) feed(layer);
  };
  map.on('styledata', onStyle);
  const unsubscribe = geodata.subscribe((layer, status) => {
    if (status.state === 'ready') feed(layer);
  });

  return {
    feed,
    fed: (layer) => done.has(layer),
    dispose: () => {
      unsubscribe();
      map.off('styledata', onStyle);
    },
  };
}
