import type { LayerId } from '../core/contract.ts';
import { REGION_BBOX } from '../core/frame.ts';
import type { GeodataStore } from '../data/geodata.ts';
import type { Store } from '../state/store.ts';
import { Announcer } from '../views/announcer.ts';
import { MapText } from '../views/map-text.ts';
import { connectSkipLinks, focusRegion } from '../views/skip-links.ts';
import { connectAnnounce } from './appliers/announce.ts';
import { connectMapText, type TwinMap } from './appliers/map-text.ts';
import type { Dispose } from './dispose.ts';
import type { StorySession } from './story.ts';

export interface A11yDeps {
  store: Store;
  geodata: GeodataStore;
  story: StorySession;
  /** The live region, the twin's place in the page, where its button goes, and the article. */
  announcer: HTMLElement;
  host: HTMLElement;
  tools: HTMLElement;
  article: HTMLElement;
  /** An entry of the twin was activated: select it as a map click would. */
  onChoose: (layer: LayerId, id: string) => void;
}

/** What the page gives screen-reader and keyboard readers beside the map. */
export interface A11y {
  say: (text: string) => void;
  /** Starts keeping the twin in step with the map, once there is one; the caller keeps the disposer. */
  follow: (map: TwinMap) => Dispose;
  /**
   * The same for the still map: it has no pan or zoom, so the twin lists what lies in the region
   * the still picture frames; `surface` takes the accessible name the canvas would.
   */
  followStill: (surface: HTMLElement) => Dispose;
  dispose: Dispose;
}

/**
 * The live region and its announcements, the skip links, and the text twin with its "Map as
 * text" button. The twin follows the map once `follow` is given one.
 */
export function connectA11y(deps: A11yDeps): A11y {
  const announcer = new Announcer(deps.announcer);
  const say = (text: string): void => {
    announcer.say(text);
  };
  const twin = new MapText({ onChoose: deps.onChoose });
  deps.host.append(twin.element);
  deps.tools.prepend(twin.button);
  const disposers: Dispose[] = [
    () => {
      twin.remove();
      announcer.remove();
    },
    connectAnnounce({ store: deps.store, geodata: deps.geodata, say, story: () => deps.story.current() }),
    connectSkipLinks(document, {
      '#article': () => {
        focusRegion(deps.article);
      },
      '#map-text': () => {
        twin.setOpen(true, true);
      },
    }),
  ];
  return {
    say,
    follow: (map) => connectMapText({ map, store: deps.store, geodata: deps.geodata, view: twin, say, story: () => deps.story.current() }),
    followStill: (surface) => {
      const [west, south, east, north] = REGION_BBOX;
      const region = {
        getBounds: () => ({ getWest: () => west, getSouth: () => south, getEast: () => east, getNorth: () => north }),
        getCenter: () => ({ lng: (west + east) / 2, lat: (south + north) / 2 }),
        getCanvas: () => surface,
        on: () => region,
        off: () => region,
      };
      return connectMapText({ map: region, store: deps.store, geodata: deps.geodata, view: twin, say, story: () => deps.story.current() });
    },
    dispose: () => {
      for (const d of disposers.splice(0).reverse()) d();
    },
  };
}
