/**
 * `npm run bench`: the app against bare MapLibre and Leaflet drawing the same geodata (issue 4).
 *
 * Builds the app (its own vite.config.ts, into bench/dist/app) and the baseline pages
 * (bench/vite.config.ts, into bench/dist/pages), serves both on loopback, and drives headless
 * Chromium: a warm-up round then N measured rounds, each page in a fresh browser context (cold
 * cache), pages interleaved so that load from other processes falls on all of them alike.
 *
 *   npm run bench                 full run: 1 warm-up + 5 runs, exits 1 when a budget fails
 *   npm run bench -- --smoke      1 run, no warm-up; exits 1 only when the harness itself breaks;
 *                                 also the --scale path at its smallest N
 *   npm run bench -- --scale      the growth curve (bench/scale.ts): N points and N polygons
 *   npm run bench -- --profile    a CPU profile of the app's first render, summarised
 *   options: --runs=N  --popups=N  --no-build (reuse bench/dist)  --out=path  --port=P (serve on
 *            127.0.0.1:P, P+1, …; else free ports)  --extra=name=dir (another build of the app,
 *            measured interleaved as page app-<name>: an A/B run)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { writeStaticArticle } from './lib/static-article.ts';
import { originFinder, summarizeProfile, type CpuProfile } from './lib/profile.ts';
import { runScale } from './scale.ts';
import { LAYER_IDS } from '../src/core/contract.ts';
import { BUDGETS, evaluateBudgets, failed, formatValue, KB, type BudgetResult } from './lib/budgets.ts';
import { classify, gzipSize, tally, type Tally, type Transfer } from './lib/bytes.ts';
import { gcHeap } from './lib/heap.ts';
import { longestTask, settledIdle, type IdleProbe } from './lib/idle.ts';
import { CAMERA_LEAFLET, CAMERA_MAPLIBRE, DRAWN_SOURCES, INIT_SCRIPT, LONG_TASKS, MAP_SIZE, NOW, PARAGRAPH, POPUP_POINTS, PROBE } from './lib/inpage.ts';
import { serveStatic, type LoggedResponse, type StaticServer } from './lib/server.ts';
import { appOwnerOf, sourceGroup, splitChunk, type SourceMapLike } from './lib/sourcemap.ts';
import { percentile, ratio, summarize, type Summary } from './lib/stats.ts';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST_APP = join(ROOT, 'bench/dist/app');
const DIST_PAGES = join(ROOT, 'bench/dist/pages');

/** The app, the two baselines, the static article page, and other builds of the app (`app-<name>`). */
export type PageId = 'app' | 'maplibre' | 'leaflet' | 'static' | `app-${string}`;
const PAGE_IDS: readonly PageId[] = ['app', 'maplibre', 'leaflet', 'static'];
/** Pages that run the app: its own build, or another one given with --extra. */
const isApp = (id: PageId): boolean => id === 'app' || id.startsWith('app-');

// Settings. Quiet spell: how long a MapLibre page must stay idle (no frame, no request in flight)
// before its last idle counts as the first complete render. Settle: how long after that the page
// is left alone, to catch work the page defers until after its first render.
const QUIET_MS = 1000;
const SETTLE_MS = 3000;
export const LOAD_TIMEOUT_MS = 60_000;
export const VIEWPORT = { width: 1280, height: 800 };
/** Where the zoom part of the camera script happens: Stepanakert/Khankendi, in Karabakh. */
export const ZOOM_CENTER: [number, number] = [46.75, 39.82];
export const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  // Nothing may leave the machine: names other than loopback do not resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface Options {
  smoke: boolean;
  scale: boolean;
  profile: boolean;
  runs: number;
  warmups: number;
  popups: number;
  build: boolean;
  out: string;
  /** First port to serve on (then +1, +2, …); 0: free ports. */
  port: number;
  extras: { name: string; dir: string }[];
  /** --ns=1000,5000: the scale run's N values. */
  ns: number[] | null;
  runsGiven: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const smoke = argv.includes('--smoke');
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const known = /^--(smoke|scale|profile|no-build|runs=\d+|popups=\d+|out=.+|port=\d+|extra=[\w-]+=.+|ns=[\d,]+)$/;
  const unknown = argv.filter((a) => !known.test(a));
  if (unknown.length) throw new Error(`unknown option(s): ${unknown.join(' ')}`);
  const scale = argv.includes('--scale');
  const extras = argv
    .filter((a) => a.startsWith('--extra='))
    .map((a) => {
      const [name = '', ...dir] = a.slice('--extra='.length).split('=');
      return { name, dir: resolve(dir.join('=')) };
    });
  const ns = value('ns');
  return {
    smoke,
    scale,
    profile: argv.includes('--profile'),
    port: Number(value('port') ?? 0),
    extras,
    ns: ns ? ns.split(',').map(Number) : null,
    runsGiven: value('runs') !== undefined,
    runs: Number(value('runs') ?? (smoke ? 1 : 5)),
    warmups: smoke ? 0 : 1,
    // The smoke run opens fewer popups to stay cheap; its heap figure is not the budget's.
    popups: Number(value('popups') ?? (smoke ? 5 : 50)),
    build: !argv.includes('--no-build'),
    out: resolve(
      value('out') ?? join(ROOT, scale ? `bench/results-scale${smoke ? '-smoke' : ''}.json` : smoke ? 'bench/results-smoke.json' : 'bench/results.json'),
    ),
  };
}

export const log = (msg: string): void => {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
};
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Builds

export interface BuildResult {
  ok: boolean;
  seconds: number;
  error?: string;
}

/** spawnSync's captured output: null, whatever its type says, when the command could not be started. */
const captured = (text: string | null): string => text ?? '';

export function viteBuild(label: string, args: string[]): BuildResult {
  log(`building ${label}: npx vite build ${args.join(' ')}`);
  const t = Date.now();
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], { cwd: ROOT, encoding: 'utf8' });
  const seconds = (Date.now() - t) / 1000;
  if (r.status === 0) return { ok: true, seconds };
  const output = `${captured(r.stdout)}\n${captured(r.stderr)}`.trim().split('\n').slice(-15).join('\n');
  log(`${label} build failed (exit ${r.status ?? r.signal}):\n${output}`);
  return { ok: false, seconds, error: output };
}

// ---------------------------------------------------------------------------------------------
// One run of one page

export interface Frames {
  pan: number[];
  zoomIn: number[];
  zoomOut: number[];
}

interface Heap {
  before: number;
  after: number;
  growth: number;
  popups: number;
  points: string[];
}

interface RunResult {
  page: PageId;
  round: number;
  warmup: boolean;
  ok: boolean;
  error?: string;
  time_to_idle_ms: number | null;
  /** When the article's first passage (#p1) was first painted (Element Timing), page time. */
  first_paragraph_ms: number | null;
  /** Whether the app kept the build's article (the #p1 painted first is the one on the page). */
  article_adopted?: boolean;
  /** The page's own "complete" signal (baselines), for comparison with the harness's reading. */
  page_signal_ms: number | null;
  /** Frames rendered in the settle window after the first complete render (should be 0). */
  renders_after_idle: number;
  firstView: Transfer[];
  /** Files behind the first-view responses, for the own-JS split. */
  firstViewFiles: (string | null)[];
  later: Transfer[];
  frames: Frames | null;
  longest_task_ms: { settle: number; camera: number; popups: number | null } | null;
  heap: Heap | null;
  heap_error?: string;
  drawn_layers?: string[];
  map_size?: { w: number; h: number };
  console_errors: string[];
  off_origin_requests: string[];
  /** Wall-clock seconds per phase, to see where the bench spends its time. */
  phase_s: Record<string, number>;
}

const gzipCache = new Map<string, number>();
function toTransfer(entry: LoggedResponse): Transfer {
  let gzip = entry.bytes;
  if (entry.file) {
    const cached = gzipCache.get(entry.file);
    gzip = cached ?? gzipSize(readFileSync(entry.file));
    gzipCache.set(entry.file, gzip);
  }
  return { path: entry.path, contentType: entry.contentType, raw: entry.bytes, gzip };
}

export async function waitFirstRender(page: Page, id: PageId, server: StaticServer): Promise<{ at: number; signal: number | null }> {
  const started = Date.now();
  let probe: IdleProbe & { hasMap: boolean; complete: number | null } = { idles: [], lastRender: -1, now: 0, hasMap: false, complete: null };
  while (Date.now() - started < LOAD_TIMEOUT_MS) {
    probe = await page.evaluate<typeof probe>(PROBE);
    if (id === 'leaflet') {
      if (probe.complete !== null && server.inflight() === 0) return { at: probe.complete, signal: probe.complete };
    } else {
      const at = settledIdle(probe, server.inflight(), QUIET_MS);
      if (at !== null) return { at, signal: probe.complete };
    }
    await sleep(100);
  }
  const state =
    id === 'leaflet'
      ? 'no complete signal'
      : probe.hasMap
        ? `${probe.idles.length} idle event(s), last render at ${Math.round(probe.lastRender)} ms`
        : 'window.map was never set';
  throw new Error(`no first complete render within ${LOAD_TIMEOUT_MS / 1000} s (${state}; ${server.inflight()} request(s) in flight)`);
}

/** Polls until the first paragraph has been painted; its page time, or null after the timeout. */
async function waitParagraph(page: Page): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < LOAD_TIMEOUT_MS) {
    const p = await page.evaluate<{ at: number | null }>(PARAGRAPH);
    if (p.at !== null) return p.at;
    await sleep(50);
  }
  return null;
}

/**
 * The leak check: open and close popups by clicking features on the first view, then compare the
 * JS heap after forced GC. Two popups first, so one-time work (lazy modules, caches) is not counted.
 */
async function popupLeakCheck(page: Page, cdp: CDPSession, count: number): Promise<Heap> {
  const points = await page.evaluate<{ x: number; y: number; key: string }[]>(POPUP_POINTS);
  if (points.length === 0) throw new Error('no clickable geodata feature on the first view');
  const popup = page.locator('.maplibregl-popup').first();
  // A click may move the camera so that its popup fits (src/map/popup-fit.ts), which would leave
  // the next click's point off its feature: each click starts from the first view again.
  const home = await page.evaluate(() => ({ center: window.map.getCenter().toArray(), zoom: window.map.getZoom() }));
  const goHome = (): Promise<void> =>
    page.evaluate(
      (view) =>
        new Promise<void>((done) => {
          const map = window.map;
          const [lng, lat] = map.getCenter().toArray();
          if (Math.abs(lng - view.center[0]) < 1e-9 && Math.abs(lat - view.center[1]) < 1e-9 && Math.abs(map.getZoom() - view.zoom) < 1e-9) {
            done();
            return;
          }
          map.once('idle', () => {
            done();
          });
          map.jumpTo(view);
        }),
      home,
    );
  const openClose = async (p: { x: number; y: number }): Promise<void> => {
    await goHome();
    await page.mouse.click(p.x, p.y);
    await popup.waitFor({ state: 'visible', timeout: 5000 });
    const close = page.locator('.maplibregl-popup-close-button').first();
    if (await close.count()) await close.click({ timeout: 3000 });
    else await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached', timeout: 5000 });
  };
  const working: typeof points = [];
  const tried: string[] = [];
  for (const p of points) {
    if (working.length >= 6) break;
    try {
      await openClose(p);
      working.push(p);
    } catch (err) {
      tried.push(`${p.key}: ${(err as Error).message.split('\n')[0]}`);
      if (await popup.count()) await page.keyboard.press('Escape');
    }
  }
  if (working.length === 0) throw new Error(`clicking features opened no popup that a close button or Escape closed (${tried.slice(0, 3).join('; ')})`);
  const before = await gcHeap(cdp);
  for (let i = 0; i < count; i++) {
    const p = working[i % working.length];
    if (!p) throw new Error(`no popup point for click ${i + 1}`);
    await openClose(p);
  }
  await sleep(500);
  const after = await gcHeap(cdp);
  return { before, after, growth: after - before, popups: count, points: working.map((p) => p.key) };
}

async function runPage(
  browser: Browser,
  id: PageId,
  url: string,
  server: StaticServer,
  round: number,
  opts: Options,
  profile?: (cpu: CpuProfile) => void,
): Promise<RunResult> {
  const result: RunResult = {
    page: id,
    round,
    warmup: round === 0,
    ok: false,
    time_to_idle_ms: null,
    first_paragraph_ms: null,
    page_signal_ms: null,
    renders_after_idle: 0,
    firstView: [],
    firstViewFiles: [],
    later: [],
    frames: null,
    longest_task_ms: null,
    heap: null,
    console_errors: [],
    off_origin_requests: [],
    phase_s: {},
  };
  let phaseStart = Date.now();
  const phase = (name: string): void => {
    result.phase_s[name] = (Date.now() - phaseStart) / 1000;
    phaseStart = Date.now();
  };
  // Service workers blocked: the app's offline copy is set up after its first view, and would
  // otherwise download every data file during the measures that follow it.
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') result.console_errors.push(m.text().slice(0, 300));
    });
    page.on('pageerror', (e) => result.console_errors.push(`uncaught: ${e.message.slice(0, 300)}`));
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) result.off_origin_requests.push(u);
    });
    server.reset();
    let profiler: CDPSession | null = null;
    if (profile) {
      profiler = await context.newCDPSession(page);
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
      await profiler.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    if (id === 'static') {
      // The plain page: only the time its first paragraph is painted.
      result.first_paragraph_ms = await waitParagraph(page);
      result.ok = result.first_paragraph_ms !== null;
      if (!result.ok) result.error = 'the first paragraph was never painted';
      return result;
    }
    const first = await waitFirstRender(page, id, server);
    if (profiler && profile) {
      const { profile: cpu } = (await profiler.send('Profiler.stop')) as { profile: CpuProfile };
      profile(cpu);
    }
    result.time_to_idle_ms = first.at;
    result.page_signal_ms = first.signal;
    if (isApp(id)) {
      const para = await page.evaluate<{ at: number | null; adopted: boolean }>(PARAGRAPH);
      result.first_paragraph_ms = para.at;
      result.article_adopted = para.adopted;
    }
    const logged = [...server.log];
    result.firstView = logged.map(toTransfer);
    result.firstViewFiles = logged.map((e) => e.file);
    phase('load');

    // Settle: leave the page alone, then count frames drawn since the first complete render.
    const now = await page.evaluate<number>(NOW);
    await sleep(Math.max(0, first.at + SETTLE_MS - now));
    const settled = await page.evaluate<IdleProbe>(PROBE);
    if (id !== 'leaflet') result.renders_after_idle = settled.lastRender > first.at ? 1 : 0;
    const settleEnd = settled.now;
    // Another build of the app (an A/B run) is measured to its first render only.
    if (id.startsWith('app-')) {
      result.ok = true;
      return result;
    }
    if (id === 'app') {
      result.drawn_layers = await page.evaluate<string[]>(DRAWN_SOURCES);
      result.map_size = await page.evaluate<{ w: number; h: number }>(MAP_SIZE);
    }
    phase('settle');

    const camera = await page.evaluate<Frames & { start: number; end: number }>(
      `${id === 'leaflet' ? CAMERA_LEAFLET : CAMERA_MAPLIBRE}(${JSON.stringify({ center: ZOOM_CENTER })})`,
    );
    result.frames = { pan: camera.pan, zoomIn: camera.zoomIn, zoomOut: camera.zoomOut };
    phase('camera');

    let popupsWindow: [number, number] | null = null;
    if (id === 'app' && opts.popups > 0) {
      const cdp = await context.newCDPSession(page);
      const t0 = await page.evaluate<number>(NOW);
      try {
        result.heap = await popupLeakCheck(page, cdp, opts.popups);
      } catch (err) {
        result.heap_error = (err as Error).message.split('\n')[0];
      }
      popupsWindow = [t0, await page.evaluate<number>(NOW)];
      phase('popups');
    }

    const tasks = await page.evaluate<[number, number][]>(LONG_TASKS);
    result.longest_task_ms = {
      settle: longestTask(tasks, first.at, settleEnd),
      camera: longestTask(tasks, camera.start, camera.end),
      popups: popupsWindow ? longestTask(tasks, popupsWindow[0], popupsWindow[1]) : null,
    };
    result.later = server.log.slice(logged.length).map(toTransfer);
    result.ok = true;
  } catch (err) {
    result.error = (err as Error).message.split('\n').slice(0, 3).join(' ');
  } finally {
    await context.close();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The app's own JS

interface OwnJs {
  raw: number;
  gzip: number;
  maplibre_gzip: number;
  inlined_data_raw: number;
  /** Raw bytes of own JS by package or src/ folder, largest first. */
  breakdown: { group: string; raw: number }[];
  method: string;
}

function ownJs(run: RunResult): OwnJs {
  let raw = 0;
  let gzip = 0;
  let maplibreGzip = 0;
  let inlined = 0;
  const groups = new Map<string, number>();
  const methods = new Set<string>();
  run.firstView.forEach((t, i) => {
    if (classify(t.path, t.contentType) !== 'js') return;
    const file = run.firstViewFiles[i];
    const mapFile = file ? `${file}.map` : null;
    if (file && mapFile && existsSync(mapFile)) {
      methods.add('source map');
      const code = readFileSync(file, 'utf8');
      const split = splitChunk(code, JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapLike, appOwnerOf);
      raw += Buffer.byteLength(split.text.own);
      gzip += split.text.own ? gzipSize(split.text.own) : 0;
      maplibreGzip += split.text.foreign ? gzipSize(split.text.foreign) : 0;
      inlined += Buffer.byteLength(split.text['inlined-data']);
      for (const [source, bytes] of split.bySource) {
        if (source !== '' && appOwnerOf(source) !== 'own') continue;
        const g = sourceGroup(source);
        groups.set(g, (groups.get(g) ?? 0) + bytes);
      }
    } else if (/maplibre/i.test(t.path)) {
      methods.add('file name');
      maplibreGzip += t.gzip;
    } else {
      methods.add('file name');
      raw += t.raw;
      gzip += t.gzip;
      groups.set(t.path, (groups.get(t.path) ?? 0) + t.raw);
    }
  });
  return {
    raw,
    gzip,
    maplibre_gzip: maplibreGzip,
    inlined_data_raw: inlined,
    breakdown: [...groups].map(([group, b]) => ({ group, raw: b })).sort((a, b) => b.raw - a.raw),
    method: [...methods].join(' + ') || 'no JS',
  };
}

// ---------------------------------------------------------------------------------------------
// Aggregation

function medianOf(values: number[]): number | null {
  return percentile(values, 50);
}

function bytesSummary(runs: RunResult[]): Record<string, number | null> {
  const tallies: Tally[] = runs.map((r) => tally(r.firstView, LAYER_IDS));
  const field = (pick: (t: Tally) => number): number | null => medianOf(tallies.map(pick));
  const later = runs.map((r) => tally(r.later, LAYER_IDS));
  return {
    js_raw: field((t) => t.js.raw),
    js_gzip: field((t) => t.js.gzip),
    css_raw: field((t) => t.css.raw),
    css_gzip: field((t) => t.css.gzip),
    data_raw: field((t) => t.data.raw),
    data_gzip: field((t) => t.data.gzip),
    geodata_raw: field((t) => t.geodata.raw),
    geodata_gzip: field((t) => t.geodata.gzip),
    other_raw: field((t) => t.other.raw),
    other_gzip: field((t) => t.other.gzip),
    total_raw: field((t) => t.total.raw),
    total_gzip: field((t) => t.total.gzip),
    requests: field((t) => t.total.count),
    after_first_view_gzip: medianOf(later.map((t) => t.total.gzip)),
  };
}

interface Percentiles {
  p50: number | null;
  p95: number | null;
}

interface FileBytes {
  path: string;
  raw: number;
  gzip: number;
}

/** One measured run, as results.json lists it under `per_run`. */
function perRun(r: RunResult) {
  return {
    ok: r.ok,
    error: r.error,
    time_to_idle_ms: r.time_to_idle_ms && Math.round(r.time_to_idle_ms),
    page_signal_ms: r.page_signal_ms && Math.round(r.page_signal_ms),
    total_gzip: r.ok ? tally(r.firstView, LAYER_IDS).total.gzip : null,
    longest_task_ms: r.longest_task_ms,
    heap: r.heap,
    heap_error: r.heap_error,
    phase_s: r.phase_s,
  };
}

/**
 * What results.json says about one page (`pages.<id>`). A page that never ran has only the fields
 * up to `longest_task_after_idle_ms`; the fields from `own_js` on are the app's alone.
 */
interface PageSummary {
  url: string;
  measured_runs: number;
  ok_runs: number;
  errors: (string | undefined)[];
  time_to_idle_ms: Summary;
  /** App pages and the static article page: when the first paragraph was painted. */
  first_paragraph_ms?: Summary;
  /** App: runs in which it kept the build's article rather than drawing it again. */
  article_adopted_runs?: number;
  bytes: Record<string, number | null>;
  frame_ms: Percentiles & { frames?: number; pan?: Percentiles; zoom_in?: Percentiles; zoom_out?: Percentiles };
  longest_task_after_idle_ms: Summary & { settle?: Summary; camera?: Summary; popups?: Summary };
  runs_with_frames_after_idle?: number;
  console_errors?: string[];
  off_origin_requests?: string[];
  per_run?: ReturnType<typeof perRun>[];
  own_js?: { method: string | null; breakdown_raw: OwnJs['breakdown'] };
  first_view_geodata_files?: FileBytes[];
  after_first_view_files?: FileBytes[];
  heap_growth_after_popups_bytes?: number | null;
  heap_growth_after_popups?: Summary;
  heap_errors?: string[];
}

function pageSummary(id: PageId, url: string, all: RunResult[]): PageSummary {
  const runs = all.filter((r) => !r.warmup);
  const ok = runs.filter((r) => r.ok);
  const frames = (pick: (f: Frames) => number[]): number[] => ok.flatMap((r) => (r.frames ? pick(r.frames) : []));
  const allFrames = frames((f) => [...f.pan, ...f.zoomIn, ...f.zoomOut]);
  const seg = (pick: (f: Frames) => number[]): Percentiles => ({
    p50: percentile(frames(pick), 50),
    p95: percentile(frames(pick), 95),
  });
  const longest = ok.map((r) => (r.longest_task_ms ? Math.max(r.longest_task_ms.settle, r.longest_task_ms.camera, r.longest_task_ms.popups ?? 0) : null));
  const out: PageSummary = {
    url,
    measured_runs: runs.length,
    ok_runs: ok.length,
    errors: runs.filter((r) => !r.ok).map((r) => r.error),
    time_to_idle_ms: summarize(runs.map((r) => r.time_to_idle_ms)),
    first_paragraph_ms: summarize(runs.map((r) => r.first_paragraph_ms)),
    article_adopted_runs: ok.filter((r) => r.article_adopted).length,
    bytes: bytesSummary(ok),
    frame_ms: {
      p50: percentile(allFrames, 50),
      p95: percentile(allFrames, 95),
      frames: allFrames.length,
      pan: seg((f) => f.pan),
      zoom_in: seg((f) => f.zoomIn),
      zoom_out: seg((f) => f.zoomOut),
    },
    longest_task_after_idle_ms: {
      ...summarize(longest),
      settle: summarize(ok.map((r) => r.longest_task_ms?.settle)),
      camera: summarize(ok.map((r) => r.longest_task_ms?.camera)),
      popups: summarize(ok.map((r) => r.longest_task_ms?.popups)),
    },
    runs_with_frames_after_idle: ok.filter((r) => r.renders_after_idle > 0).length,
    console_errors: [...new Set(all.flatMap((r) => r.console_errors))].slice(0, 10),
    off_origin_requests: [...new Set(all.flatMap((r) => r.off_origin_requests))],
    per_run: runs.map(perRun),
  };
  if (id === 'app') {
    const own = ok.map(ownJs);
    const bytes = out.bytes;
    bytes.own_js_raw = medianOf(own.map((o) => o.raw));
    bytes.own_js_gzip = medianOf(own.map((o) => o.gzip));
    bytes.maplibre_js_gzip = medianOf(own.map((o) => o.maplibre_gzip));
    bytes.inlined_data_raw = medianOf(own.map((o) => o.inlined_data_raw));
    out.own_js = { method: own[0]?.method ?? null, breakdown_raw: own[0]?.breakdown.slice(0, 15) ?? [] };
    out.first_view_geodata_files = ok[0]
      ? ok[0].firstView.filter((t) => tally([t], LAYER_IDS).geodata.count > 0).map((t) => ({ path: t.path, raw: t.raw, gzip: t.gzip }))
      : [];
    out.after_first_view_files = ok[0] ? ok[0].later.map((t) => ({ path: t.path, raw: t.raw, gzip: t.gzip })) : [];
    const heaps = ok.map((r) => r.heap?.growth ?? null);
    out.heap_growth_after_popups_bytes = summarize(heaps).median;
    out.heap_growth_after_popups = summarize(heaps);
    out.heap_errors = [...new Set(ok.map((r) => r.heap_error).filter((e): e is string => Boolean(e)))];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Output

const kb = (b: number | null | undefined): string => (typeof b === 'number' ? (b / KB).toFixed(1) : '—');
const ms = (v: number | null | undefined): string => (typeof v === 'number' ? `${Math.round(v)}` : '—');

function table(rows: string[][]): string {
  const header = rows[0];
  if (!header) throw new Error('a table needs a header row');
  const cell = (r: string[], c: number): string => {
    const text = r[c];
    if (text === undefined) throw new Error(`table row "${r.join(' | ')}" has no column ${c + 1}`);
    return text;
  };
  const widths = header.map((_, c) => Math.max(...rows.map((r) => cell(r, c).length)));
  return rows
    .map((r, i) => {
      // A cell beyond the header's columns is left unpadded (padEnd(undefined) pads to nothing).
      const line = `| ${r.map((text, c) => text.padEnd(widths[c] ?? 0)).join(' | ')} |`;
      return i === 0 ? `${line}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : line;
    })
    .join('\n');
}

/** The parts of results.json the printed report reads. */
interface Report {
  date: string;
  smoke: boolean;
  runs: number;
  popups: number;
  pages: Record<string, PageSummary>;
  ratios: Record<string, number | null>;
  profile?: ReturnType<typeof summarizeProfile> | null;
}

function printReport(results: Report, budgets: BudgetResult[]): void {
  const pages = results.pages;
  const rows = [
    [
      'page',
      'idle ms median (min–max)',
      'JS gz KB',
      'own JS gz KB',
      'CSS gz KB',
      'data gz KB',
      'geodata gz KB',
      'total gz KB',
      'frame ms p50/p95',
      'first ¶ ms',
      'longest task ms',
      `heap Δ ${String(results.popups)} popups`,
    ],
  ];
  for (const [id, p] of Object.entries(pages)) {
    const t = p.time_to_idle_ms;
    const b = p.bytes;
    rows.push([
      id,
      `${ms(t.median)} (${ms(t.min)}–${ms(t.max)})`,
      kb(b.js_gzip),
      id === 'app' ? kb(b.own_js_gzip) : '',
      kb(b.css_gzip),
      kb(b.data_gzip),
      kb(b.geodata_gzip),
      kb(b.total_gzip),
      `${p.frame_ms.p50?.toFixed(1) ?? '—'} / ${p.frame_ms.p95?.toFixed(1) ?? '—'}`,
      ms(p.first_paragraph_ms?.median),
      `${ms(p.longest_task_after_idle_ms.median)} (max ${ms(p.longest_task_after_idle_ms.max)})`,
      id === 'app' ? formatValue(p.heap_growth_after_popups_bytes ?? null, 'bytes') : '',
    ]);
  }
  console.log(
    `\nCaucasus Atlas bench, ${results.date} — ${results.runs} run(s) per page${results.smoke ? ' (smoke)' : ''}; KB = 1000 bytes, gzip = zlib level 6\n`,
  );
  console.log(table(rows));
  const r = results.ratios;
  console.log(
    `\n${Object.entries(r)
      .map(([k, v]) => `${k}: ${v?.toFixed(2) ?? '—'}×`)
      .join('   ')}\n`,
  );
  if (results.profile) {
    console.log(`CPU profile of the app's first render (main thread, ${Math.round(results.profile.total_ms)} ms sampled):\n`);
    console.log(profileTables(results.profile));
    console.log('');
  }
  console.log(
    table([
      ['budget', 'limit', 'measured', 'verdict'],
      ...budgets.map((b) => [b.description, formatValue(b.limit, b.unit), formatValue(b.actual, b.unit), b.verdict + (b.note ? ` (${b.note})` : '')]),
    ]),
  );
}

/** The profile's two tables (categories, top functions), as Markdown for bench/README.md. */
function profileTables(p: ReturnType<typeof summarizeProfile>): string {
  const pct = (v: number): string => `${(v * 100).toFixed(1)} %`;
  return [
    table([['category', 'self ms', 'share'], ...p.categories.slice(0, 10).map((c) => [c.name, ms(c.ms), pct(c.share)])]),
    table([
      ['function (source)', 'category', 'self ms', 'share'],
      ...p.functions.map((f) => [f.name.replaceAll('|', '/'), f.category, ms(f.ms), pct(f.share)]),
    ]),
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.scale) return runScale(opts);
  const startedAt = new Date();
  const loadAtStart = loadavg().map((l) => Number(l.toFixed(2)));
  const t0 = Date.now();
  const found = findChromium();
  if (!found) throw new Error('no Chromium found: install one or set CHROMIUM_PATH');

  const builds: Record<string, BuildResult> = {};
  if (opts.build) {
    builds.pages = viteBuild('bench pages', ['-c', 'bench/vite.config.ts']);
    if (!builds.pages.ok) throw new Error('the bench pages did not build');
    // The app's own config; only the output folder differs, and hidden source maps (no comment in
    // the JS, so the shipped bytes are the same) let the bench split maplibre-gl from the app's code.
    builds.app = viteBuild('app', ['--outDir', 'bench/dist/app', '--emptyOutDir', '--sourcemap', 'hidden']);
  }
  const appBuilt = existsSync(join(DIST_APP, 'index.html')) && builds.app?.ok !== false;
  if (!existsSync(join(DIST_PAGES, 'maplibre-baseline/index.html'))) throw new Error('bench/dist/pages is missing: run without --no-build');
  // The plain page holding the same article: the build's article HTML and the app's CSS, no script.
  if (appBuilt) writeStaticArticle(DIST_APP);
  for (const extra of opts.extras) if (!existsSync(join(extra.dir, 'index.html'))) throw new Error(`--extra=${extra.name}: ${extra.dir} has no index.html`);

  const port = (k: number): number => (opts.port ? opts.port + k : 0);
  const appServer = await serveStatic(DIST_APP, port(0));
  const pageServer = await serveStatic(DIST_PAGES, port(1));
  const extraServers = new Map<PageId, StaticServer>();
  for (const [i, extra] of opts.extras.entries()) extraServers.set(`app-${extra.name}`, await serveStatic(extra.dir, port(2 + i)));
  const browser = await chromium.launch({ executablePath: found.path, args: BENCH_CHROMIUM_ARGS, headless: true });
  const chromiumVersion = browser.version();
  log(`Chromium ${chromiumVersion} (${found.path}); app at ${appServer.origin}, baselines at ${pageServer.origin}`);

  const runs: RunResult[] = [];
  let firstViewLayers: string[] | null = null;
  let mapSize: { w: number; h: number } | null = null;
  const urls: Record<string, string> = { app: `${appServer.origin}/`, maplibre: '', leaflet: '', static: `${appServer.origin}/static-article.html` };
  for (const [id, server] of extraServers) urls[id] = `${server.origin}/`;
  const order: PageId[] = [...PAGE_IDS, ...extraServers.keys()];
  let profile: ReturnType<typeof summarizeProfile> | null = null;
  try {
    for (let round = opts.warmups > 0 ? 0 : 1; round <= opts.runs; round++) {
      for (const id of order) {
        if ((id === 'app' || id === 'static') && !appBuilt) continue;
        if ((id === 'maplibre' || id === 'leaflet') && !urls[id]) {
          // The baselines draw what the app draws on its first view, at the size of the app's map.
          const q = new URLSearchParams();
          if (firstViewLayers?.length) q.set('layers', firstViewLayers.join(','));
          if (mapSize) {
            q.set('w', String(mapSize.w));
            q.set('h', String(mapSize.h));
          }
          const qs = q.toString().replaceAll('%2C', ',');
          urls.maplibre = `${pageServer.origin}/maplibre-baseline/${qs ? `?${qs}` : ''}`;
          urls.leaflet = `${pageServer.origin}/leaflet-baseline/${qs ? `?${qs}` : ''}`;
        }
        const server = id === 'app' || id === 'static' ? appServer : (extraServers.get(id) ?? pageServer);
        // --profile: the app's first measured round, with the CPU profiler on until the first render.
        const profileThis = opts.profile && id === 'app' && round === 1;
        const r = await runPage(
          browser,
          id,
          urls[id] ?? '',
          server,
          round,
          opts,
          profileThis
            ? (cpu) => {
                // The raw profile too, for Chromium's DevTools (Performance panel, load profile); not committed.
                writeFileSync(join(ROOT, 'bench/dist/app-first-render.cpuprofile'), JSON.stringify(cpu));
                profile = readProfile(cpu);
              }
            : undefined,
        );
        runs.push(r);
        if (id === 'app' && r.ok && !firstViewLayers) {
          firstViewLayers = r.drawn_layers ?? null;
          mapSize = r.map_size ?? null;
        }
        log(
          `${round === 0 ? 'warm-up' : `run ${round}/${opts.runs}`} ${id}: ${r.ok ? `first complete render ${Math.round(r.time_to_idle_ms ?? NaN)} ms, first ¶ ${Math.round(r.first_paragraph_ms ?? NaN)} ms` : `FAILED: ${r.error}`}${r.heap ? `, heap Δ ${(r.heap.growth / KB).toFixed(0)} KB` : ''}${r.heap_error ? `, popups: ${r.heap_error}` : ''}`,
        );
      }
    }
  } finally {
    await browser.close();
    await appServer.close();
    await pageServer.close();
    for (const server of extraServers.values()) await server.close();
  }

  const summaryOf = (id: PageId): PageSummary => {
    const mine = runs.filter((r) => r.page === id);
    return mine.length
      ? pageSummary(id, urls[id] ?? '', mine)
      : {
          url: urls[id] ?? '',
          measured_runs: 0,
          ok_runs: 0,
          errors: [builds.app?.error ?? 'not run'],
          time_to_idle_ms: summarize([]),
          bytes: {},
          frame_ms: { p50: null, p95: null },
          longest_task_after_idle_ms: summarize([]),
        };
  };
  // In the order of PAGE_IDS, as results.json has always listed them, then the other builds.
  const pages: Record<string, PageSummary> = Object.fromEntries(order.map((id) => [id, summaryOf(id)]));
  const page = (id: PageId): PageSummary => pages[id] ?? summaryOf(id);
  const idle = (id: PageId): number | null => page(id).time_to_idle_ms.median;
  const ratios: Record<string, number | null> = {
    app_over_maplibre_idle: ratio(idle('app'), idle('maplibre')),
    // Reported, no longer a budget: see bench/README.md.
    app_over_leaflet_idle: ratio(idle('app'), idle('leaflet')),
    first_paragraph_app_over_static: ratio(page('app').first_paragraph_ms?.median, page('static').first_paragraph_ms?.median),
  };
  for (const id of extraServers.keys()) ratios[`app_over_${id.replaceAll('-', '_')}_idle`] = ratio(idle('app'), idle(id));
  const app = page('app');
  const notes: Record<string, string> = {};
  if (!appBuilt) for (const b of BUDGETS) notes[b.id] = 'the app did not build';
  else if (!app.ok_runs) for (const b of BUDGETS) notes[b.id] = `the app did not render: ${app.errors[0] ?? ''}`;
  else {
    if (app.heap_growth_after_popups_bytes == null) notes.heap_growth_after_popups = `popups: ${app.heap_errors?.[0] ?? 'not run'}`;
    else if (opts.popups !== 50) notes.heap_growth_after_popups = `${opts.popups} popups, not 50`;
    const floor = page('maplibre').longest_task_after_idle_ms.median;
    if (typeof floor === 'number') notes.longest_task_after_idle = `bare MapLibre: ${Math.round(floor)} ms`;
  }
  const budgets = evaluateBudgets(
    BUDGETS,
    {
      idle_vs_maplibre: ratios.app_over_maplibre_idle,
      first_paragraph_vs_static: ratios.first_paragraph_app_over_static,
      own_js_gzip: app.bytes.own_js_gzip,
      first_view_geodata_gzip: app.bytes.geodata_gzip,
      longest_task_after_idle: app.longest_task_after_idle_ms.median,
      heap_growth_after_popups: app.heap_growth_after_popups_bytes,
    },
    notes,
  );

  // The harness is broken when a baseline page cannot be measured: those pages are ours.
  const harnessErrors = (['maplibre', 'leaflet', 'static', ...extraServers.keys()] as const)
    .filter((id) => appBuilt || id !== 'static')
    .filter((id) => !page(id).ok_runs)
    .map((id) => `${id} page: ${page(id).errors[0] ?? 'no runs'}`);
  const results = {
    date: startedAt.toISOString(),
    smoke: opts.smoke,
    runs: opts.runs,
    warmup_runs: opts.warmups,
    popups: opts.popups,
    duration_s: Math.round((Date.now() - t0) / 1000),
    machine: { cpus: cpus().length, load_avg_at_start: loadAtStart, node: process.version, chromium: chromiumVersion, gl: 'SwiftShader (software)' },
    method: {
      viewport: VIEWPORT,
      time_to_idle: `page time from navigation to the first complete render: for MapLibre pages the last 'idle' event before ${QUIET_MS} ms with no frame and no request in flight; for Leaflet, the animation frame after all layers are added`,
      bytes:
        'response bodies served by the bench server (no compression) up to the first complete render; gzip computed with zlib level 6 per response; KB = 1000 bytes',
      own_js: "first-view JS minus maplibre-gl (split by the build's hidden source map) minus geodata inlined as data: URLs; own part gzipped per file",
      frames:
        'requestAnimationFrame deltas while the camera moves: pan 320 px (1 s), zoom 6→10 over Karabakh (2 s), zoom 10→6 (2 s); Leaflet zooms 7→11 (256 px tiles); pooled over runs',
      long_tasks: `PerformanceObserver 'longtask' from the first complete render through a ${SETTLE_MS} ms settle, the camera script and (app) the popups; per run the longest, then the median over runs`,
      heap: `app only: 2 popups to warm up, forced GC (CDP HeapProfiler.collectGarbage), Runtime.getHeapUsage, then ${opts.popups} popups opened by clicking features and closed with their close button, GC, heap again`,
      baselines: 'draw the layers the app draws on its first view, at the size of its map',
      first_paragraph:
        "Element Timing of the article's first passage (#p1), marked by the bench as soon as it is in the document; the static page is the build's article HTML with the app's CSS and no script",
      extras: 'other builds of the app (--extra), measured to their first complete render, interleaved with the rest',
    },
    builds,
    first_view_layers: firstViewLayers,
    map_size: mapSize,
    pages,
    ratios,
    budgets,
    budgets_passed: !failed(budgets),
    harness_errors: harnessErrors,
    profile,
  };
  writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  printReport(results, budgets);
  console.log(`\nwrote ${opts.out} in ${results.duration_s} s`);
  if (harnessErrors.length) {
    console.error(`\nThe bench harness is broken: ${harnessErrors.join('; ')}`);
    return 1;
  }
  if (opts.smoke) {
    console.log('smoke: budgets reported, not enforced');
    // The growth curve's path too, at its smallest N, on the builds just made.
    log('smoke: --scale at its smallest N');
    return runScale({ ...opts, scale: true, build: false, ns: [1000], out: join(ROOT, 'bench/results-scale-smoke.json') });
  }
  if (failed(budgets)) {
    console.error(`\n${budgets.filter((b) => b.verdict !== 'pass').length} budget(s) not met.`);
    return 1;
  }
  return 0;
}

/**
 * The profile summarised, each frame placed by the app chunk's hidden source map, and code from
 * maplibre-gl's dist file placed again by that file's own source map (its src/ file and name).
 */
function readProfile(cpu: CpuProfile): ReturnType<typeof summarizeProfile> {
  type Find = ReturnType<typeof originFinder>;
  const finders = new Map<string, Find | null>();
  const finder = (file: string): Find | null => {
    if (!finders.has(file)) {
      let found: Find | null = null;
      try {
        if (existsSync(`${file}.map`)) found = originFinder(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapLike & { names?: string[] });
      } catch {
        found = null;
      }
      finders.set(file, found);
    }
    return finders.get(file) ?? null;
  };
  const maplibreDist = join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs');
  return summarizeProfile(cpu, (url, line, column) => {
    let file: string;
    try {
      file = join(DIST_APP, decodeURIComponent(new URL(url).pathname));
    } catch {
      return null;
    }
    const first = finder(file)?.(line, column) ?? null;
    if (!first) return null;
    if (!first.source.endsWith('maplibre-gl/dist/maplibre-gl.mjs')) return { source: first.source, name: first.name };
    const second = finder(maplibreDist)?.(first.line, first.column) ?? null;
    if (!second) return { source: first.source, name: first.name };
    return { source: `maplibre-gl/${second.source.replace(/^(?:\.\.\/)+/, '')}`, name: second.name ?? first.name };
  });
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly)
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`bench failed: ${(err as Error).stack ?? String(err)}`);
      process.exit(1);
    },
  );
