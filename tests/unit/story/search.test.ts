import { describe, expect, test } from 'vitest';
import { indexGazetteer, type EntryRecord } from '../../../src/story/gazetteer.ts';
import { searchIndex } from '../../../src/story/search.ts';

// A small gazetteer in the file's form: two places of one name in two scripts, a district and a
// town of one name, a dated report, a village with no position, and a long name for typos.
const ENTRIES: EntryRecord[] = [
  { t: 'places/shusha', k: 'town', n: ['Shusha', 'Շուշի', 'Shushi', 'Шуша', 'Shousha'], d: 'AZ-SUS', r: 4000, p: [46.75, 39.76] },
  { t: 'admin1/AZ-SUS', k: 'district', n: ['Shusha', 'Şuşa rayonu', 'Shusha district'] },
  { t: 'places/shosh', k: 'village', n: ['Shosh', 'Shushikend'], d: 'AZ-XCI', r: 500 },
  { t: 'places/stepanakert', k: 'city', n: ['Stepanakert', 'Ստեփանակերտ', 'Xankəndi', 'Степанакерт'], d: 'AZ-XA', r: 53000 },
  { t: 'clashes-2022/goris', k: 'town', n: ['Goris'], f: '2022-09-12', u: '2022-09-15', r: 20000 },
  { t: 'places/goris', k: 'town', n: ['Goris', 'Գորիս', 'Горис'], d: 'AM-SU', r: 20000 },
  { t: 'admin1/AM-SU', k: 'village', n: ['Anapat', 'Անապատ'], d: 'AM-SU', z: 1 },
  { t: 'admin1/AM-SU', k: 'village', n: ['Averk'], d: 'AM-SU', z: 1 },
  { t: 'villages/anapat', k: 'village', n: ['Anapat'], d: 'AM-GR' },
  { t: 'peacekeeping-2020/lachin-corridor', k: 'corridor', n: ['Lachin corridor', 'Berdzor corridor'], f: '2020-11-10', u: '2022-08-26' },
  { t: 'peacekeeping-2020/lachin-corridor-2022', k: 'corridor', n: ['Lachin corridor', 'Berdzor corridor'], f: '2022-08-26' },
  { t: 'places/kalbajar', k: 'town', n: ['Kalbajar', 'Karvachar', 'Kəlbəcər', 'Кельбаджар'], m: 4, d: 'AZ-KAL', r: 7000 },
];
const index = indexGazetteer({ version: 1, entries: ENTRIES });
const targets = (q: string, date?: string): string[] => searchIndex(index, q, date ? { date } : {}).map((h) => h.entry.target);

describe('searchIndex', () => {
  test.each(['Shushi', 'Shusha', 'Şuşa', 'Шуша', 'Շուշի', ' shusha ', 'SHUSHI'])('searchIndex(%j) puts the town of Shusha first', (q) => {
    expect(targets(q)[0]).toBe('places/shusha');
  });

  test('a town comes before the district of its name, and both before a village a word of whose name starts so', () => {
    expect(targets('Shusha')).toEqual(['places/shusha', 'admin1/AZ-SUS']);
    expect(targets('Shushi')).toEqual(['places/shusha', 'places/shosh']);
  });

  test("the other side's name and the native scripts find the same place: Khankendi, Xankəndi, Степанакерт", () => {
    for (const q of ['Khankendi', 'Xankəndi', 'Степанакерт', 'Ստեփանակերտ']) expect(targets(q)[0], q).toBe('places/stepanakert');
  });

  test('the match says which name met the query, and how', () => {
    const [hit] = searchIndex(index, 'Шуша');
    expect(hit?.matched).toBe('Шуша');
    expect(hit?.how).toBe('exact');
    expect(searchIndex(index, 'Stepan')[0]?.how).toBe('prefix');
    expect(searchIndex(index, 'corridor')[0]?.how).toBe('word');
  });

  test('the start of a name finds it, and from three letters a piece inside it', () => {
    expect(targets('Stepan')).toEqual(['places/stepanakert']);
    expect(targets('anakert')).toEqual(['places/stepanakert']);
    expect(targets('an')).not.toContain('places/stepanakert');
  });

  test('a spelling one letter off finds a long name (Stepanakrt, Stepanakerrt); a looser transliteration its skeleton (Kelbajar)', () => {
    expect(targets('Stepanakrt')[0]).toBe('places/stepanakert');
    expect(targets('Stepanakerrt')[0]).toBe('places/stepanakert');
    expect(searchIndex(index, 'Kelbajar')[0]).toMatchObject({ how: 'skeleton', entry: { target: 'places/kalbajar' } });
  });

  test('a lasting place comes before a dated report of one name, and a name in force on the date before one of another time', () => {
    expect(targets('Goris', '2022-09-13')).toEqual(['places/goris', 'clashes-2022/goris']);
    expect(targets('Lachin corridor', '2021-01-01')).toEqual(['peacekeeping-2020/lachin-corridor', 'peacekeeping-2020/lachin-corridor-2022']);
    expect(targets('Lachin corridor', '2023-01-01')).toEqual(['peacekeeping-2020/lachin-corridor-2022', 'peacekeeping-2020/lachin-corridor']);
  });

  test('one row per target, but each village with no position is its own row under its district', () => {
    const hits = searchIndex(index, 'A');
    expect(hits.filter((h) => h.entry.target === 'admin1/AM-SU').map((h) => h.entry.name)).toEqual(['Anapat', 'Averk']);
    expect(targets('Anapat')).toEqual(['villages/anapat', 'admin1/AM-SU']);
  });

  test('nothing for an empty query or a name nobody has; at most `limit` hits', () => {
    expect(searchIndex(index, '  ')).toEqual([]);
    expect(searchIndex(index, '—')).toEqual([]);
    expect(searchIndex(index, 'Zzyzx')).toEqual([]);
    expect(searchIndex(index, 'a', { limit: 3 })).toHaveLength(3);
  });
});
