import type { Feature, Position } from 'geojson';
import { Marker, type GeoJSONSource, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import { formatMeasure, measurePath, type Measurement } from '../core/measure.ts';
import { palette } from '../core/palette.ts';
import type { MeasureOptions } from './measure.ts';

const SOURCE = 'measure';
const LAYERS = ['measure-fill', 'measure-line', 'measure-points'] as const;
/** A click this close to the first point (px) closes the shape. */
const CLOSE_PX = 12;

/**
 * A measuring session of the Measure control (`measure.ts`), loaded with turf's length and area the
 * first time the reader presses Measure. Switched on, each click or tap on the map adds a point,
 * and the path's length shows on the map (beside the last point, and in the control) and in the
 * live region;
 * clicking the first point again, or "Close shape", closes it and gives its area. With the map
 * focused, Enter adds the point at the map's centre (marked by a cross), Backspace removes the
 * last point, and Escape ends the measurement, as does the control's button.
 */
export class MeasureSession {
  private panel: HTMLElement;
  private result: HTMLElement;
  private closeButton: HTMLButtonElement;
  private undoButton: HTMLButtonElement;
  private cross: HTMLElement | null = null;
  private label: Marker | null = null;
  private points: Position[] = [];
  private closed = false;
  private on = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly container: HTMLElement,
    private readonly toggle: HTMLButtonElement,
    private readonly opts: MeasureOptions,
  ) {
    const doc = map.getContainer().ownerDocument;
    const panel = doc.createElement('div');
    panel.className = 'measure-control__panel';
    panel.hidden = true;
    const result = doc.createElement('p');
    result.className = 'measure-control__result';
    const undo = button(doc, 'measure-control__undo', 'Undo point');
    undo.addEventListener('click', this.onUndo);
    const close = button(doc, 'measure-control__close', 'Close shape');
    close.addEventListener('click', this.onClose);
    panel.append(result, undo, close);
    container.append(panel);
    this.panel = panel;
    this.result = result;
    this.closeButton = close;
    this.undoButton = undo;
    map.getContainer().addEventListener('keydown', this.onKey);
  }

  /** Whether the control is measuring: map clicks add points rather than select. */
  get active(): boolean {
    return this.on;
  }

  /** What has been measured so far. */
  get measurement(): Measurement {
    return measurePath(this.points, this.closed);
  }

  /** Ends any measurement and takes the panel and the listeners away. */
  destroy(): void {
    this.stop();
    this.map.getContainer().removeEventListener('keydown', this.onKey);
    this.undoButton.removeEventListener('click', this.onUndo);
    this.closeButton.removeEventListener('click', this.onClose);
    this.panel.remove();
  }

  /** Starts measuring: an empty path, clicks add points, the map takes the keyboard. */
  start(): void {
    const map = this.map;
    if (this.on) return;
    this.on = true;
    this.points = [];
    this.closed = false;
    if (!map.getSource(SOURCE)) {
      map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({
        id: 'measure-fill',
        type: 'fill',
        source: SOURCE,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': palette.text, 'fill-opacity': 0.15 },
      });
      map.addLayer({
        id: 'measure-line',
        type: 'line',
        source: SOURCE,
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': palette.text, 'line-width': 2.5, 'line-dasharray': [2, 1] },
      });
      map.addLayer({
        id: 'measure-points',
        type: 'circle',
        source: SOURCE,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': palette.text, 'circle-stroke-width': 2.5 },
      });
    }
    const cross = map.getContainer().ownerDocument.createElement('div');
    cross.className = 'measure-cross';
    cross.setAttribute('aria-hidden', 'true');
    map.getContainer().append(cross);
    this.cross = cross;
    map.getContainer().classList.add('measure-active');
    map.on('click', this.onMapClick);
    this.toggle.setAttribute('aria-pressed', 'true');
    this.toggle.textContent = 'End measuring';
    this.panel.hidden = false;
    this.render();
    this.opts.onActive?.(true);
    map.getCanvas().focus();
    this.opts.say('Measuring. Click the map to add points, or press Enter to add the centre of the map; Backspace removes the last point, Escape ends.');
  }

  /** Ends measuring and clears the path from the map. */
  stop(): void {
    const map = this.map;
    if (!this.on) return;
    this.on = false;
    this.points = [];
    this.closed = false;
    map.off('click', this.onMapClick);
    for (const id of LAYERS) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    this.label?.remove();
    this.label = null;
    this.cross?.remove();
    this.cross = null;
    map.getContainer().classList.remove('measure-active');
    this.toggle.setAttribute('aria-pressed', 'false');
    this.toggle.textContent = 'Measure';
    if (this.panel.contains(this.panel.ownerDocument.activeElement)) this.toggle.focus();
    this.panel.hidden = true;
    this.opts.onActive?.(false);
  }

  /** Adds a point ([lng, lat]); a closed shape starts again. */
  add(point: Position): void {
    if (!this.on) return;
    if (this.closed) {
      this.points = [];
      this.closed = false;
    }
    this.points.push(point);
    this.changed();
  }

  /** Removes the last point (or opens a closed shape again). */
  undo(): void {
    if (!this.on || this.points.length === 0) return;
    if (this.closed) this.closed = false;
    else this.points.pop();
    this.changed();
  }

  /** Closes the path into a shape, when it has three points or more. */
  close(): void {
    if (!this.on || this.closed || this.points.length < 3) return;
    this.closed = true;
    this.changed();
  }

  private readonly onUndo = (): void => {
    this.undo();
  };

  private readonly onClose = (): void => {
    this.close();
  };

  private readonly onMapClick = (e: MapMouseEvent): void => {
    const map = this.map;
    const first = this.points[0];
    if (first && this.points.length >= 3 && !this.closed) {
      const p = map.project([first[0] ?? 0, first[1] ?? 0]);
      if (Math.hypot(p.x - e.point.x, p.y - e.point.y) <= CLOSE_PX) {
        this.close();
        return;
      }
    }
    this.add([e.lngLat.lng, e.lngLat.lat]);
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    const map = this.map;
    if (!this.on || e.defaultPrevented) return;
    const onMap = e.target === map.getCanvas();
    const onControl = e.target instanceof Node && this.container.contains(e.target);
    if (e.key === 'Escape' && (onMap || onControl)) {
      e.preventDefault();
      this.stop();
      this.opts.say('Measuring ended.');
    } else if (onMap && e.key === 'Enter') {
      e.preventDefault();
      const c = map.getCenter();
      this.add([c.lng, c.lat]);
    } else if (onMap && e.key === 'Backspace') {
      e.preventDefault();
      this.undo();
    }
  };

  private changed(): void {
    this.render();
    this.opts.say(this.sentence());
  }

  /** The result in words: "2 points: 196 km". */
  private sentence(): string {
    const { lengthKm, areaKm2 } = this.measurement;
    const n = this.points.length;
    if (n === 0) return 'No points yet.';
    if (n === 1) return '1 point. Add another to measure a distance.';
    if (areaKm2 !== null) return `Closed shape of ${n} points: area ${formatMeasure(areaKm2, 'km²')}, perimeter ${formatMeasure(lengthKm, 'km')}.`;
    return `${n} points: ${formatMeasure(lengthKm, 'km')}.`;
  }

  private render(): void {
    const map = this.map;
    const { lengthKm, areaKm2 } = this.measurement;
    const path = this.closed ? [...this.points, this.points[0] as Position] : this.points;
    const features: Feature[] = this.points.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }));
    if (path.length >= 2) features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: path } });
    if (this.closed) features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [path] } });
    void map.getSource<GeoJSONSource>(SOURCE)?.setData({ type: 'FeatureCollection', features });

    const text =
      this.points.length < 2
        ? ''
        : areaKm2 !== null
          ? `${formatMeasure(areaKm2, 'km²')} (perimeter ${formatMeasure(lengthKm, 'km')})`
          : formatMeasure(lengthKm, 'km');
    this.result.textContent = text === '' ? 'Click to add points; on the map, Enter adds its centre.' : `${this.closed ? 'Area' : 'Length'}: ${text}`;
    this.closeButton.disabled = this.closed || this.points.length < 3;
    this.undoButton.disabled = this.points.length === 0;
    const last = this.points[this.points.length - 1];
    if (!last || text === '') {
      this.label?.remove();
      this.label = null;
      return;
    }
    if (!this.label) {
      const element = map.getContainer().ownerDocument.createElement('div');
      element.className = 'measure-label';
      this.label = new Marker({ element, anchor: 'bottom-left', offset: [8, -6] });
    }
    this.label.getElement().textContent = text;
    this.label.setLngLat([last[0] ?? 0, last[1] ?? 0]).addTo(map);
  }
}

function button(doc: Document, className: string, text: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  return b;
}
