import { foldWord, joinSkeletons, skeletonWord } from '../../core/fold.ts';
import { deletions, FUZZY_MIN, type Candidate, type EntryKind, type GazetteerIndex } from '../gazetteer.ts';
import { DEMONYM, DISTRICT_AFTER, FEATURE_BEFORE, SETTLEMENT_AFTER, SETTLEMENT_BEFORE, SURNAME_AFTER, SURNAME_SHAPE } from './cues.ts';
import { joins, tokenize, type Token } from './tokens.ts';

/** How a span's words met a name: as written, by skeleton, or one letter off. */
export type MatchKind = 'fold' | 'skeleton' | 'fuzzy';

/** Words of a block that name something in the gazetteer, with every entry they could mean. */
export interface Span {
  start: number;
  end: number;
  text: string;
  candidates: Candidate[];
  how: MatchKind;
  /** The text around the span says it is a settlement, or a district. */
  cue: 'settlement' | 'district' | null;
  /** The span ended in a possessive ("Armenia’s"). */
  possessive: boolean;
}

/** A capitalised name after "village of" or before "district" that the gazetteer lacks. */
export interface Missing {
  text: string;
  start: number;
  end: number;
}

/** Kinds whose names are phrases readers write in lower case: "the line of contact", "the Lachin corridor". */
const PHRASE_KINDS: ReadonlySet<EntryKind> = new Set(['line', 'corridor', 'border', 'area', 'region']);
/** Kinds whose names are also given names (Ararat, Arevik): read as a person's before a surname. */
const SETTLEMENT_KINDS: ReadonlySet<EntryKind> = new Set(['city', 'town', 'village', 'province', 'district', 'mountain']);
/** Spans at most this many words long are also looked up by skeleton, and two words one letter off. */
const SKELETON_WORDS = 4;
const FUZZY_WORDS = 2;

/** Words that start sentences and names of days and months: never the start of a misspelt place name. */
const FUNCTION_WORDS = new Set(
  (
    'the a an in on at but and or for with from to by as of it its this that these those he she they we you his her their our ' +
    'after before since while when where who whom what which there here if so not no all some many most both each other several ' +
    'one two three four five first second last new more also however meanwhile then now today yesterday tomorrow earlier later ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december president prime minister foreign defence defense ministry mr mrs ms dr ' +
    'near outside beyond around across inside along toward towards through into onto over under between against during ' +
    'despite via about off within without behind below above beside amid among until'
  ).split(' '),
);

interface Word extends Token {
  /** The word folded (see core/fold.ts), without a possessive. */
  f: string;
  /** Its skeleton, made when first asked for. */
  s?: string;
}

/**
 * Finds, left to right and longest first, the spans of a block that name gazetteer entries, and the
 * capitalised names after a settlement or district cue that name none.
 */
export function findSpans(text: string, index: GazetteerIndex): { spans: Span[]; missing: Missing[] } {
  const words: Word[] = tokenize(text).map((t) => ({
    ...t,
    f: foldWord(
      text
        .slice(t.start, t.baseEnd)
        .toLowerCase()
        .replace(/['’ʼ‘`´]/g, ''),
    ),
  }));
  const spans: Span[] = [];
  const missing: Missing[] = [];
  let i = 0;
  while (i < words.length) {
    const found = longestAt(text, words, i, index);
    if (found) {
      spans.push(found.span);
      i += found.words;
      continue;
    }
    const gap = cueGap(text, words, i);
    if (gap) {
      missing.push(gap.missing);
      i += gap.words;
      continue;
    }
    i++;
  }
  return { spans, missing };
}

function longestAt(text: string, words: Word[], i: number, index: GazetteerIndex): { span: Span; words: number } | null {
  const first = words[i];
  if (!first || first.f === '') return null;
  // How many words could form one name here: joined by spaces or hyphens only.
  let joinable = 1;
  while (joinable < index.maxWords && i + joinable < words.length) {
    const left = words[i + joinable - 1];
    const right = words[i + joinable];
    if (!left || !right || !joins(text, left, right)) break;
    joinable++;
  }
  const byFirst = index.firstWords.get(first.f) ?? 0;
  // Spellings are tried only for capitalised words that are not the common words sentences start with.
  const tries: MatchKind[] = first.capital && !FUNCTION_WORDS.has(first.f) ? ['fold', 'skeleton', 'fuzzy'] : ['fold'];
  for (const how of tries) {
    const most = how === 'fold' ? Math.min(byFirst, joinable) : Math.min(how === 'skeleton' ? SKELETON_WORDS : FUZZY_WORDS, joinable);
    for (let n = most; n >= 1; n--) {
      const last = words[i + n - 1];
      if (!last) continue;
      const written = text.slice(first.start, last.baseEnd);
      if (how === 'fuzzy' && DEMONYM.test(written)) continue;
      const run = words.slice(i, i + n);
      const pool = lookup(index, run, how);
      if (pool.length === 0) continue;
      const cue = cueAround(text, first.start, last.baseEnd);
      // "Ararat Mirzoyan": a settlement's name as a person's first name; "Stepan Shahumyan": as a surname.
      const person = SURNAME_AFTER.test(text.slice(last.end, last.end + 40));
      const surname = surnameAfterGivenName(text, words, i, written, index);
      // "Mount Ararat": the mountain, never the town.
      const feature = FEATURE_BEFORE.find(([re]) => re.test(text.slice(Math.max(0, first.start - 12), first.start)))?.[1];
      const found = pool.filter(
        (c) =>
          accepts(c, written, first.capital, cue) &&
          !(person && SETTLEMENT_KINDS.has(c.entry.kind)) &&
          !(surname && (c.entry.kind === 'village' || c.entry.kind === 'town')) &&
          (feature === undefined || feature.has(c.entry.kind)),
      );
      if (found.length > 0)
        return { span: { start: first.start, end: last.baseEnd, text: written, candidates: found, how, cue, possessive: last.baseEnd !== last.end }, words: n };
    }
  }
  return null;
}

/**
 * Whether a surname-shaped name follows a given name: a capitalised word that is neither a common
 * word nor the start of any name the gazetteer knows, inside a sentence of ordinary case ("a statue
 * of Stepan Shahumyan"). Not "Nor Shahumyan", "Near Sisian" or "Outside Abovyan" at a sentence's
 * start, nor the words of a headline in title case.
 */
function surnameAfterGivenName(text: string, words: Word[], i: number, written: string, index: GazetteerIndex): boolean {
  const prev = words[i - 1];
  const first = words[i];
  const before = words[i - 2];
  if (!prev || !first || !before || !prev.capital || FUNCTION_WORDS.has(prev.f) || !joins(text, prev, first)) return false;
  if (text.slice(prev.baseEnd, first.start) !== ' ' || prev.baseEnd !== prev.end) return false;
  // The word before the given name is in lower case, in the same sentence: "of Stepan Shahumyan".
  if (before.capital || /[.!?:;"“”]/.test(text.slice(before.end, prev.start))) return false;
  if (index.firstWords.has(prev.f) || DEMONYM.test(prev.f)) return false;
  return SURNAME_SHAPE.test(written.toLowerCase());
}

function lookup(index: GazetteerIndex, run: Word[], how: MatchKind): Candidate[] {
  if (how === 'fold') return index.byFold.get(run.map((w) => w.f).join(' ')) ?? [];
  const key = joinSkeletons(run.map((w) => (w.s ??= skeletonWord(w.f))));
  if (how === 'skeleton') return index.bySkeleton.get(key) ?? [];
  if (key.length < FUZZY_MIN) return [];
  const near = new Set<string>();
  for (const d of deletions(key)) for (const k of index.byDeletion.get(d) ?? []) if (k !== key && oneEditApart(k, key)) near.add(k);
  // One letter off is read only for towns and bigger, not for the thousands of villages, whose short names lie close together.
  return [...near].flatMap((k) => (index.bySkeleton.get(k) ?? []).filter((c) => c.cls === 'name' && c.entry.kind !== 'village'));
}

// Which of the names may be read here: acronyms only as written, lower-case text only for
// phrases, and names that are also common English words only after a cue.
function accepts(c: Candidate, written: string, capital: boolean, cue: Span['cue']): boolean {
  if (c.cls === 'exact') return c.written.replace(/\.$/, '') === written.replace(/\.$/, '');
  if (!capital && !PHRASE_KINDS.has(c.entry.kind)) return false;
  if (c.cls === 'common') return cue === 'settlement';
  return true;
}

function cueAround(text: string, start: number, end: number): Span['cue'] {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  if (SETTLEMENT_BEFORE.test(before) || SETTLEMENT_AFTER.test(after)) return 'settlement';
  if (DISTRICT_AFTER.test(after)) return 'district';
  return null;
}

// "the village of Gharakilisa": up to three capitalised words after a settlement cue, or before a
// district or settlement word, that are not in the gazetteer.
function cueGap(text: string, words: Word[], i: number): { missing: Missing; words: number } | null {
  const first = words[i];
  if (!first?.capital || FUNCTION_WORDS.has(first.f)) return null;
  let n = 1;
  while (n < 3) {
    const left = words[i + n - 1];
    const right = words[i + n];
    if (!left || !right?.capital || !joins(text, left, right)) break;
    n++;
  }
  const last = words[i + n - 1];
  if (!last) return null;
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  const after = text.slice(last.baseEnd, last.baseEnd + 30);
  const cued = SETTLEMENT_BEFORE.test(before) || /^[\s\u00a0]+(?:village|district|region|province)\b/iu.test(after);
  if (!cued) return null;
  return { missing: { text: text.slice(first.start, last.baseEnd), start: first.start, end: last.baseEnd }, words: n };
}

/** Whether two strings are at most one insertion, deletion, substitution or swap of neighbours apart. */
export function oneEditApart(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (p: number, q: number): boolean => x.slice(p).join('') === y.slice(q).join('');
  if (x.length === y.length) return rest(i + 1, i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2, i + 2));
  return x.length > y.length ? rest(i + 1, i) : rest(i, i + 1);
}
