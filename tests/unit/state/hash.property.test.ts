import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERLAY_LAYER_IDS, LAYER_IDS } from '../../../src/core/contract.ts';
import { formatState, parseState, roundView } from '../../../src/state/hash.ts';
import type { AppState } from '../../../src/state/state.ts';
import { bundledStoryIds } from '../../../src/story/registry.ts';
import { encodeStory } from '../../../src/story/share.ts';
import { stateProblems } from '../../support/app-state.ts';

// Fixed seeds: a failure replays as it was found. Properties of parseState and formatState, the
// link parser and writer: never a throw, always a valid state, and a link that is stable once written.
const SEED = 20_110_003;
const RUNS = 10_000;

/** Any string: UTF-16 code units (lone surrogates too), whole code points, and the characters links are made of. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...'#&=/,.%-+_$0123456789eE abcdefghijklmnopqrstuvwxyz'.split('')), maxLength: 120 }),
);

/** A decimal in [min, max] written with 0–6 decimals, as a link (or a hand) writes it. */
const decimal = (min: number, max: number): fc.Arbitrary<string> =>
  fc.tuple(fc.double({ min, max, noNaN: true }), fc.nat(6)).map(([n, digits]) => n.toFixed(digits));

/** A number as a link might write it, in range or not. */
const numberText = fc.oneof(
  fc.double().map(String),
  decimal(-400, 400),
  fc.integer({ min: -400, max: 400 }).map(String),
  fc.constantFrom('', '-', '.', '-.5', '5.', '1e3', '0x10', 'NaN', 'Infinity', '-0', '00', '٣', '１'),
);

/** Values near the edges the parser and the rounding care about. */
const edge = {
  zoom: fc.oneof(decimal(0, 22), decimal(0.99, 1.01), decimal(13.99, 14.01), fc.constantFrom('0', '1', '14', '14.005', '22', '22.001')),
  lat: fc.oneof(decimal(-90, 90), decimal(85.05, 85.06), decimal(-85.06, -85.05), fc.constantFrom('85.0511', '-85.0511', '85.05111')),
  lng: fc.oneof(decimal(-181, 181), decimal(179.9, 180.1), decimal(-180.1, -179.9)),
  bearing: fc.oneof(decimal(-361, 361), decimal(179.9, 180.1), decimal(-180.1, -179.9), decimal(359.9, 360), decimal(-360, -359.9)),
  pitch: fc.oneof(decimal(-1, 86), decimal(84.9, 85.1), fc.constantFrom('0', '-0', '85')),
};

const view = fc.oneof(
  fc.tuple(numberText, numberText, numberText).map((p) => p.join('/')),
  fc.tuple(numberText, numberText, numberText, numberText, numberText).map((p) => p.join('/')),
  fc.tuple(edge.zoom, edge.lat, edge.lng).map((p) => p.join('/')),
  fc.tuple(edge.zoom, edge.lat, edge.lng, edge.bearing, edge.pitch).map((p) => p.join('/')),
  fc.array(numberText, { maxLength: 7 }).map((p) => p.join('/')),
);
const layerWord = fc.oneof(fc.constantFrom(...LAYER_IDS, 'Countries', ' places', 'places ', '__proto__', 'constructor', ''), anyString);
const layers = fc.array(layerWord, { maxLength: 12 }).map((l) => l.join(','));
const featureId = fc.oneof(
  fc.constantFrom('shusha', 'nkao', 'goris', 'atlantis', '..', '../../etc', ''),
  fc.stringMatching(/^[A-Za-z0-9_.-]{0,90}$/),
  anyString,
);
const sel = fc.oneof(
  fc.tuple(layerWord, featureId).map(([l, id]) => `${l}/${id}`),
  layerWord,
  fc.tuple(layerWord, featureId, featureId).map((p) => p.join('/')),
);
const paragraph = fc.oneof(fc.integer({ min: -5, max: 20_000 }).map(String), numberText, anyString);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const date = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1800, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('1923-01-01', '2024-12-31', '1922-12-31', '2025-01-01', '2020-02-29', '2021-02-29', '+002022-09-13'),
  anyString,
);
const story = fc.oneof(fc.constantFrom(...bundledStoryIds(), 'pasted', 'constructor', '__proto__', 'Fixture-1995'), anyString);
const storyPayload = encodeStory({ id: 'p', title: 'Goris', outlet: '', agencies: [], date: '2022-09-13', paragraphs: [] });
const st = fc.oneof(fc.constant(storyPayload), fc.stringMatching(/^[A-Za-z0-9_$-]{0,60}$/), anyString);
const unknownKey = fc.oneof(fc.constantFrom('x', 'zoom', 'MAP', 'map ', ' t', '', 'hasOwnProperty', '__proto__'), anyString);

/** One `key=value` item: a known key with a value of its kind (or any), or any key. */
const item = fc.oneof(
  fc.tuple(fc.constant('map'), view),
  fc.tuple(fc.constant('layers'), layers),
  fc.tuple(fc.constant('sel'), sel),
  fc.tuple(fc.constant('p'), paragraph),
  fc.tuple(fc.constant('t'), date),
  fc.tuple(fc.constant('story'), story),
  fc.tuple(fc.constant('st'), st),
  fc.tuple(unknownKey, anyString),
);
/** How the item is written: as it is, percent-encoded, or encoded twice; with `=` or without. */
const written = fc.tuple(item, fc.constantFrom('raw', 'encoded', 'twice', 'bare')).map(([[key, value], how]) => {
  const enc = (s: string): string => {
    try {
      return encodeURIComponent(s);
    } catch {
      return s; // a lone surrogate: leave it for the parser
    }
  };
  if (how === 'bare') return key;
  if (how === 'encoded') return `${key}=${enc(value)}`;
  if (how === 'twice') return `${key}=${enc(enc(value))}`;
  return `${key}=${value}`;
});
/** A near-valid hash: real keys with random values, in any order, repeated or not, with or without `#`. */
const nearValidHash = fc
  .tuple(fc.constantFrom('#', '', '##'), fc.array(written, { maxLength: 9 }), fc.constantFrom('&', '&&'))
  .map(([lead, items, sep]) => `${lead}${items.join(sep)}`);

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
        const known = ['map', 'layers', 'sel', 'p', 't', 'story', 'st'];
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
