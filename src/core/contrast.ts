/**
 * WCAG 2 contrast, from sRGB colours: relative luminance and the contrast ratio
 * (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). Pure, so the palette's pairs can be checked
 * in a unit test.
 */

/** `#rrggbb` (or `#rgb`) to [r, g, b], 0–255. Throws on anything else. */
export function rgbOf(hex: string): [number, number, number] {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  const full = short
    ? `#${short
        .slice(1)
        .map((c) => c + c)
        .join('')}`
    : hex;
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(full);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? '', 16), parseInt(m[2] ?? '', 16), parseInt(m[3] ?? '', 16)];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The contrast ratio of two colours, 1 to 21: AA asks 4.5 for text, 3 for large text.
 *
 * @example
 * contrastRatio('#888888', '#fffdf8') // 3.48…
 */
export function contrastRatio(a: string | [number, number, number], b: string | [number, number, number]): number {
  const la = luminance(typeof a === 'string' ? rgbOf(a) : a);
  const lb = luminance(typeof b === 'string' ? rgbOf(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `top` laid over `bottom` with opacity `alpha` (0–1): the colour the eye gets. */
export function over(top: string | [number, number, number], alpha: number, bottom: string | [number, number, number]): [number, number, number] {
  const t = typeof top === 'string' ? rgbOf(top) : top;
  const u = typeof bottom === 'string' ? rgbOf(bottom) : bottom;
  return [0, 1, 2].map((i) => Math.round((t[i] ?? 0) * alpha + (u[i] ?? 0) * (1 - alpha))) as [number, number, number];
}
