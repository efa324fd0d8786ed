import { describe, expect, it } from 'vitest';
import { CONTEXT_BBOX, frameFor, REGION_BBOX } from '../../../src/core/frame.ts';

describe('frameFor', () => {
  it('frameFor a far place frames it together with the region', () => {
    const paris: [number, number, number, number] = [2.35, 48.86, 2.35, 48.86];
    expect(frameFor({ bbox: paris, far: true }).bounds).toEqual([2.35, REGION_BBOX[1], REGION_BBOX[2], 48.86]);
  });

  it('frameFor Washington reaches across the Atlantic to the Caucasus', () => {
    const { bounds } = frameFor({ bbox: [-77.04, 38.9, -77.04, 38.9], far: true });
    expect(bounds[0]).toBe(-77.04);
    expect(bounds[2]).toBe(REGION_BBOX[2]);
  });

  it('frameFor Singapore reaches south and east of the region, keeping the region in the frame', () => {
    expect(frameFor({ bbox: [103.85, 1.29, 103.85, 1.29], far: true })).toEqual({ bounds: [REGION_BBOX[0], 1.29, 103.85, REGION_BBOX[3]], maxZoom: 6 });
  });

  it('frameFor a nearby point gives a close box around it', () => {
    const { bounds, maxZoom } = frameFor({ bbox: [45.67, 39.84, 45.67, 39.84] });
    expect(bounds[2] - bounds[0]).toBeLessThan(1);
    expect(maxZoom).toBeGreaterThanOrEqual(8);
  });

  it('frameFor a huge area keeps to the wider region', () => {
    const { bounds } = frameFor({ bbox: [-180, 41, 180, 82] });
    expect(bounds).toEqual([CONTEXT_BBOX[0], 41, CONTEXT_BBOX[2], CONTEXT_BBOX[3]]);
  });
});
