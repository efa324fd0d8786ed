/**
 * Random links (issue 11, item 3): links drawn with fast-check from a fixed seed, mixing real keys
 * with garbage, numbers out of range, unknown layers, bad dates, huge values, percent-encoding and
 * Unicode (tests/support/link-arbitraries.ts, the same arbitraries as the parser's property tests).
 * Each loads with no page error, no dialog and no request off the origin, and the map settles.
 *
 * 300 links by default. The long mode is a count: RANDOM_LINKS=3000 npx playwright test random-links;
 * RANDOM_LINKS_SEED=<n> draws another set. A failure names the link's number and the link.
 */
import fc from 'fast-check';
import { expect, test } from './test.ts';
import { anyString, nearValidHash } from '../support/link-arbitraries.ts';
import { expectNothingRan, guard, setHash } from './guard.ts';
import { openApp, waitForMap } from './helpers.ts';

const COUNT = Number(process.env.RANDOM_LINKS) || 300;
const SEED = Number(process.env.RANDOM_LINKS_SEED) || 20_110_003;

/** Nine in ten near-valid (real keys, random values), one in ten any string at all. */
const links = fc.sample(fc.oneof({ arbitrary: nearValidHash, weight: 9 }, { arbitrary: anyString.map((s) => `#${s}`), weight: 1 }), {
  seed: SEED,
  numRuns: COUNT,
});

// A small map: software GL draws each frame in proportion to its pixels.
test.use({ viewport: { width: 400, height: 300 } });

test(`${COUNT} random links (seed ${SEED}) load with no page error, and the map settles`, async ({ page }) => {
  test.setTimeout(Math.max(120_000, COUNT * 1000));
  const seen = await guard(page);
  await openApp(page);
  for (const [i, link] of links.entries()) {
    // Every 50th link is opened afresh, the others are edits of the hash, as Back and a reader's edits are.
    if (i % 50 === 0) await page.goto(`/${link.startsWith('#') ? link : `#${link}`}`);
    else await setHash(page, link);
    await waitForMap(page);
    expect(seen.errors, `link ${i}: ${JSON.stringify(link)}`).toEqual([]);
  }
  await expect(page.locator('#map canvas')).toBeVisible();
  await expectNothingRan(page, seen);
});
