import { cleanStory } from '../story/clean.ts';
import type { Story } from '../story/model.ts';

/** Where the story a reader opened is kept, so it survives a reload. */
const KEY = 'caucasus-atlas:pasted-story';

/** Keeps the story in the browser's storage; false when storage is off or full. */
export function savePasted(story: Story, storage: Storage | null = safeStorage()): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify(story));
    return storage !== null;
  } catch {
    return false;
  }
}

/** The story kept in the browser, checked; null when there is none or it cannot be read. */
export function readPasted(storage: Storage | null = safeStorage()): { story: Story; dropped: number } | null {
  try {
    const text = storage?.getItem(KEY);
    return text ? cleanStory(JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

// Reading localStorage throws where the reader has turned storage off.
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
