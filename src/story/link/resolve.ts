import { distanceKm } from '../../core/geometry.ts';
import type { Candidate, Entry, EntryKind } from '../gazetteer.ts';
import { governmentFollows } from './cues.ts';
import type { Span } from './match.ts';

export { LOW_CONFIDENCE } from '../model.ts';

/** What a linked name stands for: a place, a government (Baku said), or a body at its seat (the UN). */
export type Role = 'place' | 'government' | 'body';

export interface Choice {
  entry: Entry;
  role: Role;
  /** 0–1: how sure the linker is. Below `LOW_CONFIDENCE` a reader is asked to check it. */
  confidence: number;
}

/** Where a kind of entry stands when one name means several: countries first, villages last. */
const KIND_RANK: Record<EntryKind, number> = {
  country: 60,
  body: 60,
  building: 58,
  capital: 56,
  city: 50,
  republic: 46,
  town: 40,
  province: 36,
  district: 35,
  region: 34,
  lake: 33,
  river: 33,
  mountain: 30,
  corridor: 32,
  line: 32,
  border: 32,
  area: 31,
  village: 20,
};
/** A lake, river or mountain named in full ("Lake Sevan") does not make the bare name ("in Sevan") its own. */
const NATURAL: ReadonlySet<EntryKind> = new Set(['lake', 'river', 'mountain']);
const SETTLEMENTS: ReadonlySet<EntryKind> = new Set(['capital', 'city', 'town', 'village']);
const DISTRICTS: ReadonlySet<EntryKind> = new Set(['district', 'province']);

/** What the rest of the story tells about its places: the districts it names, and where they are. */
export interface StoryContext {
  /** Districts named, or holding a place named, or reached by an area named, with no doubt, in the whole story. */
  districts: Set<string>;
  /** The same, block by block. */
  blockDistricts: Set<string>[];
  /** Countries (AM, AZ) named in each block. */
  blockCountries: Set<string>[];
  /** Positions of places named with no doubt. */
  points: [number, number][];
  /** Entries named with no doubt somewhere in the story: a name means one thing in one story. */
  targets: Set<string>;
}

/**
 * What the story names without doubt: spans with one entry, after the date has ruled out entries
 * not in force.
 */
export function storyContext(blocks: Span[][], date: string): StoryContext {
  const context: StoryContext = { districts: new Set(), blockDistricts: [], blockCountries: [], points: [], targets: new Set() };
  for (const spans of blocks) {
    const here = new Set<string>();
    const countries = new Set<string>();
    for (const span of spans) {
      const entries = unique(span.candidates).filter((e) => inForce(e, date));
      const only = entries.length === 1 ? entries[0] : undefined;
      if (!only) continue;
      context.targets.add(only.target);
      const district = DISTRICTS.has(only.kind) ? only.target.split('/')[1] : only.district;
      for (const d of [...(district ? [district] : []), ...only.covers]) {
        here.add(d);
        context.districts.add(d);
      }
      if (only.kind === 'country' && only.target.startsWith('countries/')) countries.add(only.target.slice('countries/'.length));
      if (only.at && only.kind !== 'country') context.points.push(only.at);
    }
    context.blockDistricts.push(here);
    context.blockCountries.push(countries);
  }
  return context;
}

/**
 * Chooses what a span names, from its candidates, by the story's date, the words around it, the
 * districts the story names and where its other places are; and how sure that choice is.
 */
export function choose(span: Span, block: number, date: string, context: StoryContext, after: string): Choice | null {
  const entries = unique(span.candidates);
  // A town and the district named after it keep their own rule (town unless the words say
  // district), whatever else the story named; a village of a province's name does not ("Tavush").
  const town = (e: Entry): boolean => e.kind !== 'village';
  const paired = (e: Entry): boolean => entries.some((o) => (isDistrictOf(o, e) && town(e)) || (isDistrictOf(e, o) && town(o)));
  const scored = entries
    .map((entry) => ({
      entry,
      score:
        score(entry, span, block, date, context) +
        (exactName(span, entry) ? 3 : 0) +
        (ownName(span, entry) ? 8 : 0) +
        // "Tavush province" in one paragraph, "Tavush" in the next: the province again, not Tovuz town.
        (!paired(entry) && !NATURAL.has(entry.kind) && context.targets.has(entry.target) ? 20 : 0),
    }))
    .sort((a, b) => b.score - a.score || b.entry.rank - a.entry.rank || a.entry.target.localeCompare(b.entry.target));
  const best = scored[0];
  if (!best) return null;
  const second = scored[1];
  // A town and the district named after it: the rule (town unless the words say district) decides,
  // so the choice is not in doubt.
  const ownDistrict = second !== undefined && (isDistrictOf(second.entry, best.entry) || isDistrictOf(best.entry, second.entry)) && scored.length === 2;
  const margin = second === undefined || ownDistrict ? Infinity : best.score - second.score;
  let confidence = span.how === 'fold' ? 0.95 : span.how === 'skeleton' ? 0.85 : 0.5;
  if (margin < 5) confidence -= 0.3;
  else if (margin < 15) confidence -= 0.15;
  if (best.entry.unplaced) confidence -= 0.2;
  if (span.candidates.some((c) => c.entry === best.entry && c.cls === 'common')) confidence -= 0.15;
  return { entry: best.entry, role: roleOf(best.entry, span, after), confidence: Math.max(0.1, Math.round(confidence * 100) / 100) };
}

function score(entry: Entry, span: Span, block: number, date: string, context: StoryContext): number {
  let s = KIND_RANK[entry.kind] + Math.log10(entry.rank + 1);
  if (entry.from !== null || entry.to !== null) s += inForce(entry, date) ? 15 : -40;
  if (span.cue === 'settlement' && SETTLEMENTS.has(entry.kind)) s += 40;
  if (span.cue === 'district' && DISTRICTS.has(entry.kind)) s += 40;
  // A district or province whose places the same block names.
  if (DISTRICTS.has(entry.kind) && context.blockDistricts[block]?.has(entry.target.slice('admin1/'.length))) s += 14;
  // The places layer holds the places the sources cite for the conflict: before a village of one name.
  if (entry.target.startsWith('places/')) s += 8;
  if (entry.district !== null && !DISTRICTS.has(entry.kind)) {
    if (context.blockDistricts[block]?.has(entry.district)) s += 14;
    else if (context.districts.has(entry.district)) s += 5;
    if (context.blockCountries[block]?.has(entry.district.slice(0, 2))) s += 6;
  }
  const at = entry.at;
  if (at && SETTLEMENTS.has(entry.kind) && context.points.some((p) => p !== at && distanceKm(p, at) < 30)) s += 6;
  return s;
}

function roleOf(entry: Entry, span: Span, after: string): Role {
  if (entry.kind === 'body') return 'body';
  if (entry.kind === 'building') return 'government';
  if ((entry.kind === 'capital' || entry.kind === 'country') && governmentFollows(after, span.possessive)) return 'government';
  return 'place';
}

function isDistrictOf(district: Entry, place: Entry): boolean {
  return DISTRICTS.has(district.kind) && SETTLEMENTS.has(place.kind) && district.target === `admin1/${place.district ?? ''}`;
}

function inForce(entry: Entry, date: string): boolean {
  return (entry.from === null || entry.from <= date) && (entry.to === null || date < entry.to);
}

function exactName(span: Span, entry: Entry): boolean {
  return span.candidates.some((c: Candidate) => c.entry === entry && c.written === span.text);
}

// The words are one of the entry's own names, not only another spelling a source gives it.
function ownName(span: Span, entry: Entry): boolean {
  return span.candidates.some((c: Candidate) => c.entry === entry && c.own);
}

function unique(candidates: Candidate[]): Entry[] {
  return [...new Set(candidates.map((c) => c.entry))];
}
