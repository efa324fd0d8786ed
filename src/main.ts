import './styles.css';
import storyUrl from './article/stories/2022-09-13.json?url';
import { loadStory } from './article/load.ts';
import { parseTarget } from './article/model.ts';
import { ArticlePanel } from './article/panel.ts';
import { buildPassageIndex, type PassageIndex } from './article/passages.ts';
import { isLayerId, isOverlayLayerId, OVERLAY_LAYER_IDS, type OverlayLayerId } from './data/contract.ts';
import { GeodataStore } from './data/geodata.ts';
import { createMap } from './map/create-map.ts';
import { connectFeed } from './map/feed.ts';
import { PlaceShadows } from './map/shadows.ts';
import { Highlighter, type FeatureRef } from './map/highlight.ts';
import { connectMapPointer } from './map/interactions.ts';
import { parseState } from './state/hash.ts';
import { Store } from './state/store.ts';
import { connectSync } from './state/sync.ts';
import { connectUrl } from './state/url.ts';
import { Player } from './timeline/player.ts';
import { LayerPanel } from './ui/layer-panel.ts';
import { Notices } from './ui/notices.ts';
import { Timeline } from './ui/timeline.ts';

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
}

/** Wires the app together: state, data, map, panels. Each piece lives in its own module. */
async function main(): Promise<void> {
  const notices = new Notices(byId('notices'));
  const articleRoot = byId('article');
  const store = new Store(parseState(window.location.hash));
  const geodata = new GeodataStore();
  // For tests and the curious: whether any layer file is still on its way.
  let loading = 0;
  geodata.subscribe((_layer, status) => {
    if (status.state === 'loading') loading++;
    else loading = Math.max(0, loading - 1);
    document.documentElement.dataset.geodata = loading > 0 ? 'loading' : 'idle';
  });
  // Fetch every layer the first view shows now, beside the base map, rather than after the map's
  // `load` and the article: the requests then overlap the map's start-up (the benchmark found the
  // overlays waiting 3–8 s for it). `load` fetches each file once, so later calls share these.
  for (const layer of ['land', 'water', ...store.state.layers] as const) void geodata.load(layer);

  // The article loads whatever happens to the map, so it stays readable without WebGL.
  let highlighter: Highlighter | null = null;
  const withLayer = (layers: readonly OverlayLayerId[], id: OverlayLayerId, on: boolean): OverlayLayerId[] =>
    OVERLAY_LAYER_IDS.filter((l) => (l === id ? on : layers.includes(l)));

  const layerPanel = new LayerPanel((id, visible) =>
    store.update({ layers: withLayer(store.state.layers, id, visible) }, { history: 'push', origin: 'ui' }),
  );
  byId('layers').append(layerPanel.element);

  // Slider drags replace the history entry (throttled, like panning); event jumps push one.
  let player: Player | null = null;
  const timeline = new Timeline({
    onDate: (t, history) => store.update({ t }, { history, origin: 'ui' }),
    onPlay: (play) => (play ? player?.start() : player?.stop()),
  });
  timeline.render(store.state.t);
  byId('timeline').append(timeline.element);

  const hoverRefs = (target: string | null): FeatureRef[] => {
    if (!target) return [];
    const { layer, id } = parseTarget(target);
    if (!isLayerId(layer)) return [];
    if (id !== null) return [{ source: layer, id }];
    const prepared = geodata.ready(layer);
    return prepared ? [...prepared.features.keys()].map((fid) => ({ source: layer, id: fid })) : [];
  };

  let article: { panel: ArticlePanel; index: PassageIndex } | null = null;
  const articleLoaded = loadStory(storyUrl).then(
    (story) => {
      const panel = new ArticlePanel(articleRoot, story, {
        onMention: (mention, n) => {
          const { layer, id } = parseTarget(mention.target);
          if (!isLayerId(layer)) return;
          const layers = isOverlayLayerId(layer) ? withLayer(store.state.layers, layer, true) : store.state.layers;
          store.update({ sel: { layer, id }, p: n, layers }, { history: 'push', origin: 'ui', fly: true });
        },
        onMentionHover: (target) => highlighter?.set('hover', hoverRefs(target)),
      });
      article = { panel, index: buildPassageIndex(story) };
    },
    (err: unknown) => {
      const message = err instanceof Error ? err.message : 'the article could not be loaded';
      articleRoot.replaceChildren();
      const p = document.createElement('p');
      p.className = 'article__error';
      p.textContent = `Sorry: ${message}. The map still works.`;
      articleRoot.append(p);
      notices.show(`Could not show the article: ${message}.`, 'error');
    },
  );

  const map = createMap(byId('map'), store.state);
  window.map = map;
  const lit = new Highlighter(map, (ref) => (isLayerId(ref.source) ? (geodata.ready(ref.source)?.features.get(ref.id)?.geometry ?? null) : null));
  highlighter = lit;
  // Data goes to the map as soon as the style has its sources, without waiting for `load`, and
  // the places a clash stands for are hidden before their first frame, not after it.
  const shadows = new PlaceShadows(map, geodata);
  const feeder = connectFeed(map, geodata, (layer) => {
    lit.refresh(layer);
    if (layer === 'places' || layer === 'clashes-2022') shadows.apply(store.state.layers.includes('clashes-2022'));
  });
  const mapLoaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
  await Promise.all([mapLoaded, articleLoaded]);

  // The URL writer subscribes first, so the state sync settles on load is written to the hash.
  connectUrl(store);
  connectSync({ map, store, geodata, feeder, shadows, highlighter: lit, layerPanel, timeline, notices, article: () => article });
  player = new Player({ map, store, geodata, onPlaying: (playing) => timeline.setPlaying(playing) });
  connectMapPointer(
    map,
    (hit) => lit.set('hover', hit ? [{ source: hit.layer, id: hit.id }] : []),
    (hits, lngLat) => {
      const top = hits[0];
      if (!top) {
        if (store.state.sel) store.update({ sel: null }, { history: 'push', origin: 'ui' });
        return;
      }
      store.update({ sel: { layer: top.layer, id: top.id } }, { history: 'push', origin: 'ui', click: { lngLat, candidates: hits } });
    },
  );
  document.documentElement.dataset.ready = 'true';
}

main().catch((err: unknown) => {
  console.error(err);
  const root = document.getElementById('notices');
  if (root) {
    const p = document.createElement('p');
    p.className = 'notice notice--error';
    p.textContent = 'The map could not start in this browser (it needs WebGL 2). The article is still readable below.';
    root.append(p);
  }
});
