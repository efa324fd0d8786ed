// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { LayerId } from '../../../src/core/contract.ts';
import { prepareLayer } from '../../../src/data/prepare.ts';
import { renderPopup } from '../../../src/views/popup-content.ts';
import { PAYLOADS, unsafeMarkup } from '../../support/xss.ts';

// A geodata file whose every string property carries the payload: name, names, kind, source,
// note, and the clash layer's reported_by.
function hostileFile(p: string, approximate = false): unknown {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [46.4, 39.5] },
        properties: {
          id: 'hostile',
          name: p,
          names: { en: p, hy: `hy ${p}`, az: `az ${p}`, ru: `ru ${p}` },
          kind: p,
          source: p,
          method: 'authored',
          note: p,
          valid_from: null,
          valid_to: null,
          reported_by: p,
          reported_on: '2022-09-13',
          approximate,
        },
      },
    ],
  };
}

const handlers = { onQuote: vi.fn(), onChoose: vi.fn() };

describe.each(PAYLOADS.map((p, i) => [i, p.category, p.text] as const))('geodata property payload %i (%s)', (_i, _category, p) => {
  it.each<LayerId>(['places', 'admin1', 'clashes-2022'])('a %s popup shows name, names, kind, source and note as text', (layer) => {
    const prepared = prepareLayer(layer, hostileFile(p));
    const feature = prepared.features.get('hostile');
    expect(feature?.properties.label).toBe(p); // the map's label, drawn on the canvas
    const root = renderPopup([{ layer, id: 'hostile', feature: feature ?? null, passages: [], point: [46.4, 39.5] }], 0, handlers);
    expect(unsafeMarkup(root)).toEqual([]);
    expect(root.querySelector('.atlas-popup__title')?.textContent).toBe(p);
    expect([...root.querySelectorAll('.atlas-popup__names dd')].map((d) => d.textContent)).toEqual([`hy ${p}`, `az ${p}`, `ru ${p}`]);
    expect(root.querySelector('.atlas-popup__kind')?.textContent).toBe(p);
    expect(root.querySelector('.atlas-popup__source')?.textContent).toBe(`Source: ${p} (drawn for this atlas from the cited sources)`);
    expect(root.querySelector('.atlas-popup__note')?.textContent).toBe(p);
    if (layer === 'clashes-2022') expect(root.querySelector('.atlas-popup__facts')?.textContent).toBe(`Reported by ${p}, 13 Sep 2022`);
  });

  it('an approximate feature’s note is shown whole under "Source and accuracy", and its first sentence above', () => {
    const prepared = prepareLayer('places', hostileFile(p, true));
    const root = renderPopup([{ layer: 'places', id: 'hostile', feature: prepared.features.get('hostile') ?? null, passages: [], point: null }], 0, handlers);
    expect(unsafeMarkup(root)).toEqual([]);
    expect(root.querySelector('.atlas-popup__note')?.textContent).toBe(p);
    const accuracy = root.querySelector('.atlas-popup__accuracy')?.textContent ?? '';
    expect(accuracy.startsWith('Approximate. ')).toBe(true);
    // The documented cut: the first sentence, or its first 157 characters and an ellipsis.
    const shown = accuracy.slice('Approximate. '.length).replace(/…$/, '');
    expect(p.startsWith(shown)).toBe(true);
  });

  it('a whole-layer popup lists a member by its name, as text', () => {
    const prepared = prepareLayer('admin1', hostileFile(p));
    const members = [...prepared.features.values()].map((f) => ({ id: f.properties.id, name: f.properties.label }));
    const root = renderPopup([{ layer: 'admin1', id: null, feature: null, members, passages: [], point: null }], 0, handlers);
    expect(unsafeMarkup(root)).toEqual([]);
    expect(root.querySelector('.atlas-popup__member')?.textContent).toBe(p);
  });
});
