import type { OverlayLayerId } from '../core/contract.ts';
import { formatDate } from '../core/dates.ts';
import type { LayerStatus } from '../data/geodata.ts';
import { DEFAULT_GROUP_LAYERS, OVERLAYS, overlayInfo } from '../data/layers.ts';
import { el } from './dom.ts';
import { swatchSvg } from './swatch.ts';

/**
 * The layer panel and legend: one checkbox per overlay layer, named by the layer's title, with a
 * swatch, its dates and a line of description, in two groups: the story's own (its title and
 * layers come from the story, see `setGroup`) and "History". A collapsible `<details>` so that it
 * folds away on phones. `remove` takes it out of the page and drops its listeners.
 */
export class LayerPanel {
  readonly element: HTMLDetailsElement;
  private readonly boxes = new Map<OverlayLayerId, HTMLInputElement>();
  private readonly messages = new Map<OverlayLayerId, HTMLElement>();
  private readonly chips = new Map<OverlayLayerId, HTMLElement>();
  private readonly whens = new Map<OverlayLayerId, HTMLElement>();
  private readonly rows = new Map<OverlayLayerId, HTMLElement>();
  private readonly groups: { fieldset: HTMLFieldSetElement; legend: HTMLLegendElement }[] = [];

  constructor(private readonly onToggle: (id: OverlayLayerId, visible: boolean) => void) {
    this.element = el('details', 'layer-panel');
    this.element.open = !window.matchMedia('(max-width: 700px)').matches;
    const summary = el('summary', 'layer-panel__summary');
    summary.append(el('span', 'layer-panel__heading', 'Layers and legend'));
    // A compact legend of the visible layers, shown while the panel is folded (phones).
    const compact = el('span', 'layer-panel__compact');
    compact.setAttribute('aria-hidden', 'true');
    for (const info of OVERLAYS) {
      const chip = el('span', 'layer-panel__chip');
      chip.append(swatchSvg(info.swatch, `chip-${info.id}`), el('span', undefined, info.short));
      this.chips.set(info.id, chip);
      compact.append(chip);
    }
    summary.append(compact);
    this.element.append(summary);

    for (const title of ['Layers', 'History']) {
      const fieldset = el('fieldset', 'layer-panel__group');
      const legend = el('legend', undefined, title);
      fieldset.append(legend);
      this.groups.push({ fieldset, legend });
      this.element.append(fieldset);
    }
    for (const info of OVERLAYS) {
      const row = el('div', 'layer-panel__row');
      row.dataset.layer = info.id;
      const input = el('input');
      input.type = 'checkbox';
      input.id = `layer-${info.id}`;
      input.addEventListener('change', this.onChange);
      const label = el('label', 'layer-panel__label');
      label.htmlFor = input.id;
      label.append(swatchSvg(info.swatch, info.id), el('span', 'layer-panel__title', info.title));
      const meta = el('p', 'layer-panel__meta');
      if (info.dates) meta.append(el('span', 'layer-panel__dates', info.dates), document.createTextNode(' · '));
      meta.append(document.createTextNode(info.description));
      // Whether the layer is drawn at the chosen date (see setDate).
      const when = el('p', 'layer-panel__when');
      when.id = `layer-${info.id}-when`;
      when.hidden = true;
      this.whens.set(info.id, when);
      const message = el('p', 'layer-panel__error');
      message.hidden = true;
      message.setAttribute('role', 'status');
      input.setAttribute('aria-describedby', `${input.id}-meta ${input.id}-when`);
      meta.id = `${input.id}-meta`;
      row.append(input, label, meta, when, message);
      this.rows.set(info.id, row);
      this.boxes.set(info.id, input);
      this.messages.set(info.id, message);
    }
    this.setGroup({ title: 'Layers', layers: [...DEFAULT_GROUP_LAYERS] });
  }

  /**
   * Lists the story's own layers under its title ("At the time of the article (13 Sep 2022)"),
   * and the rest under "History", each group in the panel's order.
   */
  setGroup(group: { title: string; layers: readonly OverlayLayerId[] }): void {
    const [own, history] = this.groups as [(typeof this.groups)[0], (typeof this.groups)[0]];
    own.legend.textContent = group.title;
    for (const info of OVERLAYS) {
      const row = this.rows.get(info.id);
      if (row) (group.layers.includes(info.id) ? own : history).fieldset.append(row);
    }
    for (const g of this.groups) g.fieldset.hidden = g.fieldset.children.length <= 1;
  }

  /** Takes the panel out of the page and removes its listeners. */
  remove(): void {
    for (const box of this.boxes.values()) box.removeEventListener('change', this.onChange);
    this.element.remove();
  }

  /** A line under the panel's heading saying what the layers can and cannot do here (the still map). */
  setNote(text: string): void {
    let note = this.element.querySelector<HTMLElement>('.layer-panel__note');
    if (!note) {
      note = el('p', 'layer-panel__note');
      this.element.querySelector('summary')?.after(note);
    }
    note.textContent = text;
  }

  /** Shows which layers are visible. */
  render(visible: readonly OverlayLayerId[]): void {
    for (const [id, box] of this.boxes) box.checked = visible.includes(id);
    for (const [id, chip] of this.chips) chip.hidden = !visible.includes(id);
  }

  /**
   * Greys out the layers with nothing in force on date `t` (ISO), saying why: "Not in force on
   * 1 Jan 1995 (from 3 Oct 2020)". The checkbox still works: it decides whether the layer shows
   * at the dates it is in force.
   */
  setDate(t: string): void {
    for (const [id, when] of this.whens) {
      const { inForce, afterwards } = overlayInfo(id);
      const row = when.parentElement;
      const before = inForce !== undefined && t < inForce.from;
      const ended = inForce?.to ?? null;
      const after = ended !== null && t >= ended;
      let text = '';
      if (before) text = `Not yet on ${formatDate(t)}: from ${formatDate(inForce.from)}.`;
      else if (after) text = afterwards ?? `Not in force on ${formatDate(t)}: ended ${formatDate(ended)}.`;
      when.textContent = text;
      when.hidden = text === '';
      // A layer still drawn as a former boundary is not greyed out.
      const out = before || (after && afterwards === undefined);
      row?.classList.toggle('is-out-of-date', out);
      this.chips.get(id)?.classList.toggle('is-out-of-date', out);
    }
  }

  /** Shows a layer's loading problem next to its checkbox. */
  setStatus(id: OverlayLayerId, status: LayerStatus): void {
    const message = this.messages.get(id);
    const row = message?.parentElement;
    if (!message || !row) return;
    const failed = status.state === 'error';
    message.hidden = !failed;
    message.textContent = failed ? `Could not load this layer: ${status.message}.` : '';
    row.classList.toggle('has-error', failed);
    row.classList.toggle('is-loading', status.state === 'loading');
  }

  private readonly onChange = (e: Event): void => {
    const input = e.currentTarget as HTMLInputElement;
    this.onToggle(input.id.slice('layer-'.length) as OverlayLayerId, input.checked);
  };
}
