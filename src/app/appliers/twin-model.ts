import type { OverlayLayerId } from '../../core/contract.ts';
import { featureEnded, featureInForce, formatDates, formatLongDate } from '../../core/dates.ts';
import { anchorOf, bboxOf, distanceKm, isPointGeometry, pointInGeometry, type BBox } from '../../core/geometry.ts';
import { facts, otherNames } from '../../data/describe.ts';
import type { GeodataStore } from '../../data/geodata.ts';
import { layersDrawnOn, OVERLAYS } from '../../data/layers.ts';
import type { AtlasFeature } from '../../data/prepare.ts';
import type { PassageIndex } from '../../story/passages.ts';
import type { TwinEntry, TwinGroup, TwinModel } from '../../views/map-text.ts';

export interface TwinInput {
  /** The map's bounds: west, south, east, north. */
  bounds: BBox;
  centre: [number, number];
  t: string;
  layers: readonly OverlayLayerId[];
  geodata: Pick<GeodataStore, 'ready'>;
  index: PassageIndex | null;
}

/**
 * What the map shows, in words: per visible layer (in the layer panel's order), the features in
 * force on `t` whose extent meets the view, and the former outlines the map still draws; with a
 * summary sentence naming the region, the date, the layers shown and the count of places.
 *
 * @example
 * twinModel({ bounds, centre, t: '2022-09-13', layers, geodata, index }).summary
 * // 'Nagorno-Karabakh and surroundings on 13 September 2022. Shown: 6 layers. 24 places and 9 areas or lines in view.'
 */
export function twinModel(input: TwinInput): TwinModel {
  const { bounds, t, geodata, index } = input;
  const drawn = layersDrawnOn(t);
  const groups: TwinGroup[] = [];
  let places = 0;
  let others = 0;
  for (const info of OVERLAYS) {
    if (!input.layers.includes(info.id) || !drawn.includes(info.id)) continue;
    const prepared = geodata.ready(info.id);
    if (!prepared) continue;
    const entries: TwinEntry[] = [];
    for (const f of prepared.features.values()) {
      const props = f.properties as Record<string, unknown>;
      const former = !featureInForce(props, t);
      if (former && !(info.afterwards !== undefined && featureEnded(props, t))) continue;
      if (!meets(f, bounds)) continue;
      entries.push(entryOf(info.id, f, former, index));
      if (isPointGeometry(f.geometry)) places++;
      else others++;
    }
    groups.push(capped({ layer: info.id, title: info.title, entries, more: 0 }, input.centre, prepared.features));
  }
  const shown = groups.length;
  const summary =
    `${regionOf(input)} on ${formatLongDate(t)}. Shown: ${String(shown)} layer${shown === 1 ? '' : 's'}. ` +
    `${String(places)} place${places === 1 ? '' : 's'} and ${String(others)} area${others === 1 ? '' : 's'} or line${others === 1 ? '' : 's'} in view.`;
  return { summary, groups };
}

/** The most entries one layer lists; past it, zooming in narrows the list (see `capped`). */
export const TWIN_LIMIT = 60;

/**
 * A layer's entries cut to TWIN_LIMIT when longer: every entry the story quotes is kept, then
 * those nearest the view's centre; the kept ones stay in the layer's order, and `more` counts the
 * rest. A list of thousands (the villages' layer at a low zoom) is of no use read aloud, and
 * building it cost about 46,000 DOM nodes.
 */
function capped(group: TwinGroup, centre: [number, number], features: ReadonlyMap<string, AtlasFeature>): TwinGroup {
  if (group.entries.length <= TWIN_LIMIT) return group;
  const distance = (e: TwinEntry): number => {
    const a = anchorOf(features.get(e.id)?.geometry ?? null);
    return a ? distanceKm(a, centre) : Number.POSITIVE_INFINITY;
  };
  const ranked = group.entries
    .map((e, i) => ({ e, i, quoted: e.passages.length > 0, d: distance(e) }))
    .sort((a, b) => Number(b.quoted) - Number(a.quoted) || a.d - b.d || a.i - b.i);
  const kept = ranked.slice(0, TWIN_LIMIT).sort((a, b) => a.i - b.i);
  return { ...group, entries: kept.map((k) => k.e), more: group.entries.length - kept.length };
}

function entryOf(layer: OverlayLayerId, f: AtlasFeature, former: boolean, index: PassageIndex | null): TwinEntry {
  const props = f.properties;
  const given: unknown = props.name;
  const name = layer === 'places' || layer === 'clashes-2022' || typeof given !== 'string' ? props.label : given;
  return {
    layer,
    id: props.id,
    name,
    names: otherNames(props),
    kind: former ? `${props.kind} (former; drawn as an outline)` : props.kind,
    dates: formatDates(props.valid_from, props.valid_to),
    facts: facts(props, anchorOf(f.geometry)),
    passages: (index?.forFeature(layer, props.id) ?? []).map((p) => ({ n: p.n, words: p.paragraphText.slice(p.start, p.end) })),
  };
}

/** Whether a feature's extent meets the view (a point: lies in it). */
function meets(f: AtlasFeature, [w, s, e, n]: BBox): boolean {
  const box = bboxOf(f.geometry);
  if (!box) return false;
  return box[0] <= e && box[2] >= w && box[1] <= n && box[3] >= s;
}

/**
 * What to call the view: Nagorno-Karabakh when the centre lies in its outline (the NKAO's, from
 * the data), else the country under the centre, else the South Caucasus.
 */
function regionOf({ centre, geodata }: TwinInput): string {
  const nk = geodata.ready('nagorno-karabakh')?.features.get('nkao');
  if (nk && pointInGeometry(centre, nk.geometry)) return 'Nagorno-Karabakh and surroundings';
  for (const f of geodata.ready('countries')?.features.values() ?? []) {
    if (pointInGeometry(centre, f.geometry)) return `${f.properties.name} and surroundings`;
  }
  return 'The South Caucasus';
}
