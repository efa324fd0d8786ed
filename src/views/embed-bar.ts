import { el } from './dom.ts';

/**
 * What an embedded map (`embed=1`) shows over its frame: the atlas's name, the date, and "Open in
 * Caucasus Atlas", a link to the full view of the same state, in a new tab (the embedding page's
 * frame keeps the map).
 */
export class EmbedBar {
  readonly element: HTMLElement;
  private readonly date: HTMLElement;
  private readonly link: HTMLAnchorElement;

  constructor() {
    this.element = el('div', 'embed-bar');
    this.date = el('span', 'embed-bar__date');
    this.link = el('a', 'embed-bar__link', 'Open in Caucasus Atlas');
    this.link.target = '_blank';
    this.link.rel = 'noopener';
    this.element.append(el('span', 'embed-bar__name', 'Caucasus Atlas'), this.date, this.link);
  }

  /** Shows the date and points the link at `href` (the full view). */
  render(date: string, href: string): void {
    this.date.textContent = date;
    this.link.href = href;
  }

  remove(): void {
    this.element.remove();
  }
}

/**
 * The `<iframe>` snippet that embeds a view: `src` the embed link, a `title` for screen readers,
 * a size, and lazy loading. Attribute values are escaped, so a title from a story cannot end the
 * attribute.
 *
 * @example
 * embedCode('https://atlas.example/#t=2022-09-13&embed=1', 'Caucasus Atlas: map of 13 September 2022')
 * // '<iframe src="https://atlas.example/#t=2022-09-13&amp;embed=1" title="Caucasus Atlas: map of 13 September 2022" width="600" height="400" loading="lazy"></iframe>'
 */
export function embedCode(src: string, title: string, width = 600, height = 400): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="${String(width)}" height="${String(height)}" loading="lazy"></iframe>`;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
