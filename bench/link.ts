/**
 * `npm run bench:link`: how long the article linker takes on a 5,000-word article, in Node and in
 * Chromium, once the gazetteer is loaded (issue 10's budget: under 50 ms), and how big the gazetteer
 * is (at most 150 KB gzip). Builds the bench page bench/link-page (bench/vite.config.ts), serves it on
 * loopback and runs the app's own linker modules there.
 *
 *   npm run bench:link              1 warm-up + 20 runs in each; exits 1 when a budget fails
 *   npm run bench:link -- --smoke   1 warm-up + 3 runs; exits 1 only when the harness breaks
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { indexGazetteer } from '../src/story/gazetteer.ts';
import { linkBlocks } from '../src/story/link/linker.ts';
import type { Story } from '../src/story/model.ts';
import { parsePlainStory } from '../src/story/text.ts';
import { serveStatic } from './lib/server.ts';
import { percentile } from './lib/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 3 : 20;
const WORDS = 5000;
const BUDGET_MS = 50;
const BUDGET_GZIP = 150_000;

/**
 * A 5,000-word article of real reporting's shape: the first story's paragraphs and the annotated
 * test passages (marks removed), in turn, until it is long enough.
 */
export function benchArticle(words = WORDS): string {
  const seed = JSON.parse(readFileSync(join(ROOT, 'src/story/stories/2022-09-13.json'), 'utf8')) as Story;
  const dir = join(ROOT, 'tests/fixtures/linker-gold');
  const passages = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parsePlainStory(readFileSync(join(dir, f), 'utf8').replace(/\[\[([^|\]]+)\|[^\]]+\]\]/g, '$1')).paragraphs);
  const pool = [...seed.paragraphs.map((p) => p.text), ...passages];
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = pool[i % pool.length] ?? '';
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return `Title: A long day of fighting\nDate: 2020-10-20\n\n${out.join('\n\n')}`;
}

const stats = (ms: number[]): { median: number; p95: number; min: number; max: number } => ({
  median: round(percentile(ms, 50) ?? NaN),
  p95: round(percentile(ms, 95) ?? NaN),
  min: round(Math.min(...ms)),
  max: round(Math.max(...ms)),
});
const round = (v: number): number => Math.round(v * 10) / 10;

async function main(): Promise<void> {
  const text = benchArticle();
  const words = text.split(/\s+/).length;
  const file = readFileSync(join(ROOT, 'geodata/gazetteer.json'));
  const gzip = gzipSync(file, { level: 6 }).length;

  // Node: the modules as the command line runs them.
  const t0 = performance.now();
  const index = indexGazetteer(JSON.parse(file.toString('utf8')) as unknown);
  const indexMs = performance.now() - t0;
  const plain = parsePlainStory(text);
  const blocks = [plain.title, ...plain.paragraphs];
  const node: number[] = [];
  let mentions = 0;
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now();
    const out = linkBlocks(blocks, plain.date ?? '', index);
    if (i > 0) node.push(performance.now() - t); // the first run warms the JIT
    mentions = out.reduce((n, b) => n + b.mentions.length, 0);
  }

  // Chromium: the same modules in the bench page.
  const build = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`bench page build failed: ${build.stderr}`);
  const chrome = findChromium();
  if (!chrome) throw new Error('no Chromium found (see scripts/find-chromium.mjs)');
  const server = await serveStatic(join(ROOT, 'bench/dist/pages'));
  const browser = await chromium.launch({ executablePath: chrome.path, args: CHROMIUM_ARGS });
  let browserTimes: { load_ms: number; runs_ms: number[]; mentions: number };
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/link-page/index.html`);
    await page.waitForFunction(() => typeof window.linkBench === 'function');
    browserTimes = await page.evaluate(([t, n]) => window.linkBench(t, n), [text, RUNS + 1] as const);
  } finally {
    await browser.close();
    await server.close();
  }
  const chromiumRuns = browserTimes.runs_ms.slice(1);

  const result = {
    when: new Date().toISOString(),
    machine: `${String(cpus().length)} cores`,
    article_words: words,
    mentions: { node: mentions, chromium: browserTimes.mentions },
    gazetteer: {
      entries: index.entries.length,
      raw_bytes: file.length,
      gzip_bytes: gzip,
      index_node_ms: round(indexMs),
      fetch_and_index_chromium_ms: round(browserTimes.load_ms),
    },
    link_ms: { node: stats(node), chromium: stats(chromiumRuns) },
    runs: RUNS,
  };
  const budgets = [
    {
      what: `linking ${String(words)} words in Node, median`,
      limit: `${String(BUDGET_MS)} ms`,
      value: result.link_ms.node.median,
      pass: result.link_ms.node.median < BUDGET_MS,
    },
    {
      what: `linking ${String(words)} words in Chromium, median`,
      limit: `${String(BUDGET_MS)} ms`,
      value: result.link_ms.chromium.median,
      pass: result.link_ms.chromium.median < BUDGET_MS,
    },
    { what: 'gazetteer, gzip', limit: '150 KB', value: Math.round(gzip / 100) / 10, pass: gzip <= BUDGET_GZIP },
  ];
  console.log(`Linker bench, ${result.when}: a ${String(words)}-word article, ${String(mentions)} mentions, ${String(RUNS)} runs after a warm-up`);
  console.log(`| where | median ms | p95 ms | min–max ms |\n|---|---|---|---|`);
  for (const [where, s] of [
    ['Node', result.link_ms.node],
    ['Chromium', result.link_ms.chromium],
  ] as const) {
    console.log(`| ${where} | ${String(s.median)} | ${String(s.p95)} | ${String(s.min)}–${String(s.max)} |`);
  }
  console.log(
    `gazetteer: ${String(index.entries.length)} entries, ${String(Math.round(file.length / 1000))} KB raw, ${String(Math.round(gzip / 1000))} KB gzip; indexed in ${String(result.gazetteer.index_node_ms)} ms (Node), fetched and indexed in ${String(result.gazetteer.fetch_and_index_chromium_ms)} ms (Chromium)`,
  );
  for (const b of budgets) console.log(`${b.pass ? 'pass' : 'FAIL'}  ${b.what}: ${String(b.value)} (budget ${b.limit})`);
  writeFileSync(join(ROOT, smoke ? 'bench/results-link-smoke.json' : 'bench/results-link.json'), `${JSON.stringify({ ...result, budgets }, null, 2)}\n`);
  if (!smoke && budgets.some((b) => !b.pass)) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(`bench:link failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
