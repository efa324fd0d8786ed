// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../../../src/core/events.ts';
import { Timeline } from '../../../src/views/timeline.ts';

const EVENTS: TimelineEvent[] = [
  { date: '1994-05-12', caption: 'Ceasefire.', source: 'Bishkek Protocol' },
  { date: '2022-09-12', end: '2022-09-14', caption: 'Clashes.', source: 'mil.am' },
  { date: '2022-09-13', caption: 'The story’s day.', source: 'The wire' },
];

function setUp() {
  const onDate = vi.fn();
  const onPlay = vi.fn();
  const timeline = new Timeline({ onDate, onPlay });
  document.body.replaceChildren(timeline.element);
  timeline.setEvents(EVENTS);
  const q = (selector: string): HTMLElement => {
    const node = timeline.element.querySelector<HTMLElement>(selector);
    if (!node) throw new Error(`no ${selector}`);
    return node;
  };
  const button = (selector: string): HTMLButtonElement => {
    const node = q(selector);
    if (!(node instanceof HTMLButtonElement)) throw new Error(`${selector} is not a button`);
    return node;
  };
  const input = (selector: string): HTMLInputElement => {
    const node = q(selector);
    if (!(node instanceof HTMLInputElement)) throw new Error(`${selector} is not an input`);
    return node;
  };
  return { timeline, onDate, onPlay, q, button, input };
}

describe('Timeline', () => {
  it('setEvents draws a tick per event', () => {
    const { timeline } = setUp();
    expect(timeline.element.querySelectorAll('.timeline__tick')).toHaveLength(3);
  });

  it('render shows the date, and the caption and source of the event in force', () => {
    const { timeline, q, input } = setUp();
    timeline.render('2022-09-13');
    expect(input('.timeline__slider').getAttribute('aria-valuetext')).toBe('13 September 2022');
    expect(q('.timeline__caption').textContent).toBe('13 Sep 2022: The story’s day.');
    expect(q('.timeline__source').textContent).toBe('Source: The wire');
    timeline.render('2000-01-01');
    expect(q('.timeline__caption').textContent).toBe('Last event, 12 May 1994: Ceasefire.');
  });

  it('a several-day event is captioned with its range', () => {
    const { timeline, q } = setUp();
    timeline.render('2022-09-12');
    expect(q('.timeline__caption').textContent).toBe('12–14 Sep 2022: Clashes.');
  });

  it('the event buttons jump to the previous and next event, adding a history entry', () => {
    const { timeline, onDate, button } = setUp();
    timeline.render('2000-01-01');
    button('.timeline__next').click();
    button('.timeline__prev').click();
    expect(onDate.mock.calls).toEqual([
      ['2022-09-12', 'push'],
      ['1994-05-12', 'push'],
    ]);
    timeline.render('1990-01-01');
    expect(button('.timeline__prev').disabled).toBe(true);
  });

  it('arrow keys move a month, Page keys a year, replacing the history entry', () => {
    const { timeline, onDate, input } = setUp();
    timeline.render('2022-09-13');
    const slider = input('.timeline__slider');
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' }));
    expect(onDate.mock.calls).toEqual([
      ['2022-10-13', 'replace'],
      ['2021-09-13', 'replace'],
    ]);
  });

  it('Play reports play, and setPlaying turns it into Pause', () => {
    const { timeline, onPlay, q, button } = setUp();
    button('.timeline__play').click();
    expect(onPlay).toHaveBeenCalledWith(true);
    timeline.setPlaying(true);
    expect(q('.timeline__play').getAttribute('aria-label')).toBe('Pause the events');
    button('.timeline__play').click();
    expect(onPlay).toHaveBeenLastCalledWith(false);
  });

  it('remove takes the timeline out and stops reporting', () => {
    const { timeline, onDate, button } = setUp();
    timeline.render('2000-01-01');
    const next = button('.timeline__next');
    timeline.remove();
    next.click();
    expect(document.body.contains(timeline.element)).toBe(false);
    expect(onDate).not.toHaveBeenCalled();
  });
});
