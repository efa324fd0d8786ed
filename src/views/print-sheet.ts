import type { Swatch } from '../data/layers.ts';
import { el } from './dom.ts';
import { swatchSvg } from './swatch.ts';

/** What the printed page says about the map. */
export interface PrintContent {
  title: string;
  /** 'Map of 13 September 2022' (and the date compared with, when comparing). */
  date: string;
  /** The map as a picture: a data: URL of the canvas, a still map's SVG (a copy), or null where none could be made. */
  image: string | SVGElement | null;
  legend: readonly { label: string; swatch: Swatch }[];
  /** The link to this view, printed as text. */
  link: string;
  attribution: string;
}

/**
 * The map part of the printed page, hidden on screen (print.css shows it and hides the live map,
 * whose WebGL canvas would print blank): the title, the date, a picture of the map at the current
 * view, its legend, the link as text and the attribution. The article prints after it.
 */
export class PrintSheet {
  readonly element: HTMLElement;

  constructor() {
    this.element = el('section', 'print-sheet');
    this.element.setAttribute('aria-hidden', 'true');
  }

  render(content: PrintContent): void {
    const heading = el('h2', 'print-sheet__title', content.title);
    const date = el('p', 'print-sheet__date', content.date);
    const figure = el('figure', 'print-sheet__figure');
    if (content.image instanceof SVGElement) {
      content.image.classList.add('print-sheet__map');
      figure.append(content.image);
    } else if (content.image) {
      const img = el('img', 'print-sheet__map');
      img.alt = `The map, ${content.date}`;
      img.src = content.image;
      figure.append(img);
    } else {
      figure.append(el('p', 'print-sheet__none', 'The map could not be drawn for printing in this browser.'));
    }
    const legend = el('ul', 'print-sheet__legend');
    content.legend.forEach((row, i) => {
      const item = el('li', 'print-sheet__key');
      item.append(swatchSvg(row.swatch, `print-${String(i)}`), el('span', undefined, row.label));
      legend.append(item);
    });
    const link = el('p', 'print-sheet__link');
    link.append(el('span', 'print-sheet__link-label', 'Link: '), el('span', 'print-sheet__url', content.link));
    const attribution = el('p', 'print-sheet__attribution', content.attribution);
    this.element.replaceChildren(heading, date, figure, legend, link, attribution);
  }

  remove(): void {
    this.element.remove();
  }
}
