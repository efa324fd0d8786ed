import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { formatRef, type Ref } from '../core/ref.ts';
import type { GeodataStore } from '../data/geodata.ts';

export interface FeatureRef {
  source: string;
  id: string;
}

export type HighlightKind = 'hover' | 'selected';

/** The map source that holds copies of what is highlighted; style.ts draws it. */
export const HIGHLIGHT_SOURCE = 'highlight';

/**
 * The features a reference lights: the one feature, or every feature of a whole layer once the
 * layer is loaded.
 */
export function featureRefsOf(ref: Ref, geodata: Pick<GeodataStore, 'ready'>): FeatureRef[] {
  if (ref.id !== null) return [{ source: ref.layer, id: ref.id }];
  const prepared = geodata.ready(ref.layer);
  return prepared ? [...prepared.features.keys()].map((id) => ({ source: ref.layer, id })) : [];
}

/** Finds a feature's geometry, or null while its layer is not loaded. */
export type GeometryLookup = (ref: FeatureRef) => Geometry | null;

/**
 * Shows what is hovered and selected. Each call replaces the previous set for that kind, so
 * highlights never linger.
 *
 * The outlines are drawn from a small source of their own holding copies of just those features,
 * not by a highlight layer over every source: such layers would make MapLibre build and draw a
 * second copy of every border on every frame (a tenth of the first render on software GL), for
 * the one or two features lit at a time. Feature-state `hover`/`selected` is still set on the
 * features themselves, for anyone who asks the map.
 */
export class Highlighter {
  private readonly current: Record<HighlightKind, FeatureRef[]> = { hover: [], selected: [] };
  private drawn = '';

  constructor(
    private readonly map: MapLibreMap,
    private readonly geometryOf: GeometryLookup,
  ) {}

  set(kind: HighlightKind, refs: FeatureRef[]): void {
    for (const ref of this.current[kind]) this.apply(ref, kind, false);
    this.current[kind] = refs;
    for (const ref of refs) this.apply(ref, kind, true);
    this.draw();
  }

  /** Re-applies the states after a source's data was replaced, and draws what had no geometry yet. */
  refresh(source: string): void {
    for (const kind of ['hover', 'selected'] as const) {
      for (const ref of this.current[kind]) if (ref.source === source) this.apply(ref, kind, true);
    }
    this.draw();
  }

  /** What the highlight source holds: selected features, then hovered ones not also selected. */
  collection(): FeatureCollection {
    const features: Feature[] = [];
    const seen = new Set<string>();
    for (const kind of ['selected', 'hover'] as const) {
      for (const ref of this.current[kind]) {
        const key = formatRef({ layer: ref.source, id: ref.id });
        const geometry = seen.has(key) ? null : this.geometryOf(ref);
        if (!geometry) continue;
        seen.add(key);
        features.push({ type: 'Feature', geometry, properties: { kind, layer: ref.source, id: ref.id } });
      }
    }
    return { type: 'FeatureCollection', features };
  }

  private draw(): void {
    const data = this.collection();
    // Only a real change goes to the worker: hovering within one feature sends nothing.
    const key = data.features.map((f) => `${String(f.properties?.kind)}:${String(f.properties?.layer)}/${String(f.properties?.id)}`).join('|');
    if (key === this.drawn) return;
    const source = this.map.getSource(HIGHLIGHT_SOURCE);
    if (!source || !('setData' in source)) return;
    (source as unknown as { setData(d: FeatureCollection): void }).setData(data);
    this.drawn = key;
  }

  private apply(ref: FeatureRef, kind: HighlightKind, on: boolean): void {
    if (!this.map.getSource(ref.source)) return;
    this.map.setFeatureState({ source: ref.source, id: ref.id }, { [kind]: on });
  }
}
