import { formatLongDate } from '../core/dates.ts';
import { segmentParagraph, type Mention, type Story } from '../story/model.ts';
import { el } from './dom.ts';

export interface ArticlePanelHandlers {
  /** A mention was clicked or activated with the keyboard. */
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
    outlet.append(document.createTextNode(`${story.outlet} (${story.agencies.join(', ')}) · `), time);
    const title = el('h2', 'article__title', story.title);
    title.id = 'article-title';
    header.append(outlet, title);
    root.append(header);

    if (story.caption) {
      const figure = el('figure', 'article__caption');
      const caption = el('figcaption', undefined, story.caption.text);
      if (story.caption.credit) caption.append(' ', el('span', 'article__credit', story.caption.credit));
      figure.append(caption);
      root.append(figure);
    }

    const hint = el('p', 'article__hint', 'Highlighted words are places: choose one to see it on the map.');
    root.append(hint);

    for (const paragraph of story.paragraphs) {
      const p = el('p', 'article__p');
      p.id = `p${paragraph.n}`;
      p.dataset.n = String(paragraph.n);
      p.append(el('span', 'article__pn', String(paragraph.n)));
      for (const segment of segmentParagraph(paragraph)) {
        if (segment.kind === 'text') {
          p.append(document.createTextNode(segment.text));
          continue;
        }
        const button = el('button', 'mention', segment.text);
        button.type = 'button';
        button.dataset.target = segment.mention.target;
        button.dataset.n = String(paragraph.n);
        button.dataset.index = String(this.mentions.length);
        this.mentionOf.push(segment.mention);
        button.addEventListener('click', this.onClick);
        button.addEventListener('mouseenter', this.onEnter);
        button.addEventListener('focus', this.onEnter);
        button.addEventListener('mouseleave', this.onLeave);
        button.addEventListener('blur', this.onLeave);
        this.mentions.push(button);
        p.append(button);
      }
      this.paragraphs.set(paragraph.n, p);
      root.append(p);
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
