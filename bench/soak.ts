/**
 * `npm run soak`: a long reading session (issue 11). A seeded script of reader actions (mentions,
 * map clicks and popups, layer toggles, date changes and Play, Back and Forward, resizes; see
 * lib/soak-plan.ts; searches too) runs against the production build in headless Chromium. It fails on any page
 * error or console error, or when the main thread's JS heap after forced GC has grown by more than
 * 5 MB from the start of the script (after a warm-up of the same actions). It also reports the DOM
 * node and event-listener counts before and after. The map's workers' heaps are not measured.
 *
 *   npm run soak                      500 actions, writes bench/results-soak.json
 *   npm run soak -- --short           60 actions (what npm test runs), writes nothing
 *   options: --actions=N  --seed=N  --no-build (reuse dist/)  --out=path
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { gcHeap } from './lib/heap.ts';
import { serveStatic } from './lib/server.ts';
import { soakPlan, type SoakAction } from './lib/soak-plan.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const BUDGET_BYTES = 5_000_000;
const WARMUP = 20;
/** How long an action may leave the map moving before the next one goes ahead anyway. */
const SETTLE_MS = 2500;

interface Options {
  actions: number;
  seed: number;
  build: boolean;
  out: string | null;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const short = argv.includes('--short');
  const actions = Number(value('actions') ?? (short ? 60 : 500));
  const seed = Number(value('seed') ?? 20261202);
  if (!Number.isInteger(actions) || actions < 1 || !Number.isInteger(seed)) throw new Error('--actions and --seed take whole numbers');
  return { actions, seed, build: !argv.includes('--no-build') && !short, out: short ? null : (value('out') ?? join(ROOT, 'bench/results-soak.json')) };
}

/** Waits, up to SETTLE_MS, for the map to stop moving and draw (no wait on the still map). */
async function settle(page: Page): Promise<boolean> {
  return page.evaluate(
    (ms) =>
      new Promise<boolean>((done) => {
        const map = (window as { map?: { loaded(): boolean; isMoving(): boolean; once(e: string, f: () => void): void } }).map;
        if (!map || (map.loaded() && !map.isMoving())) {
          done(true);
          return;
        }
        const timer = setTimeout(() => {
          done(false);
        }, ms);
        map.once('idle', () => {
          clearTimeout(timer);
          done(true);
        });
      }),
    SETTLE_MS,
  );
}

/** The page's DOM nodes and JS event listeners (CDP), after the forced GC of `gcHeap`. */
async function domCounters(cdp: CDPSession): Promise<{ nodes: number; jsEventListeners: number }> {
  const c = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  return { nodes: c.nodes, jsEventListeners: c.jsEventListeners };
}

async function pickAndClick(page: Page, selector: string, pick: number): Promise<boolean> {
  const all = page.locator(selector);
  const n = await all.count();
  if (n === 0) return false;
  const target = all.nth(Math.min(n - 1, Math.floor(pick * n)));
  if (!(await target.isVisible())) return false;
  await target.scrollIntoViewIfNeeded();
  await target.click({ timeout: 5000 });
  return true;
}

/** Carries out one action; false when the page offered nothing to do it on (e.g. no popup to close). */
async function perform(page: Page, action: SoakAction): Promise<boolean> {
  switch (action.kind) {
    case 'mention':
      return pickAndClick(page, 'article#article button.mention', action.pick);
    case 'map-click': {
      const box = await page.locator('#map').boundingBox();
      if (!box) return false;
      const at = { x: box.x + action.x * box.width, y: box.y + action.y * box.height };
      // Not on a link out of the page (the attribution's sources): that ends the session, not a map click.
      const onLink = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a[href^="http"]') != null, at);
      if (onLink) return false;
      await page.mouse.click(at.x, at.y);
      return true;
    }
    case 'close-popup': {
      const close = page.locator('.maplibregl-popup-close-button');
      if ((await close.count()) === 0) return false;
      if (action.by === 'escape') await page.keyboard.press('Escape');
      else await close.first().click({ timeout: 5000 });
      return true;
    }
    case 'toggle': {
      const summary = page.locator('.layer-panel > summary');
      if ((await page.locator('.layer-panel[open]').count()) === 0) await summary.click();
      return pickAndClick(page, '.layer-panel input[type=checkbox]', action.pick);
    }
    case 'date': {
      const slider = page.locator('.timeline__slider');
      await slider.focus();
      await page.keyboard.press(action.key);
      return true;
    }
    case 'event': {
      const button = page.locator(action.direction === 'next' ? '.timeline__next' : '.timeline__prev');
      if (await button.isDisabled()) return false;
      await button.click({ timeout: 5000 });
      return true;
    }
    case 'play': {
      const play = page.locator('.timeline__play');
      await play.click({ timeout: 5000 });
      await page.waitForTimeout(action.forMs); // a reader watching Play for a while: the time is the action
      if ((await play.getAttribute('aria-pressed')) === 'true') await play.click({ timeout: 5000 });
      return true;
    }
    case 'history':
      // Within the app's own entries only: Back from the first one would leave the page, as it
      // would for a reader (the Navigation API lists this document's same-origin entries).
      return page.evaluate((back) => {
        const nav = (window as unknown as { navigation?: { canGoBack: boolean; canGoForward: boolean } }).navigation;
        if (!nav || !(back ? nav.canGoBack : nav.canGoForward)) return false;
        if (back) history.back();
        else history.forward();
        return true;
      }, action.direction === 'back');
    case 'resize':
      await page.setViewportSize({ width: action.width, height: action.height });
      return true;
    case 'search': {
      const mentions = page.locator('article#article button.mention');
      const n = await mentions.count();
      if (n === 0) return false;
      const name = (await mentions.nth(Math.min(n - 1, Math.floor(action.pick * n))).innerText()).trim();
      return searchFor(page, name.slice(0, action.chars), true);
    }
  }
}

/**
 * Types `query` into the map's search box and waits for its list; with `choose`, Enter takes the
 * first option (a selection, as a reader's), otherwise Escape leaves it. False when no option came.
 */
async function searchFor(page: Page, query: string, choose: boolean): Promise<boolean> {
  const input = page.locator('.search-box__input').first();
  if (!(await input.isVisible())) return false;
  await input.fill(query);
  const found = await page
    .locator('.search-box__list [role="option"]')
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  await page.keyboard.press(found && choose ? 'Enter' : 'Escape');
  if (!choose || !found) await input.fill('');
  return found;
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.build || !existsSync(join(DIST, 'index.html'))) {
    console.log('building: npx vite build');
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the build failed');
  }
  const found = findChromium();
  if (!found) throw new Error('no Chromium found: set CHROMIUM_PATH or install chromium');
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const errors: string[] = [];
  const started = Date.now();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 60_000 });
    await settle(page);

    const warmup = soakPlan(opts.seed + 1, WARMUP);
    const plan = soakPlan(opts.seed, opts.actions);
    let unsettled = 0;
    let skipped = 0;
    for (const a of warmup) {
      await perform(page, a).catch(() => false);
      await settle(page);
    }
    // Every layer on once, then off again: each data file is loaded and kept once per session
    // (the villages alone are 3,636 features), which is memory by design, not growth.
    const boxes = page.locator('.layer-panel input[type=checkbox]');
    const turnedOn: number[] = [];
    for (let b = 0; b < (await boxes.count()); b++) {
      if (await boxes.nth(b).isChecked()) continue;
      await boxes.nth(b).check();
      turnedOn.push(b);
    }
    await page.waitForFunction(() => document.documentElement.dataset.geodata === 'idle');
    for (const b of turnedOn) await boxes.nth(b).uncheck();
    // The search's index (the gazetteer and every layer's names) is built once, when the reader
    // first types, and kept: memory by design as well, so it is built before the measure.
    const firstName = (await page.locator('article#article button.mention').first().innerText()).trim();
    if (!(await searchFor(page, firstName, false))) throw new Error(`the search box found nothing for "${firstName}"`);
    await page.locator('#map canvas').first().focus();
    await settle(page);
    const before = await gcHeap(cdp);
    const domBefore = await domCounters(cdp);
    const samples: { after_actions: number; bytes: number }[] = [{ after_actions: 0, bytes: before }];
    const counts: Record<string, number> = {};
    for (const [i, a] of plan.entries()) {
      let done: boolean;
      try {
        done = await perform(page, a);
      } catch (e) {
        // A control that moved under the pointer (a resize, a popup opening): the reader would try again.
        done = false;
        if (!(e instanceof Error && /Timeout|not visible|detached|intercepts pointer/i.test(e.message))) throw e;
      }
      if (!page.url().startsWith(server.origin)) throw new Error(`action ${String(i)} (${JSON.stringify(a)}) left the app for ${page.url()}`);
      if (!done) skipped++;
      counts[a.kind] = (counts[a.kind] ?? 0) + 1;
      const settled = await settle(page).catch((e: unknown) => {
        throw new Error(`after action ${String(i)} (${JSON.stringify(a)}), at ${page.url()}: ${e instanceof Error ? e.message : String(e)}`);
      });
      if (!settled) unsettled++;
      if ((i + 1) % 100 === 0) {
        const bytes = await gcHeap(cdp);
        samples.push({ after_actions: i + 1, bytes });
        console.log(`  ${String(i + 1)} actions, ${String(errors.length)} error(s), heap ${(bytes / 1e6).toFixed(1)} MB`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await settle(page);
    const after = await gcHeap(cdp);
    const domAfter = await domCounters(cdp);
    const growth = after - before;
    const seconds = (Date.now() - started) / 1000;
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, chromium: found.path },
      seed: opts.seed,
      actions: opts.actions,
      by_kind: counts,
      skipped_no_target: skipped,
      not_settled_within_ms: { ms: SETTLE_MS, count: unsettled },
      errors,
      heap_bytes: { before, after, growth, budget: BUDGET_BYTES, samples },
      dom_counters: { before: domBefore, after: domAfter },
      seconds: Math.round(seconds),
      method: `seeded plan (seed ${String(opts.seed)}), ${String(WARMUP)} warm-up actions of another seed first; heap = CDP Runtime.getHeapUsage after 3× HeapProfiler.collectGarbage, before the plan and after it (back at 1280×800)`,
    };
    console.log(
      `soak: ${String(opts.actions)} actions in ${String(Math.round(seconds))} s; ${String(errors.length)} error(s); heap ${(before / 1e6).toFixed(1)} → ${(after / 1e6).toFixed(1)} MB (growth ${(growth / 1e6).toFixed(2)} MB, budget ${(BUDGET_BYTES / 1e6).toFixed(1)} MB); ${String(skipped)} with nothing to act on, ${String(unsettled)} not settled within ${String(SETTLE_MS)} ms`,
    );
    console.log(
      `  DOM nodes ${String(domBefore.nodes)} → ${String(domAfter.nodes)}, JS event listeners ${String(domBefore.jsEventListeners)} → ${String(domAfter.jsEventListeners)}`,
    );
    for (const e of errors.slice(0, 10)) console.log(`  ${e}`);
    if (opts.out) writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`);
    if (errors.length > 0 || growth > BUDGET_BYTES) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
