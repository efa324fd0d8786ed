// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { AtlasFeature } from '../../../src/data/prepare.ts';
import type { Passage } from '../../../src/story/passages.ts';
import { openPopupItem, renderPopup, type PopupItem } from '../../../src/views/popup-content.ts';

const feature = (id: string, props: Record<string, unknown> = {}): AtlasFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [46.75, 39.82] },
  properties: {
    id,
    name: id,
    label: id,
    names: { en: id },
    kind: 'Town',
    source: 'GeoNames 1',
    method: 'packaged',
    note: '',
    valid_from: null,
    valid_to: null,
    ...props,
  },
});
const passage = (n: number, text: string, words: string): Passage => {
  const start = text.indexOf(words);
  return { n, paragraphText: text, mention: { text: words, target: 'places/a' }, start, end: start + words.length };
};
const item = (id: string, passages: Passage[] = [], props: Record<string, unknown> = {}): PopupItem => ({
  layer: 'places',
  id,
  feature: feature(id, props),
  passages,
  point: [46.75, 39.82],
});
const handlers = () => ({ onQuote: vi.fn(), onChoose: vi.fn() });

describe('renderPopup', () => {
  it('marks each name in another script with its lang, so screen readers pronounce it', () => {
    const root = renderPopup([item('a', [], { name: 'Shusha', names: { en: 'Shusha', hy: 'Շուշի', ru: 'Шуша' } })], 0, handlers());
    const dds = [...root.querySelectorAll('.atlas-popup__names dd')].map((d) => [d.textContent, d.getAttribute('lang')]);
    expect(dds).toEqual([
      ['Շուշի', 'hy'],
      ['Шуша', 'ru'],
    ]);
  });

  it('shows one item whole, with its passages quoted and a button per paragraph', () => {
    const h = handlers();
    const root = renderPopup([item('a', [passage(3, 'Shelling hit a <b>town</b> overnight.', 'a <b>town</b>')])], 0, h, 'report');
    expect(root.querySelector('h2')?.textContent).toBe('a');
    expect(root.querySelector('.atlas-popup__passages-title')?.textContent).toBe('In the report');
    expect(root.querySelector('mark')?.textContent).toBe('a <b>town</b>');
    expect(root.querySelector('b')).toBeNull();
    root.querySelector<HTMLButtonElement>('.atlas-popup__quote')?.click();
    expect(h.onQuote).toHaveBeenCalledWith(3);
  });

  it('says when the story does not mention the feature, and shows its source and note as text', () => {
    const root = renderPopup([item('a', [], { note: 'Approximate. Drawn <i>by hand</i>.', approximate: true })], 0, handlers());
    expect(root.querySelector('.atlas-popup__none')?.textContent).toBe('The article does not mention this.');
    expect(root.querySelector('.atlas-popup__accuracy')?.textContent).toBe('Approximate. Drawn <i>by hand</i>.');
    expect(root.querySelector('.atlas-popup__source')?.textContent).toBe('Source: GeoNames 1 (taken from published map data)');
    expect(root.querySelector('i')).toBeNull();
  });

  it('lists several items top-most first, opening the chosen one and the first the story names', () => {
    const h = handlers();
    const named: Passage = { ...passage(1, 'In b today.', 'b'), mention: { text: 'b', target: 'places/b' } };
    const root = renderPopup([item('a'), item('b', [named]), item('c')], 2, h);
    const entries = [...root.querySelectorAll<HTMLDetailsElement>('details.atlas-popup__item')];
    expect(entries.map((d) => `${d.dataset.ref ?? ''}:${String(d.open)}`)).toEqual(['places/a:false', 'places/b:true', 'places/c:true']);
    expect(root.querySelector('.atlas-popup__intro')?.textContent).toBe('3 features here, top-most first:');
    entries[0]?.querySelector('summary')?.dispatchEvent(new MouseEvent('click'));
    expect(h.onChoose).toHaveBeenCalledWith('places', 'a');
  });

  it('openPopupItem opens and marks the entry of a ref', () => {
    const root = renderPopup([item('a'), item('b')], 0, handlers());
    expect(openPopupItem(root, 'places', 'b')).toBe(true);
    expect(root.querySelector('details[data-ref="places/b"]')?.hasAttribute('data-selected')).toBe(true);
    expect(root.querySelector('details[data-ref="places/a"]')?.hasAttribute('data-selected')).toBe(false);
    expect(openPopupItem(root, 'places', 'zzz')).toBe(false);
  });

  it('a whole layer lists its members as buttons that choose them', () => {
    const h = handlers();
    const layer: PopupItem = {
      layer: 'regained-2020',
      id: null,
      feature: null,
      members: [{ id: 'shusha', name: 'Shusha' }],
      layerDates: 'Oct – Dec 2020',
      passages: [],
      point: null,
    };
    const root = renderPopup([layer], 0, h);
    expect(root.querySelector('h2')?.textContent).toBe('Regained by Azerbaijan in 2020');
    root.querySelector<HTMLButtonElement>('.atlas-popup__member')?.click();
    expect(h.onChoose).toHaveBeenCalledWith('regained-2020', 'shusha');
  });
});
