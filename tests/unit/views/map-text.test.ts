// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MapText, type TwinModel } from '../../../src/views/map-text.ts';

const model = (summary: string): TwinModel => ({
  summary,
  groups: [
    {
      layer: 'places',
      title: 'Cities, towns and villages',
      entries: [
        {
          layer: 'places',
          id: 'shusha',
          name: 'Shushi / Shusha',
          names: [{ label: 'Armenian', value: 'Շուշի', lang: 'hy' }],
          kind: 'Town',
          dates: '',
          facts: ['Population: 18,662'],
          passages: [{ n: 3, words: '<b>Shusha</b>' }],
        },
      ],
      more: 0,
    },
    { layer: 'villages', title: 'Villages', entries: [], more: 0 },
  ],
});

describe('MapText', () => {
  it('MapText counts a cut list in its heading and says how many more are in view', () => {
    const twin = new MapText({ onChoose: vi.fn() });
    const m = model('Many.');
    const first = m.groups[0];
    if (!first) throw new Error('fixture');
    twin.render({ ...m, groups: [{ ...first, more: 41 }] });
    expect(twin.element.querySelector('h3')?.textContent).toBe('Cities, towns and villages (42)');
    expect(twin.element.querySelector('.map-text__more')?.textContent).toMatch(/^Listed: the 1 nearest .* 41 more are in view: zoom in to list them\.$/);
    twin.render(m);
    expect(twin.element.querySelector('.map-text__more')).toBeNull();
  });

  it('MapText is closed until its button opens it, and says so with aria-expanded', () => {
    const twin = new MapText({ onChoose: vi.fn() });
    document.body.append(twin.button, twin.element);
    expect(twin.element.hidden).toBe(true);
    twin.button.click();
    expect(twin.element.hidden).toBe(false);
    expect(twin.button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent).toBe('The map as text');
    twin.remove();
  });

  it('MapText renders the summary and one button per entry, with text only and lang on other names', () => {
    const onChoose = vi.fn();
    const twin = new MapText({ onChoose });
    twin.render(model('Two places in view.'));
    expect(twin.element.querySelector('.map-text__summary')?.textContent).toBe('Two places in view.');
    // Empty groups are left out.
    expect([...twin.element.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Cities, towns and villages (1)']);
    expect(twin.element.querySelector('[lang="hy"]')?.textContent).toBe('Շուշի');
    expect(twin.element.querySelector('b')).toBeNull();
    expect(twin.element.querySelector('.map-text__passages')?.textContent).toBe('In the article: ¶3 “<b>Shusha</b>”.');
    twin.entry('places', 'shusha')?.click();
    expect(onChoose).toHaveBeenCalledWith('places', 'shusha');
  });

  it('MapText keeps focus on an entry that is still listed after a new render', () => {
    const twin = new MapText({ onChoose: vi.fn() });
    document.body.append(twin.element);
    twin.setOpen(true);
    twin.render(model('a'));
    twin.entry('places', 'shusha')?.focus();
    twin.render(model('b'));
    expect(document.activeElement).toBe(twin.entry('places', 'shusha'));
    twin.remove();
  });
});
