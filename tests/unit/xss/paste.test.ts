// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectOpenArticle } from '../../../src/app/open-article.ts';
import { storyFromText } from '../../../src/app/link-text.ts';
import { decodeStory, encodeStory } from '../../../src/story/share.ts';
import { ArticlePanel } from '../../../src/views/article-panel.ts';
import { asPasted, PAYLOADS, unsafeMarkup } from '../../support/xss.ts';

const GAZETTEER = readFileSync(path.resolve(import.meta.dirname, '../../../geodata/gazetteer.json'), 'utf8');
beforeAll(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(GAZETTEER, { status: 200 }))),
  );
});
afterAll(() => vi.unstubAllGlobals());

describe.each(PAYLOADS.map((p, i) => [i, p.category, p.text] as const))('pasted article payload %i (%s)', (_i, _category, p) => {
  it('is linked into a story that shows the words as text, and travels in the link whole', async () => {
    const text = `${p} near Goris\n\nBefore ${p} after; shells hit Kapan.`;
    const { story } = await storyFromText(text, '2022-09-13', '2024-01-15');
    expect(story.title).toBe(asPasted(`${p} near Goris`));
    expect(story.paragraphs.map((x) => x.text)).toEqual([asPasted(`Before ${p} after; shells hit Kapan.`)]);
    expect(story.paragraphs[0]?.mentions.map((m) => m.text)).toContain('Kapan');
    const root = document.createElement('article');
    document.body.replaceChildren(root);
    const panel = new ArticlePanel(root, story, { onMention: vi.fn(), onMentionHover: vi.fn() });
    expect(unsafeMarkup(root)).toEqual([]);
    expect(root.querySelector('.article__title')?.textContent).toBe(story.title);
    expect(root.querySelector('#p1')?.textContent).toBe(`1${story.paragraphs[0]?.text ?? ''}`);
    panel.remove();
    expect(decodeStory(encodeStory(story))).toEqual({ story, dropped: 0 });
  });
});

describe('the Open an article dialog', () => {
  it('a text over the limit gets a message, and stays in the box', async () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const session = { showPasted: vi.fn() };
    const dispose = connectOpenArticle({ host, actions: { openPastedStory: vi.fn() }, session, notices: { show: vi.fn() } });
    const text = '<img src=x onerror=alert(1)> Goris '.repeat(6000);
    const box = document.querySelector('textarea');
    const submit = document.querySelector<HTMLButtonElement>('.open-dialog__submit');
    if (!box || !submit) throw new Error('no dialog');
    box.value = text;
    submit.click();
    await vi.waitFor(() => {
      expect(document.querySelector('.open-dialog__message')?.textContent).toBe(
        'Sorry: the text is longer than 200,000 characters; paste one article at a time.',
      );
    });
    expect(box.value).toBe(text);
    expect(session.showPasted).not.toHaveBeenCalled();
    expect(unsafeMarkup(document.body)).toEqual([]);
    dispose();
  });
});
