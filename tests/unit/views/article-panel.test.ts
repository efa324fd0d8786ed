// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../../../src/story/model.ts';
import { ArticlePanel } from '../../../src/views/article-panel.ts';

function story(): Story {
  return {
    id: 't',
    title: 'A <b>title</b>',
    outlet: 'Wire',
    agencies: ['A', 'B'],
    date: '2022-09-13',
    caption: { text: 'Caption', credit: 'PHOTO: X' },
    paragraphs: [
      {
        n: 1,
        text: 'Shelling near Jermuk and Goris.',
        mentions: [
          { text: 'Jermuk', target: 'places/jermuk' },
          { text: 'Goris', target: 'places/goris' },
        ],
      },
      { n: 2, text: 'Text with <img src=x onerror=alert(1)> and Goris again.', mentions: [{ text: 'Goris', target: 'places/goris' }] },
    ],
  };
}

function setUp() {
  const root = document.createElement('article');
  document.body.replaceChildren(root);
  const onMention = vi.fn();
  const onMentionHover = vi.fn();
  const panel = new ArticlePanel(root, story(), { onMention, onMentionHover });
  return { root, panel, onMention, onMentionHover };
}

describe('ArticlePanel', () => {
  it('renders the byline, the title as text, the caption and numbered paragraphs', () => {
    const { root } = setUp();
    expect(root.querySelector('.article__outlet')?.textContent).toBe('Wire (A, B) · 13 September 2022');
    expect(root.querySelector('time')?.dateTime).toBe('2022-09-13');
    expect(root.querySelector('h2')?.textContent).toBe('A <b>title</b>');
    expect(root.querySelector('h2 b')).toBeNull();
    expect(root.querySelector('figcaption')?.textContent).toBe('Caption PHOTO: X');
    expect([...root.querySelectorAll('p.article__p')].map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('renders mentions as buttons and markup in the text as text', () => {
    const { root } = setUp();
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.mention')];
    expect(buttons.map((b) => `${b.textContent}>${b.dataset.target ?? ''}`)).toEqual(['Jermuk>places/jermuk', 'Goris>places/goris', 'Goris>places/goris']);
    expect(buttons.every((b) => b.type === 'button')).toBe(true);
    expect(root.querySelector('#p2')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });

  it('a click on a mention reports the mention and its paragraph', () => {
    const { root, onMention } = setUp();
    root.querySelectorAll<HTMLButtonElement>('button.mention')[2]?.click();
    expect(onMention).toHaveBeenCalledTimes(1);
    expect(onMention).toHaveBeenCalledWith({ text: 'Goris', target: 'places/goris' }, 2);
  });

  it('hover and focus report the target, leaving reports null', () => {
    const { root, onMentionHover } = setUp();
    const jermuk = root.querySelector<HTMLButtonElement>('button.mention');
    jermuk?.dispatchEvent(new Event('mouseenter'));
    jermuk?.dispatchEvent(new Event('mouseleave'));
    expect(onMentionHover.mock.calls).toEqual([['places/jermuk'], [null]]);
  });

  it('setCurrent marks one paragraph at a time; setActive marks the mentions of the given refs', () => {
    const { root, panel } = setUp();
    panel.setCurrent(1, false);
    panel.setCurrent(2, false);
    expect([...root.querySelectorAll('.is-current')].map((p) => p.id)).toEqual(['p2']);
    expect(root.querySelector('#p2')?.getAttribute('aria-current')).toBe('true');
    expect(root.querySelector('#p1')?.hasAttribute('aria-current')).toBe(false);
    panel.setActive(['places/goris']);
    expect(root.querySelectorAll('button.mention.is-active')).toHaveLength(2);
    expect(panel.has(2)).toBe(true);
    expect(panel.has(3)).toBe(false);
  });

  it('remove empties the panel and stops reporting clicks', () => {
    const { root, panel, onMention } = setUp();
    const button = root.querySelector<HTMLButtonElement>('button.mention');
    panel.remove();
    expect(root.childElementCount).toBe(0);
    button?.click();
    expect(onMention).not.toHaveBeenCalled();
  });

  it('adopts an article the page already holds when it is the same one, keeping its nodes and wiring its buttons', () => {
    const first = setUp();
    // What the build puts in index.html: the same panel's nodes, with whitespace between tags.
    const copy = first.root.cloneNode(true) as HTMLElement;
    copy.prepend('\n  ');
    const root = document.createElement('article');
    root.append(...copy.childNodes);
    document.body.replaceChildren(root);
    const before = [...root.querySelectorAll('p, button')];
    const onMention = vi.fn();
    const panel = new ArticlePanel(root, story(), { onMention, onMentionHover: vi.fn() });
    expect([...root.querySelectorAll('p, button')]).toEqual(before);
    expect(root.firstChild).toBe(before[0]?.closest('header'));
    (root.querySelector('#p2 button.mention') as HTMLButtonElement).click();
    expect(onMention).toHaveBeenCalledWith({ text: 'Goris', target: 'places/goris' }, 2);
    panel.setCurrent(1, false);
    expect(before.find((n) => n.id === 'p1')?.classList.contains('is-current')).toBe(true);
  });

  it('replaces an article the page holds when it differs from the story', () => {
    const root = document.createElement('article');
    const stale = document.createElement('p');
    stale.textContent = 'Loading the article…';
    root.append(stale);
    document.body.replaceChildren(root);
    const changed = { ...story(), title: 'Another title' };
    new ArticlePanel(root, changed, { onMention: vi.fn(), onMentionHover: vi.fn() });
    expect(root.contains(stale)).toBe(false);
    expect(root.querySelector('h2')?.textContent).toBe('Another title');
    // The same structure with other text is not adopted either.
    const again = root.cloneNode(true) as HTMLElement;
    const kept = again.querySelector('h2');
    const root2 = document.createElement('article');
    root2.append(...again.childNodes);
    new ArticlePanel(root2, story(), { onMention: vi.fn(), onMentionHover: vi.fn() });
    expect(root2.contains(kept)).toBe(false);
    expect(root2.querySelector('h2')?.textContent).toBe('A <b>title</b>');
  });
});
