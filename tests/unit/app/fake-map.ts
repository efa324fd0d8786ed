import type { Map as MapLibreMap } from 'maplibre-gl';
import { palette } from '../../../src/core/palette.ts';
import { style } from '../../../src/map/style/style.ts';

type Handler = () => void;

/**
 * Just enough of a MapLibre map for the appliers: the style's layers with their visibility and
 * filters, a camera, and events. Every call that changes the map is recorded in `calls`.
 */
export class FakeMap {
  readonly calls: string[] = [];
  readonly container: HTMLElement;
  readonly visibility = new Map<string, string | undefined>();
  readonly filters = new Map<string, unknown>();
  center = { lng: 46, lat: 40 };
  zoom = 6;
  private readonly handlers = new Map<string, Set<Handler>>();

  constructor(layers: readonly string[] = style(palette, { t: '2022-09-13' }).layers.map((l) => l.id)) {
    for (const id of layers) this.visibility.set(id, undefined);
    this.container = document.createElement('div');
  }

  getLayer(id: string): object | undefined {
    return this.visibility.has(id) ? { id } : undefined;
  }
  getLayoutProperty(id: string, name: string): string | undefined {
    return name === 'visibility' ? this.visibility.get(id) : undefined;
  }
  setLayoutProperty(id: string, name: string, value: string): void {
    this.calls.push(`layout ${id} ${name}=${value}`);
    this.visibility.set(id, value);
  }
  setFilter(id: string, filter: unknown): void {
    this.calls.push(`filter ${id}`);
    this.filters.set(id, filter);
  }
  getCenter(): { lng: number; lat: number } {
    return this.center;
  }
  getZoom(): number {
    return this.zoom;
  }
  getBearing(): number {
    return 0;
  }
  getPitch(): number {
    return 0;
  }
  getContainer(): HTMLElement {
    return this.container;
  }
  jumpTo(options: { center: [number, number]; zoom: number }): void {
    this.calls.push(`jumpTo ${options.center.join(',')} z${options.zoom}`);
    this.center = { lng: options.center[0], lat: options.center[1] };
    this.zoom = options.zoom;
  }
  fitBounds(bounds: number[]): void {
    this.calls.push(`fitBounds ${bounds.join(',')}`);
  }
  cameraForBounds(): { center: [number, number]; zoom: number } {
    return { center: [47, 40.6], zoom: 5.5 };
  }
  on(type: string, h: Handler): void {
    if (!this.handlers.has(type)) this.handlers.set(type, new Set());
    this.handlers.get(type)?.add(h);
  }
  off(type: string, h: Handler): void {
    this.handlers.get(type)?.delete(h);
  }
  fire(type: string): void {
    for (const h of [...(this.handlers.get(type) ?? [])]) h();
  }
  listeners(type: string): number {
    return this.handlers.get(type)?.size ?? 0;
  }
  asMap(): MapLibreMap {
    return this as unknown as MapLibreMap;
  }
}
