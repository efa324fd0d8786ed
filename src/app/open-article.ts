import type { Actions } from '../state/actions.ts';
import { settingsForStory } from '../state/settings.ts';
import { cleanStory } from '../story/clean.ts';
import type { Story } from '../story/model.ts';
import { encodeStory, MAX_PAYLOAD } from '../story/share.ts';
import type { Notices } from '../views/notices.ts';
import { OpenDialog } from '../views/open-dialog.ts';
import type { Dispose } from './dispose.ts';
import type { StorySession } from './story.ts';

export interface OpenArticleDeps {
  /** Where the "Open an article" button goes. */
  host: HTMLElement;
  actions: Pick<Actions, 'openPastedStory'>;
  session: Pick<StorySession, 'showPasted'>;
  notices: Pick<Notices, 'show'>;
  /** Today, YYYY-MM-DD: the date of a text that gives none. */
  today?: () => string;
}

/**
 * The "Open an article" button and dialog: a pasted text or a chosen file becomes the story on the
 * page, linked at once, kept in this browser, and carried by the link when it fits in one. The
 * linker and the gazetteer are fetched only when the dialog opens.
 */
export function connectOpenArticle(deps: OpenArticleDeps): Dispose {
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const linking = (): Promise<typeof import('./link-text.ts')> => import('./link-text.ts');

  const show = (story: Story, dropped = 0): void => {
    deps.session.showPasted(story);
    const payload = encodeStory(story);
    const settings = story.map ?? settingsForStory(story, []);
    deps.actions.openPastedStory(settings, payload.length <= MAX_PAYLOAD ? payload : null);
    if (dropped > 0)
      deps.notices.show(
        `${dropped} link${dropped === 1 ? '' : 's'} in that file named places the map does not have; ${dropped === 1 ? 'it was' : 'they were'} left out.`,
      );
  };

  const dialog = new OpenDialog({
    onOpen: () => {
      void linking().then((m) => {
        m.prefetch();
      });
    },
    onText: async (text, date) => {
      const { storyFromText } = await linking();
      const { story, dateFrom } = await storyFromText(text, date, today());
      const found = (story.titleMentions?.length ?? 0) + story.paragraphs.reduce((n, p) => n + p.mentions.length, 0);
      if (found === 0) return 'The atlas found no places it knows in this text. Is it about the Armenia–Azerbaijan conflict?';
      show(story);
      if (dateFrom === 'today')
        deps.notices.show(
          'The text gives no date, so it is dated today and the map shows today’s lines. If the article is older, open it again with its date.',
        );
      return null;
    },
    onStoryFile: (json) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(json) as unknown;
      } catch {
        return Promise.resolve('That file is not valid JSON. Choose a story .json the atlas or its command line made, or paste the text instead.');
      }
      const { story, dropped } = cleanStory(parsed);
      show(story, dropped);
      return Promise.resolve(null);
    },
  });
  deps.host.append(dialog.button);
  deps.host.ownerDocument.body.append(dialog.element);
  return () => {
    dialog.remove();
  };
}
