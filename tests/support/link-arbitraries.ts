import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { LAYER_IDS } from '../../src/core/contract.ts';
import { dayNumber, isoOfDay, LAST_DATE } from '../../src/core/dates.ts';
import { encodeStory } from '../../src/story/share.ts';

// Arbitraries of links for the property tests of the parser (tests/unit/state/hash.property.test.ts)
// and the random links the browser loads (tests/e2e/random-links.spec.ts).

/** The ids of the test build's stories, from their files (the registry needs Vite's import.meta.glob). */
const STORY_IDS = ['../../src/story/stories', '../fixtures/stories'].flatMap((dir) =>
  readdirSync(path.resolve(import.meta.dirname, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, '')),
);

/** Any string: UTF-16 code units (lone surrogates too), whole code points, and the characters links are made of. */
export const anyString = fc.oneof(
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
export const layers = fc.array(layerWord, { maxLength: 12 }).map((l) => l.join(','));
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
  fc.constantFrom('1923-01-01', LAST_DATE, '1922-12-31', isoOfDay(dayNumber(LAST_DATE) + 1), '2999-12-31', '2020-02-29', '2021-02-29', '+002022-09-13'),
  anyString,
);
const story = fc.oneof(fc.constantFrom(...STORY_IDS, 'pasted', 'constructor', '__proto__', 'Fixture-1995'), anyString);
const storyPayload = encodeStory({ id: 'p', title: 'Goris', outlet: '', agencies: [], date: '2022-09-13', paragraphs: [] });
const st = fc.oneof(fc.constant(storyPayload), fc.stringMatching(/^[A-Za-z0-9_$-]{0,60}$/), anyString);
const unknownKey = fc.oneof(fc.constantFrom('x', 'zoom', 'MAP', 'map ', ' t', '', 'hasOwnProperty', '__proto__'), anyString);

/** One `key=value` item: a known key with a value of its kind (or any), or any key. */
const baseItems = [
  fc.tuple(fc.constant('map'), view),
  fc.tuple(fc.constant('layers'), layers),
  fc.tuple(fc.constant('sel'), sel),
  fc.tuple(fc.constant('p'), paragraph),
  fc.tuple(fc.constant('t'), date),
  fc.tuple(fc.constant('story'), story),
  fc.tuple(fc.constant('st'), st),
  fc.tuple(unknownKey, anyString),
] as const;
const item = fc.oneof(...baseItems);
/** The same, and the keys of the reader's tools: `cmp` (a date to compare with) and `embed`. */
const toolItem = fc.oneof(
  ...baseItems,
  fc.tuple(fc.constant('cmp'), date),
  fc.tuple(fc.constant('embed'), fc.oneof(fc.constantFrom('1', '0', 'true', '', '01', ' 1'), anyString)),
);
/** How an item is written: as it is, percent-encoded, or encoded twice; with `=` or without. */
const writtenAs = (items: fc.Arbitrary<[string, string]>): fc.Arbitrary<string> =>
  fc.tuple(items, fc.constantFrom('raw', 'encoded', 'twice', 'bare')).map(([[key, value], how]) => {
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
const hashOf = (items: fc.Arbitrary<[string, string]>): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom('#', '', '##'), fc.array(writtenAs(items), { maxLength: 9 }), fc.constantFrom('&', '&&'))
    .map(([lead, parts, sep]) => `${lead}${parts.join(sep)}`);
/**
 * A near-valid hash: real keys with random values, in any order, repeated or not, with or without
 * `#`. Without the tools' keys: the random-links browser test loads these, and a comparison's
 * second map in one link of nine would double its time.
 */
export const nearValidHash = hashOf(item);
/** A near-valid hash that may also carry `cmp` and `embed`, for the parser's property tests. */
export const nearValidToolsHash = hashOf(toolItem);
