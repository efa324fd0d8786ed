import type { Map as MapLibreMap } from 'maplibre-gl';
import { MeasureControl } from '../map/measure.ts';
import type { SearchBox } from '../views/search-box.ts';
import type { Dispose } from './dispose.ts';

/** The search box and the Measure control, on the interactive map. */
export interface ReaderTools {
  /** Whether a measurement is under way: map clicks add points then, rather than select. */
  measuring: () => boolean;
  dispose: Dispose;
}

/**
 * Puts the search box at the top of the map's top-right controls, and the Measure control in the
 * bottom-right corner, above the attribution (its panel would not fit under the top-right stack on
 * a phone's short map); the disposer takes both away.
 */
export function addReaderTools(map: MapLibreMap, search: SearchBox, say: (text: string) => void): ReaderTools {
  map.addControl(search, 'top-right');
  // MapLibre appends a control to its corner; the search box belongs first, above the zoom buttons.
  const corner = map.getContainer().querySelector('.maplibregl-ctrl-top-right');
  const box = corner?.querySelector('.search-box');
  if (corner && box) corner.prepend(box);
  const measure = new MeasureControl({ say });
  map.addControl(measure, 'bottom-right');
  return {
    measuring: () => measure.active,
    dispose: () => {
      map.removeControl(measure);
      map.removeControl(search);
    },
  };
}
