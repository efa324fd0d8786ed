import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { isOverlayLayerId, LAYER_IDS, type LayerId, type OverlayLayerId } from '../data/contract.ts';
import { ARTICLE_DATE } from '../timeline/dates.ts';
import { begunBy, endedBy, inForceOn, isDatedLayer } from './date-filter.ts';
import { HIGHLIGHT_SOURCE } from './highlight.ts';
import { palette as defaultPalette, type Palette } from './palette.ts';

/** Style-layer metadata key naming the geodata layer a style layer draws. */
export const LAYER_META = 'atlas:layer';

/**
 * Style-layer metadata key saying when a dated feature is drawn: 'in-force' (the default: from
 * `valid_from` up to the day before `valid_to`), 'ended' (from `valid_to` on: a former boundary) or
 * 'begun' (from `valid_from` on, ended or not).
 */
export const WHEN_META = 'atlas:when';
export type When = 'in-force' | 'ended' | 'begun';

/** Images the style refers to; main.ts adds them with `map.addImage` (see patterns.ts). */
export const PATTERN_IDS = ['hatch-held', 'hatch-regained', 'dots-peacekeeping'] as const;

const FONT = ['Noto Sans Regular'];
const FONT_BOLD = ['Noto Sans Bold'];
const FONT_ITALIC = ['Noto Sans Italic'];

const notHelper: ExpressionSpecification = ['!', ['has', '_helper']];
const isArea: ExpressionSpecification = ['all', ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false], notHelper];
const isLine: ExpressionSpecification = ['all', ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false], notHelper];
const isPoint: ExpressionSpecification = ['all', ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false], notHelper];
/** Helper features the app adds to each source (see data/prepare.ts). */
const isLabelAnchor: ExpressionSpecification = ['==', ['get', '_helper'], 'label'];
const isOutline: ExpressionSpecification = ['==', ['get', '_helper'], 'outline'];
const isMask: ExpressionSpecification = ['==', ['get', '_helper'], 'mask'];
const isOverview: ExpressionSpecification = ['==', ['get', '_overview'], true];
const notOverview: ExpressionSpecification = ['!', ['has', '_overview']];

/** A value that grows with zoom, linearly between the given stops. */
function byZoom(...stops: number[]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
}

/**
 * One GeoJSON source per geodata layer; the source id is the layer id, and `promoteId: 'id'` lets
 * feature-state (hover, selected, shadowed) work by feature id. Data is set when a layer is first shown.
 */
export function sources(): Record<LayerId, GeoJSONSourceSpecification> {
  return Object.fromEntries(
    // A 32 px tile buffer, not MapLibre's 128: the widest line is 7 px, and every pixel of buffer is
    // geometry each tile cuts, builds and draws again (the default nearly doubles it at 512 px tiles).
    LAYER_IDS.map((id) => [id, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id', buffer: 32 }]),
  ) as unknown as Record<LayerId, GeoJSONSourceSpecification>;
}

/**
 * The style layers, bottom to top. Overlays follow the contract's drawing order.
 * Every style layer carries `metadata['atlas:layer']`, the geodata layer it draws.
 */
export function layers(p: Palette = defaultPalette, t: string = ARTICLE_DATE): LayerSpecification[] {
  const list: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': p.sea } },

    // Base: land, lakes, rivers.
    // The world overview, then sea over the window the detailed land covers, then the detail.
    { id: 'land-overview', type: 'fill', source: 'land', filter: ['all', isArea, isOverview], paint: { 'fill-color': p.land } },
    { id: 'land-overview-coast', type: 'line', source: 'land', filter: ['all', isOutline, isOverview], paint: { 'line-color': p.coast, 'line-width': 0.6 } },
    { id: 'land-mask', type: 'fill', source: 'land', filter: isMask, paint: { 'fill-color': p.sea } },
    { id: 'land-fill', type: 'fill', source: 'land', filter: ['all', isArea, notOverview], paint: { 'fill-color': p.land } },
    { id: 'land-coast', type: 'line', source: 'land', filter: ['all', isOutline, notOverview], paint: { 'line-color': p.coast, 'line-width': byZoom(3, 0.5, 10, 1.2) } },
    { id: 'water-fill', type: 'fill', source: 'water', filter: isArea, paint: { 'fill-color': p.lake, 'fill-outline-color': p.river } },
    {
      id: 'water-line',
      type: 'line',
      source: 'water',
      filter: isLine,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': p.river, 'line-width': byZoom(4, 0.7, 8, 1.6, 12, 3) },
    },

    // Countries and districts.
    // Invisible fills make countries and districts clickable; a constant 0 opacity is skipped when
    // drawing (so costs no frame time), and their highlight is the outline drawn further up.
    { id: 'countries-fill', type: 'fill', source: 'countries', filter: isArea, paint: { 'fill-color': p.country, 'fill-opacity': 0 } },
    { id: 'admin1-fill', type: 'fill', source: 'admin1', filter: isArea, paint: { 'fill-color': p.admin, 'fill-opacity': 0 } },
    {
      id: 'admin1-line',
      type: 'line',
      source: 'admin1',
      filter: isArea,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.admin, 'line-width': byZoom(5, 0.5, 10, 1.2), 'line-dasharray': [3, 2] },
    },
    {
      id: 'countries-line',
      type: 'line',
      source: 'countries',
      filter: isOutline,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.country, 'line-width': byZoom(3, 0.8, 8, 1.8, 12, 2.5) },
    },

    // Nagorno-Karabakh (NKAO): purple fill with a heavy solid outline.
    { id: 'nagorno-karabakh-fill', type: 'fill', source: 'nagorno-karabakh', filter: isArea, paint: { 'fill-color': p.nkao, 'fill-opacity': 0.14 } },
    {
      id: 'nagorno-karabakh-line',
      type: 'line',
      source: 'nagorno-karabakh',
      filter: isArea,
      layout: { 'line-join': 'round' },
      // Wide enough to show as a band beside the 2020 lines that share parts of its edge.
      paint: { 'line-color': p.nkao, 'line-width': byZoom(5, 2.5, 8, 5, 11, 7), 'line-opacity': 0.9 },
    },
    // After its abolition (26 Nov 1991) the NKAO is still what the news calls "Nagorno-Karabakh":
    // its edge stays as a faint dashed former boundary, with an invisible fill so a click finds it.
    { id: 'nagorno-karabakh-former-fill', type: 'fill', source: 'nagorno-karabakh', filter: isArea, metadata: { [WHEN_META]: 'ended' }, paint: { 'fill-color': p.nkao, 'fill-opacity': 0 } },
    {
      id: 'nagorno-karabakh-former-line',
      type: 'line',
      source: 'nagorno-karabakh',
      filter: isArea,
      metadata: { [WHEN_META]: 'ended' },
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.nkao, 'line-width': byZoom(5, 1.5, 8, 2.5, 11, 3.5), 'line-opacity': 0.55, 'line-dasharray': [3, 2] },
    },

    // Held 1994–2020: orange hatching, dashed outline; the line of contact as a dark dashed line.
    { id: 'held-1994-hatch', type: 'fill', source: 'held-1994', filter: isArea, paint: { 'fill-pattern': 'hatch-held', 'fill-opacity': 0.85 } },
    {
      id: 'held-1994-line',
      type: 'line',
      source: 'held-1994',
      filter: isArea,
      paint: { 'line-color': p.held, 'line-width': byZoom(5, 1.2, 10, 2.2), 'line-dasharray': [4, 2] },
    },
    {
      id: 'held-1994-contact',
      type: 'line',
      source: 'held-1994',
      filter: isLine,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#5c3a00', 'line-width': byZoom(5, 2, 10, 3.5), 'line-dasharray': [2, 1] },
    },

    // Regained 2020: green tint with hatching the other way from held-1994, so overlaps cross-hatch.
    { id: 'regained-2020-fill', type: 'fill', source: 'regained-2020', filter: isArea, paint: { 'fill-color': p.regained, 'fill-opacity': 0.12 } },
    { id: 'regained-2020-hatch', type: 'fill', source: 'regained-2020', filter: isArea, paint: { 'fill-pattern': 'hatch-regained', 'fill-opacity': 0.7 } },
    {
      id: 'regained-2020-line',
      type: 'line',
      source: 'regained-2020',
      filter: isArea,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.regained, 'line-width': byZoom(5, 1, 10, 2) },
    },

    // Peacekeeping: blue dots, dotted outline; the corridor as a solid blue band.
    { id: 'peacekeeping-2020-dots', type: 'fill', source: 'peacekeeping-2020', filter: isArea, paint: { 'fill-pattern': 'dots-peacekeeping', 'fill-opacity': 0.9 } },
    {
      id: 'peacekeeping-2020-line',
      type: 'line',
      source: 'peacekeeping-2020',
      filter: isArea,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.peacekeeping, 'line-width': byZoom(5, 1.5, 10, 2.5), 'line-dasharray': [0.5, 2] },
    },
    {
      id: 'peacekeeping-2020-corridor',
      type: 'line',
      source: 'peacekeeping-2020',
      filter: isLine,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.peacekeeping, 'line-width': byZoom(5, 2.5, 10, 5) },
    },

    // Russia's southern border: a heavy vermillion line; distances as dashed lines with their length.
    // Only Russia's own regions get the tint; Georgia, in this layer as the country between, does not.
    { id: 'russia-border-fill', type: 'fill', source: 'russia-border', filter: ['all', isArea, ['==', ['get', 'country'], 'RU']], paint: { 'fill-color': p.russia, 'fill-opacity': 0.06 } },
    {
      id: 'russia-border-area-line',
      type: 'line',
      source: 'russia-border',
      filter: isArea,
      paint: { 'line-color': p.russia, 'line-width': 1, 'line-opacity': 0.6, 'line-dasharray': [1, 1] },
    },
    {
      id: 'russia-border-line',
      type: 'line',
      source: 'russia-border',
      filter: ['all', isLine, ['!', ['in', 'shortest', ['get', 'id']]]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.russia, 'line-width': byZoom(3, 3, 10, 6) },
    },
    {
      id: 'russia-border-distance',
      type: 'line',
      source: 'russia-border',
      filter: ['all', isLine, ['in', 'shortest', ['get', 'id']]],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': p.russia, 'line-width': byZoom(3, 1.5, 10, 2.5), 'line-dasharray': [3, 2] },
    },

    // Clashes: yellow discs with a black ring.
    {
      id: 'clashes-2022-circle',
      type: 'circle',
      source: 'clashes-2022',
      filter: isPoint,
      paint: {
        'circle-color': p.clash,
        'circle-radius': byZoom(4, 4.5, 10, 8),
        'circle-stroke-color': p.clashOutline,
        'circle-stroke-width': 1.5,
      },
    },

    // Places: capitals and cities at every zoom, towns from zoom 6.5, villages from 8.
    ...placeCircles(p),
  ];

  // What is hovered or selected, drawn from the highlight source (see highlight.ts): a dark tint
  // over areas, a dark outline over areas and lines, a ring round points. Constant paint and a
  // filter per kind, so these reuse the shader programs the map has already built.
  const isKind = (kind: 'selected' | 'hover'): ExpressionSpecification => ['==', ['get', 'kind'], kind];
  for (const [kind, tint, width, ring] of [['hover', 0.07, 2.5, 2], ['selected', 0.12, 4, 3]] as const) {
    list.push(
      { id: `highlight-fill-${kind}`, type: 'fill', source: HIGHLIGHT_SOURCE, filter: ['all', isArea, isKind(kind)], paint: { 'fill-color': p.highlight, 'fill-opacity': tint, 'fill-antialias': false } },
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
    );
  }

  // Labels, least important first (MapLibre places later layers' labels first).
  const halo = { 'text-color': p.text, 'text-halo-color': p.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.3 };
  const countriesLabel: LayerSpecification = {
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
    };

  list.push(
    {
      id: 'water-label',
      type: 'symbol',
      source: 'water',
      filter: isLabelAnchor,
      minzoom: 7,
      layout: { 'text-field': ['get', 'label'], 'text-font': FONT_ITALIC, 'text-size': 12 },
      paint: { ...halo, 'text-color': '#2f5f86' },
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
    {
      id: 'regained-2020-label',
      type: 'symbol',
      source: 'regained-2020',
      filter: isLabelAnchor,
      minzoom: 7,
      layout: { 'text-field': ['get', 'label'], 'text-font': FONT_ITALIC, 'text-size': 12, 'text-max-width': 8 },
      paint: { ...halo, 'text-color': '#005c43' },
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
      paint: { ...halo, 'text-color': '#8a3a00' },
    },
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
      paint: { ...halo, 'text-color': '#8a3a00' },
    },
    {
      id: 'nagorno-karabakh-label',
      type: 'symbol',
      source: 'nagorno-karabakh',
      filter: isLabelAnchor,
      metadata: { [WHEN_META]: 'begun' },
      minzoom: 6,
      layout: { 'text-field': ['get', 'label'], 'text-font': FONT_BOLD, 'text-size': byZoom(6, 11, 10, 15), 'text-max-width': 8, 'text-offset': [0, 1.5] },
      paint: { ...halo, 'text-color': '#7a2f5c' },
    },
    ...placeLabels(halo),
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
  );
  list.push(countriesLabel);

  for (const layer of list) {
    if (layer.type === 'background') continue;
    const when = ((layer.metadata as Record<string, unknown> | undefined)?.[WHEN_META] as When | undefined) ?? 'in-force';
    layer.metadata = { [LAYER_META]: layer.source };
    if (isDatedLayer(layer.source)) {
      (layer.metadata as Record<string, unknown>)[WHEN_META] = when;
      const date = when === 'ended' ? endedBy(t) : when === 'begun' ? begunBy(t) : inForceOn(t);
      layer.filter = layer.filter ? (['all', layer.filter, date] as ExpressionSpecification) : date;
    }
  }
  // Cartographic stacking: base map, then every overlay's areas, then their lines, points,
  // highlights and labels, so no area hides another layer's border. Within a tier the
  // contract's drawing order holds (the sort is stable).
  return list.map((layer, i) => ({ layer, i, tier: tierOf(layer) })).sort((a, b) => a.tier - b.tier || a.i - b.i).map((x) => x.layer);
}

/**
 * Label priority, lowest first: MapLibre places the last symbol layer's labels first, so capitals
 * and cities win, then country names (which can move aside), clash sites, the NKAO, and the rest.
 */
export const LABEL_ORDER = [
  'water-label',
  'admin1-label',
  'places-label-village',
  'regained-2020-label',
  'places-label-town',
  'russia-border-line-label',
  'russia-border-distance-label',
  'nagorno-karabakh-label',
  'clashes-2022-label',
  'countries-label',
  'places-label-major',
];

function tierOf(layer: LayerSpecification): number {
  if (layer.type === 'background') return 0;
  if (layer.type === 'symbol') return 6 + (LABEL_ORDER.indexOf(layer.id) + 1) / 100;
  if (layer.source === 'land' || layer.source === 'water') return 1;
  if (layer.source === HIGHLIGHT_SOURCE) return layer.type === 'fill' ? 2.5 : 5;
  return { fill: 2, line: 3, circle: 4 }[layer.type as 'fill' | 'line' | 'circle'] ?? 3;
}

const PLACE_TIERS = [
  { tier: 'major', types: ['capital', 'city'], minzoom: 0 },
  { tier: 'town', types: ['town'], minzoom: 6.5 },
  { tier: 'village', types: ['village', 'peak'], minzoom: 8 },
] as const;

function placeFilter(types: readonly string[]): ExpressionSpecification {
  return ['all', isPoint, ['match', ['get', 'place_type'], [...types], true, false]] as ExpressionSpecification;
}

/** A place also drawn as a clash point is 'shadowed': the clash symbol and label stand for it. */
const shadowed: ExpressionSpecification = ['boolean', ['feature-state', 'shadowed'], false];

function placeCircles(p: Palette): LayerSpecification[] {
  return PLACE_TIERS.map(({ tier, types, minzoom }) => ({
    id: `places-circle-${tier}`,
    type: 'circle',
    source: 'places',
    filter: placeFilter(types),
    minzoom,
    paint: {
      'circle-color': p.place,
      'circle-opacity': ['case', shadowed, 0, 1] as ExpressionSpecification,
      'circle-stroke-opacity': ['case', shadowed, 0, 1] as ExpressionSpecification,
      'circle-radius': ['match', ['get', 'place_type'], 'capital', 4.5, 'city', 3.5, 3] as ExpressionSpecification,
      'circle-stroke-color': p.halo,
      'circle-stroke-width': 1.5,
    },
  }));
}

function placeLabels(paint: Record<string, string | number>): LayerSpecification[] {
  return PLACE_TIERS.map(({ tier, types, minzoom }) => ({
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
    paint: { ...paint, 'text-opacity': ['case', shadowed, 0, 1] },
  })) as LayerSpecification[];
}

/**
 * The whole style: no glyphs URL (labels use the reader's local fonts), no sprite (patterns are
 * added in code), no remote sources.
 */
export function buildStyle(p: Palette = defaultPalette, t: string = ARTICLE_DATE, visible?: readonly OverlayLayerId[]): StyleSpecification {
  const empty: GeoJSONSourceSpecification['data'] = { type: 'FeatureCollection', features: [] };
  const list = layers(p, t);
  if (visible) {
    // Each overlay's visibility is written into the style, so the map starts as the link asks and
    // sync.ts finds nothing to change: setting a layer's visibility after load makes MapLibre
    // re-tile its whole source.
    for (const layer of list) {
      const source = layer.type === 'background' ? null : layer.source;
      if (source === null || !isOverlayLayerId(source)) continue;
      layer.layout = { ...layer.layout, visibility: visible.includes(source) ? 'visible' : 'none' } as never;
    }
  }
  return { version: 8, name: 'Caucasus Atlas', sources: { ...sources(), [HIGHLIGHT_SOURCE]: { type: 'geojson', data: empty } }, layers: list };
}

/**
 * The filter of every style layer that draws dated features, for date `t`: what sync.ts passes to
 * `map.setFilter` when the date changes. Undated layers are left out.
 */
export function dateFilters(t: string, p: Palette = defaultPalette): [string, ExpressionSpecification][] {
  return layers(p, t).flatMap((l) => (l.type !== 'background' && isDatedLayer(l.source) && l.filter ? [[l.id, l.filter as ExpressionSpecification]] : []));
}

/** Style layer ids drawing a given geodata layer. */
export function styleLayersOf(layerId: LayerId, style: StyleSpecification = buildStyle()): string[] {
  return style.layers.filter((l) => (l.metadata as Record<string, unknown> | undefined)?.[LAYER_META] === layerId).map((l) => l.id);
}
