import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/story/model.ts';
import { buildPassageIndex, excerpt } from '../../../src/story/passages.ts';

const story = JSON.parse(readFileSync(fileURLToPath(new URL('../../../src/story/stories/2022-09-13.json', import.meta.url)), 'utf8')) as Story;
const index = buildPassageIndex(story);

describe('buildPassageIndex', () => {
  it("forFeature('nagorno-karabakh', 'nkao') quotes paragraphs 3 and 21", () => {
    expect(index.forFeature('nagorno-karabakh', 'nkao').map((p) => p.n)).toEqual([3, 21]);
  });

  it('forFeature includes passages naming the whole layer', () => {
    expect(index.forFeature('regained-2020', 'shusha').map((p) => p.n)).toEqual([9, 22]);
    expect(index.forFeature('russia-border', 'ru-az-border').map((p) => p.n)).toEqual([5]);
  });

  it('forFeature gives one passage per paragraph, in reading order', () => {
    const ns = index.forFeature('places', 'moscow').map((p) => p.n);
    expect(ns).toEqual([...new Set(ns)].sort((a, b) => a - b));
    expect(ns).toEqual([1, 2, 4, 6, 13]);
  });

  it('forFeature of an unmentioned feature is empty', () => {
    expect(index.forFeature('places', 'tbilisi')).toEqual([]);
  });
});

describe('excerpt', () => {
  it('excerpt keeps a short paragraph whole', () => {
    expect(excerpt('Blinken urged an end.', 0, 7)).toEqual({ before: '', words: 'Blinken', after: ' urged an end.' });
  });

  it('excerpt cuts a long paragraph at word boundaries with ellipses', () => {
    const text = 'one two three four five six seven eight nine ten';
    const cut = excerpt(text, 19, 23, 8);
    expect(cut.words).toBe('five');
    expect(cut.before.startsWith('…')).toBe(true);
    expect(cut.after.endsWith('…')).toBe(true);
    expect(text).toContain((cut.before + cut.words + cut.after).replace(/…/g, ''));
  });
});
