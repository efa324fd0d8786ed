import { formatLongDate } from '../core/dates.ts';
import type { LayerId } from '../core/contract.ts';
import { parseRef } from '../core/ref.ts';
import { overlayInfo } from '../data/layers.ts';
import { el } from './dom.ts';
import { drawnLayers, drawStill, type StillScene } from './still-draw.ts';
import { swatchSvg } from './swatch.ts';

/**
 * The map as a still picture, for browsers that cannot run MapLibre (no WebGL 2): the picture
 * still-draw.ts draws, a caption saying why and what it shows, a legend of the layers drawn, and
 * the selected feature's facts as text beside it.
 */

export interface StillMapOptions {
  /** The reader clicked a feature in the picture (or the sea: null). */
  onSelect: (target: { layer: LayerId; id: string } | null) => void;
  /** What to say about why the map is a picture. */
  reason: string;
}

/**
 * The still map's view: a caption saying why the map is a picture and what it shows, the SVG, a
 * legend of the layers drawn, and a facts panel for the selection. `render` redraws it for a scene.
 */
export class StillMap {
  readonly element: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly picture: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly facts: HTMLElement;

  constructor(private readonly options: StillMapOptions) {
    this.element = el('figure', 'still-map');
    this.element.setAttribute('aria-label', 'Map (still picture)');
    this.caption = el('figcaption', 'still-map__caption');
    const why = el('p', 'still-map__why', options.reason);
    this.summary = el('p', 'still-map__summary');
    this.legend = el('ul', 'still-map__legend');
    this.legend.setAttribute('aria-label', 'Legend');
    this.caption.append(why, this.summary, this.legend);
    this.picture = el('div', 'still-map__picture');
    this.picture.addEventListener('click', this.onClick);
    this.facts = el('section', 'still-map__facts');
    this.facts.setAttribute('aria-label', 'Selected on the map');
    this.facts.setAttribute('aria-live', 'polite');
    this.facts.hidden = true;
    this.element.append(this.caption, this.picture, this.facts);
  }

  /** Puts a control (Copy link) at the end of the caption. */
  addTool(tool: HTMLElement): void {
    tool.classList.add('still-map__tool');
    this.caption.append(tool);
  }

  /** Redraws the picture, the legend and the summary for a scene; `facts` is the selection's text. */
  render(scene: StillScene, facts: HTMLElement | null): void {
    // The facts first: the panel takes its room before the picture is measured.
    this.facts.replaceChildren();
    if (facts) this.facts.append(facts);
    this.facts.hidden = facts === null;
    const width = Math.max(300, Math.round(this.picture.clientWidth || 640));
    const height = Math.max(200, Math.round(this.picture.clientHeight || 420));
    const svg = drawStill(scene, width, height);
    const layers = drawnLayers(scene);
    const date = formatLongDate(scene.t);
    const places = svg.querySelectorAll('circle.still-map__feature').length;
    svg.setAttribute(
      'aria-label',
      `Map of Armenia, Azerbaijan and Nagorno-Karabakh on ${date}: ${String(layers.length)} layers drawn, ${String(places)} places marked.`,
    );
    this.picture.replaceChildren(svg);
    this.summary.textContent = `Shown on ${date}.`;
    this.legend.replaceChildren(
      ...layers.map((id) => {
        const info = overlayInfo(id);
        const item = el('li', 'still-map__key');
        item.append(swatchSvg(info.swatch, `still-${id}`), el('span', undefined, info.short));
        return item;
      }),
    );
  }

  remove(): void {
    this.picture.removeEventListener('click', this.onClick);
    this.element.remove();
  }

  private readonly onClick = (e: MouseEvent): void => {
    const target = e.target instanceof Element ? e.target.closest<SVGElement>('.still-map__feature') : null;
    const ref = target?.dataset.ref;
    if (!ref) {
      this.options.onSelect(null);
      return;
    }
    const parsed = parseRef(ref);
    this.options.onSelect(parsed?.id ? { layer: parsed.layer, id: parsed.id } : null);
  };
}
