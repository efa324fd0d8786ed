import type { Polygon } from 'geojson';
import { assert, describe, expect, it } from 'vitest';
import { anchorOf, bboxOf, distanceKm, outlineWithoutEdges, pointInRings } from '../../../src/core/geometry.ts';

// A "C" shape whose centroid and bbox centre lie outside it.
const cRing: [number, number][] = [
  [0, 0],
  [10, 0],
  [10, 2],
  [2, 2],
  [2, 8],
  [10, 8],
  [10, 10],
  [0, 10],
  [0, 0],
];
const cShape: Polygon = { type: 'Polygon', coordinates: [cRing] };

describe('anchorOf', () => {
  it('anchorOf puts a C-shaped area’s anchor inside it', () => {
    const a = anchorOf(cShape);
    assert.isNotNull(a, 'an anchor');
    expect(pointInRings(a, cShape.coordinates)).toBe(true);
  });

  it('anchorOf a point is the point; of a line, its middle', () => {
    expect(anchorOf({ type: 'Point', coordinates: [1, 2] })).toEqual([1, 2]);
    expect(
      anchorOf({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [4, 0],
        ],
      }),
    ).toEqual([2, 0]);
  });

  it('anchorOf a MultiPolygon lies in its largest part', () => {
    const a = anchorOf({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
        [cRing.map(([x, y]) => [x + 20, y])],
      ],
    });
    assert.isNotNull(a, 'an anchor');
    expect(a[0]).toBeGreaterThan(19);
  });

  it('anchorOf(null) is null', () => {
    expect(anchorOf(null)).toBeNull();
  });
});

describe('bboxOf', () => {
  it('bboxOf gives [west, south, east, north]', () => {
    expect(bboxOf(cShape)).toEqual([0, 0, 10, 10]);
  });
});

describe('distanceKm', () => {
  it('distanceKm from Stepanakert to Moscow is about 1,900 km (16° of latitude and 9° of longitude)', () => {
    const d = distanceKm([46.7519, 39.8153], [37.6173, 55.7558]);
    expect(d).toBeGreaterThan(1850);
    expect(d).toBeLessThan(1950);
  });
});

describe('outlineWithoutEdges', () => {
  it('outlineWithoutEdges drops the stretches along the clip box', () => {
    // A square clipped on its east side at x = 5.
    const clipped: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [5, 0],
          [5, 4],
          [0, 4],
          [0, 0],
        ],
      ],
    };
    const runs = outlineWithoutEdges(clipped, [-1, -1, 5, 5]);
    expect(runs).toEqual([
      [
        [5, 4],
        [0, 4],
        [0, 0],
        [5, 0],
      ],
    ]);
  });

  it('outlineWithoutEdges keeps a whole ring that touches no edge', () => {
    const runs = outlineWithoutEdges(cShape, [-1, -1, 11, 11]);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toHaveLength(9);
  });
});
