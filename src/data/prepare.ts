import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { anchorOf, bboxOf, outlineWithoutEdges, type BBox } from '../core/geometry.ts';
import { bothNames } from './contested-names.ts';
import type { CommonProps, LayerId } from '../core/contract.ts';
import { formatRef } from '../core/ref.ts';

/** A feature as the app holds it: the file's properties, plus the `label` the map shows. */
export type AtlasFeature = Feature<Geometry, CommonProps & { label: string } & Record<string, unknown>>;

/** A geodata layer checked and readied for the map. */
export interface PreparedLayer {
  id: LayerId;
  /** Features by id, as in the file (properties untouched apart from `label`). */
  features: Map<string, AtlasFeature>;
  /**
   * What the map source gets: the features, plus helper features marked `_helper`: a label anchor
   * inside each area ('label'), outlines without clip edges ('outline'), and sea masks under
   * detailed land ('mask'). Helpers share their feature's id, so highlights cover them too.
   */
  mapData: FeatureCollection;
  bbox: BBox | null;
  /** Features that were skipped, and why. */
  problems: string[];
}

/** Layers whose areas were clipped to a window by the pipeline; their outlines skip the cut edges. */
const CLIPPED_LAYERS: readonly LayerId[] = ['land', 'countries'];

/** Map labels shorter than the feature's full name. */
const SHORT_LABELS: Readonly<Record<string, string>> = {
  'nagorno-karabakh/nkao': 'Nagorno-Karabakh (NKAO)',
};

/** Thrown when a file cannot be used at all; the message names the layer and the problem. */
export class GeodataError extends Error {
  constructor(
    readonly layer: string,
    readonly reason: string,
  ) {
    super(`${layer}: ${reason}`);
    this.name = 'GeodataError';
  }
}

/**
 * Checks parsed JSON against the geodata contract and prepares it for the map. Features without a
 * string `id` or a geometry are skipped (listed in `problems`); a file that is not a
 * FeatureCollection throws a GeodataError.
 */
export function prepareLayer(layer: LayerId, json: unknown): PreparedLayer {
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'FeatureCollection') {
    throw new GeodataError(layer, 'the file is not a GeoJSON FeatureCollection');
  }
  const raw = (json as { features?: unknown }).features;
  if (!Array.isArray(raw)) throw new GeodataError(layer, 'the FeatureCollection has no "features" list');

  const features = new Map<string, AtlasFeature>();
  const problems: string[] = [];
  const mapFeatures: Feature[] = [];
  const anchors: Feature[] = [];
  const outlines: Feature[] = [];
  const masks: Feature[] = [];
  let bbox: BBox | null = null;

  raw.forEach((f: unknown, i: number) => {
    const feature = f as Partial<AtlasFeature> | null;
    const id = feature?.properties?.id;
    if (typeof id !== 'string' || id === '') {
      problems.push(`feature ${i + 1} has no string "id"`);
      return;
    }
    if (!feature?.geometry || typeof feature.geometry !== 'object') {
      problems.push(`feature "${id}" has no geometry`);
      return;
    }
    if (features.has(id)) {
      problems.push(`feature "${id}" appears twice; the first is used`);
      return;
    }
    const props = { ...feature.properties, label: labelFor(layer, feature.properties as CommonProps) } as AtlasFeature['properties'];
    const prepared: AtlasFeature = { type: 'Feature', geometry: feature.geometry, properties: props };
    features.set(id, prepared);
    const box = bboxOf(prepared.geometry);
    // A land feature spanning the globe is the coarse world overview, drawn under the detail.
    const overview = layer === 'land' && box !== null && box[2] - box[0] >= 359;
    mapFeatures.push(overview ? { ...prepared, properties: { ...props, _overview: true } } : prepared);
    if (box) bbox = bbox ? [Math.min(bbox[0], box[0]), Math.min(bbox[1], box[1]), Math.max(bbox[2], box[2]), Math.max(bbox[3], box[3])] : box;
    if (prepared.geometry.type === 'Polygon' || prepared.geometry.type === 'MultiPolygon') {
      const anchor = anchorOf(prepared.geometry);
      if (anchor) {
        anchors.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: anchor },
          // Dates too, so a label shows only when its area does (see map/date-filter.ts).
          properties: {
            id,
            name: props.name,
            label: props.label,
            _helper: 'label',
            valid_from: props.valid_from ?? null,
            valid_to: props.valid_to ?? null,
            ...(typeof props.regained_on === 'string' ? { regained_on: props.regained_on } : {}),
          },
        });
      }
      if (box && CLIPPED_LAYERS.includes(layer)) {
        outlines.push({
          type: 'Feature',
          geometry: { type: 'MultiLineString', coordinates: outlineWithoutEdges(prepared.geometry, box) },
          properties: overview ? { id, _helper: 'outline', _overview: true } : { id, _helper: 'outline' },
        });
        // Detailed land clipped to a window sits on the world overview: mask the overview's
        // coarse coast inside the window with sea, so only the detailed coast shows there.
        if (layer === 'land' && !overview) {
          masks.push({
            type: 'Feature',
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [box[0], box[1]],
                  [box[2], box[1]],
                  [box[2], box[3]],
                  [box[0], box[3]],
                  [box[0], box[1]],
                ],
              ],
            },
            properties: { id, _helper: 'mask' },
          });
        }
      }
    }
  });

  return { id: layer, features, mapData: { type: 'FeatureCollection', features: [...masks, ...mapFeatures, ...outlines, ...anchors] }, bbox, problems };
}

/**
 * The label a map shows for a feature. Contested places carry both names, Armenian usage first,
 * then Azerbaijani ("Stepanakert / Khankendi"); areas and other points show their `name`.
 */
export function labelFor(layer: LayerId, props: Pick<CommonProps, 'id' | 'name'>): string {
  const override = SHORT_LABELS[formatRef({ layer, id: props.id })];
  if (override) return override;
  // A data file's name may be missing whatever its type says.
  const given: unknown = props.name;
  const name = typeof given === 'string' ? given : props.id;
  if (layer === 'places' || layer === 'clashes-2022') return bothNames(props.id) ?? name;
  return name;
}
