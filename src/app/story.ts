import { mergeEvents, type TimelineEvent } from '../core/events.ts';
import { parseRef, type Ref } from '../core/ref.ts';
import { HISTORY_EVENTS } from '../data/events.ts';
import { PASTED, settingsOf } from '../state/defaults.ts';
import { settingsForStory } from '../state/settings.ts';
import type { AppState } from '../state/state.ts';
import type { Store } from '../state/store.ts';
import { loadStory } from '../story/load.ts';
import type { Story, StorySettings } from '../story/model.ts';
import { buildPassageIndex, type PassageIndex } from '../story/passages.ts';
import { bundledStory, DEFAULT_STORY_ID } from '../story/registry.ts';
import { decodeStory } from '../story/share.ts';
import { ArticlePanel } from '../views/article-panel.ts';
import { el } from '../views/dom.ts';
import type { LayerPanel } from '../views/layer-panel.ts';
import type { Notices } from '../views/notices.ts';
import type { Timeline } from '../views/timeline.ts';
import type { Dispose } from './dispose.ts';
import { readPasted, savePasted } from './pasted-store.ts';

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
  /** Shows a story the reader opened and keeps it in this browser; the state follows with `openPastedStory`. */
  showPasted(story: Story): void;
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

  const applySettings = (settings: StorySettings): void => {
    layerPanel.setGroup(settings.group);
    events = mergeEvents(HISTORY_EVENTS, settings.events);
    timeline.setEvents(events);
  };

  const render = (story: Story, settings: StorySettings): void => {
    shown?.panel.remove();
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
  };

  const fail = (err: unknown): void => {
    const message = err instanceof Error ? err.message : 'the article could not be loaded';
    shown?.panel.remove();
    shown = null;
    root.replaceChildren(el('p', 'article__error', `Sorry: ${message}. The map still works.`));
    notices.show(`Could not show the article: ${message}.`, 'error');
  };

  const dropNotice = (dropped: number): void => {
    if (dropped > 0)
      notices.show(
        `${dropped} link${dropped === 1 ? '' : 's'} in this story named places the map does not have; ${dropped === 1 ? 'it was' : 'they were'} left out.`,
      );
  };

  // A reader's own story: from the link when it carries one, else from this browser's storage.
  const showPasted = (state: AppState): void => {
    let got: { story: Story; dropped: number } | null;
    try {
      got = state.pasted !== undefined ? decodeStory(state.pasted) : readPasted();
    } catch (err: unknown) {
      fail(err);
      return;
    }
    if (!got) {
      fail(new Error('the story you opened is no longer kept in this browser'));
      return;
    }
    if (shown?.story.id === got.story.id) return; // already on the page
    const settings = got.story.map ?? settingsForStory(got.story, []);
    applySettings(settings);
    render(got.story, settings);
    dropNotice(got.dropped);
    if (state.pasted !== undefined) savePasted(got.story);
  };

  const show = async (state: AppState): Promise<void> => {
    const mine = ++token;
    if (state.story === PASTED) {
      showPasted(state);
      return;
    }
    const id = state.story;
    applySettings(settingsOf(id));
    shown?.panel.remove();
    shown = null;
    const entry = bundledStory(id ?? DEFAULT_STORY_ID);
    try {
      if (!entry) throw new Error('the story is missing from this build');
      const story = await load(entry.url);
      if (mine !== token) return;
      render(story, settingsOf(id));
    } catch (err: unknown) {
      if (mine === token) fail(err);
    }
  };

  const ready = show(store.state);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.story !== prev.story || state.pasted !== prev.pasted) void show(state);
  });
  return {
    showPasted: (story) => {
      token++;
      const kept = savePasted(story);
      if (!kept)
        notices.show('This browser does not keep data for the atlas, so the story will be gone after a reload. Copy its link or download it to keep it.');
      const settings = story.map ?? settingsForStory(story, []);
      applySettings(settings);
      render(story, settings);
    },
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
