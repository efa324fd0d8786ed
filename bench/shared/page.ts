import { LAYER_IDS, isLayerId, type LayerId } from '../../src/core/contract.ts';

/**
 * What both baseline pages share: the geodata URLs (imported exactly as the app imports them, so
 * Vite copies or inlines each file the same way), the layers to draw, the first view and the
 * "first complete render" signal the harness awaits.
 */
const FILES = import.meta.glob<string>('../../geodata/*.geojson', { query: '?url', import: 'default', eager: true });

/** The app's default framing (src/map/camera.ts REGION_BBOX): [west, south, east, north]. */
export const REGION_BBOX: [number, number, number, number] = [43.0, 38.2, 51.0, 43.0];
/** The app fits REGION_BBOX with this padding when it opens without a view in the link. */
export const FIT_PADDING = 16;

export function geodataUrl(layer: LayerId): string {
  const url = FILES[`../../geodata/${layer}.geojson`];
  if (!url) throw new Error(`bench build lacks geodata/${layer}.geojson`);
  return url;
}

/**
 * Layers to draw, bottom first. `?layers=land,water,countries` picks some (the harness passes the
 * ones the app fetched for its first view); without it, every layer of the data contract.
 */
export function layersFromQuery(search: string): LayerId[] {
  const raw = new URLSearchParams(search).get('layers');
  if (!raw) return [...LAYER_IDS];
  const wanted = new Set(raw.split(',').filter(isLayerId));
  return LAYER_IDS.filter((id) => wanted.has(id));
}

/** `?w=800&h=600` sizes the map like the app's map area; without them it fills the window. */
export function sizeMap(container: HTMLElement, search: string): void {
  const q = new URLSearchParams(search);
  const w = Number(q.get('w'));
  const h = Number(q.get('h'));
  if (w > 0 && h > 0) {
    container.style.width = `${w}px`;
    container.style.height = `${h}px`;
  }
}

declare global {
  interface Window {
    /** Page time (ms since navigation) of the first complete render. */
    __benchComplete?: number;
  }
}

export function signalComplete(): void {
  window.__benchComplete ??= performance.now();
}
