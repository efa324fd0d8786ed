import { describe, expect, it } from 'vitest';
import { settingsForStory } from '../../../src/state/settings.ts';
import { cleanStory } from '../../../src/story/clean.ts';
import { composeStory, targetsOf } from '../../../src/story/compose.ts';
import type { LinkedBlock } from '../../../src/story/link/linker.ts';
import { locateMention, storyProblems } from '../../../src/story/model.ts';
import { decodeStory, encodeStory } from '../../../src/story/share.ts';
import { parsePlainStory } from '../../../src/story/text.ts';

const plain = parsePlainStory('Title: Goris and Goris\nDate: 2022-09-13\nOutlet: Wire\n\nShelling hit Goris, then Goris again.');
const at = (text: string, words: string, from = 0): number => text.indexOf(words, from);
const body = plain.paragraphs[0] ?? '';
const blocks: LinkedBlock[] = [
  { mentions: [{ text: 'Goris', start: 0, end: 5, target: 'places/goris', role: 'place', confidence: 0.95, name: 'Goris', kind: 'town' }], missing: [] },
  {
    mentions: [
      {
        text: 'Goris',
        start: at(body, 'Goris'),
        end: at(body, 'Goris') + 5,
        target: 'places/goris',
        role: 'place',
        confidence: 0.95,
        name: 'Goris',
        kind: 'town',
      },
      {
        text: 'Goris',
        start: at(body, 'Goris', 20),
        end: at(body, 'Goris', 20) + 5,
        target: 'places/goris',
        role: 'place',
        confidence: 0.6,
        name: 'Goris',
        kind: 'town',
      },
    ],
    missing: [{ text: 'Khnatsakh', start: 0, end: 9 }],
  },
];
const story = composeStory(plain, blocks, '2022-09-13', settingsForStory({ date: '2022-09-13', title: plain.title, outlet: 'Wire' }, targetsOf(blocks)));

describe('composeStory', () => {
  it('makes a story the app can read, with the title’s mentions and its settings', () => {
    expect(storyProblems(story)).toEqual([]);
    expect(story.titleMentions?.map((m) => m.target)).toEqual(['places/goris']);
    expect(story.map?.group.title).toBe('At the time of the article (13 Sep 2022)');
    expect(story.map?.events[0]?.caption).toBe('The article’s day: “Goris and Goris”');
    expect(story.linked?.notOnMap).toEqual([{ text: 'Khnatsakh', paragraph: 1 }]);
  });

  it('numbers each mention’s occurrence, so a repeated name points at its own words', () => {
    const [p] = story.paragraphs;
    expect(p?.mentions.map((m) => m.nth ?? 0)).toEqual([0, 1]);
    const spans = p?.mentions.map((m) => locateMention(p, m)?.start);
    expect(spans).toEqual([at(body, 'Goris'), at(body, 'Goris', 20)]);
  });

  it('gives the same id to the same text, and another to another', () => {
    const again = composeStory(plain, blocks, '2022-09-13', story.map ?? settingsForStory(story, []));
    expect(again.id).toBe(story.id);
    const other = composeStory(parsePlainStory('Other\n\nText.'), [], '2022-09-13', story.map ?? settingsForStory(story, []));
    expect(other.id).not.toBe(story.id);
  });
});

describe('settingsForStory', () => {
  it('shows what the map draws on the date, and the layers the story names', () => {
    expect(settingsForStory({ date: '1995-01-01', title: 't', outlet: '' }, ['clashes-2022/jermuk', 'places/goris']).layers).toEqual([
      'countries',
      'admin1',
      'nagorno-karabakh',
      'held-1994',
      'russia-border',
      'clashes-2022',
      'exclaves',
      'places',
    ]);
  });
  it('leaves the villages off unless the story names one', () => {
    expect(settingsForStory({ date: '2022-01-01', title: 't', outlet: '' }, []).layers).not.toContain('villages');
    expect(settingsForStory({ date: '2022-01-01', title: 't', outlet: '' }, ['villages/kirants']).layers).toContain('villages');
  });
});

describe('a story in a link', () => {
  it('comes back as it went', () => {
    expect(decodeStory(encodeStory(story))).toEqual({ story, dropped: 0 });
  });
  it('a cut or altered link says it is damaged', () => {
    const payload = encodeStory(story);
    expect(() => decodeStory(payload.slice(0, payload.length / 2))).toThrow('damaged');
    expect(() => decodeStory('not+a+story')).toThrow('damaged');
  });
});

describe('cleanStory', () => {
  it('drops mentions whose target names no layer, or whose words are not in the paragraph, and counts them', () => {
    const dirty = {
      ...story,
      paragraphs: [
        {
          n: 1,
          text: 'In Goris.',
          mentions: [
            { text: 'Goris', target: 'places/goris' },
            { text: 'Goris', target: 'atlantis/x' },
            { text: 'Kapan', target: 'places/kapan' },
          ],
        },
      ],
    };
    const { story: clean, dropped } = cleanStory(dirty);
    expect(clean.paragraphs[0]?.mentions).toEqual([{ text: 'Goris', target: 'places/goris' }]);
    expect(dropped).toBe(2);
  });
  it('refuses what is not a story, saying why', () => {
    expect(() => cleanStory({ title: 5 })).toThrow('this is not a story the atlas can read');
  });
});
