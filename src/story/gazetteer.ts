import { fold, skeleton } from '../core/fold.ts';

/**
 * The gazetteer: everything a story can name, with all its names, as the pipeline writes it
 * (`geodata/gazetteer.json`, built by `npm run geodata`) and the linker reads it. Positions are for
 * telling places of one name apart; the map's own data stays in the layers.
 */

/** What an entry is. Settlements first, then areas, water, lines and the rest. */
export type EntryKind =
  | 'country'
  | 'capital'
  | 'city'
  | 'town'
  | 'village'
  | 'province'
  | 'district'
  | 'republic'
  | 'region'
  | 'area'
  | 'lake'
  | 'river'
  | 'mountain'
  | 'line'
  | 'corridor'
  | 'border'
  | 'building'
  | 'body';

/** One thing a story can name, as the file holds it (short keys keep the file small). */
export interface EntryRecord {
  /** Target: `layer/id` or `layer`. */
  t: string;
  /** Kind. */
  k: EntryKind;
  /** Names, the first the display name: every language, script and spelling. */
  n: string[];
  /** How many of `n` are the entry's own names; the rest are other spellings (all of them when absent). */
  m?: number;
  /** Acronyms and other names matched only in this exact case (UN, EU, ICJ). */
  x?: string[];
  /** Those of the names that are also common English words ("Bar"): linked only after a cue such as "village of". */
  w?: string[];
  /** The admin-1 district or province it lies in. */
  d?: string;
  /** For an area or line: the districts and provinces it reaches into. */
  c?: string[];
  /** When the names mean this entry: ISO dates, from (inclusive) and to (exclusive). */
  f?: string;
  u?: string;
  /** Prominence, for places of one name: population, or a rank the pipeline gives. */
  r?: number;
  /** Position [lng, lat], two decimals: for distances between places a story names. */
  p?: [number, number];
  /** No position was found: the target is the district it lies in. */
  z?: 1;
}

export interface GazetteerFile {
  version: 1;
  entries: EntryRecord[];
}

/** An entry as the linker uses it. */
export interface Entry {
  target: string;
  kind: EntryKind;
  name: string;
  district: string | null;
  /** Districts an area or line reaches into. */
  covers: string[];
  from: string | null;
  to: string | null;
  rank: number;
  at: [number, number] | null;
  unplaced: boolean;
}

/** How a name of an entry was matched. */
export type NameClass = 'name' | 'exact' | 'common';

export interface Candidate {
  entry: Entry;
  cls: NameClass;
  /** The name as the gazetteer writes it (for exact-case names). */
  written: string;
  /** One of the entry's own names, not another spelling of it. */
  own: boolean;
}

/** The gazetteer, indexed for the linker and for search. */
export interface GazetteerIndex {
  entries: Entry[];
  /** Candidates by the folded name. */
  byFold: Map<string, Candidate[]>;
  /** Candidates by the skeleton of the name. */
  bySkeleton: Map<string, Candidate[]>;
  /** Skeletons of long names by each one-letter deletion of them, for spellings one letter off. */
  byDeletion: Map<string, string[]>;
  /** The most words in any name. */
  maxWords: number;
  /** For each first word of a folded name, the most words a name starting with it has. */
  firstWords: Map<string, number>;
}

/** Names at least this long (as skeletons) are also matched one letter off. */
export const FUZZY_MIN = 8;

/**
 * Checks a parsed gazetteer file and indexes it. Entries without a target or names are skipped;
 * a file that is not a gazetteer throws, with a message for readers. `extra` entries, in the file's
 * form, are indexed after the file's: search adds the map layers' own features this way
 * (`app/search-index.ts`), in an index of its own, so the linker's stays as the file makes it.
 */
export function indexGazetteer(json: unknown, extra: readonly EntryRecord[] = []): GazetteerIndex {
  if (typeof json !== 'object' || json === null || (json as { version?: unknown }).version !== 1 || !Array.isArray((json as { entries?: unknown }).entries)) {
    throw new Error('the place-name index is not in the expected form');
  }
  const index: GazetteerIndex = { entries: [], byFold: new Map(), bySkeleton: new Map(), byDeletion: new Map(), maxWords: 1, firstWords: new Map() };
  for (const raw of [...(json as { entries: unknown[] }).entries, ...extra]) {
    const r = raw as Partial<EntryRecord> | null;
    if (!r || typeof r.t !== 'string' || typeof r.k !== 'string' || !Array.isArray(r.n) || typeof r.n[0] !== 'string') continue;
    const entry: Entry = {
      target: r.t,
      kind: r.k,
      name: r.n[0],
      district: typeof r.d === 'string' ? r.d : null,
      covers: Array.isArray(r.c) ? r.c.filter((c): c is string => typeof c === 'string') : [],
      from: typeof r.f === 'string' ? r.f : null,
      to: typeof r.u === 'string' ? r.u : null,
      rank: typeof r.r === 'number' ? r.r : 0,
      at: Array.isArray(r.p) && typeof r.p[0] === 'number' && typeof r.p[1] === 'number' ? [r.p[0], r.p[1]] : null,
      unplaced: r.z === 1,
    };
    index.entries.push(entry);
    const own = typeof r.m === 'number' ? r.m : r.n.length;
    const add = (names: unknown, cls: NameClass): void => {
      if (!Array.isArray(names)) return;
      names.forEach((name: unknown, i: number) => {
        if (typeof name === 'string') addName(index, entry, name, cls, cls !== 'name' || i < own);
      });
    };
    const common = new Set(Array.isArray(r.w) ? r.w : []);
    add(
      r.n.map((n) => (common.has(n) ? null : n)),
      'name',
    );
    add(r.x, 'exact');
    add(r.w, 'common');
  }
  return index;
}

function addName(index: GazetteerIndex, entry: Entry, written: string, cls: NameClass, own: boolean): void {
  const folded = fold(written);
  if (folded === '') return;
  const candidate: Candidate = { entry, cls, written, own };
  push(index.byFold, folded, candidate);
  const key = skeleton(written);
  push(index.bySkeleton, key, candidate);
  const words = folded.split(' ');
  index.maxWords = Math.max(index.maxWords, words.length);
  const first = words[0] ?? '';
  index.firstWords.set(first, Math.max(index.firstWords.get(first) ?? 0, words.length));
  if (cls === 'name' && key.length >= FUZZY_MIN) {
    for (const d of deletions(key)) {
      const list = index.byDeletion.get(d) ?? [];
      if (!list.includes(key)) list.push(key);
      index.byDeletion.set(d, list);
    }
  }
}

function push(map: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  const list = map.get(key);
  if (!list) map.set(key, [candidate]);
  else if (!list.some((c) => c.entry === candidate.entry && c.cls === candidate.cls && c.written === candidate.written)) list.push(candidate);
}

/** The key itself and each string one letter shorter (keys are letters of the Basic Multilingual Plane). */
export function deletions(key: string): string[] {
  const out = new Set<string>([key]);
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}
