import { describe, expect, it } from 'vitest';
import { indexGazetteer, type EntryRecord } from '../../../src/story/gazetteer.ts';
import { linkBlocks, type LinkedMention } from '../../../src/story/link/linker.ts';

// A small gazetteer made for these rules; the real one is tested in tests/data.
const ENTRIES: EntryRecord[] = [
  { t: 'countries/AM', k: 'country', n: ['Armenia', 'Հայաստան'] },
  { t: 'countries/AZ', k: 'country', n: ['Azerbaijan', 'Azərbaycan'] },
  { t: 'places/baku', k: 'capital', n: ['Baku', 'Bakı'], d: 'AZ-BA', r: 2_000_000 },
  { t: 'places/washington', k: 'country', n: ['United States'], x: ['US', 'U.S.'] },
  { t: 'places/new-york', k: 'body', n: ['United Nations', 'UN Security Council'], x: ['UN'] },
  { t: 'places/moscow', k: 'building', n: ['Kremlin'] },
  { t: 'nagorno-karabakh/nkao', k: 'region', n: ['Nagorno-Karabakh', 'Karabakh'], c: ['AZ-XVD', 'AZ-XA'] },
  { t: 'places/shusha', k: 'town', n: ['Shusha', 'Shushi', 'Şuşa'], d: 'AZ-SUS', r: 100_000 },
  { t: 'places/lachin', k: 'town', n: ['Lachin', 'Berdzor'], d: 'AZ-LAC', r: 100_000 },
  { t: 'admin1/AZ-LAC', k: 'district', n: ['Lachin', 'Lachin district'] },
  { t: 'places/kalbajar', k: 'town', n: ['Kalbajar', 'Karvachar'], d: 'AZ-KAL', r: 100_000 },
  { t: 'admin1/AZ-KAL', k: 'district', n: ['Kalbajar', 'Kalbajar district', 'Kalbajar District'] },
  { t: 'admin1/AZ-ZAN', k: 'district', n: ['Zangilan', 'Zangilan district'] },
  { t: 'peacekeeping-2020/lachin-corridor', k: 'corridor', n: ['Lachin corridor'], f: '2020-11-10', u: '2022-08-26' },
  { t: 'peacekeeping-2020/lachin-corridor-2022', k: 'corridor', n: ['Lachin corridor'], f: '2022-08-26' },
  { t: 'held-1994/line-of-contact', k: 'line', n: ['line of contact'], u: '2020-11-10' },
  // Two villages of one name in two districts, and one named like a common word.
  { t: 'villages/gushchu-xvd', k: 'village', n: ['Gushchu'], d: 'AZ-XVD', p: [47.0, 39.6] },
  { t: 'villages/gushchu-kal', k: 'village', n: ['Gushchu'], d: 'AZ-KAL', p: [46.1, 40.1] },
  { t: 'admin1/AZ-XVD', k: 'district', n: ['Khojavend', 'Khojavend district'] },
  { t: 'villages/bar', k: 'village', n: ['Bar'], w: ['Bar'], d: 'AZ-KAL' },
  { t: 'villages/ararat', k: 'town', n: ['Ararat'], d: 'AM-AR', r: 20_000 },
  { t: 'villages/shahumyan', k: 'village', n: ['Shahumyan'], d: 'AM-AR' },
  { t: 'admin1/AM-TV', k: 'province', n: ['Tavush', 'Tavush province'] },
  { t: 'water/lake-sevan', k: 'lake', n: ['Lake Sevan', 'Sevan'] },
  { t: 'villages/sevan', k: 'town', n: ['Sevan'], d: 'AM-GR', r: 18_000 },
  { t: 'villages/tavush', k: 'village', n: ['Tavush'], d: 'AM-TV', r: 0 },
  { t: 'villages/tovuz', k: 'town', n: ['Tovuz', 'Tavush'], d: 'AZ-TOV', r: 12_626 },
  { t: 'villages/nor-shahumyan', k: 'village', n: ['Nor Shahumyan'], d: 'AM-AR' },
];
const index = indexGazetteer({ version: 1, entries: ENTRIES });

function link(text: string, date = '2022-09-13'): LinkedMention[] {
  return linkBlocks([text], date, index)[0]?.mentions ?? [];
}
const pairs = (text: string, date?: string): string[] => link(text, date).map((m) => `${m.text} → ${m.target}`);

describe('linkBlocks: folding', () => {
  it('case, diacritics and the Azerbaijani letters meet', () => {
    expect(pairs('SHUSHA, Şuşa and Shushi')).toEqual(['SHUSHA → places/shusha', 'Şuşa → places/shusha', 'Shushi → places/shusha']);
  });
  it("a possessive links the name without it: Armenia's links Armenia", () => {
    const [m] = link("Armenia's border");
    expect([m?.text, m?.target, m?.start, m?.end]).toEqual(['Armenia', 'countries/AM', 0, 7]);
  });
  it('"the" stays out of the mention', () => {
    expect(link('They drove along the line of contact.').map((m) => m.text)).toEqual(['line of contact']);
  });
  it('a spelling one letter off links, with low confidence', () => {
    const [m] = link('Fighting near Nagorno-Karabkah went on.');
    expect(m?.target).toBe('nagorno-karabakh/nkao');
    expect(m?.confidence).toBeLessThan(0.7);
  });
});

describe('linkBlocks: longest match first', () => {
  it('Nagorno-Karabakh before Karabakh, Lachin corridor before Lachin', () => {
    expect(pairs('Nagorno-Karabakh and the Lachin corridor', '2021-01-01')).toEqual([
      'Nagorno-Karabakh → nagorno-karabakh/nkao',
      'Lachin corridor → peacekeeping-2020/lachin-corridor',
    ]);
  });
  it('Kalbajar District is the district, Kalbajar alone the town', () => {
    expect(pairs('In the Kalbajar District, away from Kalbajar.')).toEqual(['Kalbajar District → admin1/AZ-KAL', 'Kalbajar → places/kalbajar']);
  });
  it('"Kalbajar and Lachin districts" are both districts', () => {
    expect(pairs('Shelling of the Kalbajar and Lachin districts.')).toEqual(['Kalbajar → admin1/AZ-KAL', 'Lachin → admin1/AZ-LAC']);
  });
});

describe('linkBlocks: the story’s date', () => {
  it('the Lachin corridor is the old road until August 2022 and the bypass after', () => {
    expect(link('the Lachin corridor', '2021-05-01')[0]?.target).toBe('peacekeeping-2020/lachin-corridor');
    expect(link('the Lachin corridor', '2023-01-10')[0]?.target).toBe('peacekeeping-2020/lachin-corridor-2022');
  });
  it('a name with one meaning keeps it after its end: the line of contact in 2023', () => {
    expect(link('the former line of contact', '2023-01-10')[0]?.target).toBe('held-1994/line-of-contact');
  });
});

describe('linkBlocks: context', () => {
  it('a village named with its district is the village of that district', () => {
    expect(link('Gushchu, in the Khojavend district, was shelled.').map((m) => m.target)).toEqual(['villages/gushchu-xvd', 'admin1/AZ-XVD']);
  });
  it('an area the story names sends its villages first: Gushchu in Nagorno-Karabakh', () => {
    expect(link('Gushchu, in Nagorno-Karabakh, was shelled.')[0]?.target).toBe('villages/gushchu-xvd');
  });
  it('a name the story has already tied down means the same later: Tavush province, then Tavush', () => {
    const blocks = linkBlocks(['Protests in Tavush province.', 'They marched from Tavush to the capital.'], '2024-05-24', index);
    expect(blocks.map((b) => b.mentions.map((m) => m.target))).toEqual([['admin1/AM-TV'], ['admin1/AM-TV']]);
    // Alone, the bigger town of that name is chosen.
    expect(link('They marched from Tavush.')[0]?.target).toBe('villages/tovuz');
  });
  it('a lake named in full does not take the town of its bare name later: Lake Sevan, then Sevan', () => {
    const blocks = linkBlocks(['Activists camped by Lake Sevan.', 'Police detained protesters in Sevan, the mayor said.'], '2024-05-24', index);
    expect(blocks.map((b) => b.mentions.map((m) => m.target))).toEqual([['water/lake-sevan'], ['villages/sevan']]);
  });
  it('but a town and the district named after it keep their rule: Kalbajar District, then Kalbajar the town', () => {
    const blocks = linkBlocks(['Mines in the Kalbajar District.', 'Mines around Kalbajar itself.'], '2022-09-13', index);
    expect(blocks.map((b) => b.mentions.map((m) => m.target))).toEqual([['admin1/AZ-KAL'], ['places/kalbajar']]);
  });
  it('without context a name of two villages links, and says it is unsure', () => {
    const [m] = link('Gushchu was shelled.');
    expect(m?.target.startsWith('villages/gushchu')).toBe(true);
    expect(m?.confidence).toBeLessThan(0.7);
  });
});

describe('linkBlocks: roles and bodies', () => {
  it('a capital that speaks is the government', () => {
    const roles = link('Baku said the talks would go on. In Baku, the shops were open.').map((m) => m.role);
    expect(roles).toEqual(['government', 'place']);
  });
  it('the Kremlin is Moscow, as the government', () => {
    expect(link('The Kremlin said so.').map((m) => `${m.target} ${m.role}`)).toEqual(['places/moscow government']);
  });
  it('international bodies link to their seats, acronyms only as written', () => {
    expect(pairs('The UN and the UN Security Council met; un-named officials.')).toEqual(['UN → places/new-york', 'UN Security Council → places/new-york']);
    expect(link('The United Nations')[0]?.role).toBe('body');
  });
  it('a country off the map links to its capital; U.S. with its dots', () => {
    expect(pairs('The United States and the U.S. envoy')).toEqual(['United States → places/washington', 'U.S → places/washington']);
  });
});

describe('linkBlocks: what is not a place', () => {
  it('demonyms and adjectives are not place mentions', () => {
    expect(link('Armenian and Azerbaijani troops, Armenians and Azerbaijanis.')).toEqual([]);
  });
  it('a given name before a surname is a person: Ararat Mirzoyan', () => {
    const text = 'Ararat Mirzoyan met officials in Ararat.';
    expect(link(text).map((m) => m.start)).toEqual([text.lastIndexOf('Ararat')]);
  });
  it('a surname after a given name is a person: Stepan Shahumyan, but Nor Shahumyan and "in Shahumyan" are places', () => {
    const text = 'A statue of Stepan Shahumyan stood there. Nor Shahumyan was shelled. Fighting in Shahumyan.';
    expect(pairs(text)).toEqual(['Nor Shahumyan → villages/nor-shahumyan', 'Shahumyan → villages/shahumyan']);
  });
  it('a capitalised word at a sentence start or in a title-case headline is not a given name', () => {
    expect(pairs('Near Shahumyan, a farmer was hurt. Outside Shahumyan fields burned.')).toEqual([
      'Shahumyan → villages/shahumyan',
      'Shahumyan → villages/shahumyan',
    ]);
    expect(pairs('Shelling Hits Shahumyan')).toEqual(['Shahumyan → villages/shahumyan']);
  });
  it('a name after "Mount" is the mountain, never the town of that name', () => {
    expect(pairs('Mount Ararat looms over the town of Ararat.')).toEqual(['Ararat → villages/ararat']);
    expect(link('Mount Ararat looms.')).toEqual([]);
  });
  it('a place named like a common English word links only after "village of"', () => {
    const text = 'Bar owners met. The village of Bar was hit.';
    expect(link(text).map((m) => m.start)).toEqual([text.lastIndexOf('Bar')]);
  });
  it('lower-case words are not names, except phrases such as the line of contact', () => {
    expect(link('shusha is written small here')).toEqual([]);
  });
});

describe('linkBlocks: names the map lacks', () => {
  it('a capitalised name after "village of" or before "district" that the gazetteer lacks is listed, not guessed', () => {
    const [block] = linkBlocks(['Residents of the village of Zorakert fled; the Mardakert district was quiet.'], '2022-09-13', index);
    expect(block?.mentions).toEqual([]);
    expect(block?.missing.map((m) => m.text)).toEqual(['Zorakert', 'Mardakert']);
  });
});
