import { describe, expect, it } from 'vitest';
import { longestTask, settledIdle } from '../../../bench/lib/idle.ts';

describe('settledIdle', () => {
  it('settledIdle takes the last idle once the page has been quiet long enough', () => {
    // The app idles with its base layers at 900 ms, then loads overlays and idles again at 2400 ms.
    expect(settledIdle({ idles: [900, 2400], lastRender: 2400, now: 3500 }, 0, 1000)).toBe(2400);
  });

  it('settledIdle waits while frames are still being drawn after the last idle', () => {
    expect(settledIdle({ idles: [900], lastRender: 1500, now: 5000 }, 0, 1000)).toBeNull();
  });

  it('settledIdle waits while a request is in flight', () => {
    expect(settledIdle({ idles: [900], lastRender: 900, now: 5000 }, 1, 1000)).toBeNull();
  });

  it('settledIdle waits until the quiet spell is over', () => {
    expect(settledIdle({ idles: [900], lastRender: 900, now: 1800 }, 0, 1000)).toBeNull();
  });

  it('settledIdle is null before any idle', () => {
    expect(settledIdle({ idles: [], lastRender: 400, now: 9000 }, 0, 1000)).toBeNull();
  });
});

describe('longestTask', () => {
  const tasks: [number, number][] = [
    [100, 900],
    [2000, 120],
    [2500, 260],
    [9000, 400],
  ];

  it('longestTask is the longest task that started inside the window', () => {
    expect(longestTask(tasks, 1500, 5000)).toBe(260);
  });

  it('longestTask ignores tasks before the window, e.g. during the first load', () => {
    expect(longestTask(tasks, 1000, 2400)).toBe(120);
  });

  it('longestTask of a window without tasks is 0', () => {
    expect(longestTask(tasks, 3000, 8000)).toBe(0);
  });
});
