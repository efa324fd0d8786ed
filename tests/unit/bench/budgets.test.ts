import { describe, expect, it } from 'vitest';
import { BUDGETS, evaluateBudgets, failed, formatValue, SCALE_BUDGET_N, SCALE_BUDGETS, type Budget } from '../../../bench/lib/budgets.ts';

const JS: Budget = { id: 'own_js_gzip', description: 'own JS', limit: 60_000, unit: 'bytes' };
const IDLE: Budget = { id: 'idle_vs_maplibre', description: 'idle ratio', limit: 1.25, unit: 'ratio' };

describe('evaluateBudgets', () => {
  it('evaluateBudgets passes a value at the limit and fails one over it', () => {
    const [js, idle] = evaluateBudgets([JS, IDLE], { own_js_gzip: 60_000, idle_vs_maplibre: 1.2501 });
    expect(js?.verdict).toBe('pass');
    expect(idle?.verdict).toBe('fail');
    expect(idle?.actual).toBe(1.2501);
  });

  it('evaluateBudgets marks a missing value not measured, with the reason', () => {
    const [js] = evaluateBudgets([JS], { own_js_gzip: null }, { own_js_gzip: 'the app did not build' });
    expect(js).toMatchObject({ verdict: 'not measured', actual: null, note: 'the app did not build' });
  });

  it('evaluateBudgets treats NaN as not measured', () => {
    expect(evaluateBudgets([JS], { own_js_gzip: Number.NaN })[0]?.verdict).toBe('not measured');
  });
});

describe('failed', () => {
  it('failed is false only when every budget passes', () => {
    expect(failed(evaluateBudgets([JS, IDLE], { own_js_gzip: 1, idle_vs_maplibre: 1 }))).toBe(false);
    expect(failed(evaluateBudgets([JS, IDLE], { own_js_gzip: 1, idle_vs_maplibre: 2 }))).toBe(true);
  });

  it('failed counts a budget nobody could measure as a failure', () => {
    expect(failed(evaluateBudgets([JS], {}))).toBe(true);
  });
});

describe('BUDGETS', () => {
  it('BUDGETS hold the limits of issues 4 and 15 in decimal units; the one-small-page Leaflet budget is gone', () => {
    const limit = (id: string): number | undefined => BUDGETS.find((b) => b.id === id)?.limit;
    expect(limit('idle_vs_maplibre')).toBe(1.25);
    expect(limit('idle_vs_leaflet')).toBeUndefined();
    expect(limit('first_paragraph_vs_static')).toBe(1.5);
    expect(limit('own_js_gzip')).toBe(60_000);
    expect(limit('first_view_geodata_gzip')).toBe(300_000);
    expect(limit('longest_task_after_idle')).toBe(200);
    expect(limit('heap_growth_after_popups')).toBe(2_000_000);
  });
});

describe('SCALE_BUDGETS', () => {
  it('SCALE_BUDGETS compare the app with Leaflet at N = 20,000: frame p95 and first render, at most 1×', () => {
    expect(SCALE_BUDGET_N).toBe(20_000);
    expect(SCALE_BUDGETS.map((b) => [b.id, b.limit])).toEqual([
      ['scale_frame_p95_vs_leaflet', 1],
      ['scale_idle_vs_leaflet', 1],
    ]);
  });
});

describe('formatValue', () => {
  it('formatValue writes bytes as KB or MB, times in ms and ratios with ×', () => {
    expect(formatValue(61_234, 'bytes')).toBe('61.2 KB');
    expect(formatValue(2_500_000, 'bytes')).toBe('2.50 MB');
    expect(formatValue(312.4, 'ms')).toBe('312 ms');
    expect(formatValue(1.3149, 'ratio')).toBe('1.31×');
    expect(formatValue(null, 'ms')).toBe('—');
  });
});
