import { describe, expect, it } from 'vitest';
import type { CommonProps } from '../../../src/core/contract.ts';
import { formatDate, formatDates } from '../../../src/core/dates.ts';
import { facts, methodText, otherNames } from '../../../src/data/describe.ts';

const base: CommonProps = {
  id: 'x',
  name: 'X',
  names: { en: 'X' },
  kind: 'Thing',
  source: 's',
  method: 'packaged',
  note: '',
  valid_from: null,
  valid_to: null,
};

describe('formatDate', () => {
  it.each([
    ['2020-11-10', '10 Nov 2020'],
    ['1923-07-07', '7 Jul 1923'],
    ['2020-11', 'Nov 2020'],
    ['1994', '1994'],
    ['2020-13-01', '2020-13-01'],
    ['soon', 'soon'],
  ])('formatDate(%j) is %j', (iso, out) => {
    expect(formatDate(iso)).toBe(out);
  });

  it('formatDates joins a range, or says since/until', () => {
    // valid_to is the first day a feature no longer holds: the range shown ends the day before.
    expect(formatDates('1923-07-07', '1991-11-26')).toBe('7 Jul 1923 – 25 Nov 1991');
    expect(formatDates('2022-09-12', '2022-09-15')).toBe('12–14 Sep 2022');
    expect(formatDates('2020-11-10', '2021-01-01')).toBe('10 Nov 2020 – 31 Dec 2020');
    expect(formatDates('2023-09-19', '2023-09-20')).toBe('19 Sep 2023');
    expect(formatDates(null, '1994-05-12')).toBe('until 11 May 1994');
    expect(formatDates('1991', '1994')).toBe('1991 – 1994');
    expect(formatDates('2020-11-10', null)).toBe('since 10 Nov 2020');
    expect(formatDates(null, null)).toBe('');
  });
});

describe('otherNames', () => {
  it('otherNames gives both sides’ names for a contested place', () => {
    const lines = otherNames({ id: 'stepanakert', name: 'Stepanakert', names: { en: 'Stepanakert', hy: 'Ստեփանակերտ', az: 'Xankəndi', ru: 'Степанакерт' } });
    expect(lines).toContainEqual({ label: 'Also called', value: 'Khankendi' });
    expect(lines).toContainEqual({ label: 'Azerbaijani', value: 'Xankəndi', lang: 'az' });
    expect(lines).toContainEqual({ label: 'Armenian', value: 'Ստեփանակերտ', lang: 'hy' });
  });

  it('otherNames tags each name in another language with its code, and the English forms with none', () => {
    const lines = otherNames({ id: 'stepanakert', name: 'Stepanakert', names: { en: 'Stepanakert', hy: 'Ստեփանակերտ', az: 'Xankəndi', ru: 'Степанакерт' } });
    expect(lines.map((l) => [l.value, l.lang])).toEqual([
      ['Khankendi', undefined],
      ['Ստեփանակերտ', 'hy'],
      ['Xankəndi', 'az'],
      ['Степанакерт', 'ru'],
    ]);
  });

  it('otherNames skips names equal to the English one', () => {
    expect(otherNames({ id: 'y', name: 'Moskva', names: { en: 'Moskva', az: 'Moskva' } })).toEqual([]);
  });
});

describe('facts', () => {
  it('facts gives area, length and the regained date', () => {
    const out = facts({ ...base, area_km2: 4388.2, regained_on: '2020-11-08', how: 'military' }, null);
    expect(out).toContain('Area: 4,388 km²');
    expect(out.some((f) => f.includes('8 Nov 2020') && f.includes('taken in the 2020 war'))).toBe(true);
  });

  it('facts gives a far place’s distance from Stepanakert', () => {
    const out = facts({ ...base, far: true }, [103.85, 1.29]);
    expect(out.some((f) => /^[\d,]+ km from Stepanakert/.test(f))).toBe(true);
  });

  it('facts attributes a reported clash to who reported it', () => {
    const out = facts({ ...base, reported_by: "Armenia's Defence Ministry", reported_on: '2022-09-13' }, null);
    expect(out).toContain("Reported by Armenia's Defence Ministry, 13 Sep 2022");
  });
});

describe('methodText', () => {
  it('methodText explains each method', () => {
    expect(methodText('authored')).toMatch(/drawn/);
    expect(methodText('other')).toBe('');
  });
});
