import type { Story } from '../../src/story/model.ts';
import { type Payload, wellFormed } from './xss.ts';

/** A payload that fits on one line, for fields a reader sees in one (the title, the outlet). */
const oneLine = (p: Payload): boolean => !/[\n\r\u2028\u2029]/.test(p.text) && p.text.length < 200;

/**
 * A story whose every string field carries payloads: title, kind, outlet, agencies, url, caption,
 * the layer group's title, the events' captions and sources, one paragraph per payload (its words a
 * mention of Goris), and mentions whose target is a payload. tests/fixtures/stories/xss-hostile.json
 * is this story (REGEN=1 rewrites it: tests/unit/xss/story-fixture.test.ts), bundled in the test
 * build and opened with `#story=xss-hostile`. A file is UTF-8, so a lone surrogate is U+FFFD here
 * (Vite's JSON loader also refuses the escape `\ud800`).
 */
export function hostileStory(all: readonly Payload[], id = 'xss-hostile'): Story {
  const payloads = all.map((p) => ({ ...p, text: wellFormed(p.text) }));
  const short = payloads.filter(oneLine).map((p) => p.text);
  const pick = (i: number): string => short[i % short.length] ?? '';
  return {
    id,
    kind: pick(0),
    title: `${pick(1)} near Goris`,
    outlet: pick(2),
    agencies: [pick(3), pick(4)],
    date: '2022-09-13',
    url: 'javascript:alert(1)',
    caption: { text: pick(5), credit: pick(6) },
    titleMentions: [{ text: 'Goris', target: 'places/goris' }],
    map: {
      date: '2022-09-13',
      layers: ['countries', 'clashes-2022', 'places'],
      group: { title: pick(7), layers: ['countries', 'clashes-2022', 'places'] },
      events: [
        { date: '2022-09-13', caption: pick(8), source: pick(9), frame: 'clashes-2022' },
        { date: '2022-09-14', caption: pick(10), source: pick(11) },
      ],
    },
    paragraphs: payloads.map((p, i) => ({
      n: i + 1,
      text: `${p.text} — shells hit Goris.`,
      mentions: [
        { text: p.text, target: 'places/goris' },
        { text: 'Goris', target: pick(12 + i) },
      ],
    })),
  };
}
