// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { articleHtml, prerenderArticle, readStory } from '../../../scripts/lib/prerender-article.ts';
import { DEFAULT_STORY_ID } from '../../../src/story/default.ts';
import type { Story } from '../../../src/story/model.ts';
import { ArticlePanel } from '../../../src/views/article-panel.ts';

const hostile: Story = {
  id: 'h',
  title: 'Title </article><script>alert(1)</script>',
  outlet: 'Wire & "Co"',
  agencies: [],
  date: '2022-09-13',
  paragraphs: [{ n: 1, text: 'Near <img src=x onerror=alert(1)> Goris.', mentions: [{ text: 'Goris', target: 'places/goris"><b' }] }],
};

const ROOT = path.resolve(import.meta.dirname, '../../..');
const INDEX = readFileSync(path.join(ROOT, 'index.html'), 'utf8');

describe('prerenderArticle', () => {
  it("puts the default story's article in index.html in place of the placeholder, with no script or style", () => {
    const story = readStory(path.join(ROOT, `src/story/stories/${DEFAULT_STORY_ID}.json`));
    const html = prerenderArticle(INDEX, story);
    expect(html).not.toContain('Loading the article…');
    expect(html).toContain('<article id="article" class="article" aria-labelledby="article-title">');
    const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
    expect(article).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('#p1')?.textContent).toContain(story.paragraphs[0]?.text.slice(0, 40) ?? '(none)');
    expect(doc.querySelectorAll('#article p.article__p')).toHaveLength(story.paragraphs.length);
    // Nothing else in the page changed.
    expect(html.replace(article, '')).toBe(INDEX.replace(/<article id="article" class="article">[\s\S]*?<\/article>/, ''));
  });

  it('escapes hostile text: it comes back as the same text, and no element but the panel’s own', () => {
    const html = articleHtml(hostile);
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    expect(doc.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(doc.querySelector('h2')?.textContent).toBe(hostile.title);
    expect(doc.querySelector('.article__outlet')?.textContent).toContain('Wire & "Co"');
    expect(doc.querySelector('button.mention')?.getAttribute('data-target')).toBe('places/goris"><b');
  });

  it.each([
    ['a hostile story', hostile],
    ['the default story (caption, credit)', readStory(path.join(ROOT, `src/story/stories/${DEFAULT_STORY_ID}.json`))],
  ])('gives what the app adopts: a panel built over the parsed HTML of %s keeps its nodes', (_, story) => {
    // The test's own document stands in for the page, parsed from HTML as a browser does.
    const parsed = new DOMParser().parseFromString(prerenderArticle(INDEX, story), 'text/html');
    const root = document.adoptNode(parsed.getElementById('article') as HTMLElement);
    document.body.replaceChildren(root);
    const nodes = [...root.querySelectorAll('*')];
    const onMention = vi.fn();
    new ArticlePanel(root, story, { onMention, onMentionHover: vi.fn() });
    expect([...root.querySelectorAll('*')]).toEqual(nodes);
    (root.querySelector('button.mention') as HTMLButtonElement).click();
    expect(onMention).toHaveBeenCalledOnce();
  });

  it('fails the build when index.html has no placeholder', () => {
    expect(() => prerenderArticle('<main></main>', hostile)).toThrow(/placeholder/);
  });
});
