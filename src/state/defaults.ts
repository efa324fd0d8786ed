import { clampDate, LAST_DATE } from '../core/dates.ts';
import { DEFAULT_GROUP_LAYERS, DEFAULT_VISIBLE_LAYERS } from '../data/layers.ts';
import type { StorySettings } from '../story/model.ts';
import { bundledStory, DEFAULT_STORY_ID } from '../story/registry.ts';

/**
 * What a link that does not say opens with: the date, layers and layer group of its story. Used
 * where a bundled story's settings are missing (a build without the default story's file): the
 * last day of the timeline and every layer.
 */
export const FALLBACK_SETTINGS: StorySettings = {
  date: LAST_DATE,
  layers: [...DEFAULT_VISIBLE_LAYERS],
  group: { title: 'Layers', layers: [...DEFAULT_GROUP_LAYERS] },
  events: [],
};

/** The story a reader opened from a text or a file, rather than a bundled one. */
export const PASTED = 'pasted';

/**
 * The id of a bundled story or `PASTED`; undefined for the default story and for ids the atlas
 * lacks.
 */
export function storyIdOf(id: string | undefined): string | undefined {
  if (id === PASTED) return id;
  return id !== undefined && id !== DEFAULT_STORY_ID && bundledStory(id) !== null ? id : undefined;
}

/**
 * The settings of the bundled story a state shows (`story` absent: the default story). A pasted
 * story carries its own; until it is read, and for a link that names a story the atlas lacks, the
 * fallback.
 */
export function settingsOf(story: string | undefined): StorySettings {
  return bundledStory(story ?? DEFAULT_STORY_ID)?.settings ?? FALLBACK_SETTINGS;
}

/** The date a story opens at, within the timeline's range. */
export function defaultDateOf(story: string | undefined): string {
  return clampDate(settingsOf(story).date);
}
