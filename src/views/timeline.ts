import { addMonths, clampDate, dayNumber, FIRST_DATE, formatDate, formatDateRange, formatLongDate, isoOfDay, LAST_DATE } from '../core/dates.ts';
import { eventOn, nextEvent, previousEvent, type TimelineEvent } from '../core/events.ts';
import { el } from './dom.ts';

export interface TimelineHandlers {
  /** The reader chose a date: 'replace' while sliding, 'push' for a jump to an event. */
  onDate: (t: string, history: 'push' | 'replace') => void;
  /** Play or Pause was pressed. */
  onPlay: (play: boolean) => void;
}

/**
 * The timeline under the map: a date slider from 1923 to today, the build date (a native range input, so it is a
 * keyboard-operable `slider` with the date as its `aria-valuetext`), previous and next event
 * buttons, Play, and the caption and source of the event at the chosen date. It renders the date
 * and events it is given (see `render`, `setEvents`) and reports the reader's choices; it never
 * changes state itself. `remove` takes it out of the page and drops its listeners.
 */
export class Timeline {
  readonly element: HTMLElement;
  private readonly slider: HTMLInputElement;
  private readonly dateText: HTMLElement;
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly play: HTMLButtonElement;
  private readonly caption: HTMLElement;
  private readonly source: HTMLElement;
  private readonly ticks: HTMLElement;
  private events: readonly TimelineEvent[] = [];
  private t = '';

  constructor(private readonly handlers: TimelineHandlers) {
    this.element = el('section', 'timeline');
    this.element.setAttribute('aria-label', 'Timeline');

    const controls = el('div', 'timeline__controls');
    this.prev = this.button('timeline__prev', '◀', 'Previous event');
    this.play = this.button('timeline__play', '▶ Play', 'Play the events');
    this.next = this.button('timeline__next', '▶', 'Next event');
    this.prev.addEventListener('click', this.onPrev);
    this.next.addEventListener('click', this.onNext);
    this.play.addEventListener('click', this.onPlayClick);
    this.dateText = el('span', 'timeline__date');
    this.dateText.setAttribute('aria-hidden', 'true'); // the slider's aria-valuetext says it
    controls.append(this.prev, this.play, this.next, this.dateText);

    const track = el('div', 'timeline__track');
    this.slider = el('input', 'timeline__slider');
    this.slider.type = 'range';
    this.slider.min = String(dayNumber(FIRST_DATE));
    this.slider.max = String(dayNumber(LAST_DATE));
    this.slider.step = '1';
    this.slider.setAttribute('aria-label', 'Date shown on the map');
    this.slider.addEventListener('input', this.onInput);
    this.slider.addEventListener('keydown', this.onKey);
    this.ticks = el('div', 'timeline__ticks');
    this.ticks.setAttribute('aria-hidden', 'true');
    const scale = el('div', 'timeline__scale');
    scale.setAttribute('aria-hidden', 'true');
    // Far enough apart not to collide on a phone; the event ticks mark the busy years.
    for (const year of [1923, 1950, 1970, 1991, 2010]) {
      const mark = el('span', 'timeline__year', String(year));
      mark.style.left = `${this.fraction(`${year}-01-01`) * 100}%`;
      scale.append(mark);
    }
    track.append(this.slider, this.ticks, scale);

    const story = el('div', 'timeline__story');
    this.caption = el('p', 'timeline__caption');
    this.caption.setAttribute('aria-live', 'polite');
    this.source = el('p', 'timeline__source');
    story.append(this.caption, this.source);

    this.element.append(controls, track, story);
  }

  /** The events to step through and caption, in date order: the shared history and the story's own. */
  setEvents(events: readonly TimelineEvent[]): void {
    this.events = events;
    this.ticks.replaceChildren();
    for (const e of events) {
      const tick = el('span', 'timeline__tick');
      tick.style.left = `${this.fraction(e.date) * 100}%`;
      this.ticks.append(tick);
    }
    if (this.t) this.render(this.t);
  }

  /** Shows date `t` (ISO): slider, readable date, the event of that day or the last before it. */
  render(t: string): void {
    this.t = t;
    this.slider.value = String(dayNumber(t));
    this.slider.setAttribute('aria-valuetext', formatLongDate(t));
    this.dateText.textContent = formatLongDate(t);
    const before = previousEvent(t, this.events);
    const after = nextEvent(t, this.events);
    this.prev.disabled = before === null;
    this.next.disabled = after === null;
    this.prev.setAttribute('aria-label', before ? `Previous event: ${formatDate(before.date)}, ${before.caption}` : 'Previous event: none');
    this.next.setAttribute('aria-label', after ? `Next event: ${formatDate(after.date)}, ${after.caption}` : 'Next event: none');
    this.prev.title = before ? `Previous event: ${formatDate(before.date)}` : '';
    this.next.title = after ? `Next event: ${formatDate(after.date)}` : '';

    const event = eventOn(t, this.events);
    const current = event !== null && t <= (event.end ?? event.date);
    this.caption.replaceChildren();
    this.source.replaceChildren();
    if (!event) {
      this.caption.textContent = 'Before the NKAO: Karabakh is disputed between the new Soviet republics.';
      this.source.textContent = 'Drag the slider, or use the arrow keys: ←→ a month, Page Up/Down a year.';
      this.element.classList.remove('is-on-event');
      return;
    }
    const range = formatDateRange(event.date, event.end);
    const when = el('strong', 'timeline__when', current ? `${range}: ` : `Last event, ${range}: `);
    this.caption.append(when, document.createTextNode(event.caption));
    this.caption.title = event.caption;
    this.source.textContent = `Source: ${event.source}`;
    this.source.title = event.source;
    this.element.classList.toggle('is-on-event', current);
  }

  /** Shows whether Play is running. */
  setPlaying(playing: boolean): void {
    this.play.textContent = playing ? '❚❚ Pause' : '▶ Play';
    this.play.setAttribute('aria-label', playing ? 'Pause the events' : 'Play the events');
    this.play.setAttribute('aria-pressed', String(playing));
  }

  /** Takes the timeline out of the page and removes its listeners. */
  remove(): void {
    this.prev.removeEventListener('click', this.onPrev);
    this.next.removeEventListener('click', this.onNext);
    this.play.removeEventListener('click', this.onPlayClick);
    this.slider.removeEventListener('input', this.onInput);
    this.slider.removeEventListener('keydown', this.onKey);
    this.element.remove();
  }

  private button(className: string, text: string, label: string): HTMLButtonElement {
    const b = el('button', `timeline__button ${className}`, text);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    return b;
  }

  private fraction(iso: string): number {
    const first = dayNumber(FIRST_DATE);
    return (dayNumber(iso) - first) / (dayNumber(LAST_DATE) - first);
  }

  private readonly onInput = (): void => {
    const t = clampDate(isoOfDay(Number(this.slider.value)));
    if (t !== this.t) this.handlers.onDate(t, 'replace');
  };

  // Days are too fine for a century: arrows move a month, Page Up/Down a year.
  private readonly onKey = (e: KeyboardEvent): void => {
    const moves: Record<string, () => string> = {
      ArrowRight: () => addMonths(this.t, 1),
      ArrowUp: () => addMonths(this.t, 1),
      ArrowLeft: () => addMonths(this.t, -1),
      ArrowDown: () => addMonths(this.t, -1),
      PageUp: () => addMonths(this.t, 12),
      PageDown: () => addMonths(this.t, -12),
      Home: () => FIRST_DATE,
      End: () => LAST_DATE,
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    const t = move();
    if (t !== this.t) this.handlers.onDate(t, 'replace');
  };

  private readonly onPrev = (): void => {
    const e = previousEvent(this.t, this.events);
    if (e) this.handlers.onDate(e.date, 'push');
  };

  private readonly onNext = (): void => {
    const e = nextEvent(this.t, this.events);
    if (e) this.handlers.onDate(e.date, 'push');
  };

  private readonly onPlayClick = (): void => {
    this.handlers.onPlay(this.play.getAttribute('aria-pressed') !== 'true');
  };
}
