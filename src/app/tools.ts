import type { Map as MapLibreMap } from 'maplibre-gl';
import { addMonths, formatLongDate } from '../core/dates.ts';
import type { TimelineEvent } from '../core/events.ts';
import type { GeodataStore } from '../data/geodata.ts';
import type { Actions } from '../state/actions.ts';
import type { Store } from '../state/store.ts';
import { CompareControl } from '../views/compare-control.ts';
import { embedCode } from '../views/embed-bar.ts';
import { ExportControl } from '../views/export-control.ts';
import type { LayerPanel } from '../views/layer-panel.ts';
import { connectCompare } from './compare.ts';
import type { Dispose } from './dispose.ts';
import { connectEmbed, viewUrl } from './embed.ts';
import { exportActions } from './export.ts';
import { connectPrint } from './print.ts';

export interface ToolsDeps {
  store: Store;
  actions: Actions;
  geodata: GeodataStore;
  layerPanel: LayerPanel;
  /** The timeline's host: the compare control goes under the timeline. */
  timelineHost: HTMLElement;
  /** The map's element, and the article (the print sheet goes before it). */
  mapElement: HTMLElement;
  article: HTMLElement;
  storyTitle: () => string | null;
  events: () => readonly TimelineEvent[];
}

export interface Tools {
  /** The `<iframe>` snippet for the share control's "Copy embed code". */
  embedCode: () => string;
  /** The interactive map has started: the Export control and the second map of a comparison. */
  withMap: (map: MapLibreMap) => void;
  /** The map is a still picture: comparing cannot work, and says so. */
  still: () => void;
  dispose: Dispose;
}

/**
 * The reader's tools that take the map away or set it beside another date: compare two dates,
 * export (PNG, GeoJSON), print and embed. The parts that need no map start at once (the compare
 * control, the print sheet, the embed view); the rest when the map has started (`withMap`).
 */
export function startTools(deps: ToolsDeps): Tools {
  const { store, actions, geodata, layerPanel, storyTitle } = deps;
  const disposers: Dispose[] = [];
  let map: MapLibreMap | null = null;

  const compare = new CompareControl({
    onCompare: (cmp) => {
      actions.setCompare(cmp);
    },
    suggest: (t) => suggestCompare(t, deps.events()),
  });
  compare.render(store.state.t, store.state.cmp);
  deps.timelineHost.append(compare.element);
  disposers.push(() => {
    compare.remove();
  });

  const print = connectPrint({ map: () => map, store, before: deps.article, storyTitle });
  disposers.push(print.dispose);
  const frame = deps.mapElement.parentElement ?? deps.mapElement;
  disposers.push(
    connectEmbed({
      store,
      host: frame,
      foldLegend: () => {
        layerPanel.element.open = false;
      },
    }),
  );

  return {
    embedCode: () => {
      const story = storyTitle();
      const title = `Caucasus Atlas: ${story ? `${story}, ` : ''}map of ${formatLongDate(store.state.t)}`;
      return embedCode(viewUrl(store.state, true), title);
    },
    withMap: (m) => {
      map = m;
      const control = new ExportControl({
        ...exportActions({ map: m, store, geodata, storyTitle }),
        print: () => {
          void print.prepare().then(() => {
            window.print();
          });
        },
      });
      m.addControl(control, 'top-right');
      disposers.push(() => {
        m.removeControl(control);
      });
      disposers.push(connectCompare({ map: m, store, geodata, control: compare, frame }));
    },
    still: () => {
      compare.unavailable('Comparing two dates needs the interactive map, which this browser cannot show (no WebGL); the picture shows one date.');
    },
    dispose: () => {
      for (const d of disposers.splice(0).reverse()) d();
    },
  };
}

/**
 * The date offered when a reader starts comparing: the last event on the timeline at least a year
 * before the map's date (what the map looked like before it); else ten years before.
 *
 * @example
 * suggestCompare('2022-09-13', events) // the last event up to 13 Sep 2021
 */
export function suggestCompare(t: string, events: readonly TimelineEvent[]): string {
  const yearBefore = addMonths(t, -12);
  const earlier = events.filter((e) => e.date <= yearBefore).map((e) => e.date);
  return earlier.length > 0 ? earlier.reduce((a, b) => (a > b ? a : b)) : addMonths(t, -120);
}
