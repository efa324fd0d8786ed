import { isOverlayLayerId, OVERLAY_LAYER_IDS } from '../core/contract.ts';
import { clampDate, formatDate } from '../core/dates.ts';
import { parseRef } from '../core/ref.ts';
import { layersDrawnOn, overlayInfo } from '../data/layers.ts';
import type { StorySettings } from '../story/model.ts';

/**
 * Settings for a story that brings none, such as one the linker made: the layers that draw
 * something on its date, with any other layer it names; a group titled by the date; and the
 * story's day on the timeline. Layers loaded only on demand (the villages) show when it names them.
 *
 * @example
 * settingsForStory({ date: '1995-01-01', title: 'Ceasefire holds', outlet: 'AP' }, ['places/aghdam']).group.title
 * // 'At the time of the article (1 Jan 1995)'
 */
export function settingsForStory(story: { date: string; title: string; outlet: string }, targets: readonly string[]): StorySettings {
  const t = clampDate(story.date);
  const named = new Set(targets.map((target) => parseRef(target)?.layer).filter((l) => l !== undefined && isOverlayLayerId(l)));
  const drawn = layersDrawnOn(t).filter((l) => overlayInfo(l).onDemand !== true);
  const layers = OVERLAY_LAYER_IDS.filter((l) => drawn.includes(l) || named.has(l));
  const title = story.title.length > 80 ? `${story.title.slice(0, 77)}…` : story.title;
  return {
    date: t,
    layers,
    group: { title: `At the time of the article (${formatDate(t)})`, layers },
    events: [{ date: t, caption: `The article’s day: “${title}”`, source: story.outlet === '' ? 'The article you opened' : story.outlet }],
  };
}
