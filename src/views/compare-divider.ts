import { el } from './dom.ts';

/**
 * The swipe divider of a comparison: a vertical bar over the two maps that the reader drags (mouse,
 * pen or touch) or moves with the arrow keys (Home and End for the edges). It clips `left` (the
 * map laid over the other) to the part of the frame left of the bar, with `clip-path`, which clips
 * the pointer too, so each side takes the gestures of the map it shows. The position is kept as a
 * fraction of the frame's width, so a resize keeps it; it is not part of the link.
 */
export class CompareDivider {
  readonly element: HTMLElement;
  private fraction: number;
  private dragging: number | null = null;
  private readonly observer: ResizeObserver;

  constructor(
    private readonly frame: HTMLElement,
    private readonly left: HTMLElement,
  ) {
    this.element = el('div', 'compare-divider');
    this.element.tabIndex = 0;
    this.element.setAttribute('role', 'separator');
    this.element.setAttribute('aria-orientation', 'vertical');
    this.element.setAttribute('aria-valuemin', '0');
    this.element.setAttribute('aria-valuemax', '100');
    this.element.setAttribute('aria-label', 'Divider between the two dates (drag it, or use the arrow keys)');
    this.element.append(el('span', 'compare-divider__handle'));
    this.element.addEventListener('pointerdown', this.onDown);
    this.element.addEventListener('pointermove', this.onMove);
    this.element.addEventListener('pointerup', this.onUp);
    this.element.addEventListener('pointercancel', this.onUp);
    this.element.addEventListener('keydown', this.onKey);
    this.observer = new ResizeObserver(() => {
      this.place();
    });
    this.observer.observe(frame);
    // Halfway across the part of the map the layer panel leaves uncovered (it lies over the left 310 px).
    const width = frame.clientWidth;
    this.fraction = width > 620 ? (width + 310) / 2 / width : 0.5;
    this.place();
  }

  /** The divider's position, 0 (left edge) to 1 (right edge). */
  get position(): number {
    return this.fraction;
  }

  set position(value: number) {
    this.fraction = Math.min(1, Math.max(0, value));
    this.place();
  }

  remove(): void {
    this.observer.disconnect();
    this.element.removeEventListener('pointerdown', this.onDown);
    this.element.removeEventListener('pointermove', this.onMove);
    this.element.removeEventListener('pointerup', this.onUp);
    this.element.removeEventListener('pointercancel', this.onUp);
    this.element.removeEventListener('keydown', this.onKey);
    this.element.remove();
    this.left.style.clipPath = '';
  }

  private place(): void {
    const width = this.frame.clientWidth;
    const x = Math.round(this.fraction * width);
    this.element.style.left = `${String(x)}px`;
    this.left.style.clipPath = `inset(0 ${String(Math.max(0, width - x))}px 0 0)`;
    this.element.setAttribute('aria-valuenow', String(Math.round(this.fraction * 100)));
  }

  private readonly onDown = (event: PointerEvent): void => {
    this.dragging = event.pointerId;
    this.element.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  private readonly onMove = (event: PointerEvent): void => {
    if (this.dragging !== event.pointerId) return;
    const box = this.frame.getBoundingClientRect();
    if (box.width > 0) this.position = (event.clientX - box.left) / box.width;
  };

  private readonly onUp = (event: PointerEvent): void => {
    if (this.dragging !== event.pointerId) return;
    this.dragging = null;
    if (this.element.hasPointerCapture(event.pointerId)) this.element.releasePointerCapture(event.pointerId);
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    const step = event.shiftKey ? 0.2 : 0.05;
    const next: Record<string, number> = { ArrowLeft: this.fraction - step, ArrowRight: this.fraction + step, Home: 0, End: 1 };
    const to = next[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.position = to;
  };
}
