import { describe, expect, it } from 'vitest';
import { MAX_TEXT, parseDate, parsePlainStory } from '../../../src/story/text.ts';

describe('parsePlainStory', () => {
  it('reads the headers, then blocks separated by blank lines, joining lines inside a block', () => {
    const story = parsePlainStory(
      'Title: Shelling in Syunik\nDate: 13 September 2022\nSource: https://example.org/x\nOutlet: The Wire\n\nFirst line\nof the first.\n\n\nSecond.\r\n',
    );
    expect(story).toEqual({
      title: 'Shelling in Syunik',
      date: '2022-09-13',
      outlet: 'The Wire',
      url: 'https://example.org/x',
      source: null,
      paragraphs: ['First line of the first.', 'Second.'],
    });
  });

  it('without a Title: header the first block is the title', () => {
    expect(parsePlainStory('Talks in Geneva\n\nThe sides met.')).toMatchObject({ title: 'Talks in Geneva', paragraphs: ['The sides met.'], date: null });
  });

  it('a Source: that is not a web address is the outlet, when none is given', () => {
    expect(parsePlainStory('Source: Reuters\n\nT\n\nP')).toMatchObject({ outlet: 'Reuters', source: 'Reuters', url: null });
  });

  it('takes the date from a line that is only a date, and drops it and the byline from the passages', () => {
    const story = parsePlainStory('Talks in Geneva\n\nBy Jane Doe\n\nPublished: Tue 13 Sep 2022 10.02 BST\n\nThe sides met.\n\nBy noon they had agreed.');
    expect(story).toMatchObject({ date: '2022-09-13', paragraphs: ['The sides met.', 'By noon they had agreed.'] });
  });

  it('a date line before the headline dates the story, and the headline is still the title', () => {
    expect(parsePlainStory('13 September 2022\n\nTalks in Geneva\n\nThe sides met.')).toMatchObject({
      title: 'Talks in Geneva',
      date: '2022-09-13',
      paragraphs: ['The sides met.'],
    });
  });

  it('short lead lines that are passages stay: a standfirst starting "By", a place and a date', () => {
    const text = 'T\n\nBy blocking the Lachin corridor, Baku tightens its grip\n\nJulfa, 13 Sep 2022\n\nMardakert, 27 September 2020\n\nBody.';
    expect(parsePlainStory(text)).toMatchObject({
      date: null,
      paragraphs: ['By blocking the Lachin corridor, Baku tightens its grip', 'Julfa, 13 Sep 2022', 'Mardakert, 27 September 2020', 'Body.'],
    });
    expect(parsePlainStory('T\n\nBy Jane Doe and John Roe in Yerevan\n\nBody.').paragraphs).toEqual(['Body.']);
  });

  it('a paragraph that mentions a date is a passage, not a date line', () => {
    const story = parsePlainStory('T\n\nFighting near Sotk on 13 September 2022.\n\nMore.');
    expect(story).toMatchObject({ date: null, paragraphs: ['Fighting near Sotk on 13 September 2022.', 'More.'] });
  });

  it('a dateline gives the agency and, with a year, the date', () => {
    expect(parsePlainStory('T\n\nBAKU, Sept 19 (Reuters) - Azerbaijan said.')).toMatchObject({ date: null, source: 'Reuters', outlet: 'Reuters' });
    expect(parsePlainStory('T\n\nYEREVAN, 13 September 2022 (AFP) - Armenia said.')).toMatchObject({ date: '2022-09-13', source: 'AFP' });
    expect(parsePlainStory('Source: The Wire\n\nT\n\nBAKU (AP) — Azerbaijan said.')).toMatchObject({ source: 'The Wire' });
  });

  it('drops control characters and a byte-order mark, and keeps markup as text', () => {
    expect(parsePlainStory('\uFEFFT\u0007itle\n\n<img src=x onerror=alert(1)>').paragraphs).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it.each([
    ['', 'the text is empty'],
    ['\n\n   \n', 'the text is empty'],
    ['x'.repeat(MAX_TEXT + 1), 'longer than'],
    ['\u0000\u0001\u0002\u0003'.repeat(50), 'does not look like text'],
  ])('refuses %#: %s', (text, message) => {
    expect(() => parsePlainStory(text)).toThrow(message);
  });
});

describe('parseDate', () => {
  it.each([
    ['2022-09-13', '2022-09-13'],
    ['13 September 2022', '2022-09-13'],
    ['Tuesday, 13 Sep 2022, 10:02', '2022-09-13'],
    ['September 13, 2022', '2022-09-13'],
    ['Sept. 13th 2022', '2022-09-13'],
    ['13.09.2022', '2022-09-13'],
    ['2022-02-30', null],
    ['last Tuesday', null],
    ['', null],
  ])('parseDate(%j) is %j', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });
});
