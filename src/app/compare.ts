import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS, OVERLAY_LAYER_IDS } from '../core/contract.ts';
import { formatLongDate } from '../core/dates.ts';
import type { GeodataStore } from '../data/geodata.ts';
import { createMap } from '../map/create-map.ts';
import { connectFeed } from '../map/feed.ts';
import { dateFilters, styleLayersOf } from '../map/style/style.ts';
import type { AppState } from '../state/state.ts';
import type { Store } from '../state/store.ts';
import { CompareDivider } from '../views/compare-divider.ts';
import type { CompareControl } from '../views/compare-control.ts';
import { el } from '../views/dom.ts';
import type { Dispose } from './dispose.ts';

export interface CompareDeps {
  map: MapLibreMap;
  store: Store;
  geodata: GeodataStore;
  control: Pick<CompareControl, 'render'>;
  /** The element both maps fill (the main map's parent). */
  frame: HTMLElement;
}

/** Where the page is narrow enough that the two maps stack rather than swipe (the phone layout). */
const STACKED = '(max-width: 700px)';

/**
 * Applies `cmp`: with a date to compare with, a second map of that date beside the first, each
 * labelled with its date. On wide screens the second map lies over the first, on the left of a
 * divider the reader drags (a swipe); on phones it sits above the first (a split). The two move
 * together: a move of either is copied to the other, camera for camera. The layers shown are the
 * same on both. Leaving compare removes the second map with `map.remove()`, which also gives up
 * its WebGL context, and every listener it needed.
 */
export function connectCompare({ map, store, geodata, control, frame }: CompareDeps): Dispose {
  let session: Dispose | null = null;
  let mainLabel: HTMLElement | null = null;

  const apply = (state: AppState): void => {
    control.render(state.t, state.cmp);
    if (state.cmp === undefined) {
      session?.();
      session = null;
    } else if (session === null) {
      session = open(state.cmp);
    }
    if (mainLabel) mainLabel.textContent = formatLongDate(state.t);
  };

  const open = (cmp: string): Dispose => {
    const doc = frame.ownerDocument;
    doc.documentElement.dataset.compare = 'true';
    const wrapper = el('div', 'compare');
    wrapper.setAttribute('aria-label', `Map on ${formatLongDate(cmp)}, for comparison`);
    wrapper.setAttribute('role', 'region');
    const container = el('div', 'compare__map');
    const label = el('p', 'compare__label compare__label--left', formatLongDate(cmp));
    wrapper.append(container);
    frame.insertBefore(wrapper, frame.firstChild);
    const center = map.getCenter();
    const second = createMap(
      container,
      { view: { lng: center.lng, lat: center.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() }, t: cmp, layers: store.state.layers },
      undefined,
      { controls: false },
    );
    container.append(label);
    window.compareMap = second;
    mainLabel = el('p', 'compare__label compare__label--right', formatLongDate(store.state.t));
    map.getContainer().append(mainLabel);

    const feeder = connectFeed(second, geodata, () => undefined);
    for (const layer of LAYER_IDS) feeder.feed(layer);

    // The divider, where the maps swipe; rebuilt when the layout changes between swipe and split.
    const stacked = window.matchMedia(STACKED);
    let divider: CompareDivider | null = null;
    const layout = (): void => {
      if (stacked.matches) {
        divider?.remove();
        divider = null;
      } else if (!divider) {
        divider = new CompareDivider(frame, wrapper);
        wrapper.append(divider.element);
      }
      second.resize();
    };
    layout();
    stacked.addEventListener('change', layout);

    // Camera for camera, both ways; `syncing` stops the copy echoing back.
    let syncing = false;
    const follow = (from: MapLibreMap, to: MapLibreMap) => (): void => {
      if (syncing) return;
      syncing = true;
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom(), bearing: from.getBearing(), pitch: from.getPitch() });
      syncing = false;
    };
    const toSecond = follow(map, second);
    const toMain = follow(second, map);
    map.on('move', toSecond);
    second.on('move', toMain);

    // The same layers on both; the second map's own date.
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.cmp !== undefined && state.cmp !== prev.cmp) {
        for (const [id, filter] of dateFilters(state.cmp)) if (second.getLayer(id)) second.setFilter(id, filter, { validate: false });
        label.textContent = formatLongDate(state.cmp);
        wrapper.setAttribute('aria-label', `Map on ${formatLongDate(state.cmp)}, for comparison`);
      }
      if (state.layers.join() !== prev.layers.join()) {
        for (const id of OVERLAY_LAYER_IDS) {
          const want = state.layers.includes(id) ? 'visible' : 'none';
          for (const styleLayer of styleLayersOf(id)) {
            if (second.getLayer(styleLayer) && (second.getLayoutProperty(styleLayer, 'visibility') ?? 'visible') !== want)
              second.setLayoutProperty(styleLayer, 'visibility', want);
          }
        }
      }
    });

    return () => {
      unsubscribe();
      map.off('move', toSecond);
      second.off('move', toMain);
      stacked.removeEventListener('change', layout);
      divider?.remove();
      feeder.dispose();
      second.remove();
      if (window.compareMap === second) window.compareMap = undefined;
      wrapper.remove();
      mainLabel?.remove();
      mainLabel = null;
      delete doc.documentElement.dataset.compare;
    };
  };

  apply(store.state);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.cmp !== prev.cmp || state.t !== prev.t) apply(state);
  });
  return () => {
    unsubscribe();
    session?.();
    session = null;
  };
}
