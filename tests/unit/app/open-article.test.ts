// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectOpenArticle } from '../../../src/app/open-article.ts';
import { readPasted, savePasted } from '../../../src/app/pasted-store.ts';
import type { Story } from '../../../src/story/model.ts';
import { decodeStory } from '../../../src/story/share.ts';

const GAZETTEER = readFileSync(path.resolve(import.meta.dirname, '../../../geodata/gazetteer.json'), 'utf8');
afterEach(() => vi.unstubAllGlobals());

function setUp() {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(GAZETTEER, { status: 200 }))),
  );
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const actions = { openPastedStory: vi.fn<(settings: { date: string }, payload: string | null) => void>() };
  const session = { showPasted: vi.fn<(story: Story) => void>() };
  const notices = { show: vi.fn() };
  const dispose = connectOpenArticle({ host, actions, session, notices, today: () => '2024-01-15' });
  const dialog = document.querySelector('dialog');
  const text = document.querySelector('textarea');
  const submit = document.querySelector<HTMLButtonElement>('.open-dialog__submit');
  if (!dialog || !text || !submit) throw new Error('no dialog');
  return { host, actions, session, notices, dispose, dialog, text, submit };
}

describe('connectOpenArticle', () => {
  it('puts the button in the header and the dialog in the page', () => {
    const { host, dialog } = setUp();
    expect(host.querySelector('button')?.textContent).toBe('Open an article');
    expect(dialog.parentElement).toBe(document.body);
  });

  it('a pasted text becomes the story, linked, and the state follows with the story for the link', async () => {
    const { actions, session, notices, text, submit, host } = setUp();
    host.querySelector('button')?.click();
    text.value = 'Title: Shelling near Goris\n\nShells fell on Goris and Kapan, Yerevan said.';
    submit.click();
    await vi.waitFor(() => {
      expect(session.showPasted).toHaveBeenCalledTimes(1);
    });
    const story = session.showPasted.mock.calls[0]?.[0];
    expect(story?.date).toBe('2024-01-15'); // no Date: line, no date field: today
    expect(story?.paragraphs[0]?.mentions.map((m) => m.target)).toEqual(['places/goris', 'places/kapan', 'places/yerevan']);
    const [settings, payload] = actions.openPastedStory.mock.calls[0] ?? [];
    expect(settings?.date).toBe('2024-01-15');
    expect(decodeStory(payload ?? '').story).toEqual(story);
    expect(notices.show).toHaveBeenCalledWith(expect.stringContaining('gives no date, so it is dated today'));
  });

  it('a text dated by a line of its own is dated so, and no notice says otherwise', async () => {
    const { session, notices, text, submit } = setUp();
    text.value = 'Shelling near Goris\n\nPublished 13 September 2022\n\nShells fell on Goris, Yerevan said.';
    submit.click();
    await vi.waitFor(() => {
      expect(session.showPasted).toHaveBeenCalledTimes(1);
    });
    expect(session.showPasted.mock.calls[0]?.[0].date).toBe('2022-09-13');
    expect(session.showPasted.mock.calls[0]?.[0].paragraphs.map((p) => p.text)).toEqual(['Shells fell on Goris, Yerevan said.']);
    expect(notices.show).not.toHaveBeenCalled();
  });

  it('a text with no places is refused, and nothing changes', async () => {
    const { actions, session, text, submit, dialog } = setUp();
    text.value = 'A recipe\n\nMix flour and water.';
    submit.click();
    await vi.waitFor(() => {
      expect(dialog.querySelector('.open-dialog__message')?.textContent).toContain('found no places');
    });
    expect(session.showPasted).not.toHaveBeenCalled();
    expect(actions.openPastedStory).not.toHaveBeenCalled();
  });

  it('dispose takes the button and the dialog out', () => {
    const { host, dispose } = setUp();
    dispose();
    expect(host.childElementCount).toBe(0);
    expect(document.querySelector('dialog')).toBeNull();
  });
});

describe('the pasted story in the browser', () => {
  const story: Story = {
    id: 's',
    title: 'T',
    outlet: '',
    agencies: [],
    date: '2022-09-13',
    paragraphs: [{ n: 1, text: 'In Goris.', mentions: [{ text: 'Goris', target: 'places/goris' }] }],
  };
  const memory = (): Storage => {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => data.set(k, v),
      removeItem: (k: string) => data.delete(k),
      clear: () => {
        data.clear();
      },
      key: () => null,
      length: 0,
    };
  };

  it('is kept and read back, checked', () => {
    const storage = memory();
    expect(savePasted(story, storage)).toBe(true);
    expect(readPasted(storage)).toEqual({ story, dropped: 0 });
  });

  it('storage that is off or full, or holds garbage, gives false or null, never an error', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      getItem: () => '{garbage',
    } as unknown as Storage;
    expect(savePasted(story, full)).toBe(false);
    expect(readPasted(full)).toBeNull();
    expect(savePasted(story, null)).toBe(false);
    expect(readPasted(null)).toBeNull();
  });
});
