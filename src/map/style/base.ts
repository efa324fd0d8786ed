import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Palette } from '../../core/palette.ts';
import { byZoom, isArea, isLine, isMask, isOutline, isOverview, notOverview } from './expressions.ts';

/**
 * The base map, bottom to top: sea, the world overview, sea over the window the detailed land
 * covers, the detail, then lakes and rivers.
 */
export function baseLayers(p: Palette): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': p.sea } },
    { id: 'land-overview', type: 'fill', source: 'land', filter: ['all', isArea, isOverview], paint: { 'fill-color': p.land } },
    { id: 'land-overview-coast', type: 'line', source: 'land', filter: ['all', isOutline, isOverview], paint: { 'line-color': p.coast, 'line-width': 0.6 } },
    { id: 'land-mask', type: 'fill', source: 'land', filter: isMask, paint: { 'fill-color': p.sea } },
    { id: 'land-fill', type: 'fill', source: 'land', filter: ['all', isArea, notOverview], paint: { 'fill-color': p.land } },
    {
      id: 'land-coast',
      type: 'line',
      source: 'land',
      filter: ['all', isOutline, notOverview],
      paint: { 'line-color': p.coast, 'line-width': byZoom(3, 0.5, 10, 1.2) },
    },
    { id: 'water-fill', type: 'fill', source: 'water', filter: isArea, paint: { 'fill-color': p.lake, 'fill-outline-color': p.river } },
    {
      id: 'water-line',
      type: 'line',
      source: 'water',
      filter: isLine,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': p.river, 'line-width': byZoom(4, 0.7, 8, 1.6, 12, 3) },
    },
  ];
}
