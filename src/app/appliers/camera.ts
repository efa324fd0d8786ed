import type { Map as MapLibreMap } from 'maplibre-gl';
import { frameRegion, jumpToView, viewOf } from '../../map/frame.ts';
import type { Actions } from '../../state/actions.ts';
import type { AppState } from '../../state/state.ts';
import type { Store } from '../../state/store.ts';
import type { Dispose } from '../dispose.ts';

export interface CameraDeps {
  map: MapLibreMap;
  store: Store;
  actions: Pick<Actions, 'moveMap'>;
}

/**
 * Applies `view` when it comes from a link, Back or Forward: the camera goes there, or frames the
 * region when the link has no view. Whenever the map comes to rest, the view goes back into the
 * state (replacing the history entry). The first view is recorded at once, so the link written
 * after load has it.
 */
export function connectCamera({ map, store, actions }: CameraDeps): Dispose {
  const apply = (state: AppState): void => {
    if (state.view) jumpToView(map, state.view);
    else frameRegion(map);
  };
  const onMoveEnd = (): void => {
    actions.moveMap(viewOf(map));
  };
  apply(store.state);
  const unsubscribe = store.subscribe((state, _prev, change) => {
    if (change.origin === 'url') apply(state);
  });
  map.on('moveend', onMoveEnd);
  onMoveEnd();
  return () => {
    unsubscribe();
    map.off('moveend', onMoveEnd);
  };
}
