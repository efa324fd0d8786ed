/**
 * Scoring the linker against hand-made mentions: a found mention is right when it lies in the same
 * block, its words overlap the hand-made one's, and it has the same target. Precision is the share of
 * found mentions that are right; recall, the share of hand-made ones found.
 */
import { locateMention, type Mention, type Story } from '../../src/story/model.ts';
import type { LinkedBlock } from '../../src/story/link/linker.ts';

export interface Scored {
  block: number;
  start: number;
  end: number;
  text: string;
  target: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Hand-made mentions not found, or found with another target. */
  missed: (Scored & { found?: string })[];
  /** Found mentions with no hand-made one. */
  extra: Scored[];
}

/** The name mentions of a story (title first, as block 0), without the editor's passage ties. */
export function goldOf(story: Story): Scored[] {
  const blocks: { text: string; mentions: Mention[] }[] = [{ text: story.title, mentions: story.titleMentions ?? [] }, ...story.paragraphs];
  return blocks.flatMap((b, block) =>
    b.mentions
      .filter((m) => m.passage !== true)
      .flatMap((m) => {
        const at = locateMention({ n: block, text: b.text, mentions: [] }, m);
        return at ? [{ block, start: at.start, end: at.end, text: m.text, target: m.target }] : [];
      }),
  );
}

/** The linker's mentions, block by block. */
export function foundOf(blocks: readonly LinkedBlock[]): Scored[] {
  return blocks.flatMap((b, block) => b.mentions.map((m) => ({ block, start: m.start, end: m.end, text: m.text, target: m.target })));
}

export function score(gold: readonly Scored[], found: readonly Scored[]): Score {
  const used = new Set<number>();
  const missed: Score['missed'] = [];
  let tp = 0;
  for (const g of gold) {
    const overlapping = found.map((f, i) => ({ f, i })).filter(({ f, i }) => !used.has(i) && f.block === g.block && f.start < g.end && g.start < f.end);
    const right = overlapping.find(({ f }) => f.target === g.target);
    if (right) {
      used.add(right.i);
      tp++;
    } else {
      missed.push({ ...g, ...(overlapping[0] ? { found: overlapping[0].f.target } : {}) });
    }
  }
  const extra = found.filter((_, i) => !used.has(i));
  const fp = extra.length;
  const fn = gold.length - tp;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = gold.length === 0 ? 1 : tp / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1, missed, extra };
}

/**
 * A text annotated by hand, `[[words|layer/id]]` around each name, as the plain text the linker
 * reads and the mentions it should find (block 0 the title, as `parsePlainStory` makes them).
 *
 * @example
 * annotated('Title: Hit\n\nShelling near [[Goris|places/goris]].').gold // [{ block: 1, text: 'Goris', target: 'places/goris', … }]
 */
export function annotated(raw: string, parse: (text: string) => { title: string; paragraphs: string[] }): { text: string; gold: Scored[] } {
  const MARK = /\[\[([^|\]]+)\|([^\]]+)\]\]/g;
  const text = raw.replace(MARK, '$1');
  // The same parse, with the marks kept as private-use characters, gives each mention's block and offset.
  const marked = parse(raw.replace(MARK, '\uE000$1\uE001$2\uE002'));
  const gold: Scored[] = [];
  [marked.title, ...marked.paragraphs].forEach((block, b) => {
    let out = '';
    for (let i = 0; i < block.length; ) {
      if (block[i] !== '\uE000') {
        out += block[i] ?? '';
        i++;
        continue;
      }
      const mid = block.indexOf('\uE001', i);
      const end = block.indexOf('\uE002', mid);
      const words = block.slice(i + 1, mid);
      gold.push({ block: b, start: out.length, end: out.length + words.length, text: words, target: block.slice(mid + 1, end) });
      out += words;
      i = end + 1;
    }
  });
  return { text, gold };
}
