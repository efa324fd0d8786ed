import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectionSentence } from '../../../src/app/appliers/announce.ts';
import { popupItemFor } from '../../../src/app/appliers/popup-item.ts';
import { TWIN_LIMIT, twinModel } from '../../../src/app/appliers/twin-model.ts';
import type { LayerId, OverlayLayerId } from '../../../src/core/contract.ts';
import { prepareLayer, type PreparedLayer } from '../../../src/data/prepare.ts';
import type { BBox } from '../../../src/core/geometry.ts';
import type { PopupItem } from '../../../src/views/popup-content.ts';

const load = (layer: LayerId): PreparedLayer =>
  prepareLayer(layer, JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../geodata/${layer}.geojson`), 'utf8')) as unknown);
const data = new Map<LayerId, PreparedLayer>((['places', 'villages', 'regained-2020', 'held-1994', 'nagorno-karabakh'] as const).map((l) => [l, load(l)]));
const geodata = { ready: (layer: LayerId) => data.get(layer) ?? null };
// #map=9/39.82/46.75 at 880×670 px, about.
const VIEW: BBox = [46.36, 39.59, 47.14, 40.05];
const LAYERS: OverlayLayerId[] = ['nagorno-karabakh', 'held-1994', 'regained-2020', 'places'];
const refs = (t: string, layers = LAYERS): string[] =>
  twinModel({ bounds: VIEW, centre: [46.75, 39.82], t, layers, geodata, index: null }).groups.flatMap((g) => g.entries.map((e) => `${e.layer}/${e.id}`));

describe('twinModel', () => {
  it('twinModel at the article’s date lists Stepanakert, Shusha and the 2020 areas in view, not the 1994 area', () => {
    const listed = refs('2022-09-13');
    expect(listed).toEqual(expect.arrayContaining(['places/stepanakert', 'places/shusha', 'regained-2020/shusha', 'regained-2020/hadrut']));
    expect(listed).not.toContain('held-1994/held-1994');
    expect(listed).not.toContain('places/yerevan'); // out of view
  });

  it('twinModel on 1 Jan 1995 lists the area held in 1994 and none of the 2020 areas', () => {
    const listed = refs('1995-01-01');
    expect(listed).toContain('held-1994/held-1994');
    expect(listed.filter((r) => r.startsWith('regained-2020/'))).toEqual([]);
  });

  it('twinModel mid-war lists the areas taken by then and not those taken later', () => {
    const listed = refs('2020-10-20');
    expect(listed).toContain('regained-2020/hadrut'); // taken 9 Oct 2020
    expect(listed).not.toContain('regained-2020/shusha'); // taken 8 Nov 2020
    expect(listed).toContain('held-1994/held-1994');
  });

  it('twinModel leaves out hidden layers, and its summary names the region, date, layers and counts', () => {
    const model = twinModel({ bounds: VIEW, centre: [46.75, 39.82], t: '2022-09-13', layers: ['nagorno-karabakh', 'places'], geodata, index: null });
    // In the layer panel's order.
    expect(model.groups.map((g) => g.layer)).toEqual(['places', 'nagorno-karabakh']);
    const places = model.groups[0]?.entries.length ?? 0;
    expect(places).toBeGreaterThan(10);
    expect(model.summary).toBe(`Nagorno-Karabakh and surroundings on 13 September 2022. Shown: 2 layers. ${String(places)} places and 1 area or line in view.`);
  });

  it('twinModel cuts a layer of hundreds in view to TWIN_LIMIT, the nearest the centre, and counts the rest', () => {
    const wide: BBox = [44.5, 38.8, 47.6, 41.0];
    const centre: [number, number] = [46.75, 39.82];
    const model = twinModel({ bounds: wide, centre, t: '2022-09-13', layers: ['villages'], geodata, index: null });
    const group = model.groups[0];
    if (!group) throw new Error('no villages group');
    expect(group.entries).toHaveLength(TWIN_LIMIT);
    expect(group.more).toBeGreaterThan(200);
    // The summary counts every village in view, not only those listed.
    expect(model.summary).toMatch(new RegExp(` ${String(TWIN_LIMIT + group.more)} places and 0 areas or lines in view\\.$`));
    // Every listed one is nearer the centre than every one left out.
    const villages = data.get('villages');
    const far = (id: string): number => {
      const g = villages?.features.get(id)?.geometry;
      const [x, y] = g && g.type === 'Point' ? g.coordinates : [Number.NaN, Number.NaN];
      return Math.hypot(((x ?? 0) - centre[0]) * Math.cos((centre[1] * Math.PI) / 180), (y ?? 0) - centre[1]);
    };
    const listed = new Set(group.entries.map((e) => e.id));
    const maxListed = Math.max(...group.entries.map((e) => far(e.id)));
    let outside = 0;
    for (const f of villages?.features.values() ?? []) {
      if (listed.has(f.properties.id) || f.geometry.type !== 'Point') continue;
      const [x = 0, y = 0] = f.geometry.coordinates;
      if (x < wide[0] || x > wide[2] || y < wide[1] || y > wide[3]) continue;
      outside++;
      expect(far(f.properties.id)).toBeGreaterThanOrEqual(maxListed);
    }
    expect(outside).toBe(group.more);
  });

  it('twinModel entries carry names with lang, kind, and the popup’s facts', () => {
    const model = twinModel({ bounds: VIEW, centre: [46.75, 39.82], t: '2022-09-13', layers: ['regained-2020'], geodata, index: null });
    const shusha = model.groups[0]?.entries.find((e) => e.id === 'shusha');
    expect(shusha?.names).toContainEqual({ label: 'Armenian', value: 'Շուշի', lang: 'hy' });
    expect(shusha?.kind).toBe('Taken by Azerbaijan in the 2020 war');
    expect(shusha?.facts).toContain('Area: 444 km²');
  });
});

const item = (layer: LayerId, id: string): PopupItem => {
  const found = popupItemFor(geodata, null, layer, id);
  if (!found) throw new Error(`${layer}/${id} is missing`);
  return found;
};

describe('selectionSentence', () => {
  it('selectionSentence for the town of Shusha names it, its kind and the day its area was taken', () => {
    expect(selectionSentence(item('places', 'shusha'), { name: 'Shusha', on: '2020-11-08', how: 'military' }, 'article')).toBe(
      'Shusha: town. Taken by Azerbaijan on 8 November 2020, with the area of Shusha. Not mentioned in the article.',
    );
  });

  it('selectionSentence for a 2020 area gives its own date, and handed-over areas say so', () => {
    expect(selectionSentence(item('regained-2020', 'shusha'), null, 'report')).toBe(
      'Shusha: taken by Azerbaijan in the 2020 war. Taken by Azerbaijan on 8 November 2020. Not mentioned in the report.',
    );
    expect(selectionSentence(item('regained-2020', 'kalbajar'), null, 'article')).toMatch(
      /^Kalbajar district: handed over .*\. Handed over to Azerbaijan on 25 November 2020\./,
    );
  });
});
