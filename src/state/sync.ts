import { LngLat, Popup, type Map as MapLibreMap } from 'maplibre-gl';
import type { ArticlePanel } from '../article/panel.ts';
import type { PassageIndex } from '../article/passages.ts';
import { isOverlayLayerId, LAYER_IDS, OVERLAY_LAYER_IDS, type LayerId } from '../data/contract.ts';
import type { GeodataStore } from '../data/geodata.ts';
import { REGION_BBOX, frameFor } from '../map/camera.ts';
import { anchorOf, bboxOf, pointInGeometry } from '../map/geometry.ts';
import type { Feeder } from '../map/feed.ts';
import type { PlaceShadows } from '../map/shadows.ts';
import type { FeatureRef, Highlighter } from '../map/highlight.ts';
import { LAYER_NAMES, overlayInfo } from '../map/layers.ts';
import { openPopupItem, renderPopup, type PopupItem } from '../map/popup.ts';
import { dateFilters, styleLayersOf } from '../map/style.ts';
import type { LayerPanel } from '../ui/layer-panel.ts';
import { framePadding } from '../ui/layout.ts';
import type { Notices } from '../ui/notices.ts';
import type { Timeline } from '../ui/timeline.ts';
import { roundView } from './hash.ts';
import { sameSelection, selectionRef, type AppState, type Selection } from './state.ts';
import type { Change, Store } from './store.ts';

export interface SyncDeps {
  map: MapLibreMap;
  store: Store;
  geodata: GeodataStore;
  highlighter: Highlighter;
  layerPanel: LayerPanel;
  timeline: Timeline;
  notices: Notices;
  /** Gives geodata to the map's sources; connected before sync, as soon as the map exists. */
  feeder: Feeder;
  /** Hides places that a clash point stands for. */
  shadows: PlaceShadows;
  /** Null while the article is loading, or when it failed to load. */
  article: () => { panel: ArticlePanel; index: PassageIndex } | null;
}

/**
 * The single place that applies state to the map and the panels: layer visibility and data,
 * camera (for links and history), selection (highlight, popup, camera for mentions) and the
 * highlighted paragraph, and the date (layer filters, layer panel, timeline). Returns a function that undoes its subscriptions.
 */
export function connectSync(deps: SyncDeps): () => void {
  const { map, store, geodata, highlighter, layerPanel, timeline, notices } = deps;
  let popup: Popup | null = null;
  let popupRefs: string[] = [];
  let closingProgrammatically = false;
  let selectionToken = 0;

  const shadowPlaces = (): void => deps.shadows.apply(store.state.layers.includes('clashes-2022'));

  const announceError = (layer: LayerId, message: string): void => {
    const title = isOverlayLayerId(layer) ? `“${overlayInfo(layer).title}”` : `the ${LAYER_NAMES[layer].toLowerCase()} layer`;
    notices.show(`Could not load ${title}: ${message}. The rest of the map still works.`, 'error');
  };

  const unsubscribeGeodata = geodata.subscribe((layer, status) => {
    if (status.state === 'ready' && (layer === 'places' || layer === 'clashes-2022')) shadowPlaces();
    if (isOverlayLayerId(layer)) layerPanel.setStatus(layer, status);
    if (status.state === 'error') announceError(layer, status.message);
  });

  // Layers that finished loading before sync was connected (the feeder has given them to the map).
  for (const layer of LAYER_IDS) {
    const status = geodata.status(layer);
    if (isOverlayLayerId(layer)) layerPanel.setStatus(layer, status);
    // main.ts starts fetching before sync connects, so a file may have failed already.
    if (status.state === 'error') announceError(layer, status.message);
  }
  shadowPlaces();

  const applyLayers = (state: AppState, prev: AppState | null): void => {
    for (const id of OVERLAY_LAYER_IDS) {
      const visible = state.layers.includes(id);
      if (prev && prev.layers.includes(id) === visible) continue;
      const want = visible ? 'visible' : 'none';
      for (const styleLayer of styleLayersOf(id)) {
        // Only real changes: MapLibre re-tiles a layer's source on any visibility call, even one
        // that sets what is already there (an unset visibility reads as undefined).
        if (map.getLayer(styleLayer) && (map.getLayoutProperty(styleLayer, 'visibility') ?? 'visible') !== want) {
          map.setLayoutProperty(styleLayer, 'visibility', want);
        }
      }
      if (visible) void geodata.load(id);
      if (id === 'clashes-2022') shadowPlaces();
    }
    layerPanel.render(state.layers);
  };

  // The date: every dated style layer gets its filter for the new date; data stays as it is.
  const applyDate = (state: AppState): void => {
    for (const [id, filter] of dateFilters(state.t)) {
      if (map.getLayer(id)) map.setFilter(id, filter, { validate: false }); // validated by the style's unit test
    }
    layerPanel.setDate(state.t);
    timeline.render(state.t);
  };

  // Moves the camera only when the state asks for somewhere else: a move to where the map already
  // is still costs a frame.
  const applyView = (state: AppState): void => {
    const c = map.getCenter();
    const here = JSON.stringify(roundView({ zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() }));
    if (state.view) {
      const want = roundView(state.view);
      if (here !== JSON.stringify(want)) map.jumpTo({ center: [want.lng, want.lat], zoom: want.zoom, bearing: want.bearing, pitch: want.pitch });
      return;
    }
    const padding = framePadding(map.getContainer());
    const target = map.cameraForBounds(REGION_BBOX, { padding });
    const centre = target?.center === undefined ? null : LngLat.convert(target.center);
    const framed = centre && target?.zoom !== undefined ? JSON.stringify(roundView({ zoom: target.zoom, lat: centre.lat, lng: centre.lng, bearing: 0, pitch: 0 })) : null;
    if (here !== framed) map.fitBounds(REGION_BBOX, { padding, animate: false });
  };

  const closePopup = (): void => {
    if (!popup) return;
    closingProgrammatically = true;
    popup.remove();
    closingProgrammatically = false;
    popup = null;
    popupRefs = [];
  };

  const itemFor = (layer: LayerId, id: string | null): PopupItem | null => {
    const prepared = geodata.ready(layer);
    const index = deps.article()?.index ?? null;
    if (!prepared) return null;
    if (id === null) {
      const info = isOverlayLayerId(layer) ? overlayInfo(layer) : null;
      return {
        layer,
        id: null,
        feature: null,
        members: [...prepared.features.values()].map((f) => ({ id: f.properties.id, name: String(f.properties.label ?? f.properties.name) })),
        layerDescription: info?.description,
        layerDates: info?.dates,
        passages: index?.forLayer(layer) ?? [],
        point: null,
      };
    }
    const feature = prepared.features.get(id);
    if (!feature) return null;
    return { layer, id, feature, passages: index?.forFeature(layer, id) ?? [], point: anchorOf(feature.geometry) };
  };

  const selectionRefs = (sel: Selection): FeatureRef[] => {
    if (sel.id !== null) return [{ source: sel.layer, id: sel.id }];
    const prepared = geodata.ready(sel.layer);
    return prepared ? [...prepared.features.keys()].map((id) => ({ source: sel.layer, id })) : [];
  };

  const openPopup = (items: PopupItem[], open: number, at: [number, number]): void => {
    closePopup();
    const content = renderPopup(items, open, {
      onQuote: (n) => store.update({ p: n }, { history: 'push', origin: 'ui' }),
      onChoose: (layer, id) => {
        const current = store.state.sel;
        if (current && current.layer === layer && current.id === id) return;
        const inPopup = popupRefs.includes(id === null ? layer : `${layer}/${id}`);
        store.update({ sel: { layer, id } }, { history: 'push', origin: 'ui', fly: !inPopup });
      },
    });
    const maxWidth = Math.min(360, map.getContainer().clientWidth - 24);
    popup = new Popup({ closeOnClick: false, maxWidth: `${maxWidth}px`, focusAfterOpen: false, className: 'atlas-popup-container' })
      .setLngLat(at)
      .setDOMContent(content)
      .addTo(map);
    popupRefs = items.map((i) => (i.id === null ? i.layer : `${i.layer}/${i.id}`));
    popup.on('close', () => {
      if (closingProgrammatically) return;
      popup = null;
      popupRefs = [];
      store.update({ sel: null }, { history: 'push', origin: 'ui' });
    });
  };

  const moveCamera = (sel: Selection, item: PopupItem): void => {
    let bbox = null;
    let far = false;
    if (item.feature) {
      bbox = bboxOf(item.feature.geometry);
      far = item.feature.properties.far === true;
    } else {
      bbox = geodata.ready(sel.layer)?.bbox ?? null;
    }
    if (!bbox) return;
    const frame = frameFor({ bbox, far });
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.fitBounds(frame.bounds, {
      // Room above for the popup, which opens at the target.
      padding: framePadding(map.getContainer(), 40),
      maxZoom: frame.maxZoom,
      duration: reduce ? 0 : 1200,
      essential: false,
    });
  };

  const applySelection = async (state: AppState, change: Change): Promise<void> => {
    const token = ++selectionToken;
    const sel = state.sel;
    deps.article()?.panel.setActive(sel ? [selectionRef(sel), sel.layer] : []);
    if (!sel) {
      highlighter.set('selected', []);
      closePopup();
      return;
    }
    // The selection moved within the open popup: keep the popup, open that entry.
    const ref = selectionRef(sel);
    if (popup && popupRefs.includes(ref) && change.origin === 'ui' && !change.click) {
      openPopupItem(popup.getElement(), sel.layer, sel.id);
      highlighter.set('selected', selectionRefs(sel));
      if (change.fly) {
        const item = itemFor(sel.layer, sel.id);
        if (item) moveCamera(sel, item);
      }
      return;
    }
    const status = await geodata.load(sel.layer);
    if (token !== selectionToken) return;
    if (status.state === 'error') {
      closePopup();
      return; // the loading notice already explains it
    }
    deps.feeder.feed(sel.layer);
    const item = itemFor(sel.layer, sel.id);
    if (!item) {
      notices.show(`This link points to “${ref}”, which is not on this map. Showing the map without it.`);
      closePopup();
      highlighter.set('selected', []);
      store.update({ sel: null }, { history: 'replace', origin: 'ui' });
      return;
    }
    highlighter.set('selected', selectionRefs(sel));

    let items: PopupItem[] = [item];
    let at: [number, number] | null = item.point;
    if (change.click) {
      const others = change.click.candidates
        .map((c) => (c.layer === sel.layer && c.id === sel.id ? item : itemFor(c.layer as LayerId, c.id)))
        .filter((i): i is PopupItem => i !== null);
      if (others.some((i) => i === item)) items = others;
      at = change.click.lngLat;
    }
    // A link that opens on an area: put the popup at the middle of the view when that lies inside
    // the area, so it is in view and fits, even on a phone.
    if (!change.click && !change.fly && item.feature) {
      const c = map.getCenter();
      if (pointInGeometry([c.lng, c.lat], item.feature.geometry)) at = [c.lng, c.lat];
    }
    if (!at) {
      const box = geodata.ready(sel.layer)?.bbox;
      at = box ? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] : null;
    }
    if (at) openPopup(items, Math.max(0, items.indexOf(item)), at);
    if (change.fly) moveCamera(sel, item);
  };

  const applyParagraph = (state: AppState, prev: AppState | null, change: Change): void => {
    const panel = deps.article()?.panel;
    if (!panel) return;
    if (prev && prev.p === state.p && change.origin !== 'url') return;
    const n = state.p !== null && panel.has(state.p) ? state.p : null;
    panel.setCurrent(n, n !== null);
  };

  const apply = (state: AppState, prev: AppState | null, change: Change): void => {
    if (!prev || prev.layers.join() !== state.layers.join() || change.origin === 'url') applyLayers(state, change.origin === 'url' ? null : prev);
    if (!prev || prev.t !== state.t || change.origin === 'url') applyDate(state);
    if (change.origin === 'url') applyView(state);
    if (!prev || !sameSelection(prev.sel, state.sel) || change.origin === 'url' || change.click || change.fly) void applySelection(state, change);
    applyParagraph(state, prev, change);
  };

  const unsubscribe = store.subscribe((state, prev, change) => apply(state, prev, change));

  const onMoveEnd = (): void => {
    const c = map.getCenter();
    store.update(
      { view: roundView({ zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() }) },
      { history: 'replace', origin: 'map' },
    );
  };
  map.on('moveend', onMoveEnd);

  // First render: the state the page opened with.
  apply(store.state, null, { history: 'none', origin: 'url' });
  onMoveEnd();

  return () => {
    unsubscribe();
    unsubscribeGeodata();
    map.off('moveend', onMoveEnd);
    closePopup();
  };
}
