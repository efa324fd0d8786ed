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
    // The panel is built off the page, then either replaces what the root holds or, when the root
    // already holds the very same article (index.html carries the default story's article, rendered
    // by the build so that it paints before any script runs), adopts that and leaves it in place.
    const parts: Node[] = [];
    const out = { append: (...nodes: Node[]): void => void parts.push(...nodes) };
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
    out.append(header);

    if (story.caption) {
      const figure = el('figure', 'article__caption');
      const caption = el('figcaption', undefined, story.caption.text);
      if (story.caption.credit) caption.append(' ', el('span', 'article__credit', story.caption.credit));
      figure.append(caption);
      out.append(figure);
    }

    if (story.linked) {
      const auto = el('p', 'article__auto');
      auto.append(
        el('strong', undefined, 'Places found automatically: check them.'),
        document.createTextNode(' Links the atlas is unsure of are underlined with dashes.'),
      );
      out.append(auto);
    } else {
      out.append(el('p', 'article__hint', 'Highlighted words are places: choose one to see it on the map.'));
    }

    for (const paragraph of story.paragraphs) {
      const p = el('p', 'article__p');
      p.id = `p${paragraph.n}`;
      p.dataset.n = String(paragraph.n);
      p.append(el('span', 'article__pn', String(paragraph.n)));
      this.appendRuns(p, paragraph);
      this.paragraphs.set(paragraph.n, p);
      out.append(p);
    }

    const missing = story.linked?.notOnMap ?? [];
    if (missing.length > 0) {
      const section = el('section', 'article__missing');
      section.setAttribute('aria-label', 'Names not on the map');
      section.append(el('h3', undefined, 'Not on the map'), el('p', undefined, 'The story names these places, which the atlas does not have:'));
      const list = el('ul');
      for (const m of missing) list.append(el('li', undefined, m.paragraph > 0 ? `${m.text} (¶${m.paragraph})` : m.text));
      section.append(list);
      out.append(section);
    }

    root.setAttribute('aria-labelledby', 'article-title');
    // One text node per run of text, as parsed HTML has it (the caption's text and its space were two).
    for (const part of parts) part.normalize();
    if (!this.adopt(root, parts)) root.replaceChildren(...parts);
    for (const button of this.mentions) {
      button.addEventListener('click', this.onClick);
      button.addEventListener('mouseenter', this.onEnter);
      button.addEventListener('focus', this.onEnter);
      button.addEventListener('mouseleave', this.onLeave);
      button.addEventListener('blur', this.onLeave);
    }
  }

  /**
   * Keeps the root's children when they are equal, node for node, to the panel just built (the
   * build's rendering of the same story), taking over its paragraphs and mention buttons; so the
   * text the reader may already be reading is not replaced. Returns whether it did.
   */
  private adopt(root: HTMLElement, parts: readonly Node[]): boolean {
    const existing = [...root.childNodes].filter((n) => !(n.nodeType === Node.TEXT_NODE && n.textContent?.trim() === ''));
    if (existing.length !== parts.length || !existing.every((n, i) => n.isEqualNode(parts[i] ?? null))) return false;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.mention')];
    const paragraphs = [...root.querySelectorAll<HTMLElement>('p.article__p')];
    if (buttons.length !== this.mentions.length || paragraphs.length !== this.paragraphs.size) return false;
    this.mentions.splice(0, this.mentions.length, ...buttons);
    let i = 0;
    for (const n of this.paragraphs.keys()) {
      const p = paragraphs[i++];
      if (p) this.paragraphs.set(n, p);
    }
    // Whitespace between the build's tags is not part of the panel.
    for (const n of [...root.childNodes]) if (!existing.includes(n)) n.remove();
    return true;
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
