import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { MeasureSession } from './measure-session.ts';

export interface MeasureOptions {
  /** Says a sentence in the page's polite live region. */
  say: (text: string) => void;
  /** The control was switched on or off (the app stops map clicks selecting while it is on). */
  onActive?: (active: boolean) => void;
}

/**
 * The Measure control: a button, and the measuring itself (`measure-session.ts`, with turf's
 * length and area) fetched the first time it is pressed, so the first view does not carry it.
 * Switched on, clicks or taps on the map add points and give the path's length; closing the path
 * gives its area; with the map focused, Enter adds the map's centre, Backspace removes the last
 * point and Escape ends.
 */
export class MeasureControl implements IControl {
  private map: MapLibreMap | null = null;
  private container: HTMLElement | null = null;
  private toggle: HTMLButtonElement | null = null;
  private session: MeasureSession | null = null;
  private loading: Promise<MeasureSession | null> | null = null;

  constructor(private readonly opts: MeasureOptions) {}

  /** Whether a measurement is under way: map clicks add points rather than select. */
  get active(): boolean {
    return this.session?.active ?? false;
  }

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const doc = map.getContainer().ownerDocument;
    const container = doc.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group measure-control';
    const toggle = doc.createElement('button');
    toggle.type = 'button';
    toggle.className = 'measure-control__toggle';
    toggle.textContent = 'Measure';
    toggle.title = 'Measure a distance or an area on the map';
    toggle.setAttribute('aria-pressed', 'false');
    toggle.addEventListener('click', this.onToggle);
    container.append(toggle);
    this.container = container;
    this.toggle = toggle;
    return container;
  }

  onRemove(): void {
    this.session?.destroy();
    this.toggle?.removeEventListener('click', this.onToggle);
    this.container?.remove();
    this.map = this.container = this.toggle = this.session = this.loading = null;
  }

  private readonly onToggle = (): void => {
    void this.load().then((session) => {
      if (!session) return;
      if (session.active) session.stop();
      else session.start();
    });
  };

  private load(): Promise<MeasureSession | null> {
    this.loading ??= import('./measure-session.ts').then(
      ({ MeasureSession }) => {
        const { map, container, toggle } = this;
        if (!map || !container || !toggle) return null; // removed meanwhile
        this.session = new MeasureSession(map, container, toggle, this.opts);
        return this.session;
      },
      () => {
        this.loading = null; // the next press tries again
        this.opts.say('Measuring could not be loaded. Reloading the page may help.');
        return null;
      },
    );
    return this.loading;
  }
}
