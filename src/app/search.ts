import { parseRef } from '../core/ref.ts';
import type { GeodataStore } from '../data/geodata.ts';
import type { Actions } from '../state/actions.ts';
import type { Store } from '../state/store.ts';
import { SearchBox } from '../views/search-box.ts';
import type { PlaceSearch } from './search-index.ts';

export interface SearchDeps {
  store: Pick<Store, 'state'>;
  geodata: Pick<GeodataStore, 'load' | 'ready'>;
  actions: Pick<Actions, 'find'>;
  /** The page's polite live region. */
  say: (text: string) => void;
}

/**
 * The map's search box. Its index (the gazetteer and the layers' own names, `search-index.ts`)
 * is a chunk of its own, fetched when the reader first types; a result goes through the state as
 * any selection does (`actions.find`: the hash's `sel=`, a history entry, the popup, a flight).
 */
export function createSearchBox(deps: SearchDeps): SearchBox {
  let pending: Promise<PlaceSearch> | null = null;
  const search = (): Promise<PlaceSearch> => {
    pending ??= import('./search-index.ts')
      .then((m) => m.createPlaceSearch(deps.geodata))
      .catch((err: unknown) => {
        pending = null; // a later keystroke tries again
        throw err;
      });
    return pending;
  };
  return new SearchBox({
    find: async (query) => (await search()).find(query, deps.store.state.t),
    onChoose: (option) => {
      const ref = parseRef(option.value);
      if (ref) deps.actions.find(ref);
    },
    onFocus: () => {
      search().catch(() => undefined); // a failure is said when the reader types
    },
    say: deps.say,
  });
}
