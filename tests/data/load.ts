/** Reading the committed geodata/ for the data tests. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { LAYER_IDS, type LayerId } from '../../src/core/contract.ts';

export const GEODATA = path.resolve(import.meta.dirname, '../../geodata');

export function readLayer(id: LayerId): FeatureCollection {
  return JSON.parse(readFileSync(path.join(GEODATA, `${id}.geojson`), 'utf8')) as FeatureCollection;
}

export function feature(layer: LayerId, id: string): Feature {
  const f = readLayer(layer).features.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`no feature ${layer}/${id}`);
  return f;
}

export const allLayers = (): [LayerId, FeatureCollection][] => LAYER_IDS.map((id) => [id, readLayer(id)]);

/** Bytes of every file under geodata/, sources included. */
export function geodataBytes(dir = GEODATA): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? geodataBytes(p) : st.size;
  }
  return total;
}

/** A parsed file of geodata/sources/; the caller says what shape it expects. */
export function readSource(name: string): unknown {
  return JSON.parse(readFileSync(path.join(GEODATA, 'sources', `${name}.json`), 'utf8'));
}
