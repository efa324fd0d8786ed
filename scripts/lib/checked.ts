/**
 * Checked reads for the geodata build. With `noUncheckedIndexedAccess` an index gives `T | undefined`;
 * these helpers read what must be there and throw with a message when it is not, since malformed
 * input must stop the build rather than turn into NaN coordinates or a missing id.
 */
import type { Feature, Position } from 'geojson';

/** A position's longitude and latitude. */
export type XY = [number, number];

/** A GeoJSON position read as [lon, lat]; throws on a malformed one. */
export function xy(p: Position | undefined): XY {
  const x = p?.[0];
  const y = p?.[1];
  if (typeof x !== 'number' || typeof y !== 'number') throw new Error(`malformed GeoJSON position ${JSON.stringify(p)}`);
  return [x, y];
}

/** The element at index `i` of a list; throws when there is none. */
export function nth<T>(list: readonly T[], i: number, what = 'list'): T {
  const v = list[i];
  if (v === undefined) throw new Error(`${what}: no element ${i} (length ${list.length})`);
  return v;
}

/** The first element of a list; throws when the list is empty. */
export function first<T>(list: readonly T[], what = 'list'): T {
  return nth(list, 0, what);
}

/** The last element of a list; throws when the list is empty. */
export function last<T>(list: readonly T[], what = 'list'): T {
  return nth(list, list.length - 1, what);
}

/** A feature's properties; throws when it has none (every feature the build makes has them). */
export function propsOf(f: Feature): Record<string, unknown> {
  if (!f.properties) throw new Error(`feature ${JSON.stringify(f.id ?? null)} has no properties`);
  return f.properties;
}
