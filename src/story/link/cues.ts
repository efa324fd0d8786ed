/** The words around a name that tell what it stands for. */

/** Before a name: it is a settlement ("the village of Sotk"). */
export const SETTLEMENT_BEFORE = /\b(?:village|villages|town|towns|city|cities|settlement|settlements|hamlet)\s+of\s+(?:the\s+)?$/iu;
/** After a name: it is a settlement ("Sotk village"). */
export const SETTLEMENT_AFTER = /^[\s\u00a0]+(?:village|town|settlement)\b/iu;
/** After a name: it is a district or province ("Kalbajar district", "Kalbajar and Lachin districts"). */
export const DISTRICT_AFTER =
  /^(?:(?:,\s*|\s+and\s+|\s*&\s*)[\p{Lu}][\p{L}\p{M}'’-]*)*[\s\u00a0]+(?:district|districts|region|regions|province|provinces|rayon|raion|marz|oblast)\b/iu;

/** Words after a capital or a country that make it the government speaking or acting. */
const GOVERNMENT_VERBS = new Set(
  (
    'said says say accused accuses denied denies claimed claims announced announces warned warns insisted insists rejected rejects ' +
    'responded responds demanded demands called calls urged urges blamed blames reported reports stated states condemned condemns ' +
    'welcomed welcomes wants wanted agreed agrees refused refuses proposed proposes signed signs insisted threatened threatens ' +
    'hopes hoped believes believed sees saw considers considered expects expected recognised recognized protested protests ' +
    'confirmed confirms dismissed dismisses vowed vows pledged pledges sought seeks argued argues maintains maintained'
  ).split(' '),
);
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'will',
  'would',
  'also',
  'has also',
  'again',
  'then',
  'quickly',
  'repeatedly',
  'on',
  'officially',
]);
/** Nouns after a possessive name that make it the government ("Baku's position"). */
const GOVERNMENT_NOUNS = new Set(
  'government authorities officials leadership position claims claim demands demand response statement foreign defence defense ministry parliament president prime leaders envoy delegation'.split(
    ' ',
  ),
);

/**
 * Whether the words after a name show a government at work: "Baku said", "Yerevan has accused",
 * "Moscow's position".
 */
export function governmentFollows(after: string, possessive: boolean): boolean {
  const words = after
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '')
    .slice(0, 3);
  if (possessive) return words[0] !== undefined && GOVERNMENT_NOUNS.has(words[0]);
  for (const w of words) {
    if (GOVERNMENT_VERBS.has(w)) return true;
    if (!AUXILIARIES.has(w)) return false;
  }
  return false;
}

/**
 * A surname after a name makes the name a first name: "Ararat Mirzoyan", "Tigran Sargsyan". Armenian
 * (-yan, -ian, -ants, -unts), Azerbaijani and Russian (-ov, -ova, -yev, -zade, -li) endings.
 */
export const SURNAME_AFTER = /^[\s\u00a0]+\p{Lu}[\p{L}'’-]*(?:yan|ian|ants|unts|ov|ova|ev|eva|yev|yeva|zade|lı|li|sky|ski)\b/u;

/** A surname's own shape, for a name read after a given name: "Stepan Shahumyan". */
export const SURNAME_SHAPE = /(?:yan|ian|ants|unts|ov|ova|ev|eva|yev|yeva|zade|sky|ski)$/u;

/**
 * Words before a name that make it a mountain, lake or river's ("Mount Ararat", "Lake Sevan"), with
 * the kinds the name may then stand for: never the town of that name.
 */
export const FEATURE_BEFORE: readonly [RegExp, ReadonlySet<string>][] = [
  [/\b(?:Mount|Mt\.?|Mountain|Mountains)[\s\u00a0]+$/u, new Set(['mountain'])],
  [/\b(?:Lake)[\s\u00a0]+$/u, new Set(['lake'])],
  [/\b(?:River)[\s\u00a0]+$/u, new Set(['river'])],
];

/** Adjectives and nouns for peoples: never place names, even one letter off one ("Armenian"). */
export const DEMONYM = /(?:ian|ians|ani|anis|eri|eris|ese|ish|ians)$/iu;
