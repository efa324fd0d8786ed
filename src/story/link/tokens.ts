/** Words of a text with their offsets, for matching names across one or more words. */

export interface Token {
  /** The word as written, possessive included ("Armenia’s"). */
  text: string;
  start: number;
  end: number;
  /** Where the word ends without a possessive "'s" ("Armenia’s" ends before the apostrophe). */
  baseEnd: number;
  /** Whether the word starts with a capital letter (or a letter of a script without case). */
  capital: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’ʼ]s$/u;

/**
 * The words of a text, in order.
 *
 * @example
 * tokenize("Armenia’s border").map((t) => t.text) // ['Armenia’s', 'border']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    const possessive = POSSESSIVE.exec(word);
    const first = word.charAt(0);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      baseEnd: start + word.length - (possessive && word.length > 2 ? possessive[0].length : 0),
      capital: first !== first.toLowerCase() || (first === first.toUpperCase() && /\p{L}/u.test(first)),
    });
  }
  return tokens;
}

/**
 * Whether the text between two words lets them be read as one name: spaces, a hyphen or dash, or
 * the dot of an initial ("U.S.").
 */
export function joins(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  if (/^[ \u00a0]{1,2}$/.test(gap) || /^[ \u00a0]?[-‐‑–][ \u00a0]?$/.test(gap)) return true;
  return /^\.[ \u00a0]?$/.test(gap) && Array.from(left.text).length === 1;
}
