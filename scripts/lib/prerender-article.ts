/**
 * The article, first (issue 15): the build renders the default story's article into index.html, so
 * its text paints before any script or data arrives; the app's ArticlePanel then adopts those nodes
 * instead of drawing them again (src/views/article-panel.ts). The HTML is what ArticlePanel itself
 * builds, made in a happy-dom document and serialised, so every text is escaped by the serialiser;
 * it carries no script and no style attribute (the page's CSP forbids both).
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { storyProblems, type Story } from '../../src/story/model.ts';
import { ArticlePanel } from '../../src/views/article-panel.ts';

/** index.html's placeholder for the article, which the prerendered article replaces. */
const PLACEHOLDER = /<article id="article" class="article">[\s\S]*?<\/article>/;

/** Reads and checks a story file; throws with the file's name when it is not a story. */
export function readStory(file: string): Story {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const problems = storyProblems(json);
  if (problems.length > 0) throw new Error(`${file}: not a story: ${problems.slice(0, 3).join('; ')}`);
  return json as Story;
}

/** The `<article id="article">` element ArticlePanel makes of `story`, as HTML. */
export function articleHtml(story: Story): string {
  const window = new Window({ url: 'http://localhost/' });
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, Node: g.Node };
  g.document = window.document;
  g.Node = window.Node;
  try {
    const root = window.document.createElement('article');
    root.id = 'article';
    root.className = 'article';
    window.document.body.append(root);
    new ArticlePanel(root as unknown as HTMLElement, story, { onMention: () => undefined, onMentionHover: () => undefined });
    return root.outerHTML;
  } finally {
    g.document = saved.document;
    g.Node = saved.Node;
    void window.happyDOM.close();
  }
}

/** index.html with its article placeholder replaced by `story`'s article. Throws when it has none. */
export function prerenderArticle(html: string, story: Story): string {
  if (!PLACEHOLDER.test(html)) throw new Error('index.html has no <article id="article" class="article"> placeholder to render the story into');
  return html.replace(PLACEHOLDER, () => articleHtml(story));
}
