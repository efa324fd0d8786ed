// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { connectStory } from '../../../src/app/story.ts';
import type { TimelineEvent } from '../../../src/core/events.ts';
import { createActions } from '../../../src/state/actions.ts';
import { parseState } from '../../../src/state/hash.ts';
import { Store } from '../../../src/state/store.ts';
import type { Story } from '../../../src/story/model.ts';

const fixture: Story = {
  id: 'fixture-1995',
  title: 'A report',
  outlet: 'Wire',
  agencies: [],
  date: '1995-06-01',
  kind: 'report',
  paragraphs: [
    {
      n: 1,
      text: 'Near Aghdam.',
      mentions: [
        { text: 'Aghdam', target: 'places/aghdam' },
        { text: 'Near', target: 'atlantis/x' },
      ],
    },
  ],
};

function setUp(hash: string, load: (url: string) => Promise<Story> = () => Promise.resolve(fixture)) {
  const store = new Store(parseState(hash));
  const root = document.createElement('article');
  const layerPanel = { setGroup: vi.fn() };
  const timeline = { setEvents: vi.fn<(events: readonly TimelineEvent[]) => void>() };
  const notices = { show: vi.fn() };
  const onMention = vi.fn();
  const session = connectStory({ store, root, layerPanel, timeline, notices, onMention, onMentionHover: vi.fn(), load });
  return { store, actions: createActions(store), root, layerPanel, timeline, notices, onMention, session };
}

describe('connectStory', () => {
  it('gives the layer panel the story’s group and the timeline its events at once', () => {
    const { layerPanel, timeline } = setUp('#story=fixture-1995');
    expect(layerPanel.setGroup).toHaveBeenCalledWith({ title: 'At the time of the report (1 Jun 1995)', layers: ['countries', 'held-1994', 'places'] });
    const events = timeline.setEvents.mock.calls[0]?.[0] ?? [];
    expect(events.map((e) => e.date)).toContain('1995-06-01');
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
  });

  it('renders the story and indexes its passages; a mention with a known target reports it', async () => {
    const { root, session, onMention } = setUp('#story=fixture-1995');
    await session.ready;
    expect(root.querySelector('h2')?.textContent).toBe('A report');
    expect(document.title).toBe('A report — Caucasus Atlas');
    expect(session.current()?.noun).toBe('report');
    expect(
      session
        .current()
        ?.index.forFeature('places', 'aghdam')
        .map((p) => p.n),
    ).toEqual([1]);
    const [near, aghdam] = [...root.querySelectorAll<HTMLButtonElement>('button.mention')];
    aghdam?.click();
    near?.click(); // its target names no layer: nothing to report
    expect(onMention.mock.calls).toEqual([[{ layer: 'places', id: 'aghdam' }, 1]]);
  });

  it('a story that cannot be loaded leaves a message, and the notice says why', async () => {
    const { root, session, notices } = setUp('', () => Promise.reject(new Error('the article file is not valid JSON')));
    await session.ready;
    expect(root.textContent).toBe('Sorry: the article file is not valid JSON. The map still works.');
    expect(notices.show).toHaveBeenCalledWith('Could not show the article: the article file is not valid JSON.', 'error');
    expect(session.current()).toBeNull();
  });

  it('a new story key shows that story, and tells its listeners', async () => {
    const load = vi.fn((url: string) => Promise.resolve({ ...fixture, title: url.includes('fixture') ? 'fixture' : 'default' }));
    const { actions, session, root } = setUp('', load);
    await session.ready;
    const shown = vi.fn();
    session.subscribe(shown);
    actions.restore(parseState('#story=fixture-1995'));
    await vi.waitFor(() => {
      expect(shown).toHaveBeenCalledTimes(1);
    });
    expect(root.querySelector('h2')?.textContent).toBe('fixture');
  });
});
