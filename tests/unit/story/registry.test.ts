import { describe, expect, it, vi } from 'vitest';
import { defaultState, parseState, formatState } from '../../../src/state/hash.ts';
import { bundledStory, bundledStoryIds, collectStories, DEFAULT_STORY_ID } from '../../../src/story/registry.ts';

const settings = { date: '1995-06-01', layers: ['countries'], group: { title: 'Then', layers: ['countries'] }, events: [] };

describe('collectStories', () => {
  it('pairs each file’s settings with its URL, keyed by file name', () => {
    const stories = collectStories({ './stories/a.json': settings }, { './stories/a.json': '/assets/a-1.json' });
    expect([...stories.keys()]).toEqual(['a']);
    expect(stories.get('a')?.url).toBe('/assets/a-1.json');
  });

  it('leaves out a file with broken settings, and says which', () => {
    const warn = vi.fn();
    const stories = collectStories(
      { './stories/bad.json': { ...settings, date: '1995-13-01', layers: ['atlantis'] }, './stories/none.json': undefined, './stories/a.json': settings },
      { './stories/bad.json': '/b', './stories/none.json': '/n', './stories/a.json': '/a' },
      warn,
    );
    expect([...stories.keys()]).toEqual(['a']);
    expect(warn.mock.calls.map(([m]) => String(m))).toEqual([
      'story ./stories/bad.json is left out: "map.date" must be a date written YYYY-MM-DD; "map.layers" must be a list of overlay layer ids',
      'story ./stories/none.json is left out: "map" must be an object',
    ]);
  });
});

describe('the bundled stories', () => {
  it('has the default story and, in a test build, the fixture story, with no code naming it', () => {
    expect(bundledStoryIds()).toContain(DEFAULT_STORY_ID);
    expect(bundledStory('fixture-1995')?.settings.group.title).toBe('At the time of the report (1 Jun 1995)');
  });

  it('a story key picks the story’s date and layers as the defaults', () => {
    expect(parseState('#story=fixture-1995')).toEqual({
      view: null,
      layers: ['countries', 'nagorno-karabakh', 'held-1994', 'places'],
      sel: null,
      p: null,
      t: '1995-06-01',
      story: 'fixture-1995',
    });
    expect(parseState('#story=fixture-1995&t=2000-01-01&layers=countries')).toMatchObject({ t: '2000-01-01', layers: ['countries'] });
  });

  it('an unknown or malformed story falls back to the default story', () => {
    expect(parseState('#story=atlantis')).toEqual(defaultState());
    expect(parseState('#story=../x')).toEqual(defaultState());
    expect(parseState(`#story=${DEFAULT_STORY_ID}`)).toEqual(defaultState());
  });

  it('formatState writes the story when it is not the default, and parses back the same', () => {
    const state = parseState('#story=fixture-1995&sel=places/aghdam');
    const hash = formatState(state);
    expect(hash).toBe('#layers=countries,nagorno-karabakh,held-1994,places&sel=places/aghdam&t=1995-06-01&story=fixture-1995');
    expect(parseState(hash)).toEqual(state);
    expect(formatState(defaultState())).not.toContain('story=');
  });
});
