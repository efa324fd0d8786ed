import type { Map as MapLibreMap } from 'maplibre-gl';
import { createMap } from '../map/create-map.ts';
import { connectFeed } from '../map/feed.ts';
import { featureRefsOf, Highlighter } from '../map/highlight.ts';
import { connectMapPointer } from '../map/interactions.ts';
import { MapPopup } from '../map/popup.ts';
import { PlaceShadows } from '../map/shadows.ts';
import { createActions } from '../state/actions.ts';
import { parseState, storyKey } from '../state/hash.ts';
import { Store } from '../state/store.ts';
import { connectUrl } from '../state/url.ts';
import { isLayerId } from '../core/contract.ts';
import { GeodataStore } from '../data/geodata.ts';
import { PASTED } from '../state/defaults.ts';
import { bundledStory } from '../story/registry.ts';
import { encodeStory } from '../story/share.ts';
import { LayerPanel } from '../views/layer-panel.ts';
import { Notices } from '../views/notices.ts';
import { ShareControl } from '../views/share-control.ts';
import { Timeline } from '../views/timeline.ts';
import { connectArticle } from './appliers/article.ts';
import { connectCamera } from './appliers/camera.ts';
import { connectDate } from './appliers/date.ts';
import { connectLayers } from './appliers/layers.ts';
import { connectLayerStatus } from './appliers/layer-status.ts';
import { connectSelection } from './appliers/selection.ts';
import type { Dispose } from './dispose.ts';
import { Player } from './play.ts';
import { connectOpenArticle } from './open-article.ts';
import { connectStory } from './story.ts';
import { startStill } from './start-still.ts';
import { connectA11y } from './a11y.ts';
import { addReaderTools } from './reader-tools.ts';
import { createSearchBox } from './search.ts';
import { startTools } from './tools.ts';

/** The page's parts the app fills. */
export interface Page {
  map: HTMLElement;
  layers: HTMLElement;
  timeline: HTMLElement;
  article: HTMLElement;
  notices: HTMLElement;
  /** Where the "Open an article" and "Map as text" buttons go. */
  tools: HTMLElement;
  /** The polite live region, and where the map's text twin goes. */
  announcer: HTMLElement;
  mapText: HTMLElement;
}

/**
 * Composes the app: the state and its actions, the geodata, the views, the map, and the appliers
 * that render the state into them. Keeps every disposer; the returned function undoes them all,
 * in reverse order. The story loads whatever happens to the map, so it stays readable without
 * WebGL; a map that cannot start throws, after the views are in place.
 */
export async function startApp(page: Page): Promise<Dispose> {
  const disposers: Dispose[] = [];
  const dispose: Dispose = () => {
    for (const d of disposers.splice(0).reverse()) d();
  };
  const hash = window.location.hash;
  const store = new Store(parseState(hash));
  const actions = createActions(store);
  const notices = new Notices(page.notices);
  disposers.push(() => {
    notices.remove();
  });
  const asked = storyKey(hash);
  if (asked !== null && bundledStory(asked) === null) {
    notices.show(`This link asks for the story “${asked}”, which this atlas does not have. Showing the default story.`);
  }

  const geodata = new GeodataStore();
  // For tests and the curious: whether any layer file is still on its way.
  let loading = 0;
  disposers.push(
    geodata.subscribe((_layer, status) => {
      if (status.state === 'loading') loading++;
      else loading = Math.max(0, loading - 1);
      document.documentElement.dataset.geodata = loading > 0 ? 'loading' : 'idle';
    }),
  );
  // Fetch every layer the first view shows now, beside the base map, rather than after the map's
  // `load` and the article: the requests then overlap the map's start-up (the benchmark found the
  // overlays waiting 3–8 s for it). `load` fetches each file once, so later calls share these.
  for (const layer of ['land', 'water', ...store.state.layers] as const) void geodata.load(layer);

  const layerPanel = new LayerPanel((id, visible) => {
    actions.toggleLayer(id, visible);
  });
  page.layers.append(layerPanel.element);
  disposers.push(() => {
    layerPanel.remove();
  });

  let player: Player | null = null;
  const timeline = new Timeline({
    onDate: (t, history) => {
      actions.setDate(t, history);
    },
    onPlay: (play) => (play ? player?.start() : player?.stop()),
  });
  timeline.render(store.state.t);
  page.timeline.append(timeline.element);
  disposers.push(() => {
    timeline.remove();
  });

  let highlighter: Highlighter | null = null;
  const story = connectStory({
    store,
    root: page.article,
    layerPanel,
    timeline,
    notices,
    onMention: (target, n) => {
      actions.openMention(target, n > 0 ? n : null);
    },
    onMentionHover: (target) => highlighter?.set('hover', target ? featureRefsOf(target, geodata) : []),
  });
  disposers.push(story.dispose);
  disposers.push(connectOpenArticle({ host: page.tools, actions, session: story, notices }));
  // A twin entry selects as a map click on the feature would: popup, highlight, hash.
  const a11y = connectA11y({
    store,
    geodata,
    story,
    announcer: page.announcer,
    host: page.mapText,
    tools: page.tools,
    article: page.article,
    onChoose: (layer, id) => {
      actions.selectOnMap({ layer, id });
    },
  });
  disposers.push(a11y.dispose);

  // Compare two dates, export, print and embed.
  const tools = startTools({
    store,
    actions,
    geodata,
    layerPanel,
    timelineHost: page.timeline,
    mapElement: page.map,
    article: page.article,
    storyTitle: () => story.current()?.story.title ?? null,
    events: () => story.events(),
  });
  disposers.push(tools.dispose);

  // Copy link and embed code; for a pasted story too long for a link, the story as a file.
  const share = new ShareControl(() => {
    const shown = story.current();
    if (store.state.story !== PASTED || store.state.pasted !== undefined || !shown) return null;
    return { length: encodeStory(shown.story).length, fileName: `${shown.story.id}.json`, json: () => JSON.stringify(shown.story, null, 2) };
  }, tools.embedCode);
  const search = createSearchBox({ store, geodata, actions, say: a11y.say });
  // What the map and the still picture share: the article's marks, and Play on the timeline.
  const connectReading = (map: MapLibreMap | null, surface?: HTMLElement): void => {
    disposers.push(connectArticle({ store, panel: () => story.current()?.panel ?? null, onStoryShown: (listener) => story.subscribe(listener) }));
    const play = new Player({
      map,
      surface,
      store,
      actions,
      geodata,
      onPlaying: (playing) => {
        timeline.setPlaying(playing);
      },
      events: () => story.events(),
    });
    player = play;
    disposers.push(() => {
      play.destroy();
    });
  };
  let map: MapLibreMap;
  try {
    map = createMap(page.map, store.state);
  } catch (error) {
    // No WebGL 2 (MapLibre throws GPUInitializationError), or the map failed to start some other way:
    // the same state drives a still picture drawn from the same data, and the article works as ever.
    console.warn('The interactive map could not start; showing a still map.', error);
    tools.still();
    await startStill({
      page,
      store,
      actions,
      geodata,
      layerPanel,
      timeline,
      notices,
      story,
      disposers,
      error,
      share,
      tools: [search],
      connectReading: (surface) => {
        connectReading(null, surface);
      },
      followTwin: (surface) => a11y.followStill(surface),
    });
    return dispose;
  }
  window.map = map;
  disposers.push(() => {
    map.remove();
  });
  map.addControl(share, 'top-right');
  const readerTools = addReaderTools(map, search, a11y.say);
  disposers.push(readerTools.dispose);
  const lit = new Highlighter(map, (ref) => (isLayerId(ref.source) ? (geodata.ready(ref.source)?.features.get(ref.id)?.geometry ?? null) : null));
  highlighter = lit;
  // Data goes to the map as soon as the style has its sources, without waiting for `load`, and
  // the places a clash stands for are hidden before their first frame, not after it.
  const shadows = new PlaceShadows(map, geodata);
  const shadowPlaces = (): void => {
    shadows.apply(store.state.layers.includes('clashes-2022'));
  };
  const feeder = connectFeed(map, geodata, (layer) => {
    lit.refresh(layer);
    if (layer === 'places' || layer === 'clashes-2022') shadowPlaces();
  });
  disposers.push(() => {
    feeder.dispose();
  });
  const mapLoaded = new Promise<void>((resolve) =>
    map.once('load', () => {
      resolve();
    }),
  );
  await Promise.all([mapLoaded, story.ready]);

  // The URL writer subscribes first, so the state the appliers settle on at load is written to the hash.
  disposers.push(connectUrl(store, window, actions));
  disposers.push(
    connectLayerStatus({
      geodata,
      layerPanel,
      notices,
      onReady: (layer) => {
        if (layer === 'places' || layer === 'clashes-2022') shadowPlaces();
      },
    }),
  );
  shadowPlaces();
  disposers.push(connectLayers({ map, store, geodata, shadows, layerPanel }));
  disposers.push(connectDate({ map, store, layerPanel, timeline }));
  disposers.push(connectCamera({ map, store, actions }));
  const popup = new MapPopup(
    map,
    () => {
      actions.closePopup();
    },
    // The layer panel, and on a wide map the controls down its right edge (zoom, Copy link); a
    // phone's map is too narrow to keep a popup clear of them.
    () => {
      // Each control on its own: the corner's box would also take the empty room beside the narrow ones under the search box.
      const controls = [...map.getContainer().querySelectorAll<HTMLElement>('.maplibregl-ctrl-top-right > *')];
      return map.getContainer().clientWidth >= 600 ? [page.layers, ...controls] : [page.layers];
    },
  );
  disposers.push(() => {
    popup.remove();
  });
  const selection = connectSelection({
    map,
    store,
    actions,
    geodata,
    highlighter: lit,
    feeder,
    popup,
    notices,
    story: () => story.current(),
  });
  disposers.push(selection.dispose);
  connectReading(map);
  disposers.push(
    connectMapPointer(
      map,
      (hit) => {
        lit.set('hover', hit && !readerTools.measuring() ? [{ source: hit.layer, id: hit.id }] : []);
      },
      (hits, lngLat) => {
        if (readerTools.measuring()) return; // the click adds a measuring point instead
        const top = hits[0];
        if (top) selection.clicked({ hits, lngLat });
        actions.selectOnMap(top ? { layer: top.layer, id: top.id } : null);
      },
    ),
  );
  disposers.push(a11y.follow(map));
  tools.withMap(map);
  document.documentElement.dataset.ready = 'true';
  return dispose;
}
