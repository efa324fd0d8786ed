import type { Map as MapLibreMap } from 'maplibre-gl';

export interface FeatureRef {
  source: string;
  id: string;
}

type Kind = 'hover' | 'selected';

/**
 * Keeps MapLibre feature-state in step with what is hovered and selected. Each call replaces the
 * previous set for that kind, so highlights never linger.
 */
export class Highlighter {
  private readonly current: Record<Kind, FeatureRef[]> = { hover: [], selected: [] };

  constructor(private readonly map: MapLibreMap) {}

  set(kind: Kind, refs: FeatureRef[]): void {
    for (const ref of this.current[kind]) this.apply(ref, kind, false);
    this.current[kind] = refs;
    for (const ref of refs) this.apply(ref, kind, true);
  }

  /** Re-applies the states after a source's data was replaced (setData clears feature-state). */
  refresh(source: string): void {
    for (const kind of ['hover', 'selected'] as const) {
      for (const ref of this.current[kind]) if (ref.source === source) this.apply(ref, kind, true);
    }
  }

  private apply(ref: FeatureRef, kind: Kind, on: boolean): void {
    if (!this.map.getSource(ref.source)) return;
    this.map.setFeatureState({ source: ref.source, id: ref.id }, { [kind]: on });
  }
}
