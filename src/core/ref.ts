import { isLayerId, type LayerId } from './contract.ts';

/**
 * A reference to a geodata layer (`id` null) or to one feature in it. Written `layer` or
 * `layer/feature-id`, the same in links (`sel=`), story targets and timeline frames.
 */
export interface Ref {
  layer: LayerId;
  id: string | null;
}

/** A feature id as links carry it: letters, digits, `_`, `.` and `-`, at most 81 characters. */
const FEATURE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$/;

/** Whether a string can be a feature id. */
export function isFeatureId(id: string): boolean {
  return FEATURE_ID.test(id);
}

/**
 * Reads `layer` or `layer/feature-id`. Null when the layer is not a geodata layer or the id is not
 * of the feature-id form; never throws.
 *
 * @example
 * parseRef('places/shusha') // { layer: 'places', id: 'shusha' }
 * parseRef('regained-2020') // { layer: 'regained-2020', id: null }
 * parseRef('../../etc')     // null
 */
export function parseRef(text: string): Ref | null {
  const slash = text.indexOf('/');
  const layer = slash < 0 ? text : text.slice(0, slash);
  if (!isLayerId(layer)) return null;
  if (slash < 0) return { layer, id: null };
  const id = text.slice(slash + 1);
  return isFeatureId(id) ? { layer, id } : null;
}

/** `layer/id`, or `layer` for a whole layer. */
export function formatRef(ref: { layer: string; id: string | null }): string {
  return ref.id === null ? ref.layer : `${ref.layer}/${ref.id}`;
}

/** Whether two references (or two nulls) name the same thing. */
export function sameRef(a: Ref | null, b: Ref | null): boolean {
  if (a === null || b === null) return a === b;
  return a.layer === b.layer && a.id === b.id;
}
