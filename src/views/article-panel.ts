import { formatLongDate } from '../core/dates.ts';
import { LOW_CONFIDENCE, segmentParagraph, type Mention, type Paragraph, type Story } from '../story/model.ts';
import { el } from './dom.ts';

export interface ArticlePanelHandlers {
  /** A mention was clicked or activated with the keyboard; `paragraph` 0 is the title. */
  onMention: (mention: Mention, paragraph: number) => void;
  /** The pointer or focus entered (target) or left (null) a mention. */
  onMentionHover: (target: string | null) => void;
}

/**
 * The article beside the map: header, caption and numbered paragraphs, each mention a button.
 * All text goes in with textContent. `setCurrent` highlights a paragraph; `setActive` marks the
 * mentions of the selected target. `remove` empties the panel and drops every listener it added.
 */
export class ArticlePanel {
  private readonly paragraphs = new Map<number, HTMLElement>();
  private readonly mentions: HTMLButtonElement[] = [];
  private readonly mentionOf: Mention[] = [];
  private current: number | null = null;

  constructor(
    private readonly root: HTMLElement,
    story: Story,
    private readonly handlers: ArticlePanelHandlers,
  ) {
    root.replaceChildren();
    root.setAttribute('aria-labelledby', 'article-title');
    const header = el('header', 'article__header');
    const outlet = el('p', 'article__outlet');
    const time = el('time', undefined, formatLongDate(story.date));
    time.dateTime = story.date;
    const byline = [story.outlet, story.agencies.length > 0 ? `(${story.agencies.join(', ')})` : ''].filter((s) => s !== '').join(' ');
    outlet.append(document.createTextNode(byline === '' ? '' : `${byline} · `), time);
    const title = el('h2', 'article__title');
    title.id = 'article-title';
    this.appendRuns(title, { n: 0, text: story.title, mentions: story.titleMentions ?? [] });
    header.append(outlet, title);
    root.append(header);

    if (story.caption) {
      const figure = el('figure', 'article__caption');
      const caption = el('figcaption', undefined, story.caption.text);
      if (story.caption.credit) caption.append(' ', el('span', 'article__credit', story.caption.credit));
      figure.append(caption);
      root.append(figure);
    }

    if (story.linked) {
      const auto = el('p', 'article__auto');
      auto.append(
        el('strong', undefined, 'Places found automatically: check them.'),
        document.createTextNode(' Links the atlas is unsure of are underlined with dashes.'),
      );
      root.append(auto);
    } else {
      root.append(el('p', 'article__hint', 'Highlighted words are places: choose one to see it on the map.'));
    }

    for (const paragraph of story.paragraphs) {
      const p = el('p', 'article__p');
      p.id = `p${paragraph.n}`;
      p.dataset.n = String(paragraph.n);
      p.append(el('span', 'article__pn', String(paragraph.n)));
      this.appendRuns(p, paragraph);
      this.paragraphs.set(paragraph.n, p);
      root.append(p);
    }

    const missing = story.linked?.notOnMap ?? [];
    if (missing.length > 0) {
      const section = el('section', 'article__missing');
      section.setAttribute('aria-label', 'Names not on the map');
      section.append(el('h3', undefined, 'Not on the map'), el('p', undefined, 'The story names these places, which the atlas does not have:'));
      const list = el('ul');
      for (const m of missing) list.append(el('li', undefined, m.paragraph > 0 ? `${m.text} (¶${m.paragraph})` : m.text));
      section.append(list);
      root.append(section);
    }
  }

  /** Whether the story has paragraph n. */
  has(n: number): boolean {
    return this.paragraphs.has(n);
  }

  /** Highlights paragraph n (or none) and, when asked, scrolls it into view. */
  setCurrent(n: number | null, scroll: boolean): void {
    if (this.current !== null) {
      const old = this.paragraphs.get(this.current);
      old?.classList.remove('is-current');
      old?.removeAttribute('aria-current');
    }
    this.current = n;
    const p = n === null ? undefined : this.paragraphs.get(n);
    if (!p) return;
    p.classList.add('is-current');
    p.setAttribute('aria-current', 'true');
    if (scroll) {
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      p.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
  }

  /** Marks the mention buttons whose target is one of `refs`. */
  setActive(refs: string[]): void {
    for (const b of this.mentions) b.classList.toggle('is-active', refs.includes(b.dataset.target ?? ''));
  }

  // A paragraph's text into `parent`, each mention a button; `n` 0 is the title.
  private appendRuns(parent: HTMLElement, paragraph: Paragraph): void {
    for (const segment of segmentParagraph(paragraph)) {
      if (segment.kind === 'text') {
        parent.append(document.createTextNode(segment.text));
        continue;
      }
      const { mention } = segment;
      const button = el('button', 'mention', segment.text);
      button.type = 'button';
      button.dataset.target = mention.target;
      button.dataset.n = String(paragraph.n);
      button.dataset.index = String(this.mentions.length);
      if (mention.confidence !== undefined && mention.confidence < LOW_CONFIDENCE) {
        button.classList.add('mention--unsure');
        button.title = 'Found automatically, and the atlas is not sure of it';
      }
      this.mentionOf.push(mention);
      button.addEventListener('click', this.onClick);
      button.addEventListener('mouseenter', this.onEnter);
      button.addEventListener('focus', this.onEnter);
      button.addEventListener('mouseleave', this.onLeave);
      button.addEventListener('blur', this.onLeave);
      this.mentions.push(button);
      parent.append(button);
    }
  }

  /** Empties the panel and removes its listeners. */
  remove(): void {
    for (const b of this.mentions) {
      b.removeEventListener('click', this.onClick);
      b.removeEventListener('mouseenter', this.onEnter);
      b.removeEventListener('focus', this.onEnter);
      b.removeEventListener('mouseleave', this.onLeave);
      b.removeEventListener('blur', this.onLeave);
    }
    this.mentions.length = 0;
    this.mentionOf.length = 0;
    this.paragraphs.clear();
    this.root.replaceChildren();
    this.root.removeAttribute('aria-labelledby');
  }

  private readonly onClick = (e: Event): void => {
    const b = e.currentTarget as HTMLElement;
    const mention = this.mentionOf[Number(b.dataset.index)];
    if (mention) this.handlers.onMention(mention, Number(b.dataset.n));
  };

  private readonly onEnter = (e: Event): void => {
    this.handlers.onMentionHover((e.currentTarget as HTMLElement).dataset.target ?? null);
  };

  private readonly onLeave = (): void => {
    this.handlers.onMentionHover(null);
  };
}
