import { settingsForStory } from '../state/settings.ts';
import { composeStory, targetsOf } from '../story/compose.ts';
import { linkBlocks } from '../story/link/linker.ts';
import { loadGazetteer } from '../story/load-gazetteer.ts';
import type { Story } from '../story/model.ts';
import { parsePlainStory } from '../story/text.ts';

/**
 * A plain text linked into a story, as the command line makes it. Loaded on demand (with the
 * gazetteer) when the reader opens the "Open an article" dialog. `date` overrides the text's `Date:`
 * line; `today` is used when neither gives one.
 */
export async function storyFromText(text: string, date: string | null, today: string): Promise<Story> {
  const plain = parsePlainStory(text);
  const index = await loadGazetteer();
  const day = date ?? plain.date ?? today;
  const blocks = linkBlocks([plain.title, ...plain.paragraphs], day, index);
  return composeStory(plain, blocks, day, settingsForStory({ date: day, title: plain.title, outlet: plain.outlet ?? '' }, targetsOf(blocks)));
}

/** Starts fetching the gazetteer, so it is in by the time the reader has pasted a text. */
export function prefetch(): void {
  loadGazetteer().catch(() => undefined);
}
