import type { LayerId, OverlayLayerId } from '../data/contract.ts';

/** The camera, as MapLibre's hash writes it. */
export interface View {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

/** A selected feature (`id` set) or a whole selected layer (`id` null). */
export interface Selection {
  layer: LayerId;
  id: string | null;
}

/**
 * Everything a link restores. The URL hash is its serialisation (see hash.ts); the map and panels
 * are rendered from it (see sync.ts).
 */
export interface AppState {
  /** null: the default framing of the region. */
  view: View | null;
  /** Visible overlay layers, in drawing order. */
  layers: OverlayLayerId[];
  sel: Selection | null;
  /** Highlighted paragraph number, from 1. */
  p: number | null;
  /** The date the map shows, `YYYY-MM-DD`: dated features are drawn when in force on it. */
  t: string;
}

/** Whether two selections name the same thing. */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  return a.layer === b.layer && a.id === b.id;
}

/** `layer/id`, or `layer` for a whole layer: the form used in links and article targets. */
export function selectionRef(sel: Selection): string {
  return sel.id === null ? sel.layer : `${sel.layer}/${sel.id}`;
}
