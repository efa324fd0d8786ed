import type { Dispose } from '../dispose.ts';
import type { GeodataStore } from '../../data/geodata.ts';
import type { Store } from '../../state/store.ts';
import type { PassageIndex } from '../../story/passages.ts';
import type { MapText } from '../../views/map-text.ts';
import { twinModel } from './twin-model.ts';

/** What the twin reads of the map: its bounds and centre, the element to name, and `moveend`. */
export interface TwinMap {
  getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
  getCenter(): { lng: number; lat: number };
  getCanvas(): HTMLElement;
  on(type: 'moveend', listener: () => void): unknown;
  off(type: 'moveend', listener: () => void): unknown;
}

export interface MapTextDeps {
  map: TwinMap;
  store: Store;
  geodata: Pick<GeodataStore, 'ready' | 'subscribe'>;
  view: Pick<MapText, 'render' | 'open'>;
  /** Says the summary in the live region. */
  say: (text: string) => void;
  story: () => { index: PassageIndex } | null;
  /** Pans, zooms, toggles and date changes come in bursts: the twin follows once they rest. */
  delay?: number;
}

/**
 * Keeps the text twin and the canvas's accessible name in step with the map: the features in view
 * on the chosen date, per visible layer, debounced. While the twin is open, a changed summary is
 * said in the live region; the list itself is not.
 */
export function connectMapText(deps: MapTextDeps): Dispose {
  const { map, store, geodata, view } = deps;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = '';
  let lastSummary = '';

  const update = (): void => {
    timer = null;
    const b = map.getBounds();
    const c = map.getCenter();
    const model = twinModel({
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      centre: [c.lng, c.lat],
      t: store.state.t,
      layers: store.state.layers,
      geodata,
      index: deps.story()?.index ?? null,
    });
    map.getCanvas().setAttribute('aria-label', `Map. ${model.summary} The same, in words, is under “The map as text”.`);
    const json = JSON.stringify(model);
    if (json === last) return;
    last = json;
    view.render(model);
    if (view.open && lastSummary !== '' && model.summary !== lastSummary) deps.say(model.summary);
    lastSummary = model.summary;
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(update, deps.delay ?? 300);
  };

  update();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.t !== prev.t || state.layers !== prev.layers || state.story !== prev.story) schedule();
  });
  const unsubscribeData = geodata.subscribe((_layer, status) => {
    if (status.state === 'ready') schedule();
  });
  map.on('moveend', schedule);
  return () => {
    unsubscribe();
    unsubscribeData();
    map.off('moveend', schedule);
    if (timer) clearTimeout(timer);
  };
}
