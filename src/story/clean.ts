import { parseRef } from '../core/ref.ts';
import { locateMention, storyProblems, type Mention, type Story } from './model.ts';

/** Most paragraphs and mentions a story may have: a long feature has 150 paragraphs. */
const MAX_PARAGRAPHS = 2000;
const MAX_MENTIONS = 20_000;

/**
 * A story from outside (a file a reader chose, a link, the browser's storage) made safe to show:
 * its shape checked, and every mention whose target names no layer of the map, or whose words are
 * not in its paragraph, dropped and counted. Throws an Error with a reader-facing message when it is
 * not a story at all.
 */
export function cleanStory(json: unknown): { story: Story; dropped: number } {
  const problems = storyProblems(json);
  if (problems.length > 0) throw new Error(`this is not a story the atlas can read: ${problems.slice(0, 3).join('; ')}`);
  const story = json as Story;
  if (story.paragraphs.length > MAX_PARAGRAPHS) throw new Error(`the story has more than ${MAX_PARAGRAPHS} paragraphs`);
  let dropped = 0;
  let kept = 0;
  const keep = (text: string, mentions: Mention[]): Mention[] =>
    mentions.filter((m) => {
      const ok = parseRef(m.target) !== null && locateMention({ n: 0, text, mentions: [] }, m) !== null && kept < MAX_MENTIONS;
      if (ok) kept++;
      else dropped++;
      return ok;
    });
  const out: Story = { ...story, paragraphs: story.paragraphs.map((p) => ({ ...p, mentions: keep(p.text, p.mentions) })) };
  if (story.titleMentions) out.titleMentions = keep(story.title, story.titleMentions);
  return { story: out, dropped };
}
