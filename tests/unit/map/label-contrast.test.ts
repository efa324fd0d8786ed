import { describe, expect, it } from 'vitest';
import { contrastRatio, over } from '../../../src/core/contrast.ts';
import { palette as p } from '../../../src/core/palette.ts';
import { style } from '../../../src/map/style/style.ts';

// Issue 12: text over the map meets WCAG AA. Map labels are at most 15 px, so 4.5:1 applies.
const AA = 4.5;
/** A symbol layer's paint, read as plain values: the style-spec's own paint types are a union so
 * large that type-aware lint on this file took minutes. */
interface LabelPaint {
  id: string;
  color: string;
  halo: string;
  haloWidth: number;
}
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const labels: LabelPaint[] = style(p, { t: '2022-09-13' })
  .layers.filter((l) => l.type === 'symbol')
  .map((l) => {
    const paint = ('paint' in l ? (l.paint ?? {}) : {}) as Record<string, unknown>;
    const width = paint['text-halo-width'];
    return { id: l.id, color: text(paint['text-color']), halo: text(paint['text-halo-color']), haloWidth: typeof width === 'number' ? width : 0 };
  });

/** What a label may lie on where its halo thins: the land, the sea and the overlays' flat tints. */
const grounds: Record<string, [number, number, number] | string> = {
  land: p.land,
  sea: p.sea,
  'Nagorno-Karabakh tint': over(p.nkao, 0.14, p.land),
  'regained 2020 tint': over(p.regained, 0.12, p.land),
  'taken 2023 tint': over(p.regained, 0.24, p.land),
  'positions in Armenia tint': over(p.positions, 0.3, p.land),
  'Russia tint': over(p.russia, 0.06, p.land),
};

describe('label contrast', () => {
  it('the style has its twelve label layers, each with a text colour and a halo', () => {
    expect(labels.map((l) => l.id)).toHaveLength(12);
    for (const l of labels) {
      expect(l.color, l.id).toMatch(/^#[0-9a-f]{6}$/i);
      expect(l.halo, l.id).toMatch(/^#[0-9a-f]{6}$/i);
      expect(l.haloWidth, l.id).toBeGreaterThanOrEqual(1.5);
    }
  });

  it('every label’s text on its halo is at least 4.5:1', () => {
    const low = labels.map((l) => ({ id: l.id, ratio: contrastRatio(l.color, l.halo) })).filter((r) => r.ratio < AA);
    expect(low).toEqual([]);
  });

  it('every label’s text is at least 4.5:1 on the land, the sea and each overlay’s tint, where the halo thins', () => {
    const low: string[] = [];
    for (const l of labels)
      for (const [ground, colour] of Object.entries(grounds)) {
        const ratio = contrastRatio(l.color, colour);
        if (ratio < AA) low.push(`${l.id} on ${ground}: ${ratio.toFixed(2)}`);
      }
    expect(low).toEqual([]);
  });

  it('the still map’s labels (text on a white halo) and the attribution (#333 on 94% white, over black at worst) pass', () => {
    expect(contrastRatio(p.text, p.halo)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio('#333333', over('#ffffff', 0.94, '#000000'))).toBeGreaterThanOrEqual(AA);
  });
});
