/**
 * Folding names so that the spellings of one place meet: the article linker and search use these,
 * on the gazetteer's names and on a reader's text alike.
 *
 * `fold` ignores what spelling never distinguishes: case, diacritics, apostrophes, hyphens and
 * spacing, a leading "the" and a possessive "'s"; and it writes the Azerbaijani letters the way
 * English-language reporting does (ş sh, ç ch, ğ gh, ə e, ı i, x kh, q g, and c j in a word with
 * Azerbaijani letters), so Şuşa is Shusha and Xankəndi is Khankendi.
 *
 * `skeleton` goes further, for transliterations that differ in a vowel or a digraph: Kelbajar and
 * Kalbajar, Aghdam and Agdam, Khojaly and Hodjaly, Gubadly and Qubadli share one. It is a looser
 * key, so a match on it alone is less certain.
 */

/** Letters written another way in English reporting, in any word. */
const ALWAYS: Record<string, string> = { ə: 'e', ǝ: 'e', ä: 'e', ş: 'sh', ç: 'ch', ğ: 'gh', ı: 'i', x: 'kh', q: 'g', ё: 'е', և: 'եւ' };
/** Letters with another value in Azerbaijani: c is j (Cəbrayıl, Jabrayil). */
const AZERBAIJANI: Record<string, string> = { c: 'j' };
const AZ_MARK = /[əǝäşçğı]/u;

/**
 * The folded form of a name.
 *
 * @example
 * fold('Şuşa')                // 'shusha'
 * fold('Xankəndi')            // 'khankendi'
 * fold('Cəbrayıl')            // 'jebrayil'
 * fold("Armenia's")           // 'armenia'
 * fold('the Lachin  corridor') // 'lachin corridor'
 * fold('Nagorno-Karabakh')    // 'nagorno karabakh'
 */
export function fold(text: string): string {
  const out = foldWords(text);
  if (out[0] === 'the' && out.length > 1) out.shift();
  return out.join(' ');
}

/**
 * The folded words of a text, "the" included: what `fold` joins. The linker folds each word of a
 * story once and joins runs of them.
 */
export function foldWords(text: string): string[] {
  return text
    .replace(/(\p{L})['’ʼ]s(?![\p{L}])/gu, '$1')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}'’ʼ‘`´]+/u)
    .map((w) => foldWord(w.replace(/['’ʼ‘`´]/g, '')))
    .filter((w) => w !== '');
}

/**
 * A looser key: the folded name with digraphs merged (dzh dj zh → j, gh → g, kh → h), y as i, e as a,
 * doubled letters as one, and no spaces.
 *
 * @example
 * skeleton('Kelbajar') === skeleton('Kalbajar') // true
 * skeleton('Khodzhaly') === skeleton('Khojaly') // true
 * skeleton('Agdam') === skeleton('Aghdam')     // true
 */
export function skeleton(text: string): string {
  return skeletonOfFolded(fold(text));
}

/** `skeleton` of a text already folded: each word's skeleton, joined, with doubled letters as one. */
export function skeletonOfFolded(folded: string): string {
  return joinSkeletons(folded.split(' ').map(skeletonWord));
}

/** The skeleton of one folded word, before joining: what the linker keeps for each word of a story. */
export function skeletonWord(word: string): string {
  return word
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/gh/g, 'g')
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i')
    .replace(/e/g, 'a');
}

/** Word skeletons joined into one key, doubled letters as one (also across the joins). */
export function joinSkeletons(words: readonly string[]): string {
  return words.join('').replace(/(\p{L})\1+/gu, '$1');
}

/** One word folded: lower case first, no apostrophes, no possessive. */
export function foldWord(word: string): string {
  // Most words of English text are plain ASCII: nothing to map.
  if (/^[a-pr-wyz0-9]*$/.test(word)) return word;
  const az = AZ_MARK.test(word);
  let out = '';
  for (const ch of word) out += ALWAYS[ch] ?? (az ? AZERBAIJANI[ch] : undefined) ?? ch;
  return out.normalize('NFD').replace(/\p{M}/gu, '');
}
