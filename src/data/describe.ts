import type { CommonProps } from '../core/contract.ts';
import { formatDate } from '../core/dates.ts';
import { distanceKm } from '../core/geometry.ts';
import { CONTESTED_NAMES } from './contested-names.ts';

/** Stepanakert/Khankendi: the reference point for distances to far places (shared/FACTS.md). */
export const REGION_CENTRE: [number, number] = [46.7519, 39.8153];

/** 4388.2 → '4,388'; 0.42 → '0.4'. */
export function formatNumber(value: number): string {
  const digits = Math.abs(value) < 10 ? 1 : 0;
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export interface NameLine {
  label: string;
  value: string;
  /** The BCP 47 code of the name's language, for `lang`, so screen readers pronounce it; absent for English forms. */
  lang?: 'hy' | 'az' | 'ru';
}

const LANGUAGES = [
  ['hy', 'Armenian'],
  ['az', 'Azerbaijani'],
  ['ru', 'Russian'],
] as const;

/**
 * The names worth showing beside the main one: each language's name where it differs from the
 * English one, plus for contested places the English form each side uses.
 */
export function otherNames(props: Pick<CommonProps, 'id' | 'name' | 'names'>): NameLine[] {
  const lines: NameLine[] = [];
  const pair = CONTESTED_NAMES[props.id];
  if (pair) lines.push({ label: 'Also called', value: pair[0] === props.name ? pair[1] : pair[0] });
  // A data file may lack `names` whatever its type says: read it as unknown.
  const given: unknown = props.names;
  const names = typeof given === 'object' && given !== null ? (given as Record<string, unknown>) : {};
  for (const [lang, label] of LANGUAGES) {
    const value = names[lang];
    if (typeof value === 'string' && value !== '' && value !== props.name) lines.push({ label, value, lang });
  }
  return lines;
}

/** Derived facts for a popup: area, length, population, distances, claims with who made them. */
export function facts(props: CommonProps & Record<string, unknown>, point: [number, number] | null): string[] {
  const out: string[] = [];
  if (typeof props.area_km2 === 'number') out.push(`Area: ${formatNumber(props.area_km2)} km²`);
  if (typeof props.length_km === 'number') out.push(`Length: ${formatNumber(props.length_km)} km`);
  if (typeof props.population === 'number') out.push(`Population: ${formatNumber(props.population)}`);
  if (typeof props.regained_on === 'string') {
    const how = props.how === 'handover' ? 'handed over under the 10 Nov 2020 statement' : props.how === 'military' ? 'taken in the 2020 war' : '';
    out.push(`Regained by Azerbaijan: ${formatDate(props.regained_on)}${how ? ` (${how})` : ''}`);
  }
  if (typeof props.reported_by === 'string') {
    out.push(`Reported by ${props.reported_by}${typeof props.reported_on === 'string' ? `, ${formatDate(props.reported_on)}` : ''}`);
  }
  if (props.far === true && point) {
    out.push(`${formatNumber(Math.round(distanceKm(point, REGION_CENTRE) / 10) * 10)} km from Stepanakert / Khankendi`);
  }
  return out;
}

/** How a feature was made, in plain words. */
export function methodText(method: unknown): string {
  switch (method) {
    case 'packaged':
      return 'taken from published map data';
    case 'derived':
      return 'computed from published map data';
    case 'authored':
      return 'drawn for this atlas from the cited sources';
    default:
      return '';
  }
}
