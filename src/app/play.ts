import type { Map as MapLibreMap } from 'maplibre-gl';
import type { TimelineEvent } from '../core/events.ts';
import { bboxOf, type BBox } from '../core/geometry.ts';
import { parseRef } from '../core/ref.ts';
import type { GeodataStore } from '../data/geodata.ts';
import { frameTarget } from '../map/frame.ts';
import type { Actions } from '../state/actions.ts';
import type { Store } from '../state/store.ts';

/** Time on each event once the camera is there, and the flight to it. */
const PAUSE_MS = 3500;
const FLIGHT_MS = 1500;
/** With reduced motion the camera jumps, and each event stays longer: time to read the caption. */
const PAUSE_REDUCED_MS = 6000;

export interface PlayerDeps {
  /** The map each event is framed on; null for the still map, which shows the whole region. */
  map: Pick<MapLibreMap, 'getCanvasContainer' | 'fitBounds' | 'getContainer'> | null;
  /** Where a reader's click, wheel, key or touch stops Play: the map's canvas unless given. */
  surface?: HTMLElement;
  store: Store;
  actions: Pick<Actions, 'playStep'>;
  geodata: Pick<GeodataStore, 'load' | 'ready'>;
  /** Told when playing starts and stops. */
  onPlaying: (playing: boolean) => void;
  /** The events to step through: the shared history and the story's own. */
  events: () => readonly TimelineEvent[];
}

/**
 * Play: steps through the events in order from the one after the current date (or from the first,
 * at the end), setting the date and framing each event's area, with a pause between. Stops at
 * the end, or when the reader touches the map or changes the date, selection or view some other way.
 * The first step adds a history entry, the rest replace it, so Back returns to before Play.
 */
export class Player {
  private playing = false;
  private token = 0;
  private stepping = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly unsubscribe: () => void;
  private readonly surface: HTMLElement | null;

  constructor(private readonly deps: PlayerDeps) {
    this.unsubscribe = deps.store.subscribe((state, prev, change) => {
      if (!this.playing || this.stepping || change.origin === 'map') return;
      if (state.t !== prev.t || state.sel !== prev.sel || state.view !== prev.view || state.p !== prev.p) this.stop();
    });
    this.surface = deps.surface ?? deps.map?.getCanvasContainer() ?? null;
    for (const type of ['mousedown', 'touchstart', 'wheel', 'keydown'] as const) this.surface?.addEventListener(type, this.stop, { passive: true });
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  start(): void {
    if (this.playing) return;
    const events = this.deps.events();
    const t = this.deps.store.state.t;
    let i = events.findIndex((e) => e.date > t);
    if (i < 0) i = 0;
    this.playing = true;
    this.deps.onPlaying(true);
    void this.step(i, ++this.token, true);
  }

  readonly stop = (): void => {
    if (!this.playing) return;
    this.playing = false;
    this.token++;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.deps.onPlaying(false);
  };

  destroy(): void {
    this.stop();
    this.unsubscribe();
    for (const type of ['mousedown', 'touchstart', 'wheel', 'keydown'] as const) this.surface?.removeEventListener(type, this.stop);
  }

  private async step(i: number, token: number, first: boolean): Promise<void> {
    const events = this.deps.events();
    const event = events[i];
    if (!event || token !== this.token) {
      if (token === this.token) this.stop();
      return;
    }
    this.stepping = true;
    this.deps.actions.playStep(event.date, first);
    this.stepping = false;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const bbox = await this.bboxOf(event.frame);
    if (token !== this.token) return;
    if (bbox && this.deps.map) frameTarget(this.deps.map, { bbox }, { duration: FLIGHT_MS });
    const wait = reduce ? PAUSE_REDUCED_MS : PAUSE_MS + FLIGHT_MS;
    if (i + 1 >= events.length) {
      // Stay on the last event for its pause, then Play is over.
      this.timer = setTimeout(() => {
        if (token === this.token) this.stop();
      }, wait);
      return;
    }
    this.timer = setTimeout(() => void this.step(i + 1, token, false), wait);
  }

  private async bboxOf(target: string | undefined): Promise<BBox | null> {
    if (!target) return null;
    const ref = parseRef(target);
    if (!ref) return null;
    const { layer, id } = ref;
    const status = await this.deps.geodata.load(layer);
    if (status.state !== 'ready') return null;
    const prepared = this.deps.geodata.ready(layer);
    if (!prepared) return null;
    if (id === null) return prepared.bbox;
    const feature = prepared.features.get(id);
    return feature ? bboxOf(feature.geometry) : null;
  }
}
