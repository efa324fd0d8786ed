import type { OverlayLayerId } from '../core/contract.ts';
import type { Ref } from '../core/ref.ts';

/** The camera, as MapLibre's hash writes it. */
export interface View {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

/** A selected feature (`id` set) or a whole selected layer (`id` null). */
export type Selection = Ref;

/**
 * Everything a link restores. The URL hash is its serialisation (see hash.ts); the appliers in
 * app/appliers render the map and panels from it.
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
  /**
   * The story shown: a bundled story's id, or 'pasted' for the one a reader opened; absent, the
   * default story.
   */
  story?: string;
  /** With `story: 'pasted'`, the story itself, compressed (see story/share.ts), when a link carries it. */
  pasted?: string;
  /**
   * A second date to compare with `t`, `YYYY-MM-DD`: the map shows both, side by side. Absent (or
   * undefined): one map. The divider's position is not state.
   */
  cmp?: string | undefined;
  /** The page is embedded in another site's frame (`embed=1`): the map alone, with a link to the full view. */
  embed?: boolean | undefined;
}
