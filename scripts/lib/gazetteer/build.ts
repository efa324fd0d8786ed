/**
 * The gazetteer (`geodata/gazetteer.json`): every feature a story can name, with every name it has
 * in the layers (English, Armenian, Azerbaijani, Russian, other spellings), Latin spellings of its
 * Armenian and Russian names, district variants ("Kalbajar district"), and the cited names, phrases,
 * bodies and date-dependent meanings of `sources/gazetteer.json`. The linker in src/story/link reads it.
 */
import * as turf from '@turf/turf';
import type { Feature } from 'geojson';
import { fold, skeleton } from '../../../src/core/fold.ts';
import { CONTESTED_NAMES } from '../../../src/data/contested-names.ts';
import type { EntryKind, EntryRecord, GazetteerFile } from '../../../src/story/gazetteer.ts';
import type { Layers } from '../build.ts';
import { type Area, shapeAt } from '../geo.ts';
import type { Inputs } from '../inputs.ts';
import { armenianToLatin, russianToLatin } from './translit.ts';

/** A cited entry of sources/gazetteer.json. */
interface SourceEntry {
  target: string;
  kind: EntryKind;
  names: string[];
  exact?: string[];
  from?: string;
  to?: string;
  district?: string;
  unplaced?: boolean;
  source: string;
}

interface GazetteerSources {
  admin1_suffixes: string[];
  clash_window: { from: string; to: string };
  /** More names for features of the layers, by `layer/id`, each cited in `names_source`. */
  names: Record<string, string[]>;
  entries: SourceEntry[];
}

const PLACE_KINDS: Record<string, EntryKind> = { capital: 'capital', city: 'city', town: 'town', village: 'village', peak: 'mountain' };

/** Builds the gazetteer from the built layers and the cited sources. Deterministic. */
export function buildGazetteer(layers: Layers, inputs: Inputs): GazetteerFile {
  const src = inputs.sources.gazetteer as GazetteerSources;
  const districts = new Map<string, Area>(layers.admin1.map((f) => [String(f.properties?.id), f as Area]));
  const districtOf = (at: [number, number]): string | undefined => shapeAt(at, districts);
  const entries: EntryRecord[] = [];
  const add = (target: string, kind: EntryKind, props: Record<string, unknown>, extra: Partial<EntryRecord> = {}): void => {
    const names = namesOf(props, src.names[target] ?? []);
    const at = pointOf(props._at);
    // How many of the names come before the other spellings: the feature's own names.
    const main = namesOf({ ...props, aliases: [] }, src.names[target] ?? []).length;
    entries.push({ t: target, k: kind, n: names, ...(main < names.length ? { m: main } : {}), ...extra, ...(at ? { p: [round2(at[0]), round2(at[1])] } : {}) });
  };

  for (const f of layers.countries) add(`countries/${idOf(f)}`, 'country', propsWith(f));
  for (const f of layers.admin1) {
    const props = propsWith(f);
    // A city with the standing of a district (Baku, Ganja, Lankaran) is a city, not "Lankaran district".
    if (String(props.kind).startsWith('Municipality')) {
      add(`admin1/${idOf(f)}`, 'city', props);
      continue;
    }
    const suffixed = namesOf(props, [])
      .filter((n) => /^[\p{Script=Latin}\s'’-]+$/u.test(n))
      .flatMap((n) => src.admin1_suffixes.map((s) => `${n} ${s}`));
    add(`admin1/${idOf(f)}`, idOf(f).startsWith('AM-') ? 'province' : 'district', { ...props, aliases: [...aliasesOf(props), ...suffixed] });
  }
  for (const f of layers.water) add(`water/${idOf(f)}`, f.geometry.type.includes('Line') ? 'river' : 'lake', propsWith(f));
  for (const f of layers['russia-border']) {
    if (f.geometry.type.includes('Polygon') && f.properties?.country === 'RU') add(`russia-border/${idOf(f)}`, 'republic', propsWith(f));
  }
  for (const layer of ['places', 'villages'] as const) {
    for (const f of layers[layer]) {
      const props = propsWith(f);
      const at = pointOf(props._at);
      const district = at ? districtOf(at) : undefined;
      const population = typeof props.population === 'number' ? props.population : 0;
      // A place of the places layer was chosen for the map: it comes before a village of one name.
      const rank = population + (layer === 'places' ? 100_000 : 0);
      // A town of 100,000 people or more is a city, a village of 5,000 or more a town, whatever the sources call them.
      const kind = PLACE_KINDS[String(props.place_type)] ?? 'village';
      const sized = kind === 'town' && population >= 100_000 ? 'city' : kind === 'village' && population >= 5_000 ? 'town' : kind;
      add(`${layer}/${idOf(f)}`, sized, props, { ...(district ? { d: district } : {}), r: rank });
    }
  }
  for (const f of layers['clashes-2022']) {
    const props = propsWith(f);
    if (typeof props.place !== 'string') continue; // the district positions: named by their districts
    const place = layers.places.find((p) => idOf(p) === props.place);
    const at = pointOf(props._at);
    add(`clashes-2022/${idOf(f)}`, PLACE_KINDS[String(place?.properties?.place_type)] ?? 'town', place ? propsWith(place) : props, {
      f: src.clash_window.from,
      u: src.clash_window.to,
      ...(at && districtOf(at) ? { d: districtOf(at) } : {}),
      r: 100_000,
    });
  }
  for (const e of src.entries) {
    entries.push({
      t: e.target,
      k: e.kind,
      n: e.names,
      ...(e.exact ? { x: e.exact } : {}),
      ...(e.district ? { d: e.district } : {}),
      ...(e.from ? { f: e.from } : {}),
      ...(e.to ? { u: e.to } : {}),
      ...(e.unplaced ? { z: 1 as const } : {}),
    });
  }
  // Areas and lines say which districts they reach into: a story naming Nagorno-Karabakh is about
  // places in those districts.
  const shapes = new Map<string, Feature>();
  for (const layer of ['nagorno-karabakh', 'held-1994', 'regained-2020', 'peacekeeping-2020'] as const)
    for (const f of layers[layer]) shapes.set(`${layer}/${idOf(f)}`, f);
  for (const e of entries) {
    const shape = shapes.get(e.t);
    if (!shape || !['region', 'republic', 'area', 'line', 'corridor'].includes(e.k)) continue;
    const covers = [...districts].filter(([, d]) => turf.booleanIntersects(shape, d)).map(([id]) => id);
    if (covers.length > 0) e.c = covers.sort();
  }
  markCommonWords(entries, inputs.englishWords);
  return {
    version: 1,
    entries: mergeNamesakes(entries).sort((a, b) => a.t.localeCompare(b.t) || a.k.localeCompare(b.k) || (a.f ?? '').localeCompare(b.f ?? '')),
  };
}

/**
 * Villages of one district with one name and nothing to tell them apart (no population figure
 * puts one first): a story naming one cannot say which, so the name links to the district, as a
 * place whose position is not known. The villages stay on the map.
 */
function mergeNamesakes(entries: EntryRecord[]): EntryRecord[] {
  const groups = new Map<string, EntryRecord[]>();
  for (const e of entries) {
    if (e.k !== 'village' || e.d === undefined || !e.t.startsWith('villages/')) continue;
    const key = `${e.d}|${fold(e.n[0] ?? '')}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const drop = new Set<EntryRecord>();
  const merged: EntryRecord[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ranks = group.map((e) => e.r ?? 0).sort((a, b) => b - a);
    if ((ranks[0] ?? 0) > (ranks[1] ?? 0)) continue; // the bigger village is meant
    for (const e of group) drop.add(e);
    const first = group[0];
    if (!first?.d) continue;
    const names = [...new Set(group.flatMap((e) => e.n))];
    const common = [...new Set(group.flatMap((e) => e.w ?? []))];
    merged.push({ t: `admin1/${first.d}`, k: 'village', n: names, ...(common.length > 0 ? { w: common } : {}), d: first.d, z: 1 });
  }
  return [...entries.filter((e) => !drop.has(e)), ...merged];
}

/** The gazetteer as a file: one entry a line, so diffs stay readable. */
export function serializeGazetteer(file: GazetteerFile): string {
  return `{"version":${String(file.version)},"entries":[\n${file.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}

/**
 * Every name of a feature, display name first: `name`, `names`, `aliases`, the English pair of a
 * contested place, cited extras, and Latin spellings of Armenian and Russian names; each spelling
 * once (by its folded form).
 */
function namesOf(props: Record<string, unknown>, extra: string[]): string[] {
  const names = (props.names ?? {}) as Record<string, string>;
  const pair = CONTESTED_NAMES[String(props.id)];
  // "Karmir Shuka / Girmizi Bazar": each of the two names is a name.
  const raw = [String(props.name), ...String(props.name).split(' / '), ...Object.values(names), ...(pair ?? []), ...extra, ...aliasesOf(props)];
  const all = raw.flatMap((n) => [n, armenianToLatin(n), russianToLatin(n)]).filter((n): n is string => n !== null && fold(n) !== '');
  const seen = new Set<string>();
  return all.filter((n) => {
    const key = fold(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function aliasesOf(props: Record<string, unknown>): string[] {
  return Array.isArray(props.aliases) ? props.aliases.filter((a): a is string => typeof a === 'string') : [];
}

/**
 * Single-word names of settlements that are also common English words ("Bar", "Gala"): the linker
 * takes them only after "village of" and the like, so a sentence starting "Gala dinners…" links nothing.
 */
function markCommonWords(entries: EntryRecord[], words: Set<string>): void {
  for (const e of entries) {
    if (e.k !== 'village') continue; // a town's name is its name: Tartar is not the sauce
    const common = e.n.filter((n) => !n.includes(' ') && words.has(n.toLowerCase()) && skeleton(n).length > 0);
    if (common.length > 0) e.w = common;
  }
}

function propsWith(f: Feature): Record<string, unknown> {
  const props = { ...(f.properties ?? {}) };
  if (f.geometry.type === 'Point') props._at = f.geometry.coordinates;
  return props;
}

function idOf(f: Feature): string {
  return String(f.properties?.id);
}

function pointOf(value: unknown): [number, number] | null {
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number' ? [value[0], value[1]] : null;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
