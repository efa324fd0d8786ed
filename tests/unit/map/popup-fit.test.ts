import { describe, expect, it } from 'vitest';
import { besideArea, fitOffset, freeRect, paddingBeside } from '../../../src/map/popup-fit.ts';

const map = { left: 0, top: 48, right: 880, bottom: 700 };

describe('freeRect', () => {
  it('freeRect keeps a margin inside the map and clears a panel over its left edge', () => {
    expect(freeRect(map, [])).toEqual({ left: 8, top: 56, right: 872, bottom: 692 });
    expect(freeRect(map, [{ left: 10, top: 58, right: 300, bottom: 400 }])).toEqual({ left: 308, top: 56, right: 872, bottom: 692 });
  });

  it('freeRect takes a wide, short control off the top and a tall, narrow one off the side (the 1280×800 corner)', () => {
    const corner = [
      { left: 10, top: 58, right: 300, bottom: 630 }, // the layer panel
      { left: 570, top: 58, right: 870, bottom: 90 }, // the search box
      { left: 841, top: 100, right: 870, bottom: 187 }, // zoom and compass
      { left: 731, top: 236, right: 870, bottom: 294 }, // share
      { left: 547, top: 660, right: 880, bottom: 680 }, // attribution
    ];
    expect(freeRect({ left: 0, top: 48, right: 880, bottom: 680 }, corner)).toEqual({ left: 308, top: 98, right: 723, bottom: 652 });
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

describe('besideArea', () => {
  const free = { left: 308, top: 56, right: 1272, bottom: 692 };
  const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a): boolean =>
    a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

  it('besideArea puts the popup on the side with most room, its tip on the area’s edge, clear of the area', () => {
    const area = { left: 500, top: 300, right: 600, bottom: 380 };
    const place = besideArea(area, 360, 300, free);
    expect(place).toEqual({ side: 'right', box: { left: 612, top: 190, right: 972, bottom: 490 }, tip: [612, 340] });
    expect(overlaps(place?.box ?? area, area)).toBe(false);
  });

  it('besideArea goes below an area near the right edge when only below has room, sliding inside the free rectangle', () => {
    const area = { left: 600, top: 60, right: 1270, bottom: 200 };
    const place = besideArea(area, 360, 300, free);
    expect(place?.side).toBe('below');
    expect(place?.box).toEqual({ left: 755, top: 212, right: 1115, bottom: 512 });
  });

  it('besideArea is null when the area leaves no side with room (the camera must move)', () => {
    expect(besideArea({ left: 320, top: 60, right: 1260, bottom: 680 }, 360, 300, free)).toBeNull();
  });
});

describe('paddingBeside', () => {
  const mapRect = { left: 0, top: 48, right: 880, bottom: 718 };
  const free = { left: 308, top: 56, right: 872, bottom: 710 };
  it('paddingBeside leaves a strip for the popup at the bottom or right, whichever leaves the squarer room', () => {
    // 564 × 654 free; a 370 × 440 popup leaves 182 across or 202 down: down is squarer.
    expect(paddingBeside(mapRect, free, 370, 440)).toEqual({ top: 8, bottom: 8 + 440 + 12, left: 308, right: 8 });
    // A short, wide popup: the strip goes at the bottom too; a tall narrow one at the right.
    expect(paddingBeside(mapRect, free, 200, 600)).toEqual({ top: 8, bottom: 8, left: 308, right: 8 + 200 + 12 });
  });

  it('paddingBeside is null when the popup would leave under 80 px for the area', () => {
    expect(paddingBeside(mapRect, free, 540, 620)).toBeNull();
  });
});
