// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanStory } from '../../../src/story/clean.ts';
import type { Story } from '../../../src/story/model.ts';
import { buildPassageIndex } from '../../../src/story/passages.ts';
import { decodeStory, encodeStory } from '../../../src/story/share.ts';
import { ArticlePanel } from '../../../src/views/article-panel.ts';
import { LayerPanel } from '../../../src/views/layer-panel.ts';
import { renderPopup } from '../../../src/views/popup-content.ts';
import { Timeline } from '../../../src/views/timeline.ts';
import { PAYLOADS, unsafeMarkup } from '../../support/xss.ts';

// Every string field of a story JSON carries the payload: title, outlet, agencies, caption, the
// paragraph text, a mention's words, a mention's target, the layer group's title, an event's
// caption and source, and a name the linker could not place.
function hostileStory(p: string): Story {
  return {
    id: 'xss',
    kind: 'report',
    title: `${p} near Goris`,
    outlet: p,
    agencies: [p],
    date: '2022-09-13',
    url: p,
    caption: { text: p, credit: p },
    titleMentions: [{ text: p, target: 'places/goris' }],
    map: {
      date: '2022-09-13',
      layers: ['places'],
      group: { title: p, layers: ['places'] },
      events: [{ date: '2022-09-13', caption: p, source: p }],
    },
    linked: { by: 'linker', notOnMap: [{ text: p, paragraph: 1 }] },
    paragraphs: [
      {
        n: 1,
        text: `Before ${p} after; shells hit Kapan.`,
        mentions: [
          { text: p, target: 'places/goris' },
          { text: 'Kapan', target: p },
        ],
      },
    ],
  };
}

const handlers = { onMention: vi.fn(), onMentionHover: vi.fn() };
afterEach(() => {
  document.body.replaceChildren();
});

describe.each(PAYLOADS.map((p, i) => [i, p.category, p.text] as const))('story field payload %i (%s)', (_i, _category, p) => {
  it('the article panel shows every field as text and makes no markup', () => {
    const root = document.createElement('article');
    document.body.append(root);
    const panel = new ArticlePanel(root, hostileStory(p), handlers);
    expect(unsafeMarkup(root)).toEqual([]);
    expect(root.querySelector('.article__title')?.textContent).toBe(`${p} near Goris`);
    expect(root.querySelector('.article__outlet')?.textContent).toContain(`${p} (${p}) · `);
    expect(root.querySelector('figcaption')?.textContent).toBe(`${p} ${p}`);
    expect(root.querySelector('#p1')?.textContent).toBe(`1Before ${p} after; shells hit Kapan.`);
    expect([...root.querySelectorAll('#p1 button.mention')].map((b) => b.textContent)).toContain(p);
    // A target is only ever a data attribute; a click on it asks for nothing the map lacks.
    const kapan = [...root.querySelectorAll<HTMLButtonElement>('#p1 button.mention')].find((b) => b.textContent === 'Kapan');
    if (kapan) expect(kapan.dataset.target).toBe(p);
    expect(root.querySelector('.article__missing li')?.textContent).toBe(`${p} (¶1)`);
    panel.remove();
  });

  it('a story from a file or a link keeps every word, drops the unknown target and says so', () => {
    const { story, dropped } = cleanStory(JSON.parse(JSON.stringify(hostileStory(p))) as unknown);
    expect(dropped).toBe(1);
    expect(story.paragraphs[0]?.text).toBe(`Before ${p} after; shells hit Kapan.`);
    expect(story.paragraphs[0]?.mentions).toEqual([{ text: p, target: 'places/goris' }]);
    expect(decodeStory(encodeStory(story))).toEqual({ story, dropped: 0 });
  });

  it('a popup quoting the story shows the words as text', () => {
    const story = hostileStory(p);
    const passages = buildPassageIndex(story).forFeature('places', 'goris');
    expect(passages.length).toBeGreaterThan(0);
    const root = renderPopup([{ layer: 'places', id: 'goris', feature: null, passages, point: null }], 0, { onQuote: vi.fn(), onChoose: vi.fn() }, p);
    expect(unsafeMarkup(root)).toEqual([]);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toContain(p);
    expect(root.querySelector('.atlas-popup__passages-title')?.textContent).toBe(`In the ${p}`);
  });

  it('the timeline and the layer panel show the story’s event and group title as text', () => {
    const timeline = new Timeline({ onDate: vi.fn(), onPlay: vi.fn() });
    document.body.append(timeline.element);
    timeline.setEvents(hostileStory(p).map?.events ?? []);
    timeline.render('2022-09-13');
    expect(unsafeMarkup(timeline.element)).toEqual([]);
    expect(timeline.element.querySelector('.timeline__caption')?.textContent).toBe(`13 Sep 2022: ${p}`);
    expect(timeline.element.querySelector('.timeline__source')?.textContent).toBe(`Source: ${p}`);
    const layers = new LayerPanel(vi.fn());
    document.body.append(layers.element);
    layers.setGroup({ title: p, layers: ['places'] });
    expect(unsafeMarkup(layers.element)).toEqual([]);
    expect([...layers.element.querySelectorAll('legend')].map((l) => l.textContent)).toContain(p);
    timeline.remove();
    layers.remove();
  });
});
