import { Popup, type Map as MapLibreMap, type PositionAnchor } from 'maplibre-gl';
import type { BBox } from '../core/geometry.ts';
import { besideArea, fitOffset, freeRect, paddingBeside, type Rect, type Side } from './popup-fit.ts';

export interface PopupOptions {
  /** What a screen reader calls the popup (its first title). */
  label?: string;
  /**
   * The popup tells about an area, not a point: to fit, it may move over the map rather than the
   * camera move, so a link's view stays as the link gives it.
   */
  movable?: boolean;
  /**
   * The box ([west, south, east, north]) of the area or line the popup tells about: the popup
   * stands beside it, not over it, and the camera eases (with padding) when no side has room.
   */
  beside?: BBox;
  /**
   * The camera keeps its zoom (a link's view, with no flight): where no side of the area has room,
   * the camera may pan to make some, but where only a zoom out would, the popup overlaps the area.
   */
  keepCamera?: boolean;
}

/** The popup's anchor (the side its tip is on) for each side of the area it may stand at. */
const ANCHOR: Record<Side, PositionAnchor> = { right: 'left', left: 'right', below: 'top', above: 'bottom' };
/** The tip's depth, added to the content's box in both directions (it is on one side or another). */
const TIP = 10;

/**
 * The map's one popup: opens content at a point, remembers which references it shows, and tells
 * when the reader closes it (not when code does). When the reader opened it from the keyboard, it
 * takes focus, keeps Tab inside, and Escape closes it and gives focus back to what opened it. It
 * fits inside the visible map, clear of `obstacles()` (the layer panel over the map), easing the
 * camera when it must. `remove` closes it, drops its listeners and forgets the map.
 */
export class MapPopup {
  private popup: Popup | null = null;
  private refs: string[] = [];
  private closingFromCode = false;
  private keyboard = false;
  private opener: HTMLElement | null = null;
  private movable = false;
  private beside: BBox | null = null;
  private keepCamera = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly onReaderClose: () => void,
    private readonly obstacles: () => HTMLElement[] = () => [],
  ) {
    document.addEventListener('keydown', this.onKeyInput, true);
    document.addEventListener('pointerdown', this.onPointerInput, true);
    document.addEventListener('keydown', this.onEscape);
    map.on('resize', this.onResize);
  }

  /** Opens `content` at `at`, replacing any popup; `refs` are the `layer/id` entries it shows. */
  open(content: HTMLElement, at: [number, number], refs: string[], options: PopupOptions = {}): void {
    const active = document.activeElement;
    // Only a keyboard reader's popup takes focus; a pointer reader keeps reading where they were.
    const opener = this.keyboard && active instanceof HTMLElement && active !== document.body && !this.element()?.contains(active) ? active : null;
    this.close();
    const maxWidth = Math.min(360, this.map.getContainer().clientWidth - 24);
    const popup = new Popup({ closeOnClick: false, maxWidth: `${maxWidth}px`, focusAfterOpen: false, className: 'atlas-popup-container' })
      .setLngLat(at)
      .setDOMContent(content)
      .addTo(this.map);
    const box = popup.getElement().querySelector<HTMLElement>('.maplibregl-popup-content');
    if (box) {
      box.setAttribute('role', 'dialog');
      box.setAttribute('aria-label', options.label ?? 'Map popup');
      box.tabIndex = -1;
      box.addEventListener('keydown', this.onTrap);
      this.capHeight(box);
    }
    // MapLibre has dropped the popup's element by the time it fires `close`: keep it from here.
    const element = popup.getElement();
    popup.on('close', () => {
      if (this.closingFromCode) return;
      const hadFocus = document.activeElement === document.body || element.contains(document.activeElement);
      this.popup = null;
      this.refs = [];
      this.onReaderClose();
      this.giveFocusBack(hadFocus);
    });
    this.popup = popup;
    this.refs = refs;
    this.opener = opener;
    this.movable = options.movable === true || options.beside !== undefined;
    this.beside = options.beside ?? null;
    this.keepCamera = options.keepCamera === true;
    if (opener && box) box.focus({ preventScroll: true });
    // After the caller has started any flight: fit once the camera is at rest.
    queueMicrotask(() => {
      if (this.popup !== popup) return;
      if (this.map.isMoving())
        this.map.once('moveend', () => {
          if (this.popup === popup) this.fit();
        });
      else this.fit();
    });
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
    document.removeEventListener('keydown', this.onKeyInput, true);
    document.removeEventListener('pointerdown', this.onPointerInput, true);
    document.removeEventListener('keydown', this.onEscape);
    this.map.off('resize', this.onResize);
  }

  /**
   * Pans the map, with a short ease, so the whole popup lies in the map's free rectangle. MapLibre
   * may choose another anchor once the popup has moved, so it measures again after each pan, a few
   * times at most.
   */
  private fit(attempt = 0, place = true): void {
    const element = this.element();
    if (!element || attempt > 3) return;
    const free = freeRect(rectOf(this.map.getContainer()), this.obstacles().map(rectOf));
    if (this.beside && place && !this.standBeside(this.beside, free, attempt)) return;
    const [dx, dy] = fitOffset(rectOf(element), free);
    if (dx === 0 && dy === 0) return;
    const popup = this.popup;
    if (this.movable && popup) {
      const at = this.map.project(popup.getLngLat());
      popup.setLngLat(this.map.unproject([at.x - dx, at.y - dy]));
      this.fit(attempt + 1, false);
      return;
    }
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map.once('moveend', () => {
      if (this.popup === popup) this.fit(attempt + 1);
    });
    this.map.panBy([dx, dy], { duration: still ? 0 : 300 });
  }

  /**
   * Puts the popup beside the area's box on screen, on the side with the most room. Where no side
   * has room, eases the camera so the area lies clear of a strip the popup can stand in, and
   * returns false: the fit goes on once the camera is at rest.
   */
  private standBeside(bbox: BBox, free: Rect, attempt: number): boolean {
    const popup = this.popup;
    const content = popup?.getElement().querySelector('.maplibregl-popup-content');
    if (!popup || !content) return true;
    const { width, height } = content.getBoundingClientRect();
    const map = rectOf(this.map.getContainer());
    const area = this.screenBox(bbox, map);
    const place = besideArea(area, width + TIP, height + TIP, free);
    if (place) {
      popup.options.anchor = ANCHOR[place.side];
      popup.setLngLat(this.map.unproject([place.tip[0] - map.left, place.tip[1] - map.top]));
      return true;
    }
    const padding = attempt === 0 ? paddingBeside(map, free, width + TIP, height + TIP) : null;
    const camera = padding ? this.map.cameraForBounds(bbox, { padding, bearing: this.map.getBearing(), maxZoom: this.map.getZoom() }) : undefined;
    if (!padding || !camera?.center || camera.zoom === undefined) return true;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const again = (): void => {
      this.map.once('moveend', () => {
        if (this.popup === popup) this.fit(attempt + 1);
      });
    };
    // A link's view keeps its zoom: a zoom out would not be the view it gives, so the map pans
    // instead, the area's centre to the middle of the room the popup leaves.
    if (this.keepCamera && camera.zoom < this.map.getZoom() - 1e-6) {
      const centre = this.map.project([(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2]);
      const dx = Math.round(centre.x - (padding.left + map.right - map.left - padding.right) / 2);
      const dy = Math.round(centre.y - (padding.top + map.bottom - map.top - padding.bottom) / 2);
      // Only a pan after which the popup has a side to stand on: a link to an area larger than
      // the map (a whole layer) keeps its view as it is.
      const moved = this.screenBox(bbox, map, [dx, dy]);
      if ((dx === 0 && dy === 0) || !besideArea(moved, width + TIP, height + TIP, free)) return true;
      again();
      this.map.panBy([dx, dy], { duration: still ? 0 : 300 });
      return false;
    }
    again();
    // Never closer than the reader was (maxZoom above): only make room.
    this.map.easeTo({ center: camera.center, zoom: camera.zoom, duration: still ? 0 : 300 });
    return false;
  }

  /**
   * An area's box on the page, clipped to the map (a part off screen leaves that room free); with
   * `panBy`, where it would be after `map.panBy(panBy)`.
   */
  private screenBox(bbox: BBox, map: Rect, panBy: readonly [number, number] = [0, 0]): Rect {
    const corners = [
      [bbox[0], bbox[1]],
      [bbox[0], bbox[3]],
      [bbox[2], bbox[1]],
      [bbox[2], bbox[3]],
    ].map(([lng = 0, lat = 0]) => this.map.project([lng, lat]));
    const xs = corners.map((c) => c.x - panBy[0] + map.left);
    const ys = corners.map((c) => c.y - panBy[1] + map.top);
    return {
      left: Math.max(map.left, Math.min(...xs)),
      right: Math.min(map.right, Math.max(...xs)),
      top: Math.max(map.top, Math.min(...ys)),
      bottom: Math.min(map.bottom, Math.max(...ys)),
    };
  }

  /** Keeps the popup's scrolling content shorter than the map, so it can fit at all. */
  private capHeight(box: HTMLElement): void {
    const room = this.map.getContainer().clientHeight - 40;
    const max = parseFloat(getComputedStyle(box).maxHeight);
    if (room > 80 && (!Number.isFinite(max) || max > room)) box.style.maxHeight = `${String(room)}px`;
  }

  private giveFocusBack(hadFocus: boolean): void {
    const opener = this.opener;
    this.opener = null;
    if (!opener || !hadFocus) return;
    // A list that re-rendered while the popup was open holds an equal element with the same ref.
    const ref = opener.dataset.ref;
    const again = !opener.isConnected && ref ? document.querySelector<HTMLElement>(`${opener.tagName}[data-ref="${CSS.escape(ref)}"]`) : null;
    (again ?? opener).focus();
  }

  /** A window that shrinks or a phone that turns: fit again. */
  private readonly onResize = (): void => {
    this.fit();
  };

  private readonly onKeyInput = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') this.keyboard = true;
  };

  private readonly onPointerInput = (): void => {
    this.keyboard = false;
  };

  private readonly onEscape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented || !this.popup || document.querySelector('dialog[open]')) return;
    e.preventDefault();
    this.popup.remove(); // fires 'close': a reader's close
  };

  /** Tab and Shift+Tab cycle within the open popup. */
  private readonly onTrap = (e: KeyboardEvent): void => {
    if (e.key !== 'Tab' || !(e.currentTarget instanceof HTMLElement)) return;
    const box = e.currentTarget;
    const stops = [...box.querySelectorAll<HTMLElement>('button, summary, a[href], input, select, textarea')].filter((n) => n.getClientRects().length > 0);
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || active === box)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };
}

function rectOf(element: HTMLElement): Rect {
  const r = element.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}
