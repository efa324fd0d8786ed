import { describe, expect, it } from 'vitest';
import { seededRandom, SOAK_KINDS, soakPlan } from '../../../bench/lib/soak-plan.ts';

describe('soakPlan', () => {
  it('is reproducible: the same seed gives the same actions, another seed others', () => {
    expect(soakPlan(7, 50)).toEqual(soakPlan(7, 50));
    expect(soakPlan(8, 50)).not.toEqual(soakPlan(7, 50));
  });

  it('500 actions hold every kind of reader action, mentions and map clicks most', () => {
    const plan = soakPlan(20261202, 500);
    expect(plan).toHaveLength(500);
    const counts = new Map<string, number>();
    for (const a of plan) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
    for (const kind of SOAK_KINDS) expect(counts.get(kind) ?? 0, kind).toBeGreaterThan(5);
    expect(counts.get('mention') ?? 0).toBeGreaterThan(counts.get('resize') ?? 0);
  });

  it('keeps map clicks inside the map box, away from its edges', () => {
    for (const a of soakPlan(3, 400)) {
      if (a.kind !== 'map-click') continue;
      expect(a.x).toBeGreaterThanOrEqual(0.1);
      expect(a.x).toBeLessThanOrEqual(0.9);
      expect(a.y).toBeGreaterThanOrEqual(0.1);
      expect(a.y).toBeLessThanOrEqual(0.9);
    }
  });

  it('seededRandom is mulberry32: floats in [0, 1), the first of seed 1 a known value', () => {
    const next = seededRandom(1);
    const first = next();
    // mulberry32(1)'s first output as other implementations give it: 2693262067 / 2^32.
    expect(first).toBeCloseTo(0.6270739405881613, 12);
    for (let i = 0; i < 1000; i++) {
      const v = next();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});
