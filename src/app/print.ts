import type { Map as MapLibreMap } from 'maplibre-gl';
import { formatLongDate } from '../core/dates.ts';
import { layersDrawnOn, OVERLAYS } from '../data/layers.ts';
import { ATTRIBUTION } from '../map/create-map.ts';
import type { Store } from '../state/store.ts';
import { PrintSheet } from '../views/print-sheet.ts';
import type { Dispose } from './dispose.ts';

export interface PrintDeps {
  /** The interactive map; null before it starts, and where it could not (the still map's SVG is copied then). */
  map: () => MapLibreMap | null;
  store: Store;
  /** Where the sheet goes: before the article, so the map comes first on paper. */
  before: HTMLElement;
  storyTitle: () => string | null;
}

/**
 * Readies the page for print. Before the browser prints (`beforeprint`, from the menu, Ctrl+P or
 * the Export control), the print sheet is filled: the map drawn once more, synchronously, and
 * copied from its canvas into an `<img>` (a WebGL canvas prints blank), with the legend of the
 * visible layers, the date and the link as text. print.css lays out one page of map and legend,
 * then the article. Returns the disposer and `prepare`, which the Export control's "Print…" calls
 * (and awaits the picture) before it opens the print dialog.
 */
export function connectPrint({ map, store, before, storyTitle }: PrintDeps): { dispose: Dispose; prepare: () => Promise<void> } {
  const sheet = new PrintSheet();
  before.parentElement?.insertBefore(sheet.element, before);
  let image: HTMLImageElement | null = null;

  let last: string | SVGElement | null = null;
  const prepare = (): Promise<void> => {
    const state = store.state;
    // Once print media applies, the live map is hidden (print.css) and has no size: a second
    // `beforeprint` then (Chromium's print-to-PDF sends one) keeps the picture taken before.
    const live = map();
    const hidden = live !== null && live.getContainer().clientWidth === 0;
    if (!hidden || last === null) last = pictureOf(live);
    const drawn = layersDrawnOn(state.t);
    const story = storyTitle();
    sheet.render({
      title: story ? `Caucasus Atlas — ${story}` : 'Caucasus Atlas',
      date:
        state.cmp && live ? `Map of ${formatLongDate(state.t)} (compared with ${formatLongDate(state.cmp)} on screen)` : `Map of ${formatLongDate(state.t)}`,
      image: last instanceof SVGElement ? (last.cloneNode(true) as SVGElement) : last,
      legend: OVERLAYS.filter((o) => state.layers.includes(o.id) && drawn.includes(o.id)).map((o) => ({ label: o.title, swatch: o.swatch })),
      link: window.location.href,
      attribution: `Map data: ${ATTRIBUTION.replace(/<[^>]*>/g, '')}.`,
    });
    image = sheet.element.querySelector('img');
    return image ? image.decode().catch(() => undefined) : Promise.resolve();
  };
  const onBeforePrint = (): void => {
    void prepare();
  };
  window.addEventListener('beforeprint', onBeforePrint);
  return {
    prepare,
    dispose: () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      sheet.remove();
      image = null;
    },
  };
}

/**
 * The map's canvas as a PNG data: URL, drawn in this task (the canvas keeps no buffer between
 * frames); without the interactive map, a copy of the still map's SVG.
 */
function pictureOf(map: MapLibreMap | null): string | SVGElement | null {
  if (!map) {
    const still = document.querySelector('.still-map__svg');
    return still instanceof SVGElement ? (still.cloneNode(true) as SVGElement) : null;
  }
  try {
    map.redraw();
    return map.getCanvas().toDataURL('image/png');
  } catch {
    return null;
  }
}
