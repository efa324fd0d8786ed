import { fold, skeletonOfFolded } from '../core/fold.ts';
import { deletions, FUZZY_MIN, type Candidate, type Entry, type EntryKind, type GazetteerIndex } from './gazetteer.ts';

/** One thing a search found: the entry, the name of it that matched, and how well. */
export interface SearchHit {
  entry: Entry;
  /** The entry's name (any language or spelling) that the query matched. */
  matched: string;
  /** How the query met the name, best first. */
  how: MatchKind;
  score: number;
}

/**
 * How a query met a name: the whole folded name; its skeleton (Kelbajar, Kalbajar); the start of
 * the name or of one of its words; its skeleton one letter off (Stepanakrt); or inside it.
 */
export type MatchKind = 'exact' | 'skeleton' | 'prefix' | 'word' | 'typo' | 'inside';

const MATCH_SCORE: Record<MatchKind, number> = { exact: 100, skeleton: 80, prefix: 60, word: 50, typo: 40, inside: 20 };

/** Among names met equally well: what a reader more likely means. Settlements and areas over villages. */
const KIND_SCORE: Record<EntryKind, number> = {
  country: 9,
  capital: 9,
  city: 8,
  town: 7,
  region: 7,
  republic: 6,
  province: 6,
  district: 6,
  lake: 5,
  river: 5,
  area: 5,
  corridor: 5,
  line: 4,
  border: 4,
  mountain: 4,
  building: 3,
  body: 3,
  village: 2,
};

export interface SearchOptions {
  /** At most this many hits (default 8). */
  limit?: number;
  /** The map's date: entries whose names mean them then come before others met as well. */
  date?: string;
}

/**
 * The entries of a gazetteer index that a reader's query names, best first, one per target (and
 * per name, for the villages with no position that link to their district). The query is folded as the linker folds a story's words (`core/fold.ts`), so any script or
 * spelling the gazetteer holds finds its entry: "Şuşa", "Шуша" and "Շուշի" all find Shusha. A query
 * may be the start of a name ("Stepan"), a word of it ("corridor"), one letter off for longer names
 * ("Stepanakrt"), or, from three letters, inside one.
 *
 * @example
 * searchIndex(index, 'Khankendi')[0].entry.target // 'places/stepanakert'
 */
export function searchIndex(index: GazetteerIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const q = fold(query);
  if (q === '') return [];
  const limit = options.limit ?? 8;
  const best = new Map<string, SearchHit>();
  const offer = (candidate: Candidate, how: MatchKind): void => {
    const { entry } = candidate;
    const score =
      MATCH_SCORE[how] * 100 +
      (candidate.own ? 50 : 0) +
      (candidate.cls === 'common' ? -20 : 0) +
      KIND_SCORE[entry.kind] * 5 +
      dateScore(entry, options.date) +
      rankScore(entry) -
      (entry.unplaced ? 10 : 0);
    // One row per target; the names a district stands for (villages with no position) each their own.
    const key = entry.unplaced ? `${entry.target}\u0000${entry.name}` : entry.target;
    const known = best.get(key);
    if (!known || known.score < score) best.set(key, { entry, matched: candidate.written, how, score });
  };

  for (const c of index.byFold.get(q) ?? []) offer(c, 'exact');
  const sk = skeletonOfFolded(q);
  for (const c of index.bySkeleton.get(sk) ?? []) offer(c, 'skeleton');
  for (const [name, candidates] of index.byFold) {
    if (name === q) continue;
    const how: MatchKind | null = name.startsWith(q) ? 'prefix' : name.includes(` ${q}`) ? 'word' : q.length >= 3 && name.includes(q) ? 'inside' : null;
    if (how) for (const c of candidates) offer(c, how);
  }
  if (sk.length >= FUZZY_MIN - 1) {
    // One letter off either way: the query's skeleton less a letter is a name's skeleton, or both
    // less one letter meet (the index keeps each long name's skeleton by its one-letter deletions).
    const near = new Set<string>();
    for (const d of deletions(sk)) {
      if (index.bySkeleton.has(d)) near.add(d);
      for (const key of index.byDeletion.get(d) ?? []) near.add(key);
    }
    near.delete(sk);
    for (const key of near) for (const c of index.bySkeleton.get(key) ?? []) offer(c, 'typo');
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name)).slice(0, limit);
}

/**
 * Among names met equally well, a lasting place before a dated one (the town before the report of
 * its shelling), and a name of another time than the map's last.
 */
function dateScore(entry: Entry, date: string | undefined): number {
  if (entry.from === null && entry.to === null) return 0;
  if (date === undefined) return -5;
  return (entry.from ?? '') <= date && date < (entry.to ?? '9999') ? -5 : -15;
}

/** A little for prominence (population, or the pipeline's rank): 0 to about 12. */
function rankScore(entry: Entry): number {
  return entry.rank > 0 ? Math.min(12, Math.log10(entry.rank + 1) * 2) : 0;
}
