import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_SOURCE, Highlighter, type FeatureRef } from '../../../src/map/highlight.ts';
import { FakeMap } from './fake-map.ts';

const point = (x: number): Geometry => ({ type: 'Point', coordinates: [x, 40] });

/** A map, a highlighter, and the geometries it looks up: fresh for each test, so a test may add to them. */
function setUp(): { map: FakeMap; lit: Highlighter; geometries: Record<string, Geometry> } {
  const geometries: Record<string, Geometry> = { 'places/goris': point(46.3), 'places/kapan': point(46.4), 'clashes-2022/jermuk': point(45.7) };
  const lookup = (ref: FeatureRef): Geometry | null => geometries[`${ref.source}/${ref.id}`] ?? null;
  const map = new FakeMap();
  map.addSources('places', 'clashes-2022', HIGHLIGHT_SOURCE);
  return { map, lit: new Highlighter(map.asMap(), lookup), geometries };
}

describe('Highlighter', () => {
  it('draws the selected features, then the hovered ones, each once', () => {
    const { lit } = setUp();
    lit.set('hover', [
      { source: 'places', id: 'goris' },
      { source: 'places', id: 'kapan' },
    ]);
    lit.set('selected', [{ source: 'places', id: 'kapan' }]);
    const kinds = lit.collection().features.map((f) => `${String(f.properties?.kind)} ${String(f.properties?.id)}`);
    expect(kinds).toEqual(['selected kapan', 'hover goris']);
  });

  it('replaces the previous set of a kind, clearing its feature-state', () => {
    const { map, lit } = setUp();
    lit.set('selected', [{ source: 'places', id: 'goris' }]);
    lit.set('selected', [{ source: 'clashes-2022', id: 'jermuk' }]);
    expect(map.featureState).toEqual([
      { source: 'places', id: 'goris', state: { selected: true } },
      { source: 'places', id: 'goris', state: { selected: false } },
      { source: 'clashes-2022', id: 'jermuk', state: { selected: true } },
    ]);
    expect(lit.collection().features.map((f): unknown => f.properties?.id)).toEqual(['jermuk']);
  });

  it('sends the highlight source new data only when what is lit changes', () => {
    const { map, lit } = setUp();
    lit.set('hover', [{ source: 'places', id: 'goris' }]);
    lit.set('hover', [{ source: 'places', id: 'goris' }]);
    lit.set('hover', []);
    expect(map.setData.filter((d) => d.source === HIGHLIGHT_SOURCE)).toHaveLength(2);
  });

  it('leaves out what has no geometry yet, and draws it once its layer is refreshed', () => {
    const { lit, geometries } = setUp();
    lit.set('selected', [{ source: 'places', id: 'sotk' }]);
    expect(lit.collection().features).toEqual([]);
    geometries['places/sotk'] = point(45.9);
    lit.refresh('places');
    expect(lit.collection().features.map((f): unknown => f.properties?.id)).toEqual(['sotk']);
  });
});
