import { describe, expect, it } from 'vitest';
import { suggestCompare } from '../../../src/app/tools.ts';

describe('suggestCompare', () => {
  const events = [
    { date: '1994-05-12', caption: '', source: '' },
    { date: '2020-11-10', caption: '', source: '' },
    { date: '2021-05-12', caption: '', source: '' },
  ];
  it('offers the last event at least a year before the date, else ten years before', () => {
    expect(suggestCompare('2022-09-13', events)).toBe('2021-05-12');
    expect(suggestCompare('2021-12-01', events)).toBe('2020-11-10');
    expect(suggestCompare('1990-01-01', events)).toBe('1980-01-01');
  });
});
