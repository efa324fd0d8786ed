import type { Map as MapLibreMap } from 'maplibre-gl';

/** Just enough of a MapLibre map for the modules that feed it: sources, feature-state, events. */
export class FakeMap {
  readonly setData: { source: string; data: unknown }[] = [];
  readonly featureState: { source: string; id: string; state: Record<string, unknown> }[] = [];
  private readonly sources = new Set<string>();
  private readonly handlers = new Map<string, Set<() => void>>();

  addSources(...ids: string[]): void {
    for (const id of ids) this.sources.add(id);
    for (const h of this.handlers.get('styledata') ?? []) h();
  }

  getSource(id: string): { setData(d: unknown): void } | undefined {
    if (!this.sources.has(id)) return undefined;
    return { setData: (data) => this.setData.push({ source: id, data }) };
  }

  setFeatureState(target: { source: string; id: string }, state: Record<string, unknown>): void {
    this.featureState.push({ source: target.source, id: target.id, state });
  }

  on(type: string, h: () => void): void {
    let set = this.handlers.get(type);
    if (!set) {
      set = new Set();
      this.handlers.set(type, set);
    }
    set.add(h);
  }

  off(type: string, h: () => void): void {
    this.handlers.get(type)?.delete(h);
  }

  asMap(): MapLibreMap {
    return this as unknown as MapLibreMap;
  }
}
