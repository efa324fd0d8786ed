/**
 * `npm run geodata:preview`: draws every geodata layer together into one SVG page for review, and
 * screenshots it with the system Chromium. Writes .cache/geodata-preview.{html,png}.
 * Pass a bbox to zoom: `npm run geodata:preview -- 46 39.2 47.5 40.5`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { LAYER_IDS, type LayerId } from '../src/core/contract.ts';
import { xy } from './lib/checked.ts';
import { ROOT } from './lib/inputs.ts';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const args = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isFinite(n));
const [west, south, east, north] = (args.length === 4 ? args : [43.3, 38.3, 50.7, 43.8]) as [number, number, number, number];
const W = 1400;
const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
const H = Math.round((W * (north - south)) / ((east - west) * k));
const x = (lon: number) => ((lon - west) / (east - west)) * W;
const y = (lat: number) => ((north - lat) / (north - south)) * H;
const ring = (r: Position[]) =>
  'M' +
  r
    .map((p) => xy(p))
    .map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`)
    .join('L');

// Every layer needs a style (TypeScript says when one is missing): an unstyled one drew solid black.
const STYLE: Record<LayerId, string> = {
  land: 'fill:#f3efe6;stroke:none',
  water: 'fill:#9cc3e0;stroke:#4a90c2;stroke-width:1.5',
  countries: 'fill:none;stroke:#333;stroke-width:1.6',
  admin1: 'fill:none;stroke:#999;stroke-width:0.5',
  'nagorno-karabakh': 'fill:#e69f00;fill-opacity:0.25;stroke:#e69f00;stroke-width:2',
  'held-1994': 'fill:none;stroke:#d55e00;stroke-width:2;stroke-dasharray:6 3',
  'regained-2020': 'fill:#0072b2;fill-opacity:0.18;stroke:#0072b2;stroke-width:1',
  'peacekeeping-2020': 'fill:#009e73;fill-opacity:0.35;stroke:#009e73;stroke-width:1.5',
  'russia-border': 'fill:#cc79a7;fill-opacity:0.12;stroke:#cc79a7;stroke-width:1.2',
  'offensive-2023': 'fill:#009e73;fill-opacity:0.5;stroke:#005c43;stroke-width:2;stroke-dasharray:5 2',
  'inside-armenia': 'fill:#d55e00;fill-opacity:0.55;stroke:#8a3a00;stroke-width:1.5',
  'clashes-2022': 'fill:#d00;stroke:#fff;stroke-width:1',
  exclaves: 'fill:none;stroke:#000;stroke-width:2.5',
  'peace-2024': 'fill:#009e73;stroke:#005c43;stroke-width:3',
  villages: 'fill:#777;stroke:none',
  places: 'fill:#222;stroke:none',
};

function draw(layer: string, f: Feature): string {
  const g = f.geometry;
  const label = String(f.properties?.name ?? '');
  const style = STYLE[layer as LayerId];
  const lineStyle = style.replace(/fill:[^;]+/, 'fill:none');
  switch (g.type) {
    case 'Polygon':
      return `<path fill-rule="evenodd" style="${style}" d="${g.coordinates.map(ring).join('Z')}Z"><title>${layer}/${label}</title></path>`;
    case 'MultiPolygon':
      return `<path fill-rule="evenodd" style="${style}" d="${g.coordinates.map((p) => p.map(ring).join('Z') + 'Z').join('')}"><title>${layer}/${label}</title></path>`;
    case 'LineString':
      return `<path style="${lineStyle}" d="${ring(g.coordinates)}"/>`;
    case 'MultiLineString':
      return `<path style="${lineStyle}" d="${g.coordinates.map(ring).join('')}"/>`;
    case 'Point': {
      const [lon, lat] = g.coordinates as [number, number];
      if (lon < west || lon > east || lat < south || lat > north) return '';
      const r = layer === 'clashes-2022' ? 5 : layer === 'exclaves' ? 8 : 2.5;
      return `<circle cx="${x(lon)}" cy="${y(lat)}" r="${r}" style="${style}"/><text x="${x(lon) + 5}" y="${y(lat) - 4}" font-size="11" font-family="sans-serif">${label.replace(/[<&]/g, '')}</text>`;
    }
    default:
      return '';
  }
}

const parts: string[] = [];
for (const id of LAYER_IDS) {
  const fc = JSON.parse(readFileSync(path.join(ROOT, 'geodata', `${id}.geojson`), 'utf8')) as FeatureCollection;
  for (const f of fc.features) {
    if (id === 'land' && f.properties?.id === 'land-world') continue;
    parts.push(draw(id, f));
  }
}
const legend = Object.entries(STYLE)
  .map(
    ([id, s], i) =>
      `<rect x="10" y="${10 + i * 18}" width="14" height="12" style="${s}"/><text x="30" y="${20 + i * 18}" font-size="12" font-family="sans-serif">${id}</text>`,
  )
  .join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" style="background:#c9dff0">${parts.join('\n')}<g>${legend}</g></svg>`;
const outDir = path.join(ROOT, '.cache');
mkdirSync(outDir, { recursive: true });
const html = path.join(outDir, 'geodata-preview.html');
writeFileSync(html, `<!doctype html><html><body style="margin:0">${svg}</body></html>`);
const found = findChromium();
if (!found) throw new Error('no Chromium found; see README');
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: W, height: H } });
await page.goto(`file://${html}`);
const png = path.join(outDir, 'geodata-preview.png');
await page.screenshot({ path: png });
await browser.close();
console.log(`wrote ${path.relative(ROOT, png)} (${W}×${H})`);
