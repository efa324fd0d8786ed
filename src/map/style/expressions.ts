import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Filters and values the style layers share. */

export const FONT = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];
export const FONT_ITALIC = ['Noto Sans Italic'];

const notHelper: ExpressionSpecification = ['!', ['has', '_helper']];
export const isArea: ExpressionSpecification = ['all', ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false], notHelper];
export const isLine: ExpressionSpecification = ['all', ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false], notHelper];
export const isPoint: ExpressionSpecification = ['all', ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false], notHelper];
/** Helper features the app adds to each source (see data/prepare.ts). */
export const isLabelAnchor: ExpressionSpecification = ['==', ['get', '_helper'], 'label'];
export const isOutline: ExpressionSpecification = ['==', ['get', '_helper'], 'outline'];
export const isMask: ExpressionSpecification = ['==', ['get', '_helper'], 'mask'];
export const isOverview: ExpressionSpecification = ['==', ['get', '_overview'], true];
export const notOverview: ExpressionSpecification = ['!', ['has', '_overview']];

/** A place also drawn as a clash point is 'shadowed': the clash symbol and label stand for it. */
export const shadowed: ExpressionSpecification = ['boolean', ['feature-state', 'shadowed'], false];

/** A value that grows with zoom, linearly between the given stops. */
export function byZoom(...stops: number[]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
}

/** The place tiers: capitals and cities at every zoom, towns from zoom 6.5, villages from 8. */
export const PLACE_TIERS = [
  { tier: 'major', types: ['capital', 'city'], minzoom: 0 },
  { tier: 'town', types: ['town'], minzoom: 6.5 },
  { tier: 'village', types: ['village', 'peak'], minzoom: 8 },
] as const;

export function placeFilter(types: readonly string[]): ExpressionSpecification {
  return ['all', isPoint, ['match', ['get', 'place_type'], [...types], true, false]] as ExpressionSpecification;
}

/**
 * Style-layer metadata key saying when a dated feature is drawn: 'in-force' (the default: from
 * `valid_from` up to the day before `valid_to`), 'ended' (from `valid_to` on: a former boundary) or
 * 'begun' (from `valid_from` on, ended or not).
 */
export const WHEN_META = 'atlas:when';
export type When = 'in-force' | 'ended' | 'begun';
