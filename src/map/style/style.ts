import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { isOverlayLayerId, LAYER_IDS, type LayerId, type OverlayLayerId } from '../../core/contract.ts';
import { palette as defaultPalette, type Palette } from '../../core/palette.ts';
import { begunBy, endedBy, inForceOn, isDatedLayer } from '../date-filter.ts';
import { HIGHLIGHT_SOURCE } from '../highlight.ts';
import { baseLayers } from './base.ts';
import { WHEN_META, type When } from './expressions.ts';
import { highlightMarks, highlightTints, labelLayers } from './labels.ts';
import { overlayAreas, overlayLines, overlayPoints } from './overlays.ts';

/** Style-layer metadata key naming the geodata layer a style layer draws. */
export const LAYER_META = 'atlas:layer';

/**
 * Where the labels' SDF glyphs are, relative to the page: `public/glyphs/`, built by
 * scripts/glyphs.mjs from Noto Sans for the font stacks in expressions.ts. MapLibre's worker takes
 * them ready-made instead of drawing each glyph of each font on the main thread.
 */
export const GLYPHS = 'glyphs/{fontstack}/{range}.pbf';

export interface StyleOptions {
  /** The date the map shows: dated layers are filtered to what is in force on it. */
  t: string;
  /** The overlays to show; when given, every overlay's visibility is written into the style. */
  layers?: readonly OverlayLayerId[];
  /**
   * The page's base URL, against which {@link GLYPHS} is resolved (MapLibre fetches glyphs by an
   * absolute URL); without it the style carries the relative URL.
   */
  base?: string;
}

/**
 * The whole style as a pure function of a theme and the state it opens with. The layer array is
 * the draw order, bottom to top: the base map; every overlay's areas, then the highlight tints;
 * their lines; their points; the highlight outlines and rings; the labels, least important first.
 * Within a tier the contract's drawing order holds. Glyphs come from the page's own origin
 * ({@link GLYPHS}, relative to the page), no sprite (patterns are added in code), no remote sources.
 *
 * @example
 * new maplibregl.Map({ container, style: style(palette, { t: '2022-09-13', layers: ['countries'] }) })
 */
export function style(theme: Palette, options: StyleOptions): StyleSpecification {
  const empty: GeoJSONSourceSpecification['data'] = { type: 'FeatureCollection', features: [] };
  const layers = drawOrder(theme).map((layer) => finish(layer, options));
  return {
    version: 8,
    name: 'Caucasus Atlas',
    glyphs: glyphsUrl(options.base),
    sources: { ...sources(), [HIGHLIGHT_SOURCE]: { type: 'geojson', data: empty } },
    layers,
  };
}

/**
 * {@link GLYPHS} resolved against `base`. String joining, not `new URL`, which would escape the
 * `{fontstack}` and `{range}` tokens MapLibre replaces.
 */
export function glyphsUrl(base?: string): string {
  if (base === undefined) return GLYPHS;
  const dir = new URL('.', base).href;
  return `${dir}${GLYPHS}`;
}

/**
 * One GeoJSON source per geodata layer; the source id is the layer id, and `promoteId: 'id'` lets
 * feature-state (hover, selected, shadowed) work by feature id. Data is set when a layer is loaded.
 */
export function sources(): Record<LayerId, GeoJSONSourceSpecification> {
  return Object.fromEntries(
    // A 32 px tile buffer, not MapLibre's 128: the widest line is 7 px, and every pixel of buffer is
    // geometry each tile cuts, builds and draws again (the default nearly doubles it at 512 px tiles).
    LAYER_IDS.map((id) => [id, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id', buffer: 32 }]),
  ) as unknown as Record<LayerId, GeoJSONSourceSpecification>;
}

/**
 * The filter of every style layer that draws dated features, for date `t`: what the date applier
 * passes to `map.setFilter` when the date changes. Undated layers are left out. Reads a list made
 * once, not a new style.
 */
export function dateFilters(t: string): [string, ExpressionSpecification][] {
  return index().dated.map(({ id, filter, when }) => [id, withDate(filter, when, t)]);
}

/** Style layer ids drawing a given geodata layer, in draw order. */
export function styleLayersOf(layerId: LayerId): string[] {
  return index().bySource.get(layerId) ?? [];
}

function drawOrder(p: Palette): LayerSpecification[] {
  return [...baseLayers(p), ...overlayAreas(p), ...highlightTints(p), ...overlayLines(p), ...overlayPoints(p), ...highlightMarks(p), ...labelLayers(p)];
}

// Every style layer names the geodata layer it draws; dated ones get the date filter and say when
// they draw; with `layers` given, each overlay's visibility is written in, so the map starts as the
// link asks (setting a layer's visibility after load makes MapLibre re-tile its whole source).
function finish(layer: LayerSpecification, { t, layers }: StyleOptions): LayerSpecification {
  if (layer.type === 'background') return layer;
  const when = whenOf(layer);
  const out = { ...layer, metadata: { [LAYER_META]: layer.source } } as Exclude<LayerSpecification, { type: 'background' }> & {
    metadata: Record<string, unknown>;
  };
  if (isDatedLayer(layer.source)) {
    out.metadata[WHEN_META] = when;
    out.filter = withDate(layer.filter as ExpressionSpecification | undefined, when, t);
  }
  if (layers && isOverlayLayerId(layer.source)) out.layout = { ...layer.layout, visibility: layers.includes(layer.source) ? 'visible' : 'none' } as never;
  return out;
}

function whenOf(layer: LayerSpecification): When {
  return ((layer.metadata as Record<string, unknown> | undefined)?.[WHEN_META] as When | undefined) ?? 'in-force';
}

function withDate(filter: ExpressionSpecification | undefined, when: When, t: string): ExpressionSpecification {
  const date = when === 'ended' ? endedBy(t) : when === 'begun' ? begunBy(t) : inForceOn(t);
  return filter ? (['all', filter, date] as ExpressionSpecification) : date;
}

interface StyleIndex {
  dated: { id: string; filter: ExpressionSpecification | undefined; when: When }[];
  bySource: Map<string, string[]>;
}

let cached: StyleIndex | null = null;

// The ids, sources and base filters do not depend on the theme or the date: read them once.
function index(): StyleIndex {
  if (cached) return cached;
  const dated: StyleIndex['dated'] = [];
  const bySource = new Map<string, string[]>();
  for (const layer of drawOrder(defaultPalette)) {
    if (layer.type === 'background') continue;
    bySource.set(layer.source, [...(bySource.get(layer.source) ?? []), layer.id]);
    if (isDatedLayer(layer.source)) dated.push({ id: layer.id, filter: layer.filter as ExpressionSpecification | undefined, when: whenOf(layer) });
  }
  cached = { dated, bySource };
  return cached;
}
