import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, formatLongDate, isoOfDay, isTimelineDate } from '../../../src/core/dates.ts';

describe('isTimelineDate', () => {
  it.each(['1923-01-01', '2024-12-31', '2020-02-29', '2000-02-29', '2022-09-13'])('isTimelineDate(%s) is true', (d) => {
    expect(isTimelineDate(d)).toBe(true);
  });
  it.each(['1922-12-31', '2025-01-01', '2021-02-29', '1900-02-29', '2022-04-31', '2022-00-10', '2022-9-13', '', 'garbage', ' 2022-09-13'])(
    'isTimelineDate(%j) is false',
    (d) => {
      expect(isTimelineDate(d)).toBe(false);
    },
  );
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
    expect(addMonths('2024-06-12', 12)).toBe('2024-12-31');
  });
});

describe('formatLongDate', () => {
  it("formatLongDate('2022-09-13') is '13 September 2022'", () => {
    expect(formatLongDate('2022-09-13')).toBe('13 September 2022');
  });
});
