import { describe, expect, it } from 'vitest';
import { logTicks, scaleChart } from '../../../bench/lib/chart.ts';
import { regionTowns, repeatTo, type City } from '../../../bench/lib/scale-data.ts';
import { categoryOf, originFinder, summarizeProfile, type CpuProfile } from '../../../bench/lib/profile.ts';
import { staticArticleHtml } from '../../../bench/lib/static-article.ts';

const city = (cityId: number, lon: number, lat: number): City => ({ cityId, name: `c${cityId}`, population: 1000 + cityId, loc: { coordinates: [lon, lat] } });

describe('scale data', () => {
  it('regionTowns keeps the towns inside the box, by GeoNames id, as city places', () => {
    const towns = regionTowns([city(3, 44.5, 40.2), city(1, 49.9, 40.4), city(2, 10, 50)]);
    expect(towns.map((t) => t.id)).toEqual(['geonames-1', 'geonames-3']);
    expect(towns[0]?.properties).toMatchObject({ place_type: 'city', name: 'c1' });
    expect(towns[0]?.geometry.coordinates).toEqual([49.9, 40.4]);
  });

  it('repeatTo(real, n) uses the real features in turn, copies with new ids at the same positions', () => {
    const towns = regionTowns([city(1, 44, 40), city(2, 45, 41)]);
    const fc = repeatTo(towns, 5);
    expect(fc.features.map((f) => String(f.properties?.id))).toEqual(['geonames-1', 'geonames-2', 'geonames-1~1', 'geonames-2~1', 'geonames-1~2']);
    expect(new Set(fc.features.map((f) => JSON.stringify(f.geometry))).size).toBe(2);
    expect(() => repeatTo([], 3)).toThrow(/no real features/);
  });
});

describe('scale chart', () => {
  it('logTicks gives 1-2-5 steps', () => {
    expect(logTicks(100, 10_000)).toEqual([100, 200, 500, 1000, 2000, 5000, 10_000]);
  });

  it('scaleChart draws one path per series with a point per measured N, escaping names, no script', () => {
    const svg = scaleChart(
      [
        {
          title: 'T <1>',
          unit: 'ms',
          series: [
            {
              name: 'a&b',
              colour: '#000',
              points: [
                [1000, 10],
                [5000, 100],
                [20000, null],
              ],
            },
            {
              name: 'c',
              colour: '#111',
              points: [
                [1000, 20],
                [5000, 30],
                [20000, 40],
              ],
            },
          ],
        },
      ],
      'caption',
    );
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(5);
    expect(svg).toContain('a&amp;b');
    expect(svg).toContain('T &lt;1&gt;');
    expect(svg).not.toMatch(/<script|href=/);
  });
});

describe('profile', () => {
  it('summarizeProfile charges each sample’s time to the node it hit, by function and category', () => {
    const profile: CpuProfile = {
      startTime: 0,
      endTime: 1000,
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 } },
        { id: 2, callFrame: { functionName: 'layout', url: 'http://x/assets/index.js', lineNumber: 0, columnNumber: 10 } },
        { id: 3, callFrame: { functionName: 'render', url: 'http://x/assets/index.js', lineNumber: 0, columnNumber: 50 } },
        { id: 4, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1, columnNumber: -1 } },
      ],
      samples: [2, 2, 3, 4, 2],
      timeDeltas: [0, 1000, 1000, 2000, 1000],
    };
    const locate = (_url: string, _line: number, column: number) =>
      column < 40 ? { source: 'maplibre-gl/src/symbol/layout.ts', name: 'performSymbolLayout' } : { source: '../src/views/x.ts', name: null };
    const s = summarizeProfile(profile, locate);
    // Sample i lasts until sample i+1: 2 → 1 ms, 2 → 1 ms, 3 → 2 ms, 4 → 1 ms, the last 0.
    expect(s.total_ms).toBeCloseTo(5);
    expect(s.categories.map((c) => [c.name, c.ms])).toEqual([
      ['maplibre-gl (src/symbol)', 2],
      ['app (src/views)', 2],
      ['(garbage collector)', 1],
    ]);
    expect(s.functions.map((f) => f.name)).toContain('performSymbolLayout maplibre-gl/src/symbol/layout.ts');
    expect(s.functions.map((f) => f.name)).toContain('render src/views/x.ts');
  });

  it('categoryOf names engine entries, packages and src folders', () => {
    const f = (functionName: string, url = 'http://x/a.js') => ({ functionName, url, lineNumber: 0, columnNumber: 0 });
    expect(categoryOf(f('(program)', ''), null)).toBe('(program)');
    expect(categoryOf(f('x'), '../node_modules/@turf/area/index.js')).toBe('@turf/area');
    expect(categoryOf(f('x'), '../src/map/style.ts')).toBe('app (src/map)');
    expect(categoryOf(f('x', ''), null)).toBe('browser / other');
  });

  it('originFinder finds the source, position and name of the last segment at or before a column', () => {
    // One line: column 0 from a.ts 0:0 named f, column 5 from b.ts 2:3 (no name).
    const find = originFinder({ sources: ['a.ts', 'b.ts'], names: ['f'], mappings: 'AAAAA,KCEG' });
    expect(find(0, 3)).toEqual({ source: 'a.ts', line: 0, column: 0, name: 'f' });
    expect(find(0, 7)).toEqual({ source: 'b.ts', line: 2, column: 3, name: null });
    expect(find(4, 0)).toBeNull();
  });
});

describe('static article page', () => {
  it("staticArticleHtml holds the build's article and stylesheets and no script", () => {
    const index = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script type="module" src="./assets/a.js"></script><link rel="stylesheet" href="./assets/a.css"></head><body><article id="article" class="article"><p id="p1">Text</p></article><script>x</script></body></html>`;
    const html = staticArticleHtml(index);
    expect(html).toContain('<article id="article" class="article"><p id="p1">Text</p></article>');
    expect(html).toContain('<link rel="stylesheet" href="./assets/a.css">');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toContain('<script');
    expect(() => staticArticleHtml('<article id="article"><p class="article__loading">Loading</p></article>')).toThrow(/no prerendered article/);
  });
});
