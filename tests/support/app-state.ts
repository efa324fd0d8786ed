import { OVERLAY_LAYER_IDS } from '../../src/core/contract.ts';
import { isTimelineDate } from '../../src/core/dates.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../../src/core/frame.ts';
import { parseRef } from '../../src/core/ref.ts';
import { PASTED } from '../../src/state/defaults.ts';
import type { AppState } from '../../src/state/state.ts';
import { bundledStoryIds, DEFAULT_STORY_ID } from '../../src/story/registry.ts';

/** MapLibre's limit of latitude (Web Mercator). */
const MAX_LAT = 85.051129;

/**
 * What is wrong with a state a link was read into, by the bounds the app itself sets: zoom within
 * the map's range, a centre MapLibre can show, a bearing and pitch it takes, known overlay layers in
 * drawing order, a selection of the `layer/id` form, a paragraph number, a real date on the
 * timeline (and for `cmp`, the date compared with), a story the atlas has, and `embed` true or absent. Empty when it is valid.
 */
export function stateProblems(state: AppState): string[] {
  const problems: string[] = [];
  const { view } = state;
  if (view !== null) {
    if (!(view.zoom >= MIN_ZOOM && view.zoom <= MAX_ZOOM)) problems.push(`zoom ${view.zoom} is outside ${MIN_ZOOM}–${MAX_ZOOM}`);
    if (!(Math.abs(view.lat) <= MAX_LAT)) problems.push(`lat ${view.lat}`);
    if (!(Math.abs(view.lng) <= 180)) problems.push(`lng ${view.lng}`);
    if (!(view.bearing > -180 && view.bearing <= 180)) problems.push(`bearing ${view.bearing}`);
    if (!(view.pitch >= 0 && view.pitch <= 85)) problems.push(`pitch ${view.pitch}`);
    if (Object.is(view.bearing, -0)) problems.push('bearing -0');
  }
  const order = state.layers.map((l) => (OVERLAY_LAYER_IDS as readonly string[]).indexOf(l));
  if (order.some((i) => i < 0)) problems.push(`unknown layers in ${state.layers.join(',')}`);
  if (order.some((i, k) => k > 0 && i <= (order[k - 1] ?? -1))) problems.push(`layers out of order or repeated: ${state.layers.join(',')}`);
  if (state.sel !== null) {
    const again = parseRef(state.sel.id === null ? state.sel.layer : `${state.sel.layer}/${state.sel.id}`);
    if (again?.layer !== state.sel.layer || again.id !== state.sel.id) problems.push(`sel ${JSON.stringify(state.sel)}`);
  }
  if (state.p !== null && !(Number.isInteger(state.p) && state.p >= 1 && state.p <= 9999)) problems.push(`p ${state.p}`);
  if (!isTimelineDate(state.t)) problems.push(`t ${state.t}`);
  if (state.story !== undefined && state.story !== PASTED && (state.story === DEFAULT_STORY_ID || !bundledStoryIds().includes(state.story)))
    problems.push(`story ${state.story}`);
  if (state.pasted !== undefined && state.story !== PASTED) problems.push('a pasted story without story=pasted');
  if (state.cmp !== undefined && !isTimelineDate(state.cmp)) problems.push(`cmp ${state.cmp}`);
  if (state.embed !== undefined && !state.embed) problems.push(`embed ${String(state.embed)}`);
  return problems;
}
