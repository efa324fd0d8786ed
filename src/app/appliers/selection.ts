import type { Map as MapLibreMap } from 'maplibre-gl';
import { isLayerId, type LayerId } from '../../core/contract.ts';
import { bboxOf, pointInGeometry, type BBox } from '../../core/geometry.ts';
import { formatRef, sameRef, type Ref } from '../../core/ref.ts';
import type { GeodataStore } from '../../data/geodata.ts';
import type { Feeder } from '../../map/feed.ts';
import { frameTarget } from '../../map/frame.ts';
import { featureRefsOf, type Highlighter } from '../../map/highlight.ts';
import type { FeatureHit } from '../../map/interactions.ts';
import type { MapPopup } from '../../map/popup.ts';
import type { Actions } from '../../state/actions.ts';
import type { AppState } from '../../state/state.ts';
import type { Change, Store } from '../../state/store.ts';
import type { PassageIndex } from '../../story/passages.ts';
import { notOnMapMessage, type Notices } from '../../views/notices.ts';
import { openPopupItem, renderPopup, type PopupItem } from '../../views/popup-content.ts';
import type { Dispose } from '../dispose.ts';
import { popupItemFor } from './popup-item.ts';

export interface SelectionDeps {
  map: Pick<MapLibreMap, 'getCenter' | 'getContainer' | 'fitBounds'>;
  store: Store;
  actions: Pick<Actions, 'choose' | 'dropSelection' | 'showParagraph'>;
  geodata: Pick<GeodataStore, 'load' | 'ready'>;
  highlighter: Pick<Highlighter, 'set'>;
  feeder: Pick<Feeder, 'feed'>;
  popup: Pick<MapPopup, 'open' | 'shows' | 'element' | 'close'>;
  notices: Pick<Notices, 'show'>;
  /** The story shown: its passages for the popups, and what to call it. Null while loading. */
  story: () => { index: PassageIndex; noun: string } | null;
}

/** A map click, told to the selection applier directly: it never goes through the state. */
export interface Click {
  lngLat: [number, number];
  /** What lay under the click, top-most first. */
  hits: FeatureHit[];
}

export interface SelectionApplier {
  /** The reader clicked the map: the next selection opens its popup at the click, listing every hit. */
  clicked(click: Click): void;
  dispose: Dispose;
}

/** How long a flight to a selection takes (none with reduced motion). */
const FLIGHT_MS = 1200;

/**
 * Applies `sel`: the highlight, the popup (at the click, at the feature, or mid-view for an area a
 * link opens on) and, when the change asks to fly, the camera. A link naming something that is not
 * on the map gets a notice and is dropped.
 */
export function connectSelection(deps: SelectionDeps): SelectionApplier {
  const { map, store, actions, geodata, highlighter, popup, notices } = deps;
  let token = 0;
  let pending: Click | null = null;

  const itemFor = (layer: LayerId, id: string | null): PopupItem | null => popupItemFor(geodata, deps.story()?.index ?? null, layer, id);

  const fly = (sel: Ref, item: PopupItem): void => {
    const bbox = item.feature ? bboxOf(item.feature.geometry) : (geodata.ready(sel.layer)?.bbox ?? null);
    if (!bbox) return;
    // An area or a line: leave room beside it for the popup, which stands there (see MapPopup).
    const type = item.feature?.geometry.type;
    const box = type === 'Point' || type === 'MultiPoint' ? null : popup.element()?.querySelector('.maplibregl-popup-content')?.getBoundingClientRect();
    const beside = box ? { width: box.width + 10, height: box.height + 10 } : undefined;
    frameTarget(map, { bbox, far: item.feature?.properties.far === true }, { popup: true, duration: FLIGHT_MS, ...(beside ? { beside } : {}) });
  };

  const open = (items: PopupItem[], chosen: number, at: [number, number], movable: boolean, beside: BBox | null, keepCamera: boolean): void => {
    const content = renderPopup(
      items,
      chosen,
      {
        onQuote: (n) => {
          actions.showParagraph(n);
        },
        onChoose: (layer, id) => {
          const target = { layer, id };
          if (sameRef(store.state.sel, target)) return;
          actions.choose(target, !popup.shows(formatRef(target)));
        },
      },
      deps.story()?.noun,
    );
    const chosenRef = items[chosen] ? formatRef(items[chosen]) : '';
    const title = content.querySelector(`.atlas-popup__body[data-ref="${CSS.escape(chosenRef)}"] .atlas-popup__title`)?.textContent;
    popup.open(
      content,
      at,
      items.map((i) => formatRef(i)),
      { label: title ? `${title}: details` : 'Details', movable, keepCamera, ...(beside ? { beside } : {}) },
    );
  };

  const apply = async (state: AppState, change: Change, click: Click | null): Promise<void> => {
    const mine = ++token;
    const sel = state.sel;
    if (!sel) {
      highlighter.set('selected', []);
      popup.close();
      return;
    }
    // The selection moved within the open popup: keep the popup, open that entry.
    const ref = formatRef(sel);
    const element = popup.element();
    if (element && popup.shows(ref) && change.origin === 'ui' && !click) {
      openPopupItem(element, sel.layer, sel.id);
      highlighter.set('selected', featureRefsOf(sel, geodata));
      if (change.fly) {
        const item = itemFor(sel.layer, sel.id);
        if (item) fly(sel, item);
      }
      return;
    }
    const status = await geodata.load(sel.layer);
    if (mine !== token) return;
    if (status.state === 'error') {
      popup.close();
      return; // the loading notice already explains it
    }
    deps.feeder.feed(sel.layer);
    const item = itemFor(sel.layer, sel.id);
    if (!item) {
      notices.show(notOnMapMessage(ref));
      popup.close();
      highlighter.set('selected', []);
      actions.dropSelection();
      return;
    }
    highlighter.set('selected', featureRefsOf(sel, geodata));

    let items: PopupItem[] = [item];
    let at: [number, number] | null = item.point;
    if (click) {
      const others = click.hits
        .map((h) => (h.layer === sel.layer && h.id === sel.id ? item : isLayerId(h.layer) ? itemFor(h.layer, h.id) : null))
        .filter((i): i is PopupItem => i !== null);
      if (others.includes(item)) items = others;
      at = click.lngLat;
    }
    // A link that opens on an area: put the popup at the middle of the view when that lies inside
    // the area, so it is in view and fits, even on a phone.
    if (!click && !change.fly && item.feature) {
      const c = map.getCenter();
      if (pointInGeometry([c.lng, c.lat], item.feature.geometry)) at = [c.lng, c.lat];
    }
    if (!at) {
      const box = geodata.ready(sel.layer)?.bbox;
      at = box ? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] : null;
    }
    // A popup about an area or a line (not at a click) stands beside it, not over it.
    const geometry = item.feature?.geometry.type;
    const movable = !click && geometry !== 'Point' && geometry !== 'MultiPoint';
    const beside = movable ? (item.feature ? bboxOf(item.feature.geometry) : (geodata.ready(sel.layer)?.bbox ?? null)) : null;
    // With no flight (a link's own view), the camera stays as the link gives it.
    if (at) open(items, Math.max(0, items.indexOf(item)), at, movable, beside, !change.fly);
    if (change.fly) fly(sel, item);
  };

  const run = (state: AppState, change: Change): void => {
    const click = pending;
    pending = null;
    void apply(state, change, click);
  };
  run(store.state, { history: 'none', origin: 'url' });
  const unsubscribe = store.subscribe((state, prev, change) => {
    if (!sameRef(prev.sel, state.sel) || change.origin === 'url' || pending !== null || change.fly) run(state, change);
  });
  return {
    clicked: (click) => {
      pending = click;
    },
    dispose: () => {
      unsubscribe();
      popup.close();
    },
  };
}
