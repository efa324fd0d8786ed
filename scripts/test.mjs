#!/usr/bin/env node
// `npm test`: lint and format check, type check, unit and data tests (Vitest), production build and its byte budgets,
// browser tests (Playwright), a short soak, and a one-run smoke of each benchmark.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const started = Date.now();
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

/** Runs one step; prints how long it took (and the whole run so far), so a slow CI run shows where its time went. */
function run(label, cmd, args, env = process.env) {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`\n${label} failed (exit ${r.status ?? r.signal}) after ${seconds(t0)}.`);
    process.exit(r.status ?? 1);
  }
  console.log(`== ${label}: done in ${seconds(t0)} (${seconds(started)} since npm test began)`);
}

function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version');
  if (isRoot && isDebian) {
    console.log("No Chromium found; installing Debian's chromium package (apt-get install -y chromium).");
    run('apt-get update', 'apt-get', ['update', '-qq']);
    run('install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
    found = findChromium();
    if (found) return found;
  }
  console.error(
    [
      'No Chromium found for the browser tests. Install one and run npm test again:',
      isDebian ? '  sudo apt-get install -y chromium' : '  install Chromium with your system package manager',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary:',
      '  CHROMIUM_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
  process.exit(1);
}

const npx = 'npx';
run('lint and format check', 'npm', ['run', '--silent', 'lint']);
run('type check', npx, ['tsc', '--noEmit']);
run('unit and data tests', npx, ['vitest', 'run']);
const chromium = ensureChromium();
console.log(`\nChromium for browser tests: ${chromium.path} (from ${chromium.from})`);
// The browser tests' build also bundles the fixture stories of tests/fixtures/stories/. Its source maps are
// hidden (the JS is the same, with no link to them): they let the budget check tell the app's code from maplibre-gl's.
run('production build', npx, ['vite', 'build', '--logLevel', 'warn', '--sourcemap', 'hidden'], { ...process.env, VITE_TEST_STORIES: '1' });
run('byte budgets of the build', npx, ['vitest', 'run', '--config', 'tests/build/vitest.config.ts']);
// Then dist/ holds only what a deployment would serve.
for (const file of readdirSync('dist/assets')) if (file.endsWith('.map')) rmSync(join('dist/assets', file));
run('browser tests', npx, ['playwright', 'test'], { ...process.env, CHROMIUM_PATH: chromium.path });
// A short reading session on the same build: 60 seeded reader actions, no error, heap growth within 5 MB.
run('short soak', npx, ['tsx', 'bench/soak.ts', '--short'], { ...process.env, CHROMIUM_PATH: chromium.path });
// One run of the benchmark, so it keeps working; it fails only if the harness itself breaks.
run('benchmark smoke run', npx, ['tsx', 'bench/run.ts', '--smoke'], { ...process.env, CHROMIUM_PATH: chromium.path });
run('linker benchmark smoke run', npx, ['tsx', 'bench/link.ts', '--smoke'], { ...process.env, CHROMIUM_PATH: chromium.path });
