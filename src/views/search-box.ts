import type { IControl } from 'maplibre-gl';
import { el } from './dom.ts';

/** One result as the search box lists it. */
export interface SearchOption {
  /** What choosing it selects (a `layer/id` reference). */
  value: string;
  title: string;
  /** Other names worth showing beside the title; `lang` for a name in another language. */
  others: { text: string; lang?: string }[];
  /** What it is, where and when: "District of Azerbaijan; since 1991". */
  detail: string;
}

export interface SearchBoxOptions {
  /** The results for a query; rejects with a message for readers when the search cannot load. */
  find: (query: string) => Promise<SearchOption[]>;
  onChoose: (option: SearchOption) => void;
  /** The box took focus: a chance to start fetching the index before the first keystroke. */
  onFocus?: () => void;
  /** Says a sentence in the page's polite live region. */
  say: (text: string) => void;
  /** How long typing must pause before the count of results is said (ms). */
  sayDelay?: number;
}

let counter = 0;

/**
 * A search box on the map, on the ARIA 1.2 combobox pattern (list autocomplete, the first result
 * active as the reader types): an input with role combobox that controls a listbox of options.
 * Down and Up move through the results (Down opens them again), Enter chooses the active one,
 * Escape closes the list and, a second time, empties the box. A click chooses too. The count of
 * results is said in the live region once typing pauses. A MapLibre control (`onAdd`,
 * `onRemove`), also put in the still map's caption.
 */
export class SearchBox implements IControl {
  private container: HTMLElement | null = null;
  private input: HTMLInputElement | null = null;
  private list: HTMLUListElement | null = null;
  private status: HTMLElement | null = null;
  private options: SearchOption[] = [];
  private active = -1;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly id = `search-${++counter}`;

  constructor(private readonly opts: SearchBoxOptions) {}

  onAdd(): HTMLElement {
    const container = el('div', 'maplibregl-ctrl search-box');
    container.setAttribute('role', 'search');
    container.setAttribute('aria-label', 'Find a place on the map');
    const label = el('label', 'visually-hidden', 'Find a place');
    label.htmlFor = `${this.id}-input`;
    const input = el('input', 'search-box__input');
    input.id = `${this.id}-input`;
    input.type = 'text';
    input.placeholder = 'Find a place';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', `${this.id}-list`);
    const list = el('ul', 'search-box__list');
    list.id = `${this.id}-list`;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Places found');
    list.hidden = true;
    const status = el('p', 'search-box__status');
    status.hidden = true;
    input.addEventListener('input', this.onInput);
    input.addEventListener('keydown', this.onKey);
    input.addEventListener('focus', this.onFocus);
    list.addEventListener('mousedown', this.keepFocus);
    list.addEventListener('click', this.onClick);
    container.addEventListener('focusout', this.onFocusOut);
    container.append(label, input, list, status);
    this.container = container;
    this.input = input;
    this.list = list;
    this.status = status;
    return container;
  }

  onRemove(): void {
    if (this.timer) clearTimeout(this.timer);
    this.input?.removeEventListener('input', this.onInput);
    this.input?.removeEventListener('keydown', this.onKey);
    this.input?.removeEventListener('focus', this.onFocus);
    this.list?.removeEventListener('mousedown', this.keepFocus);
    this.list?.removeEventListener('click', this.onClick);
    this.container?.removeEventListener('focusout', this.onFocusOut);
    this.container?.remove();
    this.container = this.input = this.list = this.status = null;
  }

  private readonly onFocus = (): void => {
    this.opts.onFocus?.();
  };

  private readonly onInput = (): void => {
    void this.run(this.input?.value ?? '');
  };

  private async run(query: string): Promise<void> {
    const mine = ++this.seq;
    if (query.trim() === '') {
      this.show([], '');
      return;
    }
    let options: SearchOption[];
    try {
      if (this.status?.hidden && this.options.length === 0) this.setStatus('Loading the place names…');
      options = await this.opts.find(query);
    } catch (err) {
      if (mine === this.seq) this.show([], `Search is not available: ${err instanceof Error ? err.message : String(err)}.`);
      return;
    }
    if (mine !== this.seq) return;
    this.show(options, options.length === 0 ? `No place found for “${query.trim()}”.` : '');
    this.sayLater(
      options.length === 0
        ? `No place found for ${query.trim()}.`
        : `${options.length} ${options.length === 1 ? 'place' : 'places'} found. Use the arrow keys to choose, Enter to show one on the map.`,
    );
  }

  private show(options: SearchOption[], message: string): void {
    const { list, input } = this;
    if (!list || !input) return;
    this.options = options;
    list.replaceChildren(...options.map((o, i) => this.optionElement(o, i)));
    this.setStatus(message);
    this.setOpen(options.length > 0);
    this.setActive(options.length > 0 ? 0 : -1);
  }

  private optionElement(option: SearchOption, i: number): HTMLLIElement {
    const li = el('li', 'search-box__option');
    li.id = `${this.id}-option-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.index = String(i);
    const head = el('span', 'search-box__name');
    head.append(el('span', 'search-box__title', option.title));
    for (const other of option.others) {
      const span = el('span', 'search-box__other', other.text);
      if (other.lang) span.lang = other.lang;
      head.append(' · ', span);
    }
    li.append(head, el('span', 'search-box__detail', option.detail));
    return li;
  }

  private setStatus(message: string): void {
    if (!this.status) return;
    this.status.textContent = message;
    this.status.hidden = message === '';
  }

  private setOpen(open: boolean): void {
    if (!this.list || !this.input) return;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) this.setActive(-1);
  }

  private setActive(i: number): void {
    const { list, input } = this;
    if (!list || !input) return;
    this.active = i;
    list.querySelectorAll('[role="option"]').forEach((li, n) => {
      li.setAttribute('aria-selected', String(n === i));
    });
    const current = i >= 0 ? list.children[i] : undefined;
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const open = !(this.list?.hidden ?? true);
    const n = this.options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (n === 0) return;
      e.preventDefault();
      if (!open) {
        this.setOpen(true);
        this.setActive(e.key === 'ArrowDown' ? 0 : n - 1);
      } else if (!e.altKey) this.setActive(e.key === 'ArrowDown' ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1);
    } else if (e.key === 'Enter') {
      if (!open || this.active < 0) return;
      e.preventDefault();
      this.choose(this.active);
    } else if (e.key === 'Escape') {
      if (!open && this.input?.value === '') return;
      e.preventDefault();
      e.stopPropagation();
      if (open) this.setOpen(false);
      else if (this.input) {
        this.input.value = '';
        this.show([], '');
      }
    }
  };

  private readonly keepFocus = (e: MouseEvent): void => {
    e.preventDefault();
  };

  private readonly onClick = (e: MouseEvent): void => {
    const li = e.target instanceof Element ? e.target.closest<HTMLElement>('[role="option"]') : null;
    if (li?.dataset.index !== undefined) this.choose(Number(li.dataset.index));
  };

  private readonly onFocusOut = (e: FocusEvent): void => {
    if (!(e.relatedTarget instanceof Node && this.container?.contains(e.relatedTarget))) this.setOpen(false);
  };

  private choose(i: number): void {
    const option = this.options[i];
    if (!option || !this.input) return;
    this.input.value = option.title;
    this.setOpen(false);
    if (this.timer) clearTimeout(this.timer);
    this.opts.onChoose(option);
  }

  private sayLater(text: string): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.opts.say(text);
    }, this.opts.sayDelay ?? 500);
  }
}
