import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * The geodata layers whose features carry dates. Undated layers (land, countries, districts,
 * places, Russia's border) have null `valid_from`/`valid_to` and always show, so their style
 * layers get no date filter at all.
 */
export const DATED_LAYERS = [
  'nagorno-karabakh',
  'held-1994',
  'regained-2020',
  'peacekeeping-2020',
  'offensive-2023',
  'inside-armenia',
  'clashes-2022',
  'exclaves',
  'peace-2024',
] as const;
export type DatedLayerId = (typeof DATED_LAYERS)[number];

export function isDatedLayer(id: string | undefined): id is DatedLayerId {
  return (DATED_LAYERS as readonly string[]).includes(id ?? '');
}

// ISO dates compare as strings in date order; a missing start is '' (before any date) and a
// missing end is '9999' (after any date). regained-2020 features start on `regained_on`.
const start: ExpressionSpecification = ['to-string', ['coalesce', ['get', 'regained_on'], ['get', 'valid_from'], '']];
const end: ExpressionSpecification = ['to-string', ['coalesce', ['get', 'valid_to'], '9999']];

/**
 * A filter expression true for features in force on date `t` (`YYYY-MM-DD`): those with
 * `valid_from <= t < valid_to`, a null bound being open. Evaluated by MapLibre on the feature
 * properties, so changing the date needs no new data.
 *
 * @example
 * map.setFilter('held-1994-hatch', ['all', isArea, inForceOn('1995-01-01')])
 */
export function inForceOn(t: string): ExpressionSpecification {
  return ['all', ['<=', start, t], ['<', t, end]];
}

/** True for features whose range ended on or before `t` (`valid_to <= t`): former boundaries. */
export function endedBy(t: string): ExpressionSpecification {
  return ['<=', end, t];
}

/** True for features whose range has begun by `t` (`valid_from <= t`), whether or not it ended since. */
export function begunBy(t: string): ExpressionSpecification {
  return ['<=', start, t];
}
