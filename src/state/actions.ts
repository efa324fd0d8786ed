import type { OverlayLayerId } from '../core/contract.ts';
import { isOverlayLayerId, OVERLAY_LAYER_IDS } from '../core/contract.ts';
import type { Ref } from '../core/ref.ts';
import { clampDate } from '../core/dates.ts';
import type { StorySettings } from '../story/model.ts';
import { PASTED } from './defaults.ts';
import type { AppState, View } from './state.ts';
import type { Store } from './store.ts';

/**
 * What a reader can ask for, by name. These are the only callers of `store.update`: views and the
 * map report events to them, and the appliers render what follows.
 */
export interface Actions {
  /** A mention in the story: select its target, mark its paragraph (null: the title), show its layer, fly there. */
  openMention(target: Ref, paragraph: number | null): void;
  /** A result of the map's search: select it, show its layer, fly there. */
  find(target: Ref): void;
  /** A click on the map: the top-most feature under it, or null for empty ground. */
  selectOnMap(target: Ref | null): void;
  /** Another entry of the open popup, or a member of a whole layer; `fly` moves the camera to it. */
  choose(target: Ref, fly: boolean): void;
  /** The reader closed the popup. */
  closePopup(): void;
  /** A link named something that is not on the map: forget it without a history entry. */
  dropSelection(): void;
  /** A layer's checkbox. */
  toggleLayer(id: OverlayLayerId, visible: boolean): void;
  /** The timeline: 'replace' while sliding, 'push' for a jump to an event. */
  setDate(t: string, history: 'push' | 'replace'): void;
  /** A quote in a popup: show its paragraph. */
  showParagraph(n: number): void;
  /** The map came to rest after the reader (or a flight) moved it. */
  moveMap(view: View): void;
  /** A link, Back or Forward, or an edited hash. */
  restore(state: AppState): void;
  /** Compare the map's date with a second date (a history entry), or stop comparing (undefined). */
  setCompare(cmp: string | undefined): void;
  /** One step of Play: the first adds a history entry, the rest replace it. */
  playStep(t: string, first: boolean): void;
  /**
   * A story the reader opened from a text or a file: shown with its date and layers, nothing
   * selected; `payload` is the story compressed for the link, or null when it is too long for one.
   */
  openPastedStory(settings: Pick<StorySettings, 'date' | 'layers'>, payload: string | null): void;
}

/** The actions on one store. */
export function createActions(store: Store): Actions {
  const withLayer = (id: OverlayLayerId, on: boolean): OverlayLayerId[] => OVERLAY_LAYER_IDS.filter((l) => (l === id ? on : store.state.layers.includes(l)));
  return {
    openMention: (target, paragraph) => {
      const layers = isOverlayLayerId(target.layer) ? withLayer(target.layer, true) : store.state.layers;
      store.update({ sel: target, p: paragraph, layers }, { history: 'push', origin: 'ui', fly: true });
    },
    find: (target) => {
      const layers = isOverlayLayerId(target.layer) ? withLayer(target.layer, true) : store.state.layers;
      store.update({ sel: target, layers }, { history: 'push', origin: 'ui', fly: true });
    },
    selectOnMap: (target) => {
      if (target === null && store.state.sel === null) return;
      store.update({ sel: target }, { history: 'push', origin: 'ui' });
    },
    choose: (target, fly) => {
      store.update({ sel: target }, { history: 'push', origin: 'ui', fly });
    },
    closePopup: () => {
      store.update({ sel: null }, { history: 'push', origin: 'ui' });
    },
    dropSelection: () => {
      store.update({ sel: null }, { history: 'replace', origin: 'ui' });
    },
    toggleLayer: (id, visible) => {
      store.update({ layers: withLayer(id, visible) }, { history: 'push', origin: 'ui' });
    },
    setDate: (t, history) => {
      store.update({ t }, { history, origin: 'ui' });
    },
    showParagraph: (n) => {
      store.update({ p: n }, { history: 'push', origin: 'ui' });
    },
    moveMap: (view) => {
      store.update({ view }, { history: 'replace', origin: 'map' });
    },
    restore: (state) => {
      store.update(state, { history: 'none', origin: 'url' });
    },
    setCompare: (cmp) => {
      if (cmp === store.state.cmp) return;
      store.update({ cmp }, { history: 'push', origin: 'ui' });
    },
    playStep: (t, first) => {
      store.update({ t }, { history: first ? 'push' : 'replace', origin: 'ui' });
    },
    openPastedStory: (settings, payload) => {
      const update: Partial<AppState> = { story: PASTED, pasted: payload ?? undefined, t: clampDate(settings.date), sel: null, p: null };
      update.layers = OVERLAY_LAYER_IDS.filter((l) => settings.layers.includes(l));
      store.update(update, { history: 'push', origin: 'ui' });
    },
  };
}
