import { describe, expect, it } from 'vitest';
import { fitOffset, freeRect } from '../../../src/map/popup-fit.ts';

const map = { left: 0, top: 48, right: 880, bottom: 700 };

describe('freeRect', () => {
  it('freeRect keeps a margin inside the map and clears a panel over its left edge', () => {
    expect(freeRect(map, [])).toEqual({ left: 8, top: 56, right: 872, bottom: 692 });
    expect(freeRect(map, [{ left: 10, top: 58, right: 300, bottom: 400 }])).toEqual({ left: 308, top: 56, right: 872, bottom: 692 });
  });

  it('freeRect ignores a panel outside the map (the phone layout puts it below)', () => {
    expect(freeRect(map, [{ left: 0, top: 720, right: 880, bottom: 900 }])).toEqual({ left: 8, top: 56, right: 872, bottom: 692 });
  });
});

describe('fitOffset', () => {
  const free = { left: 308, top: 56, right: 872, bottom: 692 };
  it('fitOffset is zero for a popup already inside', () => {
    expect(fitOffset({ left: 400, top: 100, right: 760, bottom: 500 }, free)).toEqual([0, 0]);
  });

  it('fitOffset lifts a popup that runs under the bottom edge (the Hadrut popup, 430 px from y = 383)', () => {
    expect(fitOffset({ left: 400, top: 383, right: 760, bottom: 813 }, free)).toEqual([0, 121]);
  });

  it('fitOffset moves a popup out from under the layer panel, and left from the right edge', () => {
    expect(fitOffset({ left: 200, top: 100, right: 560, bottom: 300 }, free)).toEqual([-108, 0]);
    expect(fitOffset({ left: 700, top: 100, right: 1000, bottom: 300 }, free)).toEqual([128, 0]);
  });

  it('fitOffset keeps the top of a popup taller than the free space in view', () => {
    expect(fitOffset({ left: 400, top: 20, right: 760, bottom: 720 }, free)).toEqual([0, -36]);
  });
});
