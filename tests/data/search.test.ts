import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeHit, indexForSearch, SEARCHED_LAYERS } from '../../src/app/search-index.ts';
import type { LayerId } from '../../src/core/contract.ts';
import { prepareLayer, type PreparedLayer } from '../../src/data/prepare.ts';
import { searchIndex } from '../../src/story/search.ts';
import { GEODATA, readLayer } from './load.ts';

// The map's search on the committed gazetteer and layers, as the page builds it.
const file = JSON.parse(readFileSync(path.join(GEODATA, 'gazetteer.json'), 'utf8')) as unknown;
const layers = new Map<LayerId, PreparedLayer>(SEARCHED_LAYERS.map((l) => [l, prepareLayer(l, readLayer(l))]));
const features = SEARCHED_LAYERS.flatMap((layer) => [...(layers.get(layer)?.features.values() ?? [])].map((feature) => ({ layer, feature })));
const index = indexForSearch(file, features);
const geodata = { ready: (l: LayerId) => layers.get(l) ?? null };
const first = (q: string, date = '2022-09-13'): string | undefined => searchIndex(index, q, { date })[0]?.entry.target;

describe('search on the gazetteer and the layers', () => {
  test.each(['Shushi', 'Shusha', 'Şuşa', 'Шуша', 'Շուշի', 'shushi', 'SHUSHA'])('%s finds the town of Shusha first', (q) => {
    expect(first(q)).toBe('places/shusha');
  });

  test.each(['Khankendi', 'Xankəndi', 'Stepanakert', 'Степанакерт', 'Ստեփանակերտ', 'Stepanakrt', 'Stepan'])('%s finds Stepanakert first', (q) => {
    expect(first(q)).toBe('places/stepanakert');
  });

  test.each([
    ['Karvachar', 'places/kalbajar'],
    ['Kəlbəcər', 'places/kalbajar'],
    ['Kelbajar', 'places/kalbajar'],
    ['Berdzor', 'places/lachin'],
    ['Madagiz', 'places/madagiz'],
    ['Talış və Suqovuşan', 'regained-2020/talish-sugovushan'],
    ['Artsvashen', 'exclaves/artsvashen'],
    ['Başkənd', 'exclaves/artsvashen'],
    ['Lake Sevan', 'water/lake-sevan'],
    ['Syunik', 'admin1/AM-SU'],
    ['Dagestan', 'russia-border/dagestan'],
    ['NKAO', 'nagorno-karabakh/nkao'],
  ])('%s finds %s first', (q, target) => {
    expect(first(q)).toBe(target);
  });

  test('the areas of the layers are found under their own names, beside the gazetteer entries of one name', () => {
    const targets = searchIndex(index, 'Kalbajar', { date: '2022-09-13' }).map((h) => h.entry.target);
    expect(targets).toEqual(expect.arrayContaining(['places/kalbajar', 'admin1/AZ-KAL', 'regained-2020/kalbajar']));
    expect(searchIndex(index, 'Jermuk').map((h) => h.entry.target)).toEqual(expect.arrayContaining(['places/jermuk', 'inside-armenia/jermuk-2022']));
  });

  test('every feature of every searched layer is found by its own name', () => {
    const missed = features.filter(
      ({ layer, feature }) => !searchIndex(index, feature.properties.name, { limit: 50 }).some((h) => h.entry.target === `${layer}/${feature.properties.id}`),
    );
    expect(features.length).toBeGreaterThan(250);
    expect(missed.map(({ layer, feature }) => `${layer}/${feature.properties.id}`)).toEqual([]);
  });

  test('a result says what it is, where and when, with both names of a contested place', () => {
    const [kalbajar] = searchIndex(index, 'Kalbajar district', { date: '2022-09-13' }).filter((h) => h.entry.target === 'regained-2020/kalbajar');
    expect(kalbajar && describeHit(kalbajar, geodata)).toEqual({
      value: 'regained-2020/kalbajar',
      title: 'Kalbajar district',
      others: [{ text: 'Karvachar' }],
      detail: 'Handed over to Azerbaijan under the 10 Nov 2020 statement; 25 Nov 2020',
    });
    const [shusha] = searchIndex(index, 'Шуша');
    expect(shusha && describeHit(shusha, geodata)).toEqual({
      value: 'places/shusha',
      title: 'Shusha',
      others: [{ text: 'Shushi' }, { text: 'Шуша', lang: 'ru' }],
      detail: 'Town, Shusha district, Azerbaijan',
    });
  });
});
