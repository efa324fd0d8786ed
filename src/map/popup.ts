import { Popup, type Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map's one popup: opens content at a point, remembers which references it shows, and tells
 * when the reader closes it (not when code does). `remove` closes it and forgets the map.
 */
export class MapPopup {
  private popup: Popup | null = null;
  private refs: string[] = [];
  private closingFromCode = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly onReaderClose: () => void,
  ) {}

  /** Opens `content` at `at`, replacing any popup; `refs` are the `layer/id` entries it shows. */
  open(content: HTMLElement, at: [number, number], refs: string[]): void {
    this.close();
    const maxWidth = Math.min(360, this.map.getContainer().clientWidth - 24);
    const popup = new Popup({ closeOnClick: false, maxWidth: `${maxWidth}px`, focusAfterOpen: false, className: 'atlas-popup-container' })
      .setLngLat(at)
      .setDOMContent(content)
      .addTo(this.map);
    popup.on('close', () => {
      if (this.closingFromCode) return;
      this.popup = null;
      this.refs = [];
      this.onReaderClose();
    });
    this.popup = popup;
    this.refs = refs;
  }

  /** Whether the open popup has an entry for `ref` (`layer/id` or `layer`). */
  shows(ref: string): boolean {
    return this.popup !== null && this.refs.includes(ref);
  }

  /** The open popup's element, or null. */
  element(): HTMLElement | null {
    return this.popup?.getElement() ?? null;
  }

  close(): void {
    if (!this.popup) return;
    this.closingFromCode = true;
    this.popup.remove();
    this.closingFromCode = false;
    this.popup = null;
    this.refs = [];
  }

  remove(): void {
    this.close();
  }
}
