import type { Feature, FeatureCollection } from 'geojson';
import { OVERLAY_LAYER_IDS, type LayerId, type OverlayLayerId } from '../core/contract.ts';
import { featureEnded, featureInForce } from '../core/dates.ts';
import { pointInGeometry } from '../core/geometry.ts';
import { formatRef } from '../core/ref.ts';
import { LAYER_NAMES, layersDrawnOn, overlayInfo } from './layers.ts';
import type { PreparedLayer } from './prepare.ts';

/** What the map draws: the overlays on, the date, and the loaded data. */
export interface DrawnInput {
  layers: readonly OverlayLayerId[];
  t: string;
  data: (layer: LayerId) => PreparedLayer | null;
}

/**
 * The features the map draws on date `t`, as one GeoJSON FeatureCollection for a reader's own GIS:
 * for each overlay that is on, in drawing order, the features in force on `t` (the map's date
 * filter, `featureInForce`), and the former outlines a layer keeps drawing after its end (the
 * NKAO's). Each keeps the properties of its file (names, source, method, accuracy note, dates) and
 * says which layer it comes from; the app's own `label` is left out. A layer still loading is
 * listed in `layers_missing`, not silently dropped.
 *
 * @example
 * drawnFeatures({ layers: ['held-1994'], t: '2000-01-01', data }).features.length // the 1994 line's areas
 */
export function drawnFeatures({ layers, t, data }: DrawnInput): FeatureCollection & { metadata: DrawnMetadata } {
  const features: Feature[] = [];
  const drawnLayers: OverlayLayerId[] = [];
  const missing: OverlayLayerId[] = [];
  const onDate = layersDrawnOn(t);
  for (const layer of OVERLAY_LAYER_IDS) {
    if (!layers.includes(layer) || !onDate.includes(layer)) continue;
    const prepared = data(layer);
    if (!prepared) {
      missing.push(layer);
      continue;
    }
    const keepsOutline = overlayInfo(layer).afterwards !== undefined;
    let any = false;
    for (const f of prepared.features.values()) {
      const props = f.properties as Record<string, unknown>;
      const inForce = featureInForce(props, t);
      if (!inForce && !(keepsOutline && featureEnded(props, t))) continue;
      const own: Record<string, unknown> = { ...f.properties };
      delete own.label;
      features.push({
        type: 'Feature',
        id: formatRef({ layer, id: f.properties.id }),
        geometry: f.geometry,
        properties: { ...own, layer, layer_title: LAYER_NAMES[layer], drawn_as: inForce ? 'in force' : 'former boundary (outline)' },
      });
      any = true;
    }
    if (any) drawnLayers.push(layer);
  }
  return { type: 'FeatureCollection', metadata: { date: t, layers: drawnLayers, layers_missing: missing }, features };
}

/** What the collection says about itself. */
export interface DrawnMetadata {
  date: string;
  /** Layers with at least one feature in the collection. */
  layers: OverlayLayerId[];
  /** Layers that are on but whose data had not loaded. */
  layers_missing: OverlayLayerId[];
}

/**
 * What a view is of, in a few words, for its file names: the selected feature's name; else the
 * area its centre lies in (Nagorno-Karabakh, else a country); else the South Caucasus.
 */
export function viewSubject(
  centre: [number, number],
  sel: { layer: LayerId; id: string | null } | null,
  data: (layer: LayerId) => PreparedLayer | null,
): string {
  if (sel?.id) {
    const name = data(sel.layer)?.features.get(sel.id)?.properties.name;
    if (typeof name === 'string' && name !== '') return name;
  } else if (sel) return LAYER_NAMES[sel.layer];
  const nkao = data('nagorno-karabakh')?.features.get('nkao');
  if (nkao && pointInGeometry(centre, nkao.geometry)) return 'Nagorno-Karabakh';
  for (const f of data('countries')?.features.values() ?? []) if (pointInGeometry(centre, f.geometry)) return f.properties.name;
  return 'South Caucasus';
}
