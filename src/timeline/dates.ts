/** The article's date (The Straits Times, 13 Sep 2022): the date a fresh page shows. */
export const ARTICLE_DATE = '2022-09-13';

/** The range the timeline covers: from the year the NKAO was made to the year the peacekeepers left. */
export const FIRST_DATE = '1923-01-01';
export const LAST_DATE = '2024-12-31';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Whether a string is a real calendar date, written `YYYY-MM-DD`, within the timeline's range.
 *
 * @example
 * isTimelineDate('2020-02-29') // true (a leap day)
 * isTimelineDate('2021-02-29') // false
 * isTimelineDate('1900-01-01') // false (before the range)
 */
export function isTimelineDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return false;
  return value >= FIRST_DATE && value <= LAST_DATE;
}

/** Days since 1970-01-01 (UTC) of an ISO date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Moves a date by whole months (or years, as 12 months), keeping the day where the month has it
 * and otherwise using the month's last day; clamps to the timeline's range.
 *
 * @example
 * addMonths('2020-01-31', 1) // '2020-02-29'
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  const out = `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  return clampDate(out);
}

/** The date, kept within FIRST_DATE..LAST_DATE. */
export function clampDate(iso: string): string {
  return iso < FIRST_DATE ? FIRST_DATE : iso > LAST_DATE ? LAST_DATE : iso;
}

/** '2022-09-13' → '13 September 2022', for screen readers and captions. */
export function formatLongDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}
