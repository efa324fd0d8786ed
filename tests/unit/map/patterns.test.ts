import { describe, expect, it } from 'vitest';
import { hexToRgb, makePattern } from '../../../src/map/patterns.ts';

describe('makePattern', () => {
  it('makePattern returns size×size RGBA bytes', () => {
    const p = makePattern({ kind: 'hatch', color: '#E69F00', size: 16, weight: 3 });
    expect(p.width).toBe(16);
    expect(p.height).toBe(16);
    expect(p.data.length).toBe(16 * 16 * 4);
  });

  it('a hatch covers part of the tile, in its colour, leaving the rest transparent', () => {
    const p = makePattern({ kind: 'hatch', color: '#E69F00', size: 16, weight: 3 });
    let opaque = 0;
    for (let i = 0; i < p.data.length; i += 4) {
      if ((p.data[i + 3] ?? 0) > 0) {
        opaque++;
        expect([p.data[i], p.data[i + 1], p.data[i + 2]]).toEqual([0xe6, 0x9f, 0x00]);
      }
    }
    expect(opaque).toBeGreaterThan(16);
    expect(opaque).toBeLessThan(16 * 16 * 0.6);
  });

  it('hatches tile seamlessly: the first and last columns continue each other', () => {
    const p = makePattern({ kind: 'hatch', color: '#000000', size: 16, weight: 2, direction: '/' });
    const alpha = (x: number, y: number): number | undefined => p.data[((y % 16) * 16 + (x % 16)) * 4 + 3];
    // Along a '/' line, (x, y) and (x + 1, y - 1) carry the same coverage, also across the tile edge:
    // stepping right from the last column lands in the first, stepping up from the top row in the last.
    const right = Array.from({ length: 15 }, (_, i) => alpha(15, i + 1));
    expect(right.map((_, i) => alpha(0, i))).toEqual(right);
    const top = Array.from({ length: 15 }, (_, x) => alpha(x, 0));
    expect(top.map((_, x) => alpha(x + 1, 15))).toEqual(top);
    // The edges cross lines and gaps both, so the comparisons above are not of empty columns.
    expect(new Set(right).size).toBeGreaterThan(1);
    expect(new Set(top).size).toBeGreaterThan(1);
  });

  it('dots put a dot in the middle of the tile', () => {
    const p = makePattern({ kind: 'dots', color: '#0072B2', size: 14, weight: 4 });
    expect(p.data[(7 * 14 + 7) * 4 + 3]).toBe(255);
    expect(p.data[3]).toBe(0);
  });
});

describe('hexToRgb', () => {
  it("hexToRgb('#0072B2') is [0, 114, 178]", () => {
    expect(hexToRgb('#0072B2')).toEqual([0, 114, 178]);
  });
  it('hexToRgb rejects other forms', () => {
    expect(() => hexToRgb('red')).toThrow();
  });
});
