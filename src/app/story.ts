import { mergeEvents, type TimelineEvent } from '../core/events.ts';
import { parseRef, type Ref } from '../core/ref.ts';
import { HISTORY_EVENTS } from '../data/events.ts';
import { settingsOf } from '../state/defaults.ts';
import type { Store } from '../state/store.ts';
import { loadStory } from '../story/load.ts';
import type { Story, StorySettings } from '../story/model.ts';
import { buildPassageIndex, type PassageIndex } from '../story/passages.ts';
import { bundledStory, DEFAULT_STORY_ID } from '../story/registry.ts';
import { ArticlePanel } from '../views/article-panel.ts';
import { el } from '../views/dom.ts';
import type { LayerPanel } from '../views/layer-panel.ts';
import type { Notices } from '../views/notices.ts';
import type { Timeline } from '../views/timeline.ts';
import type { Dispose } from './dispose.ts';

/** The story on the page: its text in the article panel, and the passage index the popups quote. */
export interface ShownStory {
  story: Story;
  settings: StorySettings;
  index: PassageIndex;
  panel: ArticlePanel;
  /** What readers are told the story is ("In the article"). */
  noun: string;
}

export interface StoryDeps {
  store: Store;
  /** The `<article>` element the story goes in. */
  root: HTMLElement;
  layerPanel: Pick<LayerPanel, 'setGroup'>;
  timeline: Pick<Timeline, 'setEvents'>;
  notices: Pick<Notices, 'show'>;
  /** A mention was activated. */
  onMention: (target: Ref, paragraph: number) => void;
  /** The pointer or focus entered a mention (its target) or left it (null). */
  onMentionHover: (target: Ref | null) => void;
  /** Fetches a bundled story by URL (tests pass their own). */
  load?: (url: string) => Promise<Story>;
}

export interface StorySession {
  /** The story shown, or null while it loads or when it failed. */
  current(): ShownStory | null;
  /** Settles when the first story is shown, or has failed to load. */
  ready: Promise<void>;
  /** The timeline's events for the story: the shared history and the story's own. */
  events(): readonly TimelineEvent[];
  /** Called each time a story is shown. */
  subscribe(listener: (shown: ShownStory) => void): Dispose;
  dispose: Dispose;
}

/**
 * Applies `story`: the layer panel's group and the timeline's events follow the story's settings at
 * once; its text is fetched and rendered in the article panel, whatever happens to the map, so it
 * stays readable without WebGL. A story that cannot be loaded leaves a message in the panel.
 */
export function connectStory(deps: StoryDeps): StorySession {
  const { store, root, layerPanel, timeline, notices } = deps;
  const load = deps.load ?? loadStory;
  const listeners = new Set<(shown: ShownStory) => void>();
  let shown: ShownStory | null = null;
  let events: readonly TimelineEvent[] = [];
  let token = 0;

  const show = async (id: string | undefined): Promise<void> => {
    const mine = ++token;
    const settings = settingsOf(id);
    layerPanel.setGroup(settings.group);
    events = mergeEvents(HISTORY_EVENTS, settings.events);
    timeline.setEvents(events);
    shown?.panel.remove();
    shown = null;
    const entry = bundledStory(id ?? DEFAULT_STORY_ID);
    try {
      if (!entry) throw new Error('the story is missing from this build');
      const story = await load(entry.url);
      if (mine !== token) return;
      const panel = new ArticlePanel(root, story, {
        onMention: (mention, n) => {
          const target = parseRef(mention.target);
          if (target) deps.onMention(target, n);
        },
        onMentionHover: (target) => {
          deps.onMentionHover(target === null ? null : parseRef(target));
        },
      });
      const current: ShownStory = { story, settings, index: buildPassageIndex(story), panel, noun: story.kind ?? 'article' };
      shown = current;
      root.ownerDocument.title = `${story.title} — Caucasus Atlas`;
      for (const listener of [...listeners]) listener(current);
    } catch (err: unknown) {
      if (mine !== token) return;
      const message = err instanceof Error ? err.message : 'the article could not be loaded';
      root.replaceChildren(el('p', 'article__error', `Sorry: ${message}. The map still works.`));
      notices.show(`Could not show the article: ${message}.`, 'error');
    }
  };

  const ready = show(store.state.story);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.story !== prev.story) void show(state.story);
  });
  return {
    current: () => shown,
    events: () => events,
    ready,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      unsubscribe();
      token++;
      shown?.panel.remove();
      shown = null;
      listeners.clear();
    },
  };
}
