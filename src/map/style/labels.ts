import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Palette } from '../../core/palette.ts';
import { HIGHLIGHT_SOURCE } from '../highlight.ts';
import { byZoom, FONT, FONT_BOLD, FONT_ITALIC, isArea, isLabelAnchor, isLine, isPoint, PLACE_TIERS, placeFilter, shadowed, WHEN_META } from './expressions.ts';

type Kind = 'hover' | 'selected';
const isKind = (kind: Kind): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const HIGHLIGHTS = [
  { kind: 'hover', tint: 0.07, width: 2.5, ring: 2 },
  { kind: 'selected', tint: 0.12, width: 4, ring: 3 },
] as const;

/**
 * What is hovered or selected is drawn from the highlight source (see highlight.ts): a dark tint
 * over areas, drawn over the overlays' areas, then (`highlightMarks`) a dark outline over areas and
 * lines and a ring round points, over everything but the labels. Constant paint and a filter per
 * kind, so these reuse the shader programs the map has already built.
 */
export function highlightTints(p: Palette): LayerSpecification[] {
  return HIGHLIGHTS.map(({ kind, tint }) => ({
    id: `highlight-fill-${kind}`,
    type: 'fill',
    source: HIGHLIGHT_SOURCE,
    filter: ['all', isArea, isKind(kind)],
    paint: { 'fill-color': p.highlight, 'fill-opacity': tint, 'fill-antialias': false },
  }));
}

export function highlightMarks(p: Palette): LayerSpecification[] {
  return HIGHLIGHTS.flatMap(({ kind, width, ring }): LayerSpecification[] => [
    {
      id: `highlight-line-${kind}`,
      type: 'line',
      source: HIGHLIGHT_SOURCE,
      filter: ['all', ['any', isArea, isLine], isKind(kind)],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.highlight, 'line-opacity': 0.85, 'line-width': width },
    },
    {
      id: `highlight-ring-${kind}`,
      type: 'circle',
      source: HIGHLIGHT_SOURCE,
      filter: ['all', isPoint, isKind(kind)],
      paint: { 'circle-radius': byZoom(4, 7, 10, 11), 'circle-opacity': 0, 'circle-stroke-color': p.highlight, 'circle-stroke-width': ring },
    },
  ]);
}

/**
 * Labels, least important first: MapLibre places the last symbol layer's labels first, so capitals
 * and cities win, then country names (which can move aside), clash sites, the NKAO, and the rest.
 */
export function labelLayers(p: Palette): LayerSpecification[] {
  const halo = { 'text-color': p.text, 'text-halo-color': p.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.3 };
  const [major, town, village] = PLACE_TIERS.map(
    ({ tier, types, minzoom }): LayerSpecification => ({
      id: `places-label-${tier}`,
      type: 'symbol',
      source: 'places',
      filter: placeFilter(types),
      minzoom,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': tier === 'major' ? FONT_BOLD : FONT,
        'text-size': tier === 'major' ? byZoom(4, 12, 10, 15) : tier === 'town' ? 12 : 11,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        'text-max-width': 12,
        'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'population'], 0]],
      },
      paint: { ...halo, 'text-opacity': ['case', shadowed, 0, 1] },
    }),
  ) as [LayerSpecification, LayerSpecification, LayerSpecification];
  return [
    {
      id: 'villages-label',
      type: 'symbol',
      source: 'villages',
      filter: isPoint,
      minzoom: 9.5,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': FONT,
        'text-size': 11,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-max-width': 10,
      },
      paint: { ...halo, 'text-color': p.textMuted },
    },
    {
      id: 'water-label',
      type: 'symbol',
      source: 'water',
      filter: isLabelAnchor,
      minzoom: 7,
      layout: { 'text-field': ['get', 'label'], 'text-font': FONT_ITALIC, 'text-size': 12 },
      paint: { ...halo, 'text-color': p.waterText },
    },
    {
      id: 'admin1-label',
      type: 'symbol',
      source: 'admin1',
      filter: isLabelAnchor,
      minzoom: 7.5,
      layout: { 'text-field': ['get', 'label'], 'text-font': FONT, 'text-size': 11, 'text-max-width': 7 },
      paint: { ...halo, 'text-color': p.textMuted },
    },
    village,
    {
      id: 'regained-2020-label',
      type: 'symbol',
      source: 'regained-2020',
      filter: isLabelAnchor,
      minzoom: 7,
      layout: { 'text-field': ['get', 'label'], 'text-font': FONT_ITALIC, 'text-size': 12, 'text-max-width': 8 },
      paint: { ...halo, 'text-color': p.regainedText },
    },
    town,
    {
      id: 'russia-border-line-label',
      type: 'symbol',
      source: 'russia-border',
      filter: ['all', isLine, ['!', ['in', 'shortest', ['get', 'id']]]],
      minzoom: 5,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': ['get', 'label'],
        'text-font': FONT_BOLD,
        'text-size': 11,
        'text-offset': [0, -1],
      },
      paint: { ...halo, 'text-color': p.russiaText },
    },
    {
      id: 'russia-border-distance-label',
      type: 'symbol',
      source: 'russia-border',
      filter: ['all', isLine, ['has', 'length_km'], ['in', 'shortest', ['get', 'id']]],
      layout: {
        'symbol-placement': 'line-center',
        'text-field': ['concat', ['to-string', ['round', ['get', 'length_km']]], ' km'],
        'text-font': FONT_BOLD,
        'text-size': 12,
      },
      paint: { ...halo, 'text-color': p.russiaText },
    },
    {
      id: 'nagorno-karabakh-label',
      type: 'symbol',
      source: 'nagorno-karabakh',
      filter: isLabelAnchor,
      metadata: { [WHEN_META]: 'begun' },
      minzoom: 6,
      layout: { 'text-field': ['get', 'label'], 'text-font': FONT_BOLD, 'text-size': byZoom(6, 11, 10, 15), 'text-max-width': 8, 'text-offset': [0, 1.5] },
      paint: { ...halo, 'text-color': p.nkaoText },
    },
    {
      id: 'clashes-2022-label',
      type: 'symbol',
      source: 'clashes-2022',
      filter: isPoint,
      // Below zoom 6 the yellow discs speak for themselves; names would crowd out the capitals.
      minzoom: 6,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': FONT_BOLD,
        'text-size': 12,
        'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
        'text-radial-offset': 0.8,
        'text-justify': 'auto',
      },
      paint: halo,
    },
    {
      id: 'countries-label',
      type: 'symbol',
      source: 'countries',
      filter: isLabelAnchor,
      minzoom: 3.5,
      layout: {
        'text-field': ['upcase', ['get', 'label']],
        'text-font': FONT_BOLD,
        'text-size': byZoom(4, 11, 8, 15),
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.8,
      },
      paint: { ...halo, 'text-color': p.textMuted },
    },
    major,
  ];
}
