// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { OVERLAY_LAYER_IDS } from '../../../src/core/contract.ts';
import { LayerPanel } from '../../../src/views/layer-panel.ts';

function setUp() {
  const onToggle = vi.fn();
  const panel = new LayerPanel(onToggle);
  document.body.replaceChildren(panel.element);
  const box = (id: string): HTMLInputElement => {
    const input = panel.element.querySelector<HTMLInputElement>(`#layer-${id}`);
    if (!input) throw new Error(`no checkbox for ${id}`);
    return input;
  };
  const legends = (): string[] => [...panel.element.querySelectorAll('fieldset:not([hidden]) legend')].map((l) => l.textContent);
  const rowsIn = (legend: string): string[] => {
    const fieldset = [...panel.element.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === legend);
    return [...(fieldset?.querySelectorAll<HTMLElement>('.layer-panel__row') ?? [])].map((r) => r.dataset.layer ?? '');
  };
  return { panel, onToggle, box, legends, rowsIn };
}

describe('LayerPanel', () => {
  it('has one checkbox per overlay, named by the layer title', () => {
    const { panel } = setUp();
    const boxes = [...panel.element.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => b.id.replace('layer-', '')).sort()).toEqual([...OVERLAY_LAYER_IDS].sort());
    const label = panel.element.querySelector('label[for="layer-regained-2020"]');
    expect(label?.textContent).toBe('Regained by Azerbaijan in 2020');
  });

  it('reports a toggle with the layer and its new state', () => {
    const { box, onToggle } = setUp();
    const held = box('held-1994');
    held.checked = true;
    held.dispatchEvent(new Event('change'));
    expect(onToggle).toHaveBeenCalledWith('held-1994', true);
  });

  it('render checks exactly the visible layers', () => {
    const { panel, box } = setUp();
    panel.render(['countries', 'places']);
    expect(OVERLAY_LAYER_IDS.filter((id) => box(id).checked)).toEqual(['countries', 'places']);
  });

  it("setGroup puts the story's layers under its title and the rest under History", () => {
    const { panel, legends, rowsIn } = setUp();
    panel.setGroup({ title: 'At the time of the report (1 Jun 1995)', layers: ['countries', 'held-1994'] });
    expect(legends()).toEqual(['At the time of the report (1 Jun 1995)', 'History']);
    expect(rowsIn('At the time of the report (1 Jun 1995)').sort()).toEqual(['countries', 'held-1994']);
    expect(rowsIn('History')).toHaveLength(OVERLAY_LAYER_IDS.length - 2);
  });

  it('setDate says when a layer is not yet, or no longer, in force', () => {
    const { panel } = setUp();
    panel.setDate('1995-01-01');
    const when = (id: string): string => panel.element.querySelector(`#layer-${id}-when`)?.textContent ?? '';
    expect(when('regained-2020')).toBe('Not yet on 1 Jan 1995: from 3 Oct 2020.');
    expect(when('held-1994')).toBe('');
    panel.setDate('2021-01-01');
    expect(when('held-1994')).toBe('Not in force on 1 Jan 2021: ended 10 Nov 2020.');
    expect(panel.element.querySelector('[data-layer="held-1994"]')?.classList.contains('is-out-of-date')).toBe(true);
  });

  it("setStatus shows a layer's loading error beside it", () => {
    const { panel } = setUp();
    panel.setStatus('places', { state: 'error', message: 'the data file is not valid JSON' });
    const row = panel.element.querySelector('[data-layer="places"]');
    expect(row?.querySelector('.layer-panel__error')?.textContent).toBe('Could not load this layer: the data file is not valid JSON.');
    expect(row?.classList.contains('has-error')).toBe(true);
  });

  it('remove takes the panel out and stops reporting toggles', () => {
    const { panel, box, onToggle } = setUp();
    const input = box('countries');
    panel.remove();
    expect(document.body.contains(panel.element)).toBe(false);
    input.dispatchEvent(new Event('change'));
    expect(onToggle).not.toHaveBeenCalled();
  });
});
