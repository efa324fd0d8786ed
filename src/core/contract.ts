/**
 * The public data contract of geodata/: layer ids, feature ids and properties.
 * Links (`sel=<layer>/<feature-id>`), the style and the article index rely on these.
 */

/** Base layers: drawn under everything, not toggled. */
export const BASE_LAYER_IDS = ['land', 'water'] as const;

/** Overlay layers, in drawing order (first is drawn lowest). */
export const OVERLAY_LAYER_IDS = [
  'countries',
  'admin1',
  'nagorno-karabakh',
  'held-1994',
  'regained-2020',
  'peacekeeping-2020',
  'offensive-2023',
  'russia-border',
  'inside-armenia',
  'peace-2024',
  'clashes-2022',
  'exclaves',
  'villages',
  'places',
] as const;

export const LAYER_IDS = [...BASE_LAYER_IDS, ...OVERLAY_LAYER_IDS] as const;

export type BaseLayerId = (typeof BASE_LAYER_IDS)[number];
export type OverlayLayerId = (typeof OVERLAY_LAYER_IDS)[number];
export type LayerId = (typeof LAYER_IDS)[number];

export type Method = 'packaged' | 'derived' | 'authored';

/** Names in the languages of the region; `en` is always present. */
export interface Names {
  en: string;
  hy?: string;
  az?: string;
  ru?: string;
}

/** Properties every feature in geodata/ carries. */
export interface CommonProps {
  id: string;
  name: string;
  names: Names;
  /** What the feature is, in a few words, for popups ("Province of Armenia"). */
  kind: string;
  source: string;
  method: Method;
  /** How it was made and how accurate it is. Shown to readers. */
  note: string;
  /** ISO date, or null when open or undated. */
  valid_from: string | null;
  valid_to: string | null;
  /** Area in km², computed with turf at build time (polygons only). */
  area_km2?: number;
  /** Length in km, computed with turf at build time (lines only). */
  length_km?: number;
  /** Whether the shape is an approximation a reader should be told about. */
  approximate?: boolean;
}

export interface RegainedProps extends CommonProps {
  regained_on: string;
  how: 'military' | 'handover';
}

export interface ClashProps extends CommonProps {
  reported_by: string;
  reported_on: string;
}

export interface PlaceProps extends CommonProps {
  /** 'capital' | 'city' | 'town' | 'village' | 'peak' … */
  place_type: string;
  population?: number;
  /** ISO alpha-2 code of the country the place lies in, by its de jure borders. */
  country?: string;
  /** Places far from the Caucasus (Moscow, Paris…): frame region and place together. */
  far?: boolean;
}

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

export function isOverlayLayerId(value: string): value is OverlayLayerId {
  return (OVERLAY_LAYER_IDS as readonly string[]).includes(value);
}
