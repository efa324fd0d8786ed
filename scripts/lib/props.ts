/**
 * Building the properties every geodata feature carries (see src/core/contract.ts), in a fixed key
 * order so that the output is byte-stable.
 */
import type { Feature, Geometry } from 'geojson';
import type { Method, Names } from '../../src/core/contract.ts';

export interface PropsInput {
  id: string;
  name: string;
  names?: Partial<Names>;
  kind: string;
  source: string;
  method: Method;
  note: string;
  valid_from?: string | null;
  valid_to?: string | null;
  approximate?: boolean;
  /** Layer-specific properties, appended after the common ones in the given order. */
  extra?: Record<string, unknown>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Returns a property object with the contract's keys in a fixed order. Throws on a bad date or id. */
export function makeProps(p: PropsInput): Record<string, unknown> {
  if (!/^[A-Za-z0-9][A-Za-z0-9~-]*$/.test(p.id)) throw new Error(`feature id "${p.id}" is not a plain id`);
  for (const [k, v] of [
    ['valid_from', p.valid_from],
    ['valid_to', p.valid_to],
  ] as const) {
    if (v != null && (!ISO_DATE.test(v) || Number.isNaN(Date.parse(v)))) {
      throw new Error(`feature "${p.id}": ${k} "${v}" is not an ISO date`);
    }
  }
  const names: Record<string, string> = { en: p.names?.en ?? p.name };
  for (const lang of ['hy', 'az', 'ru'] as const) {
    const v = p.names?.[lang];
    if (v) names[lang] = v;
  }
  const out: Record<string, unknown> = {
    id: p.id,
    name: p.name,
    names,
    kind: p.kind,
    source: p.source,
    method: p.method,
    note: p.note,
    valid_from: p.valid_from ?? null,
    valid_to: p.valid_to ?? null,
  };
  if (p.approximate) out.approximate = true;
  for (const [k, v] of Object.entries(p.extra ?? {})) if (v !== undefined) out[k] = v;
  return out;
}

/** The GeoNames id a feature's `source` cites ("…, GeoNames id 616052"), if any. */
export function geonamesIdOf(props: Record<string, unknown>): number | undefined {
  const id = /GeoNames id (\d+)/.exec(typeof props.source === 'string' ? props.source : '')?.[1];
  return id === undefined ? undefined : Number(id);
}

/** A feature with the contract's properties (see `makeProps`). */
export function feature<G extends Geometry>(props: PropsInput, geometry: G): Feature<G> {
  return { type: 'Feature', properties: makeProps(props), geometry };
}

/** Kebab-case ASCII id from an English name: "New York" -> "new-york". */
const LATIN: Record<string, string> = { ı: 'i', ə: 'e', Ə: 'e', ǝ: 'e', Ǝ: 'e', ğ: 'g', ş: 's', ç: 'c', ö: 'o', ü: 'u', İ: 'i', ʼ: '', ʻ: '' };

export function kebab(name: string): string {
  return name
    .replace(/[ıəƏǝƎğşçöüİʼʻ]/g, (ch) => LATIN[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
