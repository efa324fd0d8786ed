import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERLAY_LAYER_IDS } from '../../../src/core/contract.ts';
import { formatState, parseState, roundView } from '../../../src/state/hash.ts';
import type { AppState } from '../../../src/state/state.ts';
import { stateProblems } from '../../support/app-state.ts';
import { anyString, layers, nearValidToolsHash as nearValidHash } from '../../support/link-arbitraries.ts';

// Fixed seeds: a failure replays as it was found. Properties of parseState and formatState, the
// link parser and writer: never a throw, always a valid state, and a link that is stable once written.
const SEED = 20_110_003;
const RUNS = 10_000;

/** parseState(x) and the link written from it, twice. */
function rounds(x: string): { first: AppState; h1: string; second: AppState; h2: string } {
  const first = parseState(x);
  const h1 = formatState(first, x);
  const second = parseState(h1);
  return { first, h1, second, h2: formatState(second, h1) };
}

describe.each([
  [
    'a random string',
    fc.oneof(
      anyString,
      anyString.map((s) => `#${s}`),
    ),
  ],
  ['a near-valid hash', nearValidHash],
] as const)('parseState of %s', (_name, arbitrary) => {
  it(`never throws (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(arbitrary, (x) => {
        parseState(x);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('gives a valid state: zoom in the map’s range, a centre on the map, known layers, a real date on the timeline', () => {
    fc.assert(
      fc.property(arbitrary, (x) => {
        expect(stateProblems(parseState(x))).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('formatState(parseState(x)) is stable on a second round, and means what x meant', () => {
    fc.assert(
      fc.property(arbitrary, (x) => {
        const { first, h1, second, h2 } = rounds(x);
        expect(h2).toBe(h1);
        expect(second).toEqual({ ...first, view: first.view && roundView(first.view) });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('formatState', () => {
  it('keeps every item of a key it does not own, as it was written', () => {
    fc.assert(
      fc.property(nearValidHash, (x) => {
        const known = ['map', 'layers', 'sel', 'p', 't', 'story', 'st', 'cmp', 'embed'];
        const others = x
          .replace(/^#/, '')
          .split('&')
          .filter((i) => i !== '' && !known.includes(i.split('=')[0] ?? ''));
        const kept = formatState(parseState(x), x).slice(1).split('&');
        expect(kept.slice(kept.length - others.length)).toEqual(others);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('writes only known layers, whatever the link asked for', () => {
    fc.assert(
      fc.property(layers, (l) => {
        const written = new URLSearchParams(formatState(parseState(`#layers=${l}`)).slice(1)).get('layers') ?? '';
        for (const id of written.split(',').filter(Boolean)) expect(OVERLAY_LAYER_IDS).toContain(id);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});
