import { describe, expect, test } from 'vitest';
import { formatMeasure, measurePath } from '../../../src/core/measure.ts';

// Known answers, worked out by hand rather than with turf: a degree of the equator on a sphere of
// 6,371.0088 km is 2π × 6371.0088 / 360 = 111.195 km; a 1° × 1° cell on the equator has, on that
// sphere, R² × (π/180) × sin 1° = 12,364 km² (turf 7's area takes the same radius).
describe('measurePath', () => {
  test('a path of two points is its great-circle length; no area', () => {
    const m = measurePath(
      [
        [0, 0],
        [1, 0],
      ],
      false,
    );
    expect(m.lengthKm).toBeCloseTo(111.195, 2);
    expect(m.areaKm2).toBeNull();
  });

  test('a path of three legs adds them up; closing it adds the way back and gives the area inside', () => {
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    const open = measurePath(square, false);
    const closed = measurePath(square, true);
    expect(closed.lengthKm - open.lengthKm).toBeCloseTo(111.195, 2);
    expect(closed.areaKm2).toBeCloseTo(12364, -1);
  });

  test('fewer than two points measure nothing; two points closed are still a path', () => {
    expect(measurePath([], false)).toEqual({ lengthKm: 0, areaKm2: null });
    expect(measurePath([[46.75, 39.82]], true)).toEqual({ lengthKm: 0, areaKm2: null });
    expect(
      measurePath(
        [
          [0, 0],
          [1, 0],
        ],
        true,
      ).areaKm2,
    ).toBeNull();
  });
});

describe('formatMeasure', () => {
  test.each([
    [196.43, 'km', '196 km'],
    [4.257, 'km', '4.26 km'],
    [0.0421, 'km', '0.04 km'],
    [4388.2, 'km²', '4,390 km²'],
    [12391.4, 'km²', '12,400 km²'],
    [0, 'km', '0 km'],
  ] as const)('formatMeasure(%d, %s) is %s', (value, unit, text) => {
    expect(formatMeasure(value, unit)).toBe(text);
  });
});
