import { describe, expect, it } from 'vitest';
import { LAYER_IDS, OVERLAY_LAYER_IDS } from '../../../src/core/contract.ts';
import { dayNumber, FIRST_DATE, isoOfDay, LAST_DATE } from '../../../src/core/dates.ts';
import { DEFAULT_VISIBLE_LAYERS } from '../../../src/data/layers.ts';
import { defaultState, formatState, parseState, roundView } from '../../../src/state/hash.ts';
import type { AppState, View } from '../../../src/state/state.ts';

describe('parseState', () => {
  it("parseState('') gives the default state", () => {
    expect(parseState('')).toEqual({ view: null, layers: [...DEFAULT_VISIBLE_LAYERS], sel: null, p: null, t: '2022-09-13' });
  });

  it("parseState('#map=9/39.82/46.75&layers=countries,held-1994&sel=places/shusha&p=3') reads every key", () => {
    expect(parseState('#map=9/39.82/46.75&layers=countries,held-1994&sel=places/shusha&p=3')).toEqual({
      view: { zoom: 9, lat: 39.82, lng: 46.75, bearing: 0, pitch: 0 },
      layers: ['countries', 'held-1994'],
      sel: { layer: 'places', id: 'shusha' },
      p: 3,
      t: '2022-09-13',
    });
  });

  it("parseState('#t=1995-01-01') reads the date", () => {
    expect(parseState('#t=1995-01-01').t).toBe('1995-01-01');
  });

  it.each(['1923-01-01', '2024-12-31', '2020-02-29', '1991-11-26', LAST_DATE])('parseState(#t=%s) accepts a date in range', (t) => {
    expect(parseState(`#t=${t}`).t).toBe(t);
  });

  it.each([isoOfDay(dayNumber(LAST_DATE) + 1), '2999-01-01'])('parseState(#t=%s), a date after today, falls back to today', (t) => {
    expect(parseState(`#t=${t}`).t).toBe(LAST_DATE);
  });

  it('parseState(#t=1922-12-31), before the timeline, keeps the story’s date', () => {
    expect(parseState('#t=1922-12-31').t).toBe('2022-09-13');
  });

  it.each([
    ['#map=0/39.82/46.75', 1],
    ['#map=0.5/39.82/46.75', 1],
    ['#map=20/39.82/46.75', 14],
    ['#map=22/39.82/46.75', 14],
  ])('parseState(%j) keeps the zoom within the map’s range (%d)', (hash, zoom) => {
    expect(parseState(hash).view).toEqual({ zoom, lat: 39.82, lng: 46.75, bearing: 0, pitch: 0 });
  });

  it("parseState('#map=5/-0/-0.0/0/-0') reads no -0, which the link would write as 0", () => {
    const view = parseState('#map=5/-0/-0.0/0/-0').view;
    expect([view?.lat, view?.lng, view?.pitch].map((n) => Object.is(n, -0))).toEqual([false, false, false]);
  });

  it('parseState reads bearing and pitch when given', () => {
    expect(parseState('#map=7.5/40.1/45.2/-30/45').view).toEqual({ zoom: 7.5, lat: 40.1, lng: 45.2, bearing: -30, pitch: 45 });
  });

  it("parseState('#map=9/39.82/46.75/39.8/47') keeps the bearing exactly as written", () => {
    expect(parseState('#map=9/39.82/46.75/39.8/47').view?.bearing).toBe(39.8);
  });

  it("parseState('#map=9/39.82/46.75/200/0') wraps the bearing into (-180, 180]", () => {
    expect(parseState('#map=9/39.82/46.75/200/0').view?.bearing).toBe(-160);
  });

  it('parseState orders layers by drawing order and drops repeats', () => {
    expect(parseState('#layers=places,countries,places').layers).toEqual(['countries', 'places']);
  });

  it("parseState('#layers=') means no overlay layers", () => {
    expect(parseState('#layers=').layers).toEqual([]);
  });

  it('parseState accepts a whole-layer selection', () => {
    expect(parseState('#sel=regained-2020').sel).toEqual({ layer: 'regained-2020', id: null });
  });

  it('parseState decodes percent-encoded values', () => {
    expect(parseState('#sel=places%2Fshusha').sel).toEqual({ layer: 'places', id: 'shusha' });
  });

  // Each malformed value falls back to its own default; the other keys still apply.
  const malformed: [string, Partial<AppState>][] = [
    ['#map=abc', { view: null }],
    ['#map=9/39.82', { view: null }],
    ['#map=9/39.82/46.75/0', { view: null }],
    ['#map=9/39.82/46.75/0/0/0', { view: null }],
    ['#map=99/39.82/46.75', { view: null }],
    ['#map=-1/39.82/46.75', { view: null }],
    ['#map=9/91/46.75', { view: null }],
    ['#map=9/39.82/181', { view: null }],
    ['#map=9/NaN/46.75', { view: null }],
    ['#map=9/Infinity/46.75', { view: null }],
    ['#map=9/1e3/46.75', { view: null }],
    ['#map=9//46.75', { view: null }],
    ['#map=9/39.82/46.75/0/90', { view: null }],
    ['#map=', { view: null }],
    ['#layers=nonsense', { layers: [...DEFAULT_VISIBLE_LAYERS] }],
    ['#layers=nonsense,held-1994', { layers: ['held-1994'] }],
    ['#layers=land,water', { layers: [...DEFAULT_VISIBLE_LAYERS] }],
    ['#layers=%E0%A4%A', { layers: [...DEFAULT_VISIBLE_LAYERS] }],
    ['#layers=%u003Cscript%u003E', { layers: [...DEFAULT_VISIBLE_LAYERS] }],
    ['#sel=atlantis/x', { sel: null }],
    ['#sel=places/', { sel: null }],
    ['#sel=places/<img src=x onerror=alert(1)>', { sel: null }],
    ['#sel=', { sel: null }],
    ['#sel=%E0%A4%A', { sel: null }],
    ['#p=0', { p: null }],
    ['#p=-3', { p: null }],
    ['#p=2.5', { p: null }],
    ['#p=abc', { p: null }],
    ['#p=99999', { p: null }],
    ['#p', { p: null }],
    ['#&&&=&', {}],
    ['#%', {}],
    ['##map=9/39.82/46.75', {}],
    ['#map=9/39.82/46.75&map=garbage', { view: { zoom: 9, lat: 39.82, lng: 46.75, bearing: 0, pitch: 0 } }],
    ['#t=garbage', { t: '2022-09-13' }],
    ['#t=', { t: '2022-09-13' }],
    ['#t', { t: '2022-09-13' }],
    ['#t=2021-02-29', { t: '2022-09-13' }],
    ['#t=2022-13-01', { t: '2022-09-13' }],
    ['#t=2022-04-31', { t: '2022-09-13' }],
    ['#t=1922-12-31', { t: '2022-09-13' }],
    ['#t=3000-02-29', { t: '2022-09-13' }],
    ['#t=2022-9-13', { t: '2022-09-13' }],
    ['#t=20220913', { t: '2022-09-13' }],
    ['#t=2022-09-13T00:00', { t: '2022-09-13' }],
    ['#t=%E0%A4%A', { t: '2022-09-13' }],
    ['#t=1995-01-01&t=garbage', { t: '1995-01-01' }],
  ];
  it.each(malformed)('parseState(%j) falls back to defaults without throwing', (hash, expected) => {
    const state = parseState(hash);
    expect(state).toEqual({ ...defaultState(), ...expected });
  });

  it('parseState gives a valid state for random input', () => {
    // Items of real and broken links, so that many inputs set some keys and most set others badly.
    const keys = ['map', 'layers', 'sel', 'p', 't', 'x', '', 'ma', '#map', '&'];
    const values = [
      ...Array.from('#&=/,.%-0123456789abc'),
      '9/39.82/46.75',
      '/-30/45',
      '/400/90',
      'held-1994',
      ',places',
      'countries',
      'places/shusha',
      '/shusha',
      '2020-11-10',
      '3',
      '1e3',
      '-',
    ];
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = (list: readonly string[]): string => list[Math.floor(rand() * list.length)] ?? '';
    const item = (): string => `${pick(keys)}=${Array.from({ length: Math.floor(rand() * 3) }, () => pick(values)).join('')}`;
    const set = { view: 0, layers: 0, sel: 0, p: 0, t: 0 };
    const fallback = defaultState();
    for (let i = 0; i < 2000; i++) {
      const hash = `#${Array.from({ length: Math.floor(rand() * 6) }, item).join('&')}`;
      const state = parseState(hash);
      expectValidState(state, hash);
      if (state.view) set.view++;
      if (state.layers.join() !== fallback.layers.join()) set.layers++;
      if (state.sel) set.sel++;
      if (state.p !== null) set.p++;
      if (state.t !== fallback.t) set.t++;
    }
    // The inputs reach every key, so the checks above saw more than the defaults.
    for (const [key, count] of Object.entries(set)) expect(count, key).toBeGreaterThan(0);
  });
});

/** What any parsed state must be, whatever the link: each key in its range, and the same after format then parse. */
function expectValidState(state: AppState, hash: string): void {
  const { view, layers, sel, p, t } = state;
  if (view) {
    const { zoom, lat, lng, bearing, pitch } = view;
    expect(zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85.0511 && Math.abs(lng) <= 180, `view of ${hash}`).toBe(true);
    expect(bearing > -180 && bearing <= 180 && pitch >= 0 && pitch <= 85, `bearing and pitch of ${hash}`).toBe(true);
  }
  expect(layers, `layers of ${hash}`).toEqual(OVERLAY_LAYER_IDS.filter((id) => layers.includes(id)));
  if (sel) {
    expect(LAYER_IDS, `sel of ${hash}`).toContain(sel.layer);
    if (sel.id !== null) expect(sel.id, `sel of ${hash}`).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
  }
  if (p !== null) expect(Number.isInteger(p) && p >= 1, `p of ${hash}`).toBe(true);
  expect(t >= FIRST_DATE && t <= LAST_DATE && /^\d{4}-\d{2}-\d{2}$/.test(t), `t of ${hash}`).toBe(true);
  // The link rounds the view (roundView); everything else comes back as it was.
  expect(parseState(formatState(state)), `round trip of ${hash}`).toEqual({ ...state, view: view && roundView(view) });
}

describe('parseState: cmp and embed', () => {
  it("parseState('#t=2022-09-13&cmp=1994-05-12') reads the date to compare with", () => {
    const state = parseState('#t=2022-09-13&cmp=1994-05-12');
    expect(state.t).toBe('2022-09-13');
    expect(state.cmp).toBe('1994-05-12');
  });

  it.each(['1994-13-01', '1922-12-31', '2021-02-29', '', 'yesterday', '1994-05-12T00:00'])(
    'parseState(#cmp=%s) drops a date that is not on the timeline',
    (cmp) => {
      expect(parseState(`#cmp=${cmp}`).cmp).toBeUndefined();
    },
  );

  it('parseState(#cmp=<a later date>) compares with today, as `t` does', () => {
    expect(parseState('#cmp=2999-01-01').cmp).toBe(LAST_DATE);
  });

  it("parseState('#embed=1') is an embed; any other value is not", () => {
    expect(parseState('#embed=1').embed).toBe(true);
    for (const v of ['0', 'true', '', '01']) expect(parseState(`#embed=${v}`).embed).toBeUndefined();
  });

  it('parseState without cmp or embed names them, undefined, so a restored link leaves compare and embed', () => {
    const state = parseState('#t=2022-09-13');
    expect('cmp' in state && 'embed' in state).toBe(true);
    expect({ ...{ cmp: '1994-05-12', embed: true }, ...state }).toMatchObject({ cmp: undefined, embed: undefined });
  });

  it('formatState writes cmp after the story keys, and embed=1 only when embedded', () => {
    const base: AppState = { view: null, layers: ['countries'], sel: null, p: null, t: '2022-09-13' };
    expect(formatState({ ...base, cmp: '1994-05-12' })).toBe('#layers=countries&t=2022-09-13&cmp=1994-05-12');
    expect(formatState({ ...base, embed: true })).toBe('#layers=countries&t=2022-09-13&embed=1');
    expect(formatState({ ...base, embed: undefined }, '#embed=1&x=2')).toBe('#layers=countries&t=2022-09-13&x=2');
  });
});

describe('formatState', () => {
  const view: View = { zoom: 9, lat: 39.82, lng: 46.75, bearing: 0, pitch: 0 };
  const state: AppState = {
    view,
    layers: ['countries', 'nagorno-karabakh'],
    sel: { layer: 'nagorno-karabakh', id: 'nkao' },
    p: 3,
    t: '1988-02-20',
  };

  it('formatState writes the named-hash form', () => {
    expect(formatState(state)).toBe('#map=9/39.82/46.75&layers=countries,nagorno-karabakh&sel=nagorno-karabakh/nkao&p=3&t=1988-02-20');
  });

  it('formatState writes bearing and pitch only when not zero', () => {
    expect(formatState({ ...state, view: { ...view, bearing: 12.34, pitch: 30 } })).toContain('map=9/39.82/46.75/12.3/30');
  });

  it('formatState leaves out map, sel and p when unset, but always writes layers and the date', () => {
    expect(formatState({ view: null, layers: [], sel: null, p: null, t: '2022-09-13' })).toBe('#layers=&t=2022-09-13');
  });

  it('formatState keeps keys it does not own, and writes its own date over the old one', () => {
    expect(formatState(state, '#t=2020-11-21&map=1/2/3&x')).toBe(
      '#map=9/39.82/46.75&layers=countries,nagorno-karabakh&sel=nagorno-karabakh/nkao&p=3&t=1988-02-20&x',
    );
  });

  it('formatState rounds the centre to the precision the zoom needs', () => {
    const hash = formatState({ ...state, view: { zoom: 9.123456, lat: 39.8212345678, lng: 46.7512345678, bearing: 0, pitch: 0 } });
    expect(hash).toContain('map=9.12/39.8212/46.7512');
  });
});

describe('round trip', () => {
  const hashes = [
    '#map=9/39.82/46.75&layers=countries,nagorno-karabakh&sel=nagorno-karabakh/nkao&p=3&t=2022-09-13',
    '#map=5.5/40.6/47/-20/30&layers=&t=1923-07-07',
    '#layers=countries,admin1,held-1994,places&sel=regained-2020&t=2024-12-31&x=1',
    '#map=2.1/30.2/-10.4&layers=places&sel=places/new-york&p=15&t=2022-09-13',
    '#layers=countries,held-1994&t=2022-09-13&cmp=1994-05-12&embed=1',
  ];
  it.each(hashes)('formatState(parseState(%j)) gives the same hash', (hash) => {
    expect(formatState(parseState(hash), hash)).toBe(hash);
  });

  it('a link at the edge of the map, #map=1/85.0511/180, is written so that it reads back', () => {
    const hash = formatState(parseState('#map=1/85.0511/180'));
    expect(parseState(hash).view).toEqual({ zoom: 1, lat: 85.0511, lng: 180, bearing: 0, pitch: 0 });
  });

  it.each([
    ['#map=5/40/46/-179.96/10', '180'],
    ['#map=5/40/46/-179.9/10', '-179.9'],
    ['#map=5/40/46/359.97/10', '0'],
  ])('the bearing of %j is written %s, and the link it gives is stable', (hash, bearing) => {
    const once = formatState(parseState(hash));
    expect(once.split('&')[0]?.split('/')[3] ?? '0').toBe(bearing);
    expect(formatState(parseState(once))).toBe(once);
    expect(parseState(once).view?.bearing).toBe(Number(bearing));
  });

  it('parseState(formatState(state)) gives the same state', () => {
    const state: AppState = {
      view: roundView({ zoom: 6.789, lat: 40.123456, lng: 46.987654, bearing: 15, pitch: 10 }),
      layers: ['admin1', 'held-1994', 'clashes-2022'],
      sel: { layer: 'clashes-2022', id: 'jermuk' },
      p: 11,
      t: '2020-11-21',
    };
    expect(parseState(formatState(state))).toEqual(state);
  });
});
