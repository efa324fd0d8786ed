import type { LinkedBlock, LinkedMention } from './link/linker.ts';
import type { Mention, Paragraph, Story, StorySettings } from './model.ts';
import type { PlainStory } from './text.ts';

/**
 * A story made from a plain text and what the linker found in it: the JSON the app loads and the
 * command line prints. `blocks` are the linker's results for the title, then each paragraph.
 *
 * @example
 * composeStory(parsePlainStory(text), linkBlocks([title, ...paragraphs], date, index), date, settings)
 */
export function composeStory(plain: PlainStory, blocks: readonly LinkedBlock[], date: string, settings: StorySettings): Story {
  const [titleBlock, ...bodyBlocks] = blocks;
  const paragraphs: Paragraph[] = plain.paragraphs.map((text, i) => ({ n: i + 1, text, mentions: mentionsOf(text, bodyBlocks[i]) }));
  const missing = blocks.flatMap((b, i) => b.missing.map((m) => ({ text: m.text, paragraph: i })));
  const story: Story = {
    id: storyId(plain, date),
    title: plain.title,
    outlet: plain.outlet ?? '',
    agencies: plain.source !== null && plain.source !== plain.outlet ? [plain.source] : [],
    date,
    kind: 'article',
    url: plain.url,
    titleMentions: mentionsOf(plain.title, titleBlock),
    map: settings,
    linked: { by: 'linker', notOnMap: [...new Map(missing.map((m) => [m.text, m])).values()] },
    paragraphs,
  };
  return story;
}

/** The `layer/id` targets a set of linked blocks names, each once, in reading order. */
export function targetsOf(blocks: readonly LinkedBlock[]): string[] {
  return [...new Set(blocks.flatMap((b) => b.mentions.map((m) => m.target)))];
}

function mentionsOf(text: string, block: LinkedBlock | undefined): Mention[] {
  return (block?.mentions ?? []).map((m) => toMention(text, m));
}

function toMention(text: string, m: LinkedMention): Mention {
  const mention: Mention = { text: m.text, target: m.target, role: m.role, confidence: m.confidence };
  const nth = occurrence(text, m.text, m.start);
  if (nth > 0) mention.nth = nth;
  return mention;
}

// Which occurrence of `words` starts at `start`, counted the way locateMention finds them.
function occurrence(text: string, words: string, start: number): number {
  let n = 0;
  for (let at = text.indexOf(words); at >= 0 && at < start; at = text.indexOf(words, at + 1)) n++;
  return n;
}

// A stable id from the date and the title: the same text gives the same story, and links to it.
function storyId(plain: PlainStory, date: string): string {
  let h = 2166136261;
  for (const ch of `${plain.title}\n${plain.paragraphs.join('\n')}`) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return `pasted-${date}-${h.toString(36)}`;
}
