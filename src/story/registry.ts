import { settingsProblems, type StorySettings } from './model.ts';

/**
 * The stories bundled with the atlas: every JSON file in `stories/`. Each file's `map` settings
 * are in the page's code, so the first view needs no request for them; the whole story is fetched
 * by URL, beside the map's start-up. Adding a story is adding a file: no code names one, except
 * `DEFAULT_STORY_ID` (default.ts).
 */
export interface BundledStory {
  id: string;
  /** Where the whole story file is served from. */
  url: string;
  settings: StorySettings;
}

export { DEFAULT_STORY_ID } from './default.ts';

const SETTINGS = import.meta.glob<unknown>('./stories/*.json', { eager: true, import: 'map' });
const URLS = import.meta.glob<string>('./stories/*.json', { eager: true, query: '?url', import: 'default' });

// Fixture stories for the browser tests, in a build made with VITE_TEST_STORIES=1 only.
const FIXTURE_SETTINGS: Record<string, unknown> = import.meta.env.VITE_TEST_STORIES
  ? import.meta.glob<unknown>('../../tests/fixtures/stories/*.json', { eager: true, import: 'map' })
  : {};
const FIXTURE_URLS: Record<string, string> = import.meta.env.VITE_TEST_STORIES
  ? import.meta.glob<string>('../../tests/fixtures/stories/*.json', { eager: true, query: '?url', import: 'default' })
  : {};

const STORIES = collectStories({ ...SETTINGS, ...FIXTURE_SETTINGS }, { ...URLS, ...FIXTURE_URLS });

/** The bundled story with this id, or null. */
export function bundledStory(id: string): BundledStory | null {
  return STORIES.get(id) ?? null;
}

/** Every bundled story, by id. */
export function bundledStoryIds(): string[] {
  return [...STORIES.keys()];
}

/**
 * Pairs each story file's settings with its URL, keyed by the file name less `.json`. A file whose
 * settings are missing or malformed is left out with a warning that names it, so one broken file
 * cannot stop the app.
 *
 * @example
 * collectStories({ './stories/a.json': settings }, { './stories/a.json': '/assets/a-1.json' }).get('a')?.url // '/assets/a-1.json'
 */
export function collectStories(
  settings: Record<string, unknown>,
  urls: Record<string, string>,
  warn: (message: string) => void = console.warn,
): Map<string, BundledStory> {
  const stories = new Map<string, BundledStory>();
  for (const [path, value] of Object.entries(settings).sort(([a], [b]) => a.localeCompare(b))) {
    const id = /([^/]+)\.json$/.exec(path)?.[1];
    const url = urls[path];
    if (!id || !url) continue;
    const problems = settingsProblems(value);
    if (problems.length > 0) {
      warn(`story ${path} is left out: ${problems.join('; ')}`);
      continue;
    }
    stories.set(id, { id, url, settings: value as StorySettings });
  }
  return stories;
}
