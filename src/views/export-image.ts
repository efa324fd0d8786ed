import type { Swatch } from '../data/layers.ts';
import { swatchSvg } from './swatch.ts';

/** What the exported picture holds besides the map. */
export interface ImageParts {
  /** The map as drawn, at `scale` device pixels per CSS pixel. */
  map: HTMLCanvasElement;
  /** Device pixels per CSS pixel of `map` (2 for the 2× export). */
  scale: number;
  title: string;
  /** The date, as readers say it ('13 September 2022'). */
  date: string;
  /** The visible layers that draw something on the date, in the layer panel's words. */
  legend: readonly { label: string; swatch: Swatch }[];
  /** Metres per CSS pixel at the centre of the view, for the scale bar. */
  metresPerPixel: number;
  /** The map's attribution, as plain text. */
  attribution: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';
const PANEL = 'rgba(255, 255, 255, 0.92)';
const INK = '#1f1f1f';
const MUTED = '#4a4a4a';

/**
 * Composes the picture a reader downloads: the map canvas with the title and date (top left), a
 * legend of the visible layers and a scale bar (bottom left) and the attribution (bottom right)
 * drawn into it, at the map's own resolution. Every text is drawn with `fillText`, so nothing in it
 * is markup. Resolves once the legend's swatches (the layer panel's SVGs) are drawn.
 */
export async function composeImage(parts: ImageParts): Promise<HTMLCanvasElement> {
  const { map, scale: s } = parts;
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = map.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas).');
  ctx.drawImage(map, 0, 0);
  ctx.scale(s, s);
  const width = map.width / s;
  const height = map.height / s;
  const swatches = await Promise.all(parts.legend.map((row, i) => swatchImage(row.swatch, `export-${String(i)}`)));

  // Title and date.
  const maxText = Math.max(80, width - 40);
  ctx.font = `600 15px ${FONT}`;
  const title = fit(ctx, parts.title, maxText);
  const titleWidth = ctx.measureText(title).width;
  ctx.font = `13px ${FONT}`;
  const date = fit(ctx, parts.date, maxText);
  const boxWidth = Math.max(titleWidth, ctx.measureText(date).width) + 20;
  panel(ctx, 10, 10, boxWidth, 48);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 15px ${FONT}`;
  ctx.fillText(title, 20, 30);
  ctx.fillStyle = MUTED;
  ctx.font = `13px ${FONT}`;
  ctx.fillText(date, 20, 49);

  // Attribution: a band along the bottom right.
  ctx.font = `11px ${FONT}`;
  const attribution = fit(ctx, parts.attribution, Math.max(60, width - 180));
  const attributionWidth = ctx.measureText(attribution).width + 12;
  ctx.fillStyle = PANEL;
  ctx.fillRect(width - attributionWidth, height - 18, attributionWidth, 18);
  ctx.fillStyle = INK;
  ctx.fillText(attribution, width - attributionWidth + 6, height - 5);

  // Scale bar, bottom left.
  const bar = scaleBar(parts.metresPerPixel, 120);
  const barTop = height - 32;
  if (bar) {
    panel(ctx, 10, barTop - 4, bar.pixels + 16, 26);
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(18, barTop + 2);
    ctx.lineTo(18, barTop + 10);
    ctx.lineTo(18 + bar.pixels, barTop + 10);
    ctx.lineTo(18 + bar.pixels, barTop + 2);
    ctx.stroke();
    ctx.fillStyle = INK;
    ctx.font = `11px ${FONT}`;
    ctx.fillText(bar.label, 22, barTop + 8);
  }

  // Legend, above the scale bar: one row per layer, as many as fit.
  const rowHeight = 22;
  const room = Math.max(0, Math.floor((barTop - 12 - 70) / rowHeight) - 1);
  const rows = parts.legend.slice(0, room);
  if (rows.length > 0) {
    ctx.font = `12px ${FONT}`;
    const labels = rows.map((r) => fit(ctx, r.label, Math.min(320, width - 80)));
    const legendWidth = Math.max(...labels.map((l) => ctx.measureText(l).width), ctx.measureText('Legend').width) + 56;
    const legendHeight = rows.length * rowHeight + 30;
    const top = barTop - 12 - legendHeight;
    panel(ctx, 10, top, legendWidth, legendHeight);
    ctx.fillStyle = INK;
    ctx.font = `600 12px ${FONT}`;
    ctx.fillText('Legend', 20, top + 18);
    ctx.font = `12px ${FONT}`;
    rows.forEach((_row, i) => {
      const y = top + 26 + i * rowHeight;
      const image = swatches[i];
      if (image) ctx.drawImage(image, 18, y + 2, 28, 18);
      ctx.fillStyle = INK;
      ctx.fillText(labels[i] ?? '', 52, y + 15);
    });
  }
  return canvas;
}

/**
 * A scale bar no longer than `maxPixels`: the longest round distance (1, 2 or 5 times a power of
 * ten, in metres) that fits, its length in CSS pixels and its label.
 *
 * @example
 * scaleBar(1000, 120) // { pixels: 100, label: '100 km' }
 */
export function scaleBar(metresPerPixel: number, maxPixels: number): { pixels: number; label: string } | null {
  if (!(metresPerPixel > 0) || !Number.isFinite(metresPerPixel)) return null;
  const max = metresPerPixel * maxPixels;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [5, 2, 1].map((k) => k * power).find((d) => d <= max) ?? power;
  return { pixels: Math.round(step / metresPerPixel), label: step >= 1000 ? `${String(step / 1000)} km` : `${String(step)} m` };
}

/** Metres per CSS pixel at a latitude and zoom, for MapLibre's 512-pixel tiles. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  ctx.fillStyle = PANEL;
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.15)';
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

/** The text, shortened with an ellipsis to fit `max` pixels in the current font. */
function fit(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let out = text;
  while (out.length > 1 && ctx.measureText(`${out}…`).width > max) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

/** The layer panel's swatch as an image (the SVG through a blob: URL, which the CSP allows). */
async function swatchImage(swatch: Swatch, key: string): Promise<HTMLImageElement | null> {
  const svg = swatchSvg(swatch, key);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('width', '56');
  svg.setAttribute('height', '36');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } catch {
    return null; // a swatch that cannot be drawn leaves its label
  } finally {
    URL.revokeObjectURL(url);
  }
}
