/** Summaries of repeated measurements. Pure functions; no I/O. */

/**
 * The p-th percentile (0–100) of the values, interpolating linearly between the two nearest ranks
 * (numpy's default). Null for no values.
 *
 * @example
 * percentile([10, 20, 30, 40], 50) // 25
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo];
  const b = sorted[hi];
  // Both ranks lie within 0 … length - 1 of a list that is not empty.
  if (a === undefined || b === undefined) throw new RangeError(`no value at rank ${lo} or ${hi} of ${sorted.length}`);
  return a + (b - a) * (rank - lo);
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

export interface Summary {
  median: number | null;
  min: number | null;
  max: number | null;
  n: number;
}

/** Median, min and max of the values that were measured (nulls are runs that failed). */
export function summarize(values: readonly (number | null | undefined)[]): Summary {
  const measured = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return {
    median: median(measured),
    min: measured.length ? Math.min(...measured) : null,
    max: measured.length ? Math.max(...measured) : null,
    n: measured.length,
  };
}

/** a / b, or null when either is missing or b is 0. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return null;
  return a / b;
}
