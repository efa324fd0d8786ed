import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, FIRST_DATE, formatLongDate, isoOfDay, isTimelineDate, LAST_DATE, linkDate } from '../../../src/core/dates.ts';

/** The day after today (the build date): the first date in the future. */
const TOMORROW = isoOfDay(dayNumber(LAST_DATE) + 1);

describe('isTimelineDate', () => {
  it.each([FIRST_DATE, '2024-12-31', '2025-08-08', LAST_DATE, '2020-02-29', '2000-02-29', '2022-09-13'])('isTimelineDate(%s) is true', (d) => {
    expect(isTimelineDate(d)).toBe(true);
  });
  it.each(['1922-12-31', TOMORROW, '2021-02-29', '1900-02-29', '2022-04-31', '2022-00-10', '2022-9-13', '', 'garbage', ' 2022-09-13'])(
    'isTimelineDate(%j) is false',
    (d) => {
      expect(isTimelineDate(d)).toBe(false);
    },
  );
});

describe('LAST_DATE', () => {
  it('LAST_DATE is a real date, no earlier than the last dated event (8 Aug 2025)', () => {
    expect(isTimelineDate(LAST_DATE)).toBe(true);
    expect(LAST_DATE >= '2025-08-08').toBe(true);
  });
});

describe('linkDate', () => {
  it('linkDate(today) is today', () => {
    expect(linkDate(LAST_DATE)).toBe(LAST_DATE);
  });
  it.each([TOMORROW, '2999-12-31'])('linkDate(%s), a date in the future, falls back to today', (d) => {
    expect(linkDate(d)).toBe(LAST_DATE);
  });
  it.each(['1922-12-31', '2023-02-29', 'soon', ''])('linkDate(%j) is null', (d) => {
    expect(linkDate(d)).toBeNull();
  });
});

describe('day numbers', () => {
  it('isoOfDay(dayNumber(d)) gives d back', () => {
    for (const d of ['1923-01-01', '1970-01-01', '2020-02-29', '2024-12-31']) expect(isoOfDay(dayNumber(d))).toBe(d);
  });
  it('dayNumber counts days', () => {
    expect(dayNumber('2020-11-21') - dayNumber('2020-11-20')).toBe(1);
    expect(dayNumber('1970-01-01')).toBe(0);
  });
});

describe('addMonths', () => {
  it("addMonths('2020-01-31', 1) keeps to the month's last day", () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
  });
  it("addMonths('2022-09-13', -12) goes back a year", () => {
    expect(addMonths('2022-09-13', -12)).toBe('2021-09-13');
  });
  it('addMonths clamps to the timeline range', () => {
    expect(addMonths('1923-03-01', -12)).toBe('1923-01-01');
    expect(addMonths(LAST_DATE, 12)).toBe(LAST_DATE);
  });
});

describe('formatLongDate', () => {
  it("formatLongDate('2022-09-13') is '13 September 2022'", () => {
    expect(formatLongDate('2022-09-13')).toBe('13 September 2022');
  });
});
