import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GeodataStore } from '../data/geodata.ts';

/**
 * Places that are also clash points: while the clashes show, the clash symbol and its label stand
 * for the place, whose own dot and label are hidden through feature-state `shadowed`. Only changes
 * are sent to the map, because each one makes it repaint.
 */
export class PlaceShadows {
  private readonly shadowed = new Map<string, boolean>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly geodata: GeodataStore,
  ) {}

  /** Shadows (or unshadows) every place a clash stands for, once both layers are loaded. */
  apply(clashesVisible: boolean): void {
    const places = this.geodata.ready('places');
    const clashes = this.geodata.ready('clashes-2022');
    if (!places || !clashes || !this.map.getSource('places')) return;
    for (const clash of clashes.features.values()) {
      const place = clash.properties.place;
      if (typeof place !== 'string' || !places.features.has(place) || this.shadowed.get(place) === clashesVisible) continue;
      this.map.setFeatureState({ source: 'places', id: place }, { shadowed: clashesVisible });
      this.shadowed.set(place, clashesVisible);
    }
  }
}
