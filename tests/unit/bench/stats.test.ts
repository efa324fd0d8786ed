import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarize } from '../../../bench/lib/stats.ts';

describe('percentile', () => {
  it('percentile([10, 20, 30, 40], 50) interpolates between the middle two', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
  });

  it('percentile of unsorted values sorts them first', () => {
    expect(percentile([40, 10, 30, 20, 50], 50)).toBe(30);
  });

  it('percentile(values, 95) lies between the two highest ranks', () => {
    // rank 0.95 × 19 = 18.05: 19 + 0.05 × (20 − 19)
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBeCloseTo(19.05, 10);
  });

  it('percentile at 0 and 100 is the min and the max', () => {
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });

  it('percentile of no values is null', () => {
    expect(percentile([], 50)).toBeNull();
  });

  it('percentile outside 0–100 throws', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('percentile does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  it('summarize skips failed runs (null) when taking median, min and max', () => {
    expect(summarize([900, null, 1100, 1000, undefined])).toEqual({ median: 1000, min: 900, max: 1100, n: 3 });
  });

  it('summarize of nothing measured is all null', () => {
    expect(summarize([null, null])).toEqual({ median: null, min: null, max: null, n: 0 });
  });
});

describe('ratio', () => {
  it('ratio(1500, 1000) is 1.5', () => {
    expect(ratio(1500, 1000)).toBe(1.5);
  });

  it('ratio with a missing side or a zero divisor is null', () => {
    expect(ratio(null, 1000)).toBeNull();
    expect(ratio(1000, 0)).toBeNull();
  });
});
