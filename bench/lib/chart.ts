/**
 * The growth curve as an SVG chart (bench/scale-chart.svg): time to first complete render and
 * frame time p95 against N, one line per page, log-scaled axes. A pure function of the results.
 */

export interface Series {
  name: string;
  colour: string;
  /** [N, value] pairs; a null value (not measured) leaves a gap. */
  points: [number, number | null][];
}

export interface Panel {
  title: string;
  unit: string;
  series: Series[];
}

const W = 360;
const H = 260;
const M = { left: 58, right: 14, top: 34, bottom: 44 };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number): string =>
  v >= 10_000 ? `${Math.round(v / 1000)}k` : v >= 1000 ? `${(v / 1000).toFixed(v % 1000 === 0 ? 0 : 1)}k` : `${Math.round(v)}`;

/** Powers of ten and their 2× and 5× between lo and hi. */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v);
    }
  }
  return out;
}

function panel(p: Panel, x0: number): string {
  const values = p.series.flatMap((s) => s.points.map(([, v]) => v)).filter((v): v is number => typeof v === 'number' && v > 0);
  const ns = p.series.flatMap((s) => s.points.map(([n]) => n));
  const nLo = Math.min(...ns);
  const nHi = Math.max(...ns);
  const vLo = 10 ** Math.floor(Math.log10(Math.min(...values, 1e9)));
  const vHi = 10 ** Math.ceil(Math.log10(Math.max(...values, 1)));
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const x = (n: number): number => x0 + M.left + (nHi === nLo ? pw / 2 : ((Math.log10(n) - Math.log10(nLo)) / (Math.log10(nHi) - Math.log10(nLo))) * pw);
  const y = (v: number): number => M.top + ph - ((Math.log10(v) - Math.log10(vLo)) / (Math.log10(vHi) - Math.log10(vLo) || 1)) * ph;
  const parts: string[] = [];
  parts.push(`<text x="${x0 + M.left}" y="20" class="t">${esc(p.title)}</text>`);
  for (const v of logTicks(vLo, vHi)) {
    parts.push(`<line x1="${x0 + M.left}" x2="${x0 + W - M.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" class="g"/>`);
    parts.push(`<text x="${x0 + M.left - 6}" y="${(y(v) + 4).toFixed(1)}" class="a" text-anchor="end">${fmt(v)}</text>`);
  }
  for (const n of [...new Set(ns)].sort((a, b) => a - b)) {
    parts.push(`<text x="${x(n).toFixed(1)}" y="${H - M.bottom + 16}" class="a" text-anchor="middle">${fmt(n)}</text>`);
  }
  parts.push(`<text x="${x0 + M.left + pw / 2}" y="${H - 8}" class="a" text-anchor="middle">N points + N polygons</text>`);
  parts.push(
    `<text x="${x0 + 12}" y="${M.top + ph / 2}" class="a" text-anchor="middle" transform="rotate(-90 ${x0 + 12} ${M.top + ph / 2})">${esc(p.unit)} (log)</text>`,
  );
  for (const s of p.series) {
    const pts = s.points.filter((pt): pt is [number, number] => typeof pt[1] === 'number' && pt[1] > 0);
    if (pts.length === 0) continue;
    const d = pts.map(([n, v], i) => `${i === 0 ? 'M' : 'L'}${x(n).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
    for (const [n, v] of pts)
      parts.push(
        `<circle cx="${x(n).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.colour}"><title>${esc(`${s.name}, N = ${n}: ${Math.round(v)} ${p.unit}`)}</title></circle>`,
      );
  }
  return parts.join('\n');
}

/** Two panels side by side and a legend; self-contained SVG (no script, no external reference). */
export function scaleChart(panels: readonly Panel[], caption: string): string {
  const width = W * panels.length;
  const legend = (panels[0]?.series ?? [])
    .map(
      (s, i) =>
        `<g transform="translate(${M.left + i * 130} ${H + 6})"><rect width="14" height="4" y="-4" fill="${s.colour}"/><text x="20" y="0" class="a">${esc(s.name)}</text></g>`,
    )
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H + 36}" viewBox="0 0 ${width} ${H + 36}" role="img" aria-label="${esc(caption)}">
<style>.t{font:600 13px sans-serif;fill:#222}.a{font:11px sans-serif;fill:#444}.g{stroke:#ddd;stroke-width:1}</style>
<rect width="100%" height="100%" fill="#fff"/>
${panels.map((p, i) => panel(p, i * W)).join('\n')}
${legend}
<text x="${M.left}" y="${H + 28}" class="a">${esc(caption)}</text>
</svg>
`;
}
