import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, describe, expect, it } from 'vitest';
import { parseRef } from '../../../src/core/ref.ts';
import { locateMention, storyProblems, type Story } from '../../../src/story/model.ts';
import { LAYER_IDS } from '../../../src/core/contract.ts';

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const story = JSON.parse(readFileSync(root('src/story/stories/2022-09-13.json'), 'utf8')) as Story;
const text = readFileSync(root('src/story/stories/2022-09-13.txt'), 'utf8');

/** A mention's span in its paragraph; throws, as reading `.start` of null did, when it was not found. */
function located(span: ReturnType<typeof locateMention> | undefined): { start: number; end: number } {
  if (!span) throw new Error('a mention does not occur in its paragraph');
  return span;
}

/** Feature ids per layer, from the built geodata files. */
function geodataIds(layer: string): Set<string> | null {
  const path = root(`geodata/${layer}.geojson`);
  if (!existsSync(path)) return null;
  const fc = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: { id: string } }[] };
  return new Set(fc.features.map((f) => f.properties.id));
}

describe('the stored article 2022-09-13', () => {
  it('has the shape of a story', () => {
    expect(storyProblems(story)).toEqual([]);
  });

  it('names its outlet, agencies, date and title', () => {
    expect(story.outlet).toBe('The Straits Times');
    expect(story.agencies).toEqual(['Reuters', 'AFP']);
    expect(story.date).toBe('2022-09-13');
    expect(story.title).toBe(text.split('\n')[0]);
  });

  it('keeps the photo caption as a caption, not a paragraph', () => {
    const captionLine = text.split('\n\n')[1];
    const caption = story.caption;
    assert.exists(caption, 'the story has a caption');
    expect(`${caption.text} ${caption.credit}`).toBe(captionLine);
    expect(story.paragraphs.some((p) => p.text.includes('PHOTO: UNSPLASH'))).toBe(false);
  });

  it('numbers paragraphs from 1, starting at the dateline', () => {
    expect(story.paragraphs.map((p) => p.n)).toEqual(story.paragraphs.map((_, i) => i + 1));
    const first = story.paragraphs[0];
    assert.exists(first, 'paragraph 1');
    expect(first.text.startsWith('MOSCOW – Russian President Vladimir Putin')).toBe(true);
  });

  it('reproduces the shipped text verbatim, less the trailing Telegram promotion', () => {
    const blocks = text.split('\n\n');
    const body = blocks.slice(2, -1);
    expect(blocks.at(-1)).toMatch(/^Join ST's Telegram channel/);
    // Trailing white space at a paragraph's end (one no-break space in the source) is not kept.
    expect(story.paragraphs.map((p) => p.text)).toEqual(body.map((b) => b.replace(/[\s\u00a0]+$/, '')));
    expect(story.paragraphs.some((p) => p.text.includes('Telegram'))).toBe(false);
  });

  it("keeps the article's own misspelling 'Nagorno-Karabkah'", () => {
    const p21 = story.paragraphs[20];
    assert.exists(p21, 'paragraph 21');
    expect(p21.text).toContain('Nagorno-Karabkah');
  });
});

describe('the passage-to-place index', () => {
  const mentions = story.paragraphs.flatMap((p) => p.mentions.map((m) => ({ p, m })));

  it.each(mentions.map(({ p, m }) => [p.n, m.text, m.target] as const))('p%i: the words %j occur in the paragraph (-> %s)', (n, words) => {
    const paragraph = story.paragraphs[n - 1];
    assert.exists(paragraph, `paragraph ${n}`);
    const mention = paragraph.mentions.find((m) => m.text === words);
    assert.exists(mention, `the mention ${JSON.stringify(words)}`);
    expect(locateMention(paragraph, mention)).not.toBeNull();
  });

  it('no two mentions in a paragraph overlap', () => {
    for (const p of story.paragraphs) {
      const spans = p.mentions.map((m) => locateMention(p, m)).sort((a, b) => located(a).start - located(b).start);
      for (let i = 1; i < spans.length; i++) expect(located(spans[i]).start).toBeGreaterThanOrEqual(located(spans[i - 1]).end);
    }
  });

  it.each(mentions.map(({ p, m }) => [p.n, m.target] as const))('p%i: target %s is a layer of the contract', (_n, target) => {
    expect(LAYER_IDS as readonly string[]).toContain(parseRef(target)?.layer);
  });

  it.each(mentions.map(({ p, m }) => [p.n, m.target] as const))('p%i: target %s exists in geodata/', (_n, target) => {
    const ref = parseRef(target);
    assert.isNotNull(ref, `parseRef(${JSON.stringify(target)})`);
    const { layer, id } = ref;
    const ids = geodataIds(layer);
    expect(ids, `geodata/${layer}.geojson is missing`).not.toBeNull();
    assert.isNotNull(ids);
    if (id !== null) expect([...ids]).toContain(id);
  });

  // The ties the issue asks for: the passage (a paragraph or sentence) ties to the target through
  // a mention inside it. Mentions mark a few key words, since a button cannot wrap like text.
  const required: [string, string][] = [
    ["Both countries are located near Russia's\u00a0southern border.", 'russia-border'],
    ['re-established full control over the territory in a six-week conflict in 2020', 'regained-2020'],
    ['swathes of territory near Nagorno-Karabkah', 'nagorno-karabakh/nkao'],
    ['swathes of territory near Nagorno-Karabkah', 'held-1994/held-1994'],
    ['linked to the disputed territory of Nagorno-Karabakh', 'nagorno-karabakh/nkao'],
    ['Azerbaijan regained those territories in the 2020 fighting', 'regained-2020'],
    ['(2pm Singapore time)', 'places/singapore'],
    ['as well as the United Nations Security Council', 'places/new-york'],
    ['Azerbaijan had attacked Armenia’s positions', 'clashes-2022'],
    ['on its border', 'clashes-2022'],
    ['French President Emmanuel Macron', 'places/paris'],
    ['United States Secretary of State Antony Blinken', 'places/washington'],
  ];
  it.each(required)('the passage %j ties to %s through a mention inside it', (passage, target) => {
    const hits = story.paragraphs.filter((p) => p.text.includes(passage));
    expect(hits, 'the passage is in the article').toHaveLength(1);
    const [p] = hits;
    assert.exists(p, 'the paragraph with the passage');
    const start = p.text.indexOf(passage);
    const inside = p.mentions.filter((m) => {
      const at = locateMention(p, m);
      return m.target === target && at !== null && at.start >= start && at.end <= start + passage.length;
    });
    expect(inside.length).toBeGreaterThan(0);
  });

  it('mentions are short enough to sit in a line of text (at most 32 characters)', () => {
    for (const { p, m } of mentions) expect(m.text.length, `p${p.n}: ${m.text}`).toBeLessThanOrEqual(32);
  });

  it('every paragraph naming a far place ties it to places/', () => {
    const far = { Moscow: 'places/moscow', Singapore: 'places/singapore', Macron: 'places/paris', Blinken: 'places/washington' };
    for (const [word, target] of Object.entries(far)) {
      for (const p of story.paragraphs.filter((q) => q.text.includes(word))) {
        expect(
          p.mentions.some((m) => m.target === target),
          `p${p.n} names ${word}`,
        ).toBe(true);
      }
    }
  });
});
