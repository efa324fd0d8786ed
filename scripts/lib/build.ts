/**
 * The geodata build: packaged inputs and cited sources in, one FeatureCollection per layer out.
 * Pure apart from reading `inputs`; the same inputs give byte-identical outputs.
 */
import type { Feature } from 'geojson';
import { LAYER_IDS, type LayerId } from '../../src/core/contract.ts';
import { propsOf } from './checked.ts';
import type { Area } from './geo.ts';
import type { Inputs } from './inputs.ts';
import { buildLand, buildWater } from './layers/base.ts';
import { admin1Shapes, buildAdmin1, buildCountries, countryShapes } from './layers/countries.ts';
import { buildHistory } from './layers/history.ts';
import { buildExclaves } from './layers/exclaves.ts';
import { buildInsideArmenia } from './layers/inside-armenia.ts';
import { buildOffensive2023 } from './layers/offensive-2023.ts';
import { buildPeace2024 } from './layers/peace-2024.ts';
import { buildClashes, buildPlaces } from './layers/points.ts';
import { buildRussiaBorder } from './layers/russia.ts';
import { aliasesFor, buildVillages } from './layers/villages.ts';
import { buildGazetteer, serializeGazetteer } from './gazetteer/build.ts';

export type Layers = Record<LayerId, Feature[]>;

export function buildLayers(inputs: Inputs): Layers {
  const countries = countryShapes(inputs);
  const admin1 = admin1Shapes(inputs);
  const published = (inputs.sources.areas as { figures: Record<string, { km2: number; source: string }> }).figures;
  const places = buildPlaces(inputs, countries);
  // Other spellings from the gazetteer file, last among a place's properties (byte-stable output).
  const aliases = aliasesFor(inputs, 'places.geojson', places);
  for (const p of places) {
    if (!p.properties) continue;
    const own = Array.isArray(p.properties.aliases) ? (p.properties.aliases as string[]) : [];
    const all = [...new Set([...(aliases.get(String(p.properties.id)) ?? []), ...own])].sort();
    if (all.length > 0) p.properties.aliases = all;
  }
  const history = buildHistory(inputs, admin1);
  const admin1Features = buildAdmin1(admin1);
  const districts = new Map(admin1Features.map((f) => [String(f.properties?.id), f as Area]));
  const villages = buildVillages(inputs, districts, countries, places, history.nagornoKarabakh);
  return {
    land: buildLand(inputs),
    water: buildWater(inputs, countries),
    countries: buildCountries(countries, published),
    admin1: admin1Features,
    'nagorno-karabakh': history.nagornoKarabakh,
    'held-1994': history.held1994,
    'regained-2020': history.regained2020,
    'peacekeeping-2020': history.peacekeeping2020,
    'offensive-2023': buildOffensive2023(inputs, admin1, history),
    'russia-border': buildRussiaBorder(inputs, countries),
    'inside-armenia': buildInsideArmenia(inputs, countries),
    'clashes-2022': buildClashes(inputs, places),
    exclaves: buildExclaves(inputs, places, countries),
    'peace-2024': buildPeace2024(inputs, places, villages, countries),
    villages,
    places,
  };
}

/** The gazetteer file's text, built from the layers (see gazetteer/build.ts). */
export function gazetteerText(layers: Layers, inputs: Inputs): string {
  return serializeGazetteer(buildGazetteer(layers, inputs));
}

/**
 * Serialises a layer: one feature per line, so diffs of geodata/ stay readable, and a trailing newline.
 */
export function serializeLayer(id: LayerId, features: Feature[]): string {
  const seen = new Set<string>();
  for (const f of features) {
    const fid = String(f.properties?.id);
    if (seen.has(fid)) throw new Error(`layer ${id}: duplicate feature id "${fid}"`);
    seen.add(fid);
  }
  const body = features.map((f) => JSON.stringify({ type: 'Feature', id: propsOf(f).id, properties: f.properties, geometry: f.geometry })).join(',\n');
  return `{"type":"FeatureCollection","name":${JSON.stringify(id)},"features":[\n${body}\n]}\n`;
}

export function serializeAll(layers: Layers): Map<LayerId, string> {
  return new Map(LAYER_IDS.map((id) => [id, serializeLayer(id, layers[id])]));
}
