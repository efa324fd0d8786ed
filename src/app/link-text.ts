import { settingsForStory } from '../state/settings.ts';
import { composeStory, targetsOf } from '../story/compose.ts';
import { linkBlocks } from '../story/link/linker.ts';
import { loadGazetteer } from '../story/load-gazetteer.ts';
import type { Story } from '../story/model.ts';
import { parsePlainStory } from '../story/text.ts';

/** Where a pasted story's date came from: the dialog's field, the text, or neither (today). */
export type DateFrom = 'field' | 'text' | 'today';

/**
 * A plain text linked into a story, as the command line makes it. Loaded on demand (with the
 * gazetteer) when the reader opens the "Open an article" dialog. `date` overrides the text's own
 * (a `Date:` line, a line that is only a date, a dateline); `today` is used when neither gives one.
 */
export async function storyFromText(text: string, date: string | null, today: string): Promise<{ story: Story; dateFrom: DateFrom }> {
  const plain = parsePlainStory(text);
  const index = await loadGazetteer();
  const day = date ?? plain.date ?? today;
  const dateFrom: DateFrom = date !== null ? 'field' : plain.date !== null ? 'text' : 'today';
  const blocks = linkBlocks([plain.title, ...plain.paragraphs], day, index);
  const story = composeStory(plain, blocks, day, settingsForStory({ date: day, title: plain.title, outlet: plain.outlet ?? '' }, targetsOf(blocks)));
  return { story, dateFrom };
}

/** Starts fetching the gazetteer, so it is in by the time the reader has pasted a text. */
export function prefetch(): void {
  loadGazetteer().catch(() => undefined);
}
