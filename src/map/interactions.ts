import type { Map as MapLibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import { isLayerId, type LayerId } from '../core/contract.ts';
import { formatRef } from '../core/ref.ts';

export interface FeatureHit {
  layer: LayerId;
  id: string;
}

/** Pixels of slack around the pointer, so thin lines and small dots are easy to hit. */
const SLACK = 5;

/**
 * The geodata features under a screen point, top-most first, one entry per feature however many
 * style layers draw it. Land is left out: it is the ground, not a subject.
 */
export function featuresAt(map: MapLibreMap, point: { x: number; y: number }): FeatureHit[] {
  const box: [PointLike, PointLike] = [
    [point.x - SLACK, point.y - SLACK],
    [point.x + SLACK, point.y + SLACK],
  ];
  const exact = map.queryRenderedFeatures([point.x, point.y]);
  const near = map.queryRenderedFeatures(box).filter((f) => f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon');
  return dedupe([...hits(near), ...hits(exact)]);
}

// Points and lines near the pointer come before the areas exactly under it: a dot drawn on top of
// an area is what the reader aimed at, and it is hard to hit exactly.
function hits(features: MapGeoJSONFeature[]): FeatureHit[] {
  const out: FeatureHit[] = [];
  for (const f of features) {
    const layer = f.source;
    const props = f.properties as Record<string, unknown>;
    const id: unknown = f.id ?? props.id;
    if (!isLayerId(layer) || layer === 'land' || (typeof id !== 'string' && typeof id !== 'number')) continue;
    // Helpers (label anchors, outlines, masks) stand for their area, which the exact query finds.
    if (props._helper !== undefined) continue;
    out.push({ layer, id: String(id) });
  }
  return out;
}

function dedupe(list: FeatureHit[]): FeatureHit[] {
  const seen = new Set<string>();
  return list.filter((h) => {
    const key = formatRef(h);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Pointer interaction on the map: hovering highlights the feature under the pointer, clicking
 * selects the top-most one (pushing a history entry) and remembers all those under the click for
 * the popup; clicking empty ground clears the selection.
 */
export function connectMapPointer(
  map: MapLibreMap,
  onHover: (hit: FeatureHit | null) => void,
  onClick: (hits: FeatureHit[], lngLat: [number, number]) => void,
): () => void {
  let last = '';
  const move = (e: { point: { x: number; y: number } }): void => {
    const top = featuresAt(map, e.point)[0] ?? null;
    const key = top ? formatRef(top) : '';
    if (key === last) return;
    last = key;
    map.getCanvas().style.cursor = top ? 'pointer' : '';
    onHover(top);
  };
  const leave = (): void => {
    last = '';
    map.getCanvas().style.cursor = '';
    onHover(null);
  };
  const click = (e: { point: { x: number; y: number }; lngLat: { lng: number; lat: number } }): void => {
    onClick(featuresAt(map, e.point), [e.lngLat.lng, e.lngLat.lat]);
  };
  map.on('mousemove', move);
  map.on('mouseout', leave);
  map.on('click', click);
  return () => {
    map.off('mousemove', move);
    map.off('mouseout', leave);
    map.off('click', click);
  };
}
