import { palette, type Palette } from '../core/palette.ts';

/** A raster image for `map.addImage`: RGBA bytes, row by row. */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export interface PatternSpec {
  kind: 'hatch' | 'dots';
  color: string;
  /** Tile size in device pixels; the pattern repeats every `size` pixels. */
  size: number;
  /** Line or dot thickness in device pixels. */
  weight: number;
  /** For hatches: '/' rises to the right, '\\' falls. */
  direction?: '/' | '\\';
  /** 0–1 */
  opacity?: number;
}

/** The fill patterns the style names. */
export type PatternId = 'hatch-held' | 'hatch-regained' | 'dots-peacekeeping';

/** How each pattern is drawn, in the theme's colours (device pixels; added at pixelRatio 2). */
export function patternsOf(p: Palette): Record<PatternId, PatternSpec> {
  return {
    'hatch-held': { kind: 'hatch', color: p.held, size: 16, weight: 3, direction: '/' },
    'hatch-regained': { kind: 'hatch', color: p.regained, size: 16, weight: 2, direction: '\\' },
    'dots-peacekeeping': { kind: 'dots', color: p.peacekeeping, size: 14, weight: 4 },
  };
}

/** Every pattern id, for checks that the style names only these. */
export const PATTERN_IDS = Object.keys(patternsOf(palette)) as PatternId[];

/**
 * Draws a seamless fill pattern into RGBA bytes, without a canvas, so it is the same in every
 * browser and testable in Node. Hatching lets overlapping areas stay readable without colour.
 *
 * @example
 * map.addImage('hatch-held', makePattern({ kind: 'hatch', color: '#E69F00', size: 16, weight: 3 }), { pixelRatio: 2 });
 */
export function makePattern(spec: PatternSpec): PatternImage {
  const { size, weight } = spec;
  const [r, g, b] = hexToRgb(spec.color);
  const alpha = Math.round(255 * (spec.opacity ?? 1));
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const coverage = spec.kind === 'hatch' ? hatchCoverage(x, y, size, weight, spec.direction ?? '/') : dotCoverage(x, y, size, weight);
      if (coverage <= 0) continue;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(alpha * Math.min(1, coverage));
    }
  }
  return { width: size, height: size, data };
}

/** `#rrggbb` to [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r = '', g = '', b = ''] = m.slice(1);
  return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16)];
}

// Distance from the pixel centre to the nearest diagonal, wrapped so the tile repeats seamlessly;
// a one-pixel linear ramp at the edge stands in for anti-aliasing.
function hatchCoverage(x: number, y: number, size: number, weight: number, direction: '/' | '\\'): number {
  const u = direction === '/' ? x + y + 1 : x - y + size;
  const d = Math.abs((((u % size) + size) % size) - size / 2);
  const distance = (d * Math.SQRT2) / 2;
  return weight / 2 + 0.5 - distance;
}

function dotCoverage(x: number, y: number, size: number, weight: number): number {
  const c = size / 2 - 0.5;
  const distance = Math.hypot(x - c, y - c);
  return weight / 2 + 0.5 - distance;
}
