import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, over, rgbOf } from '../../../src/core/contrast.ts';

describe('contrast', () => {
  it('contrastRatio gives WCAG’s known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The failing paragraph numbers: #888 on #fffdf8 is 3.48.
    expect(contrastRatio('#888', '#fffdf8')).toBeCloseTo(3.487, 2);
    // #767676 is the lightest grey that passes AA on white (4.54).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('luminance and over follow sRGB', () => {
    expect(luminance([255, 255, 255])).toBe(1);
    expect(luminance([0, 0, 0])).toBe(0);
    expect(over('#000000', 0.5, '#ffffff')).toEqual([128, 128, 128]);
    expect(rgbOf('#0072B2')).toEqual([0, 114, 178]);
    expect(() => rgbOf('red')).toThrow(/not a #rrggbb/);
  });
});
