import { FIRST_DATE, formatLongDate, isTimelineDate, LAST_DATE } from '../core/dates.ts';
import { el } from './dom.ts';

export interface CompareControlOptions {
  /** The reader asked to compare with a date (a real date on the timeline), or to stop (undefined). */
  onCompare: (cmp: string | undefined) => void;
  /** The date to offer when the reader starts comparing, given the map's date. */
  suggest: (t: string) => string;
}

/**
 * "Compare dates", under the timeline: a toggle button, and while it is on, a date field for the
 * second date. `render` shows the state (the map's date and the date compared with, if any);
 * `unavailable` says why comparing cannot work here (no interactive map) and disables the button.
 */
export class CompareControl {
  readonly element: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly field: HTMLInputElement;
  private readonly label: HTMLLabelElement;
  private readonly status: HTMLElement;
  private t = LAST_DATE;
  private cmp: string | undefined;

  constructor(private readonly options: CompareControlOptions) {
    this.element = el('div', 'compare-control');
    this.toggle = el('button', 'compare-control__toggle timeline__button', 'Compare dates');
    this.toggle.type = 'button';
    this.toggle.setAttribute('aria-pressed', 'false');
    this.toggle.title = 'Show the map at a second date beside this one';
    this.toggle.addEventListener('click', this.onToggle);
    this.label = el('label', 'compare-control__label', 'with ');
    this.field = el('input', 'compare-control__field');
    this.field.type = 'date';
    this.field.min = FIRST_DATE;
    this.field.max = LAST_DATE;
    this.field.required = true;
    this.field.addEventListener('change', this.onField);
    this.label.append(this.field);
    this.label.hidden = true;
    this.status = el('p', 'compare-control__status');
    this.status.setAttribute('role', 'status');
    this.element.append(this.toggle, this.label, this.status);
  }

  /** Shows the map's date `t` and the date compared with (undefined: not comparing). */
  render(t: string, cmp: string | undefined): void {
    this.t = t;
    this.cmp = cmp;
    const on = cmp !== undefined && !this.toggle.disabled;
    this.toggle.setAttribute('aria-pressed', String(on));
    this.toggle.textContent = on ? 'Stop comparing' : 'Compare dates';
    this.label.hidden = !on;
    if (on && this.field.value !== cmp) this.field.value = cmp;
    if (!this.toggle.disabled) this.status.textContent = on ? `Left: ${formatLongDate(cmp)}. Right: ${formatLongDate(t)}.` : '';
  }

  /** Comparing cannot work in this browser: says why, and turns the button off. */
  unavailable(reason: string): void {
    this.toggle.disabled = true;
    this.label.hidden = true;
    this.status.textContent = reason;
    this.status.classList.add('compare-control__status--warn');
  }

  remove(): void {
    this.toggle.removeEventListener('click', this.onToggle);
    this.field.removeEventListener('change', this.onField);
    this.element.remove();
  }

  private readonly onToggle = (): void => {
    this.options.onCompare(this.cmp === undefined ? this.options.suggest(this.t) : undefined);
  };

  private readonly onField = (): void => {
    const value = this.field.value;
    if (isTimelineDate(value)) this.options.onCompare(value);
    else if (this.cmp !== undefined) this.field.value = this.cmp; // an incomplete or out-of-range date: keep the last good one
  };
}
