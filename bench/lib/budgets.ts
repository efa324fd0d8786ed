/** The performance budgets of issue 4, and their evaluation. Pure functions. */

export interface Budget {
  id: string;
  description: string;
  /** The measured value must be at most this. */
  limit: number;
  unit: 'ms' | 'bytes' | 'ratio';
}

export type Verdict = 'pass' | 'fail' | 'not measured';

export interface BudgetResult extends Budget {
  actual: number | null;
  verdict: Verdict;
  /** Why a budget could not be measured. */
  note?: string;
}

/** KB and MB are decimal (1 KB = 1000 bytes), as Vite prints sizes. */
export const KB = 1000;
export const MB = 1000 * KB;

export const BUDGETS: readonly Budget[] = [
  { id: 'idle_vs_maplibre', description: 'app time-to-idle ≤ 1.25 × bare MapLibre (medians)', limit: 1.25, unit: 'ratio' },
  { id: 'first_paragraph_vs_static', description: "first paragraph painted ≤ 1.5 × a static page's (medians)", limit: 1.5, unit: 'ratio' },
  { id: 'own_js_gzip', description: "app's own JS (all but maplibre-gl) ≤ 60 KB gzip", limit: 60 * KB, unit: 'bytes' },
  { id: 'first_view_geodata_gzip', description: 'geodata fetched for the first view ≤ 300 KB gzip', limit: 300 * KB, unit: 'bytes' },
  { id: 'longest_task_after_idle', description: 'no main-thread task > 200 ms after first idle', limit: 200, unit: 'ms' },
  { id: 'heap_growth_after_popups', description: 'JS heap growth after 50 popups ≤ 2 MB', limit: 2 * MB, unit: 'bytes' },
];

/**
 * The growth curve's budgets (`--scale`), at N = 20,000 points and polygons: the app against
 * Leaflet's canvas renderer, where a MapLibre map should be ahead (issue 15). They replace the
 * one-small-page comparison with Leaflet, which no MapLibre page meets on software WebGL.
 */
export const SCALE_BUDGET_N = 20_000;
export const SCALE_BUDGETS: readonly Budget[] = [
  { id: 'scale_frame_p95_vs_leaflet', description: "N = 20k: app frame time p95 ≤ Leaflet's", limit: 1, unit: 'ratio' },
  { id: 'scale_idle_vs_leaflet', description: "N = 20k: app time to first complete render ≤ Leaflet's (medians)", limit: 1, unit: 'ratio' },
];

/**
 * Checks each budget against its measured value. A value that is missing (the app failed to build
 * or load, or the step could not run) is 'not measured', which {@link failed} counts as a failure:
 * a budget nobody could check is not met.
 */
export function evaluateBudgets(
  budgets: readonly Budget[],
  actuals: Readonly<Record<string, number | null | undefined>>,
  notes: Readonly<Record<string, string>> = {},
): BudgetResult[] {
  return budgets.map((b) => {
    const actual = actuals[b.id];
    if (typeof actual !== 'number' || !Number.isFinite(actual)) {
      return { ...b, actual: null, verdict: 'not measured', note: notes[b.id] ?? 'no measurement' };
    }
    const result: BudgetResult = { ...b, actual, verdict: actual <= b.limit ? 'pass' : 'fail' };
    if (notes[b.id]) result.note = notes[b.id];
    return result;
  });
}

/** Whether any budget failed or could not be measured. */
export function failed(results: readonly BudgetResult[]): boolean {
  return results.some((r) => r.verdict !== 'pass');
}

/** A value in its unit, for the table: `61.2 KB`, `312 ms`, `1.31×`. */
export function formatValue(value: number | null, unit: Budget['unit']): string {
  if (value === null) return '—';
  if (unit === 'ms') return `${Math.round(value)} ms`;
  if (unit === 'ratio') return `${value.toFixed(2)}×`;
  if (Math.abs(value) >= MB) return `${(value / MB).toFixed(2)} MB`;
  return `${(value / KB).toFixed(1)} KB`;
}
