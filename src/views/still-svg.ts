import type { Geometry, Position } from 'geojson';
import type { OverlayLayerId } from '../core/contract.ts';
import type { Projection } from '../core/mercator.ts';
import { palette } from '../core/palette.ts';

/**
 * The still map's building blocks: how each overlay looks (the map style's colours and patterns),
 * SVG paths and elements.
 */

const SVG = 'http://www.w3.org/2000/svg';

/** How one overlay is drawn in the picture; the same colours and patterns as the map's style. */
export interface Look {
  fill?: string;
  fillOpacity?: number;
  pattern?: string;
  line?: string;
  lineWidth?: number;
  dash?: string;
  /** Areas draw no outline (countries and districts draw lines, not fills). */
  noFill?: boolean;
}

export const LOOKS: Record<OverlayLayerId, Look> = {
  countries: { noFill: true, line: palette.country, lineWidth: 1.6 },
  admin1: { noFill: true, line: palette.admin, lineWidth: 0.7, dash: '3 2' },
  'nagorno-karabakh': { fill: palette.nkao, fillOpacity: 0.14, line: palette.nkao, lineWidth: 2 },
  'held-1994': { pattern: 'still-hatch-held', line: palette.held, lineWidth: 1.3, dash: '4 2' },
  'regained-2020': { fill: palette.regained, fillOpacity: 0.12, pattern: 'still-hatch-regained', line: palette.regained, lineWidth: 1.3 },
  'peacekeeping-2020': { pattern: 'still-dots-peacekeeping', line: palette.peacekeeping, lineWidth: 1.5, dash: '2 2' },
  'offensive-2023': { fill: palette.regained, fillOpacity: 0.24, line: palette.regained, lineWidth: 1.6, dash: '3 1.5' },
  'russia-border': { fill: palette.russia, fillOpacity: 0.06, line: palette.russia, lineWidth: 2.5 },
  'inside-armenia': { fill: palette.positions, fillOpacity: 0.3, line: palette.positions, lineWidth: 1.3, dash: '1 1' },
  exclaves: {},
  'peace-2024': { line: palette.delimited, lineWidth: 2.5 },
  places: {},
  villages: {},
  'clashes-2022': {},
};

/** An SVG path for a line or area, in whole tenths of a pixel, skipping points under half a pixel apart. */
export function pathOf(geometry: Geometry, projection: Projection): string {
  const ring = (coords: Position[], close: boolean): string => {
    let d = '';
    let last: [number, number] | null = null;
    coords.forEach((c, i) => {
      const [x, y] = projection.point(c);
      if (last && i < coords.length - 1 && Math.abs(x - last[0]) < 0.5 && Math.abs(y - last[1]) < 0.5) return;
      d += `${d === '' ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
      last = [x, y];
    });
    return d === '' ? '' : close ? `${d}Z` : d;
  };
  switch (geometry.type) {
    case 'LineString':
      return ring(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => ring(l, false)).join('');
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((poly) => poly.map((r) => ring(r, true))).join('');
    default:
      return '';
  }
}

export function node<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const n = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  return n;
}

export function patterns(): SVGDefsElement {
  const defs = node('defs');
  const hatch = (id: string, colour: string, back: boolean): void => {
    const p = node('pattern', { id, patternUnits: 'userSpaceOnUse', width: 7, height: 7 });
    p.append(node('path', { d: back ? 'M0,0 L7,7 M-1,6 L1,8 M6,-1 L8,1' : 'M0,7 L7,0 M-1,1 L1,-1 M6,8 L8,6', stroke: colour, 'stroke-width': 1.4 }));
    defs.append(p);
  };
  hatch('still-hatch-held', palette.held, false);
  hatch('still-hatch-regained', palette.regained, true);
  const dots = node('pattern', { id: 'still-dots-peacekeeping', patternUnits: 'userSpaceOnUse', width: 6, height: 6 });
  dots.append(node('circle', { cx: 3, cy: 3, r: 1.1, fill: palette.peacekeeping }));
  defs.append(dots);
  return defs;
}
