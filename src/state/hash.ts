import { OVERLAY_LAYER_IDS, type OverlayLayerId } from '../core/contract.ts';
import { linkDate } from '../core/dates.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../core/frame.ts';
import { formatRef, parseRef } from '../core/ref.ts';
import { defaultDateOf, PASTED, settingsOf, storyIdOf } from './defaults.ts';
import type { AppState, View } from './state.ts';

/** Keys this module owns in the hash; any other key is kept as it is. */
const KNOWN_KEYS = ['map', 'layers', 'sel', 'p', 't', 'story', 'st', 'cmp', 'embed'] as const;

const MAX_LAT = 85.0511;
const STORY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A story carried in the link: lz-string's URI-safe characters. */
const PAYLOAD = /^[A-Za-z0-9_\-$]{1,200000}$/;

/**
 * The state of a fresh page showing a story (absent: the default story): default framing, the
 * story's layers, nothing selected, the story's date.
 */
export function defaultState(story?: string): AppState {
  const id = storyIdOf(story);
  const state: AppState = { view: null, layers: [...settingsOf(id).layers], sel: null, p: null, t: defaultDateOf(id) };
  if (id !== undefined) state.story = id;
  return state;
}

/**
 * Reads the app state from a URL hash. Never throws: a missing, malformed or unknown value
 * falls back to its default, value by value.
 *
 * @example
 * parseState('#map=9/39.82/46.75&layers=countries,held-1994&sel=places/shusha&p=3&t=1995-01-01')
 * // { view: {zoom: 9, lat: 39.82, lng: 46.75, bearing: 0, pitch: 0},
 * //   layers: ['countries', 'held-1994'], sel: {layer: 'places', id: 'shusha'}, p: 3, t: '1995-01-01' }
 */
export function parseState(hash: string): AppState {
  const params = splitHash(hash);
  // An undecodable value counts as none, so it falls back like any bad one (`layers=%E0` is not `layers=`).
  const get = (key: string): string | undefined => params.find(([k]) => k === key)?.[1] ?? undefined;
  // The story first: its date and layers are the defaults of `t` and `layers`.
  const state = defaultState(storyKey(hash) ?? undefined);
  const pasted = get('st');
  if (state.story === PASTED && pasted !== undefined && PAYLOAD.test(pasted)) state.pasted = pasted;

  const map = get('map');
  if (map !== undefined) state.view = parseView(map);

  const layers = get('layers');
  if (layers !== undefined) state.layers = parseLayers(layers) ?? state.layers;

  const sel = get('sel');
  if (sel !== undefined) state.sel = parseRef(sel);

  const p = get('p');
  if (p !== undefined && /^[1-9][0-9]{0,3}$/.test(p)) state.p = Number(p);

  // A real calendar date within the timeline's range; a later one is today (a link from the future, or
  // one written by a later build); anything else keeps the story's date.
  const t = get('t');
  const date = t === undefined ? null : linkDate(t);
  if (date !== null) state.t = date;

  // Written even when absent, so a link or Back without them leaves compare and embed (the store
  // merges a restored state into the current one).
  const cmp = get('cmp');
  state.cmp = cmp === undefined ? undefined : (linkDate(cmp) ?? undefined);
  state.embed = get('embed') === '1' ? true : undefined;

  return state;
}

/**
 * The `story` value of a hash when it has the form of a story id, else null. Whether the atlas has
 * that story is for the registry to say.
 */
export function storyKey(hash: string): string | null {
  const value = splitHash(hash).find(([k]) => k === 'story')?.[1];
  return typeof value === 'string' && STORY_ID.test(value) ? value : null;
}

/**
 * Writes the app state as a hash (with its leading `#`). The date is always written, so a link
 * keeps its date even if the default changes; the story is written when it is not the default.
 * Keys other than map, layers, sel, p, t, story, st, cmp and embed found in `base` (the current hash) are kept, in
 * their order, after the known keys.
 *
 * @example
 * formatState({ view: {zoom: 9, lat: 39.82, lng: 46.75, bearing: 0, pitch: 0}, layers: ['countries'], sel: null, p: null, t: '2022-09-13' })
 * // '#map=9/39.82/46.75&layers=countries&t=2022-09-13'
 */
export function formatState(state: AppState, base = ''): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${formatView(state.view)}`);
  parts.push(`layers=${state.layers.join(',')}`);
  if (state.sel) parts.push(`sel=${formatRef(state.sel)}`);
  if (state.p !== null) parts.push(`p=${state.p}`);
  parts.push(`t=${state.t}`);
  if (state.story !== undefined) parts.push(`story=${state.story}`);
  if (state.story === PASTED && state.pasted !== undefined) parts.push(`st=${state.pasted}`);
  if (state.cmp !== undefined) parts.push(`cmp=${state.cmp}`);
  if (state.embed === true) parts.push('embed=1');
  for (const [key, , raw] of splitHash(base)) {
    if ((KNOWN_KEYS as readonly string[]).includes(key)) continue;
    parts.push(raw);
  }
  return `#${parts.join('&')}`;
}

/** Rounds a view the way the hash writes it, so state read back from a link equals the state written. */
export function roundView(view: View): View {
  const precision = Math.max(0, Math.ceil((view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const m = 10 ** precision;
  return {
    zoom: Math.round(view.zoom * 100) / 100,
    // Rounding may not carry the centre past the parser's limit (85.0511 at zoom 1 would be 85.1).
    lat: Math.max(-MAX_LAT, Math.min(MAX_LAT, Math.round(view.lat * m) / m)) || 0, // no -0: the link writes it as 0
    lng: Math.round(view.lng * m) / m || 0,
    // Rounded, then brought into (-180, 180]: -179.96 is written 180, not -180 (which reads back as 180).
    bearing: normaliseBearing(Math.round(normaliseBearing(view.bearing) * 10) / 10),
    pitch: Math.round(view.pitch),
  };
}

// MapLibre's precision rule: enough decimals to place the centre within a pixel at this zoom.
function formatView(view: View): string {
  const v = roundView(view);
  const parts = [v.zoom, v.lat, v.lng].map(String);
  if (v.bearing !== 0 || v.pitch !== 0) parts.push(String(v.bearing), String(v.pitch));
  return parts.join('/');
}

function parseView(value: string): View | null {
  const parts = value.split('/');
  if (parts.length !== 3 && parts.length !== 5) return null;
  if (!parts.every((s) => /^-?(\d+\.?\d*|\.\d+)$/.test(s))) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(Number) as [number, number, number, number?, number?];
  if (!(zoom >= 0 && zoom <= 22)) return null;
  if (!(Math.abs(lat) <= MAX_LAT) || !(Math.abs(lng) <= 180)) return null;
  if (!(Math.abs(bearing) <= 360) || !(pitch >= 0 && pitch <= 85)) return null;
  // MapLibre's hash takes zooms 0–22; the map shows MIN_ZOOM–MAX_ZOOM, so the state holds what it shows.
  return { zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)), lat: lat || 0, lng: lng || 0, bearing: normaliseBearing(bearing), pitch: pitch || 0 };
}

function normaliseBearing(bearing: number): number {
  // Wrap only what is out of range: (b + 180) % 360 - 180 would turn 39.8 into 39.799999999999955.
  const b = bearing > -180 && bearing <= 180 ? bearing : ((((bearing + 180) % 360) + 360) % 360) - 180;
  return b === -180 ? 180 : b === 0 ? 0 : b; // no -0 in links
}

/** Known overlay ids in drawing order; null when the value names none but is not empty. */
function parseLayers(value: string): OverlayLayerId[] | null {
  if (value.trim() === '') return [];
  const asked = new Set(value.split(',').map((s) => s.trim()));
  const known = OVERLAY_LAYER_IDS.filter((id) => asked.has(id));
  return known.length > 0 ? known : null;
}

/** `[key, decoded value, raw text]` for each `&`-separated item; an undecodable value is null. */
function splitHash(hash: string): [string, string | null, string][] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return [];
  return body
    .split('&')
    .filter((item) => item !== '')
    .map((item): [string, string | null, string] => {
      const eq = item.indexOf('=');
      const key = eq < 0 ? item : item.slice(0, eq);
      const raw = eq < 0 ? '' : item.slice(eq + 1);
      let value: string | null;
      try {
        value = decodeURIComponent(raw);
      } catch {
        value = null;
      }
      return [key, value, item];
    });
}
