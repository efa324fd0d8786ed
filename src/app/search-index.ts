import { OVERLAY_LAYER_IDS, type LayerId } from '../core/contract.ts';
import { formatDate, formatDates } from '../core/dates.ts';
import { fold } from '../core/fold.ts';
import { parseRef } from '../core/ref.ts';
import { CONTESTED_NAMES } from '../data/contested-names.ts';
import type { GeodataStore } from '../data/geodata.ts';
import { OVERLAYS } from '../data/layers.ts';
import type { AtlasFeature } from '../data/prepare.ts';
import { indexGazetteer, type EntryKind, type EntryRecord, type GazetteerIndex } from '../story/gazetteer.ts';
import { fetchGazetteerFile } from '../story/load-gazetteer.ts';
import { searchIndex, type SearchHit } from '../story/search.ts';
import type { SearchOption } from '../views/search-box.ts';

/**
 * The map's search, loaded on demand (a chunk of its own, with the gazetteer) when a reader first
 * types in the search box. It searches the linker's gazetteer and, beside it, every feature of
 * every map layer under its own names (the 2020 and 2023 areas, the exclaves, the claims inside
 * Armenia, which no story names by these), and each overlay layer as a whole under its title.
 * The villages file (1.7 MB) is not fetched for it: the gazetteer already holds the villages.
 */
export interface PlaceSearch {
  find: (query: string, date: string) => SearchOption[];
}

/** Layers whose features search adds under their own names: every layer but the villages. */
export const SEARCHED_LAYERS: readonly LayerId[] = ['water', ...OVERLAY_LAYER_IDS.filter((l) => l !== 'villages')];

/** Fetches the gazetteer and the layers, and indexes them; a gazetteer that cannot load rejects. */
export async function createPlaceSearch(geodata: Pick<GeodataStore, 'load' | 'ready'>): Promise<PlaceSearch> {
  const [file] = await Promise.all([fetchGazetteerFile(), ...SEARCHED_LAYERS.map((l) => geodata.load(l))]);
  const features = SEARCHED_LAYERS.flatMap((layer) => [...(geodata.ready(layer)?.features.values() ?? [])].map((f) => ({ layer, feature: f })));
  const index = indexGazetteer(file, [...featureRecords(file, features), ...layerRecords()]);
  return { find: (query, date) => searchIndex(index, query, { date }).map((hit) => describeHit(hit, geodata)) };
}

/** Builds the index from a gazetteer file and features already in hand (for tests and the bench). */
export function indexForSearch(file: unknown, features: readonly { layer: LayerId; feature: AtlasFeature }[]): GazetteerIndex {
  return indexGazetteer(file, [...featureRecords(file, features), ...layerRecords()]);
}

/**
 * Each feature as a gazetteer record, with the names of it the gazetteer does not already hold
 * for that target (its name, `names` in every language, `aliases`); none when it holds them all.
 */
export function featureRecords(file: unknown, features: readonly { layer: LayerId; feature: AtlasFeature }[]): EntryRecord[] {
  const known = new Set<string>();
  const entries = (file as { entries?: unknown } | null)?.entries;
  for (const raw of Array.isArray(entries) ? entries : []) {
    const r = raw as Partial<EntryRecord> | null;
    if (r && typeof r.t === 'string' && Array.isArray(r.n)) for (const n of r.n) if (typeof n === 'string') known.add(`${r.t}\u0000${fold(n)}`);
  }
  const out: EntryRecord[] = [];
  for (const { layer, feature } of features) {
    const p = feature.properties;
    const t = `${layer}/${p.id}`;
    const names = namesOf(p).filter((n) => !known.has(`${t}\u0000${fold(n)}`));
    if (names.length === 0) continue;
    const record: EntryRecord = { t, k: kindOf(layer, feature), n: [p.name, ...names.filter((n) => n !== p.name)] };
    if (typeof p.district === 'string') record.d = p.district;
    if (p.valid_from) record.f = p.valid_from;
    if (p.valid_to) record.u = p.valid_to;
    if (typeof p.population === 'number') record.r = p.population;
    out.push(record);
  }
  return out;
}

/** Each overlay layer as a whole, under its title and its legend's words. */
function layerRecords(): EntryRecord[] {
  return OVERLAYS.map((o) => ({ t: o.id, k: 'area', n: [o.title, o.short] }));
}

function namesOf(p: AtlasFeature['properties']): string[] {
  const given: unknown = p.names;
  const names = typeof given === 'object' && given !== null ? Object.values(given as Record<string, unknown>) : [];
  const aliases: unknown = p.aliases;
  const all = [p.name, ...names, ...(Array.isArray(aliases) ? (aliases as unknown[]) : [])];
  return [...new Set(all.filter((n): n is string => typeof n === 'string' && n !== ''))];
}

/** What a feature is, in the gazetteer's words, for ranking. */
function kindOf(layer: LayerId, f: AtlasFeature): EntryKind {
  const type = f.geometry.type;
  const point = type === 'Point' || type === 'MultiPoint';
  const line = type === 'LineString' || type === 'MultiLineString';
  const placeType = f.properties.place_type;
  if (point) return placeType === 'capital' || placeType === 'city' || placeType === 'village' ? placeType : 'town';
  if (layer === 'water') return line ? 'river' : 'lake';
  if (line) return layer === 'russia-border' ? 'border' : 'line';
  if (layer === 'countries' || f.properties.id === 'georgia') return 'country';
  if (layer === 'admin1') return /^province/i.test(f.properties.kind) ? 'province' : 'district';
  if (layer === 'russia-border') return 'republic';
  return 'area';
}

const KIND_WORDS: Record<EntryKind, string> = {
  country: 'Country',
  capital: 'Capital',
  city: 'City',
  town: 'Town',
  village: 'Village',
  province: 'Province',
  district: 'District',
  republic: 'Republic',
  region: 'Region',
  area: 'Area',
  lake: 'Lake',
  river: 'River',
  mountain: 'Mountain',
  line: 'Line',
  corridor: 'Corridor',
  border: 'Border',
  building: 'Building',
  body: 'International body',
};

/**
 * A hit as the search box lists it: the name; the other side's name of a contested place and the
 * name the reader typed, where they differ, with its language; what it is, where, and when.
 *
 * @example
 * // "Kalbajar district · Kəlbəcər rayonu" — "Handed over to Azerbaijan under the 10 Nov 2020 statement; 25 Nov 2020"
 */
export function describeHit(hit: SearchHit, geodata: Pick<GeodataStore, 'ready'>): SearchOption {
  const { entry } = hit;
  const ref = parseRef(entry.target);
  const feature = ref?.id ? (geodata.ready(ref.layer)?.features.get(ref.id) ?? null) : null;
  const props = feature?.properties ?? null;
  const others: SearchOption['others'] = [];
  const pair = ref?.id ? CONTESTED_NAMES[ref.id] : undefined;
  // The pair's other name, where the title is one of the pair ("Kalbajar district" is Kalbajar's).
  const title = ` ${fold(entry.name)} `;
  const other = pair ? (title.includes(` ${fold(pair[0])} `) ? pair[1] : title.includes(` ${fold(pair[1])} `) ? pair[0] : null) : null;
  if (other) others.push({ text: other });
  if (!title.includes(` ${fold(hit.matched)} `) && (other === null || fold(hit.matched) !== fold(other))) {
    const lang = langOf(hit.matched, props?.names);
    others.push(lang ? { text: hit.matched, lang } : { text: hit.matched });
  }

  const layerInfo = ref && ref.id === null ? OVERLAYS.find((o) => o.id === ref.layer) : undefined;
  let detail: string;
  if (layerInfo) {
    detail = `Map layer; ${layerInfo.dates}`;
  } else {
    // The feature's own words for what it is, unless the entry is another thing it stands for
    // (the Zangezur corridor is not the province of Syunik, though the map shows Syunik for it).
    const shownAs = props && !entry.unplaced && !` ${fold(props.name)} `.includes(` ${fold(entry.name)} `) ? props.name : null;
    const kind = props && !entry.unplaced && !shownAs ? props.kind : KIND_WORDS[entry.kind];
    const where = placeOf(entry.district ?? districtOf(props), props, geodata).filter((w) => !kind.includes(w));
    const parts = [[kind, ...where].join(', ')];
    if (entry.unplaced) parts.push(`no position found: the map shows ${where[0] ?? 'its district'}`);
    else if (shownAs) parts.push(`on the map: ${shownAs}`);
    const when = props ? datesOf(props, kind) : '';
    const named = when === '' && (entry.from !== null || entry.to !== null) ? `this name: ${formatDates(entry.from, entry.to)}` : '';
    if (when || named) parts.push(when || named);
    detail = parts.join('; ');
  }
  return { value: entry.target, title: entry.name, others, detail };
}

/** The district's name and the country's, from the admin1 and countries layers. */
function placeOf(district: string | null, props: AtlasFeature['properties'] | null, geodata: Pick<GeodataStore, 'ready'>): string[] {
  const out: string[] = [];
  const admin = district ? geodata.ready('admin1')?.features.get(district)?.properties : undefined;
  // "Kalbajar district", "Syunik province": the bare name is often also a town's.
  if (admin) out.push(`${admin.name} ${/^province/i.test(admin.kind) ? 'province' : /^municipality/i.test(admin.kind) ? 'municipality' : 'district'}`);
  const code = district?.slice(0, 2) ?? (typeof props?.country === 'string' ? props.country : null);
  const country = code ? geodata.ready('countries')?.features.get(code)?.properties.name : undefined;
  if (country) out.push(country);
  return out;
}

function districtOf(props: AtlasFeature['properties'] | null): string | null {
  return typeof props?.district === 'string' ? props.district : null;
}

/** When, as the popup says it: regained on a date, reported by someone, or the feature's dates. */
function datesOf(p: AtlasFeature['properties'], kind: string): string {
  if (typeof p.regained_on === 'string') {
    const verb = p.how === 'handover' ? 'handed over' : 'taken';
    return kind.toLowerCase().includes(verb) ? formatDate(p.regained_on) : `${verb} ${formatDate(p.regained_on)}`;
  }
  if (typeof p.reported_by === 'string') return `reported by ${p.reported_by}${typeof p.reported_on === 'string' ? `, ${formatDate(p.reported_on)}` : ''}`;
  return formatDates(p.valid_from, p.valid_to);
}

/** The language of a name: the feature's `names` say, else its script (Armenian, Cyrillic, Azerbaijani letters). */
export function langOf(name: string, names: unknown): 'hy' | 'ru' | 'az' | undefined {
  if (typeof names === 'object' && names !== null) {
    for (const lang of ['hy', 'az', 'ru'] as const) if ((names as Record<string, unknown>)[lang] === name) return lang;
  }
  if (/\p{Script=Armenian}/u.test(name)) return 'hy';
  if (/\p{Script=Cyrillic}/u.test(name)) return 'ru';
  if (/[əƏğĞıİşŞçÇ]/u.test(name)) return 'az';
  return undefined;
}
