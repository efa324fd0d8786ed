import { describe, expect, it } from 'vitest';
import { OVERLAY_LAYER_IDS } from '../../../src/core/contract.ts';
import { palette } from '../../../src/core/palette.ts';
import { OVERLAYS, type Swatch } from '../../../src/data/layers.ts';

/**
 * A swatch with its colours taken away, as forced colours or a grey-scale print leave it: what
 * kind of mark it is, its pattern, its dash and its weight.
 */
function shapeOf(s: Swatch): string {
  if (s.circle) return `point r=${String(s.circle.r ?? 5)} ${s.circle.fill === palette.halo ? 'ring' : 'disc'}`;
  const fill = s.hatch ? `hatch ${s.hatchDirection ?? '/'}` : s.dots ? 'dots' : s.fill ? 'tint' : 'none';
  return `${fill} | line ${s.line ? `${String(s.lineWidth ?? 1.5)} ${s.dash ?? 'solid'}` : 'none'}`;
}

describe('legend swatches without colour (forced-colors: active)', () => {
  it('every overlay layer has a swatch, and no two share a shape, pattern, dash and weight', () => {
    expect(OVERLAYS.map((o) => o.id).sort()).toEqual([...OVERLAY_LAYER_IDS].sort());
    const byShape = new Map<string, string[]>();
    for (const o of OVERLAYS) byShape.set(shapeOf(o.swatch), [...(byShape.get(shapeOf(o.swatch)) ?? []), o.id]);
    expect([...byShape.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });
});
