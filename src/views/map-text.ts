import type { LayerId } from '../core/contract.ts';
import { formatRef } from '../core/ref.ts';
import type { NameLine } from '../data/describe.ts';
import { el } from './dom.ts';

/** One feature in view, as the text twin tells it. */
export interface TwinEntry {
  layer: LayerId;
  id: string;
  name: string;
  /** Its names in other languages and the other side's form, each with its `lang`. */
  names: NameLine[];
  kind: string;
  /** e.g. '8 Nov 2020 – '; empty when undated. */
  dates: string;
  /** Area, length, distance and the other facts a popup gives. */
  facts: string[];
  /** The story's passages about it: paragraph number and the quoted words. */
  passages: { n: number; words: string }[];
}

/** The features of one layer in view, in the layer's order. */
export interface TwinGroup {
  layer: LayerId;
  title: string;
  entries: TwinEntry[];
  /** How many more of the layer's features are in view than `entries` lists (a long list is cut). */
  more: number;
}

/** What the map shows, in words. */
export interface TwinModel {
  summary: string;
  groups: TwinGroup[];
}

export interface MapTextHandlers {
  /** An entry was activated: select its feature as a map click would. */
  onChoose: (layer: LayerId, id: string) => void;
  /** The panel was opened or closed with its button. */
  onToggle?: (open: boolean) => void;
}

/**
 * The text twin of the map: a summary sentence and, per layer, a button for each feature in view,
 * with its names, kind, dates, facts and passages. Closed until the "Map as text" button or the
 * skip link opens it. Writes text with textContent only; `remove` takes the panel and button out.
 */
export class MapText {
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLElement;
  private readonly heading: HTMLElement;

  constructor(private readonly handlers: MapTextHandlers) {
    this.element = el('section', 'map-text');
    this.element.id = 'map-text';
    this.element.hidden = true;
    this.element.setAttribute('aria-labelledby', 'map-text-title');
    this.heading = el('h2', 'map-text__title', 'The map as text');
    this.heading.id = 'map-text-title';
    this.heading.tabIndex = -1;
    const close = el('button', 'map-text__close', 'Close');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close the map as text');
    close.addEventListener('click', this.onClose);
    this.summary = el('p', 'map-text__summary');
    this.list = el('div', 'map-text__groups');
    this.element.append(this.heading, close, this.summary, this.list);

    this.button = el('button', 'open-button map-text__toggle', 'Map as text');
    this.button.type = 'button';
    this.button.setAttribute('aria-controls', 'map-text');
    this.button.setAttribute('aria-expanded', 'false');
    this.button.addEventListener('click', this.onButton);
  }

  /** Whether the panel is open. */
  get open(): boolean {
    return !this.element.hidden;
  }

  /** Opens or closes the panel; `focus` moves focus to its heading once open. */
  setOpen(open: boolean, focus = false): void {
    this.element.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open && focus) this.heading.focus();
  }

  /** Shows a model. An entry that had focus keeps it when it is still listed. */
  render(model: TwinModel): void {
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && this.list.contains(active) ? active.dataset.ref : undefined;
    this.summary.textContent = model.summary;
    const groups = model.groups.filter((g) => g.entries.length + g.more > 0);
    this.list.replaceChildren(...groups.map((g) => this.group(g)));
    if (focused) this.list.querySelector<HTMLElement>(`button[data-ref="${CSS.escape(focused)}"]`)?.focus();
  }

  /** The entry button for a feature, or null when it is not listed. */
  entry(layer: LayerId, id: string): HTMLButtonElement | null {
    return this.list.querySelector<HTMLButtonElement>(`button[data-ref="${CSS.escape(formatRef({ layer, id }))}"]`);
  }

  remove(): void {
    this.button.removeEventListener('click', this.onButton);
    this.element.remove();
    this.button.remove();
  }

  private group(group: TwinGroup): HTMLElement {
    const section = el('section', 'map-text__group');
    const count = group.entries.length + group.more;
    section.append(el('h3', 'map-text__layer', `${group.title} (${String(count)})`));
    const ul = el('ul', 'map-text__entries');
    for (const entry of group.entries) ul.append(this.item(entry));
    section.append(ul);
    if (group.more > 0) {
      section.append(
        el(
          'p',
          'map-text__more',
          `Listed: the ${String(group.entries.length)} nearest the map’s centre and those the article names. ${String(group.more)} more are in view: zoom in to list them.`,
        ),
      );
    }
    return section;
  }

  private item(entry: TwinEntry): HTMLElement {
    const li = el('li', 'map-text__entry');
    const button = el('button', 'map-text__name', entry.name);
    button.type = 'button';
    button.dataset.ref = formatRef(entry);
    button.addEventListener('click', () => {
      this.handlers.onChoose(entry.layer, entry.id);
    });
    li.append(button);
    if (entry.names.length > 0) {
      const names = el('p', 'map-text__names');
      entry.names.forEach((line, i) => {
        if (i > 0) names.append('; ');
        const value = el('span', undefined, line.value);
        if (line.lang) value.lang = line.lang;
        names.append(`${line.label}: `, value);
      });
      li.append(names);
    }
    li.append(el('p', 'map-text__kind', [entry.kind, entry.dates].filter(Boolean).join(' · ')));
    if (entry.facts.length > 0) li.append(el('p', 'map-text__facts', entry.facts.join('. ')));
    const passages = entry.passages.length;
    li.append(
      el(
        'p',
        'map-text__passages',
        passages === 0 ? 'Not mentioned in the article.' : `In the article: ${entry.passages.map((p) => `¶${p.n} “${p.words}”`).join(', ')}.`,
      ),
    );
    return li;
  }

  private readonly onButton = (): void => {
    this.setOpen(!this.open, !this.open);
    this.handlers.onToggle?.(this.open);
  };

  private readonly onClose = (): void => {
    this.setOpen(false);
    this.button.focus();
    this.handlers.onToggle?.(false);
  };
}
