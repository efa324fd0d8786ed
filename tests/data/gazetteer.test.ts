import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { isLayerId } from '../../src/core/contract.ts';
import { fold } from '../../src/core/fold.ts';
import { parseRef } from '../../src/core/ref.ts';
import type { EntryRecord, GazetteerFile } from '../../src/story/gazetteer.ts';
import { GEODATA, readLayer, readSource } from './load.ts';

const file = readFileSync(path.join(GEODATA, 'gazetteer.json'));
const gazetteer = JSON.parse(file.toString('utf8')) as GazetteerFile;
const sources = readSource('gazetteer') as { entries: { target: string; names: string[]; source?: string }[] };

/** Features by `layer/id`, with their properties, from the committed layers. */
const features = new Map<string, { props: Record<string, unknown>; geometry: string }>();
for (const layer of [
  'countries',
  'admin1',
  'water',
  'nagorno-karabakh',
  'held-1994',
  'regained-2020',
  'peacekeeping-2020',
  'russia-border',
  'clashes-2022',
  'places',
  'villages',
] as const) {
  for (const f of readLayer(layer).features) features.set(`${layer}/${String(f.properties?.id)}`, { props: f.properties ?? {}, geometry: f.geometry.type });
}

const KINDS = [
  'country',
  'capital',
  'city',
  'town',
  'village',
  'province',
  'district',
  'republic',
  'region',
  'area',
  'lake',
  'river',
  'mountain',
  'line',
  'corridor',
  'border',
  'building',
  'body',
];

describe('the gazetteer', () => {
  test('is at most 150 KB gzip, the budget for fetching it when the dialog opens', () => {
    expect(gzipSync(file, { level: 6 }).length).toBeLessThanOrEqual(150_000);
  });

  test('holds several hundred settlements, and every layer a story can name', () => {
    const settlements = gazetteer.entries.filter((e) => ['capital', 'city', 'town', 'village'].includes(e.k));
    expect(settlements.length).toBeGreaterThan(1000);
    const layers = new Set(gazetteer.entries.map((e) => e.t.split('/')[0]));
    for (const layer of [
      'countries',
      'admin1',
      'water',
      'nagorno-karabakh',
      'held-1994',
      'peacekeeping-2020',
      'russia-border',
      'clashes-2022',
      'places',
      'villages',
    ])
      expect(layers, layer).toContain(layer);
  });

  test('every entry has a name, a kind, a source, and a position or a parent area', () => {
    const problems: string[] = [];
    for (const e of gazetteer.entries) {
      const ref = parseRef(e.t);
      if (typeof e.n[0] !== 'string' || e.n[0] === '') problems.push(`${e.t}: no name`);
      if (!KINDS.includes(e.k)) problems.push(`${e.t}: kind ${e.k}`);
      const feature = features.get(e.t);
      // A source: the feature's own, or the cited entry of sources/gazetteer.json that made it.
      const cited = sources.entries.some((c) => c.target === e.t && typeof c.source === 'string' && c.names.some((n) => e.n.includes(n)));
      const own = feature?.props.source;
      const namesake = e.z === 1 && e.t === `admin1/${e.d ?? ''}`; // villages of one name in one district: their sources are the villages'
      if (!cited && !(typeof own === 'string' && own !== '') && !namesake) problems.push(`${e.t} (${e.n[0] ?? ''}): no source`);
      // A position: its own point, the feature's geometry, a whole layer, or the district it lies in.
      if (e.p === undefined && feature === undefined && ref?.id !== null && e.d === undefined) problems.push(`${e.t}: no position and no district`);
      if (e.z === 1 && e.t !== `admin1/${e.d ?? ''}`) problems.push(`${e.t} (${e.n[0] ?? ''}): has no position but does not link to its district`);
    }
    expect(problems).toEqual([]);
  });

  test('every target is a layer or a feature of geodata/', () => {
    const missing = gazetteer.entries.filter((e) => {
      const ref = parseRef(e.t);
      return !ref || !isLayerId(ref.layer) || (ref.id !== null && !features.has(e.t));
    });
    expect(missing.map((e) => e.t)).toEqual([]);
  });

  test('no two entries share all their names without a rule to choose between them', () => {
    // The rules (src/story/link/resolve.ts): kind, dates, district and size. Entries alike in all
    // four, with the same names, would be a coin toss.
    const key = (e: EntryRecord): string => [...new Set(e.n.map(fold))].sort().join('|');
    const groups = new Map<string, EntryRecord[]>();
    for (const e of gazetteer.entries) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
    const undecided: string[] = [];
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i];
          const b = group[j];
          if (!a || !b || a.t === b.t) continue;
          const rule = a.k !== b.k || (a.f ?? '') !== (b.f ?? '') || (a.u ?? '') !== (b.u ?? '') || (a.d ?? '') !== (b.d ?? '') || (a.r ?? 0) !== (b.r ?? 0);
          if (!rule) undecided.push(`${a.t} and ${b.t}: ${a.n[0] ?? ''}`);
        }
      }
    }
    expect(undecided).toEqual([]);
  });

  test('names whose meaning changed with the date have ranges that do not overlap', () => {
    const dated = gazetteer.entries.filter((e) => e.f !== undefined || e.u !== undefined);
    for (const a of dated) {
      for (const b of dated) {
        if (a === b || a.k !== b.k || !a.n.some((n) => b.n.includes(n))) continue;
        const overlap = (a.f ?? '') < (b.u ?? '9999') && (b.f ?? '') < (a.u ?? '9999');
        expect(overlap, `${a.t} and ${b.t}`).toBe(false);
      }
    }
  });

  test('contested places carry both names: Shushi and Shusha, Stepanakert and Khankendi, Berdzor and Lachin', () => {
    const names = (t: string): string[] => gazetteer.entries.filter((e) => e.t === t).flatMap((e) => e.n.map(fold));
    expect(names('places/shusha')).toEqual(expect.arrayContaining(['shusha', 'shushi', 'шуша']));
    expect(names('places/stepanakert')).toEqual(expect.arrayContaining(['stepanakert', 'khankendi']));
    expect(names('places/lachin')).toEqual(expect.arrayContaining(['lachin', 'berdzor']));
    expect(names('places/kalbajar')).toEqual(expect.arrayContaining(['kalbajar', 'karvachar', 'kelbajar']));
    expect(names('places/martakert')).toEqual(expect.arrayContaining(['martakert', 'aghdara']));
    expect(names('places/nakhchivan')).toEqual(expect.arrayContaining(['nakhchivan', 'nakhichevan']));
  });
});
