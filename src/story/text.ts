import { isIsoDate } from '../core/dates.ts';

/**
 * A plain-text story as a reader pastes it or an editor saves it: optional header lines (`Title:`,
 * `Source:`, `Date:`, `Outlet:`), a blank line, then blocks separated by blank lines.
 */
export interface PlainStory {
  title: string;
  /** The story's date, YYYY-MM-DD, from the `Date:` header; null when it has none or it is unreadable. */
  date: string | null;
  outlet: string | null;
  /** A `Source:` that is a web address. */
  url: string | null;
  /** A `Source:` that is not a web address: the agency or publication. */
  source: string | null;
  paragraphs: string[];
}

/** Longest text accepted, in characters: a very long feature is about 60,000. */
export const MAX_TEXT = 200_000;

const HEADER = /^(title|source|date|outlet|url|byline|author)\s*:\s*(.*)$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a plain-text story. Line breaks inside a block are joined with spaces; control characters
 * are dropped. Without a `Title:` header the first block is the title. Throws an Error with a
 * reader-facing message for text that cannot be a story (empty, too long, or binary).
 *
 * @example
 * parsePlainStory('Title: Shelling in Syunik\nDate: 2022-09-13\n\nFirst paragraph.\n\nSecond.')
 * // { title: 'Shelling in Syunik', date: '2022-09-13', outlet: null, url: null, source: null, paragraphs: ['First paragraph.', 'Second.'] }
 */
export function parsePlainStory(input: string): PlainStory {
  if (input.length > MAX_TEXT) throw new Error(`the text is longer than ${MAX_TEXT.toLocaleString('en-GB')} characters; paste one article at a time`);
  if (looksBinary(input)) throw new Error('this does not look like text: it has many characters that are not letters');
  const text = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2028\u2029]/g, (c) => (c === '\u2028' || c === '\u2029' ? '\n' : ''));
  const lines = text.split('\n');
  const headers = new Map<string, string>();
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  for (; i < lines.length; i++) {
    const m = HEADER.exec((lines[i] ?? '').trim());
    if (!m) break;
    const key = (m[1] ?? '').toLowerCase();
    if (!headers.has(key)) headers.set(key, (m[2] ?? '').trim());
  }
  const blocks = lines
    .slice(i)
    .join('\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((b) =>
      b
        .replace(/\s*\n\s*/g, ' ')
        .replace(/[ \t\u00a0]{2,}/g, ' ')
        .trim(),
    )
    .filter((b) => b !== '');
  const lineDate = readLeadLines(blocks);
  let title = headers.get('title') ?? '';
  if (title === '') title = blocks.shift() ?? '';
  if (title === '' && blocks.length === 0) throw new Error('the text is empty');
  const dateline = readDateline(blocks[0] ?? '');
  const lead = { date: lineDate ?? dateline.date, agency: dateline.agency };
  const source = headers.get('source') ?? headers.get('url') ?? lead.agency;
  const isUrl = source !== null && /^https?:\/\/\S+$/i.test(source);
  return {
    title,
    date: parseDate(headers.get('date') ?? '') ?? lead.date,
    outlet: headers.get('outlet') ?? (source !== null && !isUrl ? source : null),
    url: isUrl ? source : null,
    source: source !== null && !isUrl ? source : null,
    paragraphs: blocks,
  };
}

/** Agencies a dateline credits: "YEREVAN, Sept 13 (Reuters) -", "BAKU (AP) —". */
const AGENCY =
  /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,[^()\n]{1,40})?\s*\((Reuters|AFP|AP|Associated Press|Agence France-Presse|Bloomberg|Interfax|TASS|Xinhua|dpa|Anadolu|Armenpress|APA|Trend|RFE\/RL)\)/u;
/** A dateline's date: the words between the capitalised place and the agency or the dash. */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40},\s*([^()–—\n]{4,40}?)\s*(?:\(|[-–—]\s)/u;
/**
 * A block that is only a byline: "By" and capitalised names, perhaps "in" a place ("By Felix Light",
 * "By Jane Doe and John Roe in Yerevan", "By Reuters Staff"); not "By blocking the road, Baku…".
 */
const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|,))*(?:\s+in\s+\p{Lu}[\p{L} '’.-]*)?$/u;
/** Words a dateline block may hold besides its date: "Published: 13 Sep 2022, 10:02 BST". */
const DATE_WORDS = new RegExp(
  `^(?:published|updated|last|posted|first|on|at|date|gmt|bst|cet|eet|utc|amt|azt|am|pm|a\\.m\\.|p\\.m\\.|` +
    `(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?|` +
    `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?|` +
    `\\d{1,2}(?:st|nd|rd|th)|[+-]?[\\d.:/-]+(?:am|pm)?|\\W+)$`,
  'iu',
);

/**
 * What a page copied whole puts in its first blocks, before or after the headline: a line that is
 * only a date ("Published 13 September 2022, 10:02") and a byline. Both are taken out of `blocks`
 * (they are not passages); the first date line's date is returned.
 */
function readLeadLines(blocks: string[]): string | null {
  let date: string | null = null;
  for (let i = 0; i < Math.min(blocks.length, 5); ) {
    const b = blocks[i] ?? '';
    const d = b.length <= 80 ? parseDate(b) : null;
    const onlyDate = d !== null && b.split(/[\s,|·]+/).every((w) => w === '' || DATE_WORDS.test(w.replace(/[:;]$/, '')));
    if (onlyDate && date === null) date = d;
    if (onlyDate || (BYLINE.test(b) && blocks.length > 1)) blocks.splice(i, 1);
    else i++;
  }
  return date;
}

/** The agency and the date a dateline gives ("YEREVAN, 13 September 2022 (AFP) -"). */
function readDateline(first: string): { date: string | null; agency: string | null } {
  return { agency: AGENCY.exec(first)?.[1] ?? null, date: parseDate(DATELINE.exec(first)?.[1] ?? '') };
}

/**
 * A date as newsrooms write it, as YYYY-MM-DD, or null: `2022-09-13`, `13 September 2022`,
 * `September 13, 2022`, `Sep 13 2022`, `13.09.2022`, and the same with a weekday or a time after.
 *
 * @example
 * parseDate('Tuesday, 13 September 2022, 10:02 am') // '2022-09-13'
 */
export function parseDate(value: string): string | null {
  const v = value.trim().toLowerCase();
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(v);
  const dmy = /\b(\d{1,2})\s+([a-z]{3,})\.?,?\s+(\d{4})\b/.exec(v);
  const mdy = /\b([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(v);
  const dots = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(v);
  let out: string | null = null;
  if (iso) out = `${iso[1] ?? ''}-${iso[2] ?? ''}-${iso[3] ?? ''}`;
  else if (dmy) out = ymd(dmy[3], monthOf(dmy[2]), dmy[1]);
  else if (mdy) out = ymd(mdy[3], monthOf(mdy[1]), mdy[2]);
  else if (dots) out = ymd(dots[3], Number(dots[2]), dots[1]);
  return out !== null && isIsoDate(out) ? out : null;
}

function monthOf(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3)) + 1;
}

function ymd(y: string | undefined, m: number, d: string | undefined): string | null {
  if (!y || !d || m < 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
}

// Text is mostly letters, digits, spaces and punctuation; a file of another kind is full of
// replacement characters and control codes.
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  if (sample.length === 0) return false;
  let bad = 0;
  for (const ch of sample) if (ch === '\uFFFD' || /[\u0000-\u0008\u000E-\u001F]/.test(ch)) bad++;
  return bad / sample.length > 0.05;
}
