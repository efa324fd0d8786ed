import type { Map as MapLibreMap } from 'maplibre-gl';
import { formatLongDate } from '../core/dates.ts';
import { viewFileName } from '../core/file-name.ts';
import { drawnFeatures, viewSubject } from '../data/drawn-features.ts';
import type { GeodataStore } from '../data/geodata.ts';
import { layersDrawnOn, OVERLAYS } from '../data/layers.ts';
import { ATTRIBUTION } from '../map/create-map.ts';
import type { AppState } from '../state/state.ts';
import type { Store } from '../state/store.ts';
import { downloadBlob } from '../views/download.ts';
import { composeImage, metresPerPixel } from '../views/export-image.ts';
import type { ExportActions } from '../views/export-control.ts';

/** The device pixels per CSS pixel of the downloaded picture. */
export const EXPORT_SCALE = 2;

export interface ExportDeps {
  map: MapLibreMap;
  store: Store;
  geodata: Pick<GeodataStore, 'ready'>;
  /** The title of the story shown, for the picture's heading. */
  storyTitle: () => string | null;
}

/**
 * What the Export control does on the interactive map: the view as a 2× PNG with title, date,
 * legend, scale bar and attribution drawn in; the features drawn on the date as GeoJSON; and the
 * browser's print dialog (the print stylesheet and print.ts make the page). Files are named after
 * the view (`caucasus-atlas-2022-09-13-nagorno-karabakh.png`).
 */
export function exportActions({ map, store, geodata, storyTitle }: ExportDeps): ExportActions {
  const data = geodata.ready.bind(geodata);
  const nameOf = (state: AppState, extension: string): string => {
    const { lng, lat } = map.getCenter();
    return viewFileName(state.t, viewSubject([lng, lat], state.sel, data), extension);
  };
  return {
    image: async () => {
      const state = store.state;
      const shot = await snapshot(map, EXPORT_SCALE);
      const drawn = layersDrawnOn(state.t);
      const legend = OVERLAYS.filter((o) => state.layers.includes(o.id) && drawn.includes(o.id)).map((o) => ({ label: o.title, swatch: o.swatch }));
      const story = storyTitle();
      const canvas = await composeImage({
        map: shot,
        scale: shot.width / map.getContainer().clientWidth,
        title: story ? `Caucasus Atlas — ${story}` : 'Caucasus Atlas',
        date: `Map of ${formatLongDate(state.t)}`,
        legend,
        metresPerPixel: metresPerPixel(map.getCenter().lat, map.getZoom()),
        attribution: `Caucasus Atlas · ${plainText(ATTRIBUTION)}`,
      });
      const blob = await new Promise<Blob | null>((resolve) => {
        canvas.toBlob(resolve, 'image/png');
      });
      if (!blob) throw new Error('This browser could not make the picture.');
      downloadBlob(blob, nameOf(state, 'png'), map.getContainer());
    },
    data: () => {
      const state = store.state;
      const collection = drawnFeatures({ layers: state.layers, t: state.t, data });
      const file = {
        ...collection,
        metadata: { ...collection.metadata, title: storyTitle() ?? 'Caucasus Atlas', link: window.location.href, attribution: plainText(ATTRIBUTION) },
      };
      downloadBlob(new Blob([JSON.stringify(file, null, 1)], { type: 'application/geo+json' }), nameOf(state, 'geojson'), map.getContainer());
      return Promise.resolve();
    },
    print: () => {
      window.print();
    },
  };
}

/**
 * The map drawn at `ratio` device pixels per CSS pixel, copied to a canvas of its own: the map
 * switches to that resolution, waits until it has drawn everything, draws one frame synchronously
 * (the WebGL canvas keeps no drawing buffer between frames, so the copy is taken in the same task)
 * and goes back.
 */
export async function snapshot(map: MapLibreMap, ratio: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  if (before !== ratio) {
    const settled = new Promise<void>((resolve) =>
      map.once('idle', () => {
        resolve();
      }),
    );
    map.setPixelRatio(ratio);
    map.triggerRepaint();
    await settled;
  }
  try {
    map.redraw();
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas).');
    ctx.drawImage(source, 0, 0);
    return copy;
  } finally {
    if (before !== ratio) map.setPixelRatio(before);
  }
}

/** The attribution without its links' markup (the names stay; the text is ours, not a reader's). */
function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}
