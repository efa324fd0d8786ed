/**
 * Dates, written `YYYY-MM-DD` everywhere in the app: the maths the timeline needs and the two ways
 * they are shown to readers, short ('13 Sep 2022') and long ('13 September 2022').
 */

/** The range the timeline covers: from the year the NKAO was made to today, the day the app was built. */
export const FIRST_DATE = '1923-01-01';
/**
 * Today: the build date, which Vite writes in (`__BUILD_DATE__`, see vite.config.ts), so that a
 * build and its tests agree on it; where nothing defines it (scripts run by Node), the UTC date now.
 */
export const LAST_DATE: string = typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : new Date().toISOString().slice(0, 10);

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;
const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate('2020-02-29') // true (a leap day)
 * isIsoDate('2021-02-29') // false
 */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Whether a string is a real calendar date, written `YYYY-MM-DD`, within the timeline's range.
 *
 * @example
 * isTimelineDate('2020-02-29') // true (a leap day)
 * isTimelineDate('2021-02-29') // false
 * isTimelineDate('1900-01-01') // false (before the range)
 */
export function isTimelineDate(value: string): boolean {
  return isIsoDate(value) && value >= FIRST_DATE && value <= LAST_DATE;
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

/**
 * A link's date: a real calendar date within the range as it is, a later one (a date in the future)
 * as today, anything else (an earlier date, a malformed one) null.
 *
 * @example
 * linkDate('2099-01-01') // LAST_DATE
 * linkDate('1900-01-01') // null
 */
export function linkDate(value: string): string | null {
  if (!isIsoDate(value) || value < FIRST_DATE) return null;
  return value > LAST_DATE ? LAST_DATE : value;
}

/** The date, kept within FIRST_DATE..LAST_DATE. */
export function clampDate(iso: string): string {
  return iso < FIRST_DATE ? FIRST_DATE : iso > LAST_DATE ? LAST_DATE : iso;
}

/**
 * The long form, for captions, the article's byline and screen readers. A partial date ('2020-11',
 * '1994') gives what it has; anything else comes back as given.
 *
 * @example
 * formatLongDate('2022-09-13') // '13 September 2022'
 */
export function formatLongDate(iso: string): string {
  return format(iso, (month) => month);
}

/**
 * The short form, for popups, legends and timeline buttons.
 *
 * @example
 * formatDate('2020-11-10') // '10 Nov 2020'
 * formatDate('2020-11')    // 'Nov 2020'
 * formatDate('soon')       // 'soon'
 */
export function formatDate(iso: string): string {
  return format(iso, (month) => month.slice(0, 3));
}

/**
 * A feature's dates as a reader would say them, or '' when undated. `valid_to` is exclusive, the
 * first day the feature no longer holds (featureInForce), so a reader is shown the last day it
 * did: the clashes of 12–14 September 2022 carry `valid_to` 2022-09-15 and read "12–14 Sep 2022",
 * as the timeline draws them. A partial date (a year, a month) is shown as it is.
 *
 * @example
 * formatDates('2022-09-12', '2022-09-15') // '12–14 Sep 2022'
 * formatDates('1923-07-07', '1991-11-26') // '7 Jul 1923 – 25 Nov 1991'
 */
export function formatDates(from: string | null | undefined, to: string | null | undefined): string {
  const last = to && isIsoDate(to) ? isoOfDay(dayNumber(to) - 1) : to;
  if (from && last) return from < last ? formatDateRange(from, last) : formatDate(from);
  if (from) return `since ${formatDate(from)}`;
  if (last) return `until ${formatDate(last)}`;
  return '';
}

/**
 * A date range in the short form, sharing month and year where both ends have them.
 *
 * @example
 * formatDateRange('2022-09-12', '2022-09-14') // '12–14 Sep 2022'
 */
export function formatDateRange(from: string, to: string | undefined): string {
  if (!to) return formatDate(from);
  const [a, b] = [formatDate(from).split(' '), formatDate(to).split(' ')];
  return a.length === 3 && b.length === 3 && a[1] === b[1] && a[2] === b[2] ? `${a[0]}–${formatDate(to)}` : `${formatDate(from)} – ${formatDate(to)}`;
}

function format(iso: string, monthName: (month: string) => string): string {
  const m = PARTIAL.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !month) return iso;
  return [d ? String(Number(d)) : null, month ? monthName(month) : null, y].filter(Boolean).join(' ');
}

/**
 * Whether a feature is in force on date `t`, as the map's date filter decides
 * (`map/date-filter.ts`): `valid_from <= t < valid_to`, a regained area from `regained_on`, a
 * missing bound open. For what is drawn without MapLibre: the still map and the map as text.
 */
export function featureInForce(props: Record<string, unknown>, t: string): boolean {
  const from = typeof props.regained_on === 'string' ? props.regained_on : typeof props.valid_from === 'string' ? props.valid_from : '';
  const to = typeof props.valid_to === 'string' ? props.valid_to : '9999';
  return from <= t && t < to;
}

/** Whether a feature's range ended on or before `t`: a former boundary. */
export function featureEnded(props: Record<string, unknown>, t: string): boolean {
  return typeof props.valid_to === 'string' && props.valid_to <= t;
}
