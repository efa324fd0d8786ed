import type { LayerId } from '../core/contract.ts';
import { GeodataError, prepareLayer, type PreparedLayer } from './prepare.ts';

/**
 * URLs of the built geodata files. Vite copies each into the build with a hashed name, so the app
 * fetches them from its own origin and only when a layer is first shown.
 */
const FILES = import.meta.glob<string>('../../geodata/*.geojson', { query: '?url', import: 'default', eager: true });

export function geodataUrl(layer: LayerId): string | null {
  return FILES[`../../geodata/${layer}.geojson`] ?? null;
}

export type LayerStatus = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; layer: PreparedLayer } | { state: 'error'; message: string };

type Listener = (layer: LayerId, status: LayerStatus) => void;

/**
 * Loads geodata layers once each, on demand, and remembers what came back. A missing or broken
 * file becomes an 'error' status with a message for readers; it never throws out of `load`.
 */
export class GeodataStore {
  private readonly statuses = new Map<LayerId, LayerStatus>();
  private readonly pending = new Map<LayerId, Promise<LayerStatus>>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly urlOf: (layer: LayerId) => string | null = geodataUrl) {}

  status(layer: LayerId): LayerStatus {
    return this.statuses.get(layer) ?? { state: 'idle' };
  }

  /** The prepared layer, when loaded. */
  ready(layer: LayerId): PreparedLayer | null {
    const s = this.status(layer);
    return s.state === 'ready' ? s.layer : null;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  load(layer: LayerId): Promise<LayerStatus> {
    const known = this.pending.get(layer);
    if (known) return known;
    const promise = this.fetchLayer(layer).then(
      (prepared): LayerStatus => ({ state: 'ready', layer: prepared }),
      (err: unknown): LayerStatus => ({ state: 'error', message: describeError(err) }),
    );
    this.pending.set(layer, promise);
    this.set(layer, { state: 'loading' });
    void promise.then((status) => {
      this.set(layer, status);
    });
    return promise;
  }

  private async fetchLayer(layer: LayerId): Promise<PreparedLayer> {
    const url = this.urlOf(layer);
    if (!url) throw new GeodataError(layer, 'the data file is missing from this build');
    let response: Response;
    try {
      response = await fetch(url);
    } catch {
      throw new GeodataError(layer, 'the data file could not be downloaded');
    }
    if (!response.ok) throw new GeodataError(layer, `the data file could not be loaded (HTTP ${response.status})`);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new GeodataError(layer, 'the data file is not valid JSON');
    }
    const prepared = prepareLayer(layer, json);
    if (prepared.problems.length > 0) console.warn(`geodata ${layer}: ${prepared.problems.join('; ')}`);
    return prepared;
  }

  private set(layer: LayerId, status: LayerStatus): void {
    this.statuses.set(layer, status);
    for (const listener of this.listeners) listener(layer, status);
  }
}

function describeError(err: unknown): string {
  if (err instanceof GeodataError) return err.reason;
  return 'the data file could not be read';
}
