import type { EntryKind, GazetteerIndex } from '../gazetteer.ts';
import { findSpans, type Missing } from './match.ts';
import { choose, storyContext, type Role } from './resolve.ts';

/** Words of a block linked to a feature of the map. */
export interface LinkedMention {
  /** The exact words, as in the text (a possessive "'s" left out). */
  text: string;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** `layer/id`, or `layer`. */
  target: string;
  role: Role;
  confidence: number;
  /** What the gazetteer calls it, and what it is. */
  name: string;
  kind: EntryKind;
}

export interface LinkedBlock {
  mentions: LinkedMention[];
  /** Place-like names the map lacks ("the village of X"): listed, never guessed. */
  missing: Missing[];
}

/**
 * Links the place names of a story's blocks (title and paragraphs) to the map. Pure: the same in
 * the browser and in Node. `date` (YYYY-MM-DD) is the story's: it decides between entries whose
 * names mean different things over time, such as the Lachin corridor before and after August 2022.
 *
 * @example
 * linkBlocks(['Shelling near Şuşa.'], '2020-10-08', index)[0].mentions[0].target // 'places/shusha'
 */
export function linkBlocks(blocks: readonly string[], date: string, index: GazetteerIndex): LinkedBlock[] {
  const found = blocks.map((text) => findSpans(text, index));
  const context = storyContext(
    found.map((f) => f.spans),
    date,
  );
  return found.map(({ spans, missing }, block) => {
    const text = blocks[block] ?? '';
    const mentions: LinkedMention[] = [];
    for (const span of spans) {
      const choice = choose(span, block, date, context, text.slice(span.end + (span.possessive ? 2 : 0), span.end + 60));
      if (!choice) continue;
      mentions.push({
        text: span.text,
        start: span.start,
        end: span.end,
        target: choice.entry.target,
        role: choice.role,
        confidence: choice.confidence,
        name: choice.entry.name,
        kind: choice.entry.kind,
      });
    }
    return { mentions, missing };
  });
}
