import { formatRef } from '../core/ref.ts';
import { locateMention, type Mention, type Story } from './model.ts';

/** One article passage tied to a target: the paragraph and where the mention sits in it. */
export interface Passage {
  /** Paragraph number. */
  n: number;
  paragraphText: string;
  mention: Mention;
  start: number;
  end: number;
}

/** Passages by target, both ways: which passages speak of a feature, which places a paragraph names. */
export interface PassageIndex {
  /**
   * Passages about one feature: those naming it (`layer/id`) and those naming its whole layer,
   * one per paragraph, in reading order.
   */
  forFeature(layer: string, id: string): Passage[];
  /** Passages naming a whole layer only. */
  forLayer(layer: string): Passage[];
  /** Every target the story names, in reading order, without repeats. */
  targets(): string[];
}

/**
 * Builds the passage-to-place index of a story.
 *
 * @example
 * buildPassageIndex(story).forFeature('nagorno-karabakh', 'nkao').map((p) => p.n) // [3, 21]
 */
export function buildPassageIndex(story: Story): PassageIndex {
  const byTarget = new Map<string, Passage[]>();
  for (const paragraph of story.paragraphs) {
    for (const mention of paragraph.mentions) {
      const at = locateMention(paragraph, mention);
      if (!at) continue;
      const list = byTarget.get(mention.target) ?? [];
      list.push({ n: paragraph.n, paragraphText: paragraph.text, mention, start: at.start, end: at.end });
      byTarget.set(mention.target, list);
    }
  }
  const onePerParagraph = (passages: Passage[]): Passage[] => {
    const seen = new Set<number>();
    return passages
      .slice()
      .sort((a, b) => a.n - b.n || a.start - b.start)
      .filter((p) => (seen.has(p.n) ? false : (seen.add(p.n), true)));
  };
  return {
    forFeature: (layer, id) => onePerParagraph([...(byTarget.get(formatRef({ layer, id })) ?? []), ...(byTarget.get(layer) ?? [])]),
    forLayer: (layer) => onePerParagraph(byTarget.get(layer) ?? []),
    targets: () => [...byTarget.keys()],
  };
}

/**
 * Cuts a quote out of a paragraph around a mention: whole when short, otherwise about `radius`
 * characters either side, at word boundaries, with ellipses where text was left out.
 *
 * @example
 * excerpt('aaa bbb ccc ddd', 8, 11, 4) // { before: '…bbb ', words: 'ccc', after: ' ddd' }
 */
export function excerpt(text: string, start: number, end: number, radius = 110): { before: string; words: string; after: string } {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space >= end ? space : to;
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    words: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}
