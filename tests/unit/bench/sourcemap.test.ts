import { describe, expect, it } from 'vitest';
import { appOwnerOf, decodeMappings, decodeVlq, piecesBySource, sourceGroup, splitChunk } from '../../../bench/lib/sourcemap.ts';

describe('decodeVlq', () => {
  it("decodeVlq('AAgBC') reads small, multi-digit and positive values", () => {
    expect(decodeVlq('AAgBC')).toEqual([0, 0, 16, 1]);
  });

  it('decodeVlq reads negative values', () => {
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('hB')).toEqual([-16]);
  });

  it('decodeVlq rejects a character outside base64', () => {
    expect(() => decodeVlq('A!')).toThrow(/bad base64/);
  });

  it('decodeVlq rejects a segment that ends mid-number', () => {
    expect(() => decodeVlq('g')).toThrow(/truncated/);
  });
});

describe('decodeMappings', () => {
  it('decodeMappings makes columns relative per line and sources relative across lines', () => {
    // line 0: col 0 → source 0, col 5 → source 1; line 1: col 2 → source 1, col 4 unmapped.
    expect(decodeMappings('AAAA,KCAA;EAAA,E')).toEqual([
      [
        { column: 0, source: 0 },
        { column: 5, source: 1 },
      ],
      [
        { column: 2, source: 1 },
        { column: 4, source: -1 },
      ],
    ]);
  });
});

describe('piecesBySource', () => {
  const map = { sources: ['app.ts', 'node_modules/maplibre-gl/dist/maplibre-gl.mjs'], mappings: 'AAAA,KCAA;EAAA,E' };

  it('piecesBySource cuts each line at its segments', () => {
    const pieces = piecesBySource('aaaaammmmm\nmmmmxx', map);
    expect(pieces.get('app.ts')).toEqual(['aaaaa']);
    expect(pieces.get('node_modules/maplibre-gl/dist/maplibre-gl.mjs')?.join('')).toBe('mmmmm\nmmmm');
    expect(pieces.get('')).toEqual(['xx']);
  });

  it('piecesBySource gives an unmapped line start to the source the previous line ended in', () => {
    // A shader in a template string: line 1 has no segment at all.
    const shaderMap = { sources: ['a.ts', 'maplibre.mjs'], mappings: 'AAAA,ECAA;;AAAA' };
    const pieces = piecesBySource('aa`vec\nfloat x;\n`', shaderMap);
    expect(pieces.get('maplibre.mjs')?.join('')).toBe('`vec\nfloat x;\n`');
    expect(pieces.get('a.ts')).toEqual(['aa']);
  });
});

describe('splitChunk', () => {
  it('splitChunk separates own code, maplibre-gl and inlined geodata, and counts bytes per source', () => {
    const map = {
      sources: ['../../src/main.ts', '../../node_modules/maplibre-gl/dist/maplibre-gl.mjs', '../../geodata/nagorno-karabakh.geojson?url'],
      mappings: 'AAAA,KCAA,KCAA',
    };
    const { text, bySource } = splitChunk('main;libr;"d:é"', map, appOwnerOf);
    expect(text).toEqual({ own: 'main;', foreign: 'libr;', 'inlined-data': '"d:é"' });
    expect(bySource.get('../../geodata/nagorno-karabakh.geojson?url')).toBe(6); // é is 2 bytes in UTF-8
  });
});

describe('appOwnerOf', () => {
  it('appOwnerOf calls maplibre-gl foreign but not other @maplibre packages', () => {
    expect(appOwnerOf('../../../../node_modules/maplibre-gl/dist/maplibre-gl.mjs')).toBe('foreign');
    expect(appOwnerOf('../../node_modules/@maplibre/maplibre-gl-style-spec/dist/index.mjs')).toBe('own');
    expect(appOwnerOf('../../node_modules/@turf/area/dist/esm/index.js')).toBe('own');
  });

  it('appOwnerOf calls geodata inlined by Vite data, and app sources own', () => {
    expect(appOwnerOf('../../../../geodata/nagorno-karabakh.geojson?url')).toBe('inlined-data');
    expect(appOwnerOf('../../../../src/map/style.ts')).toBe('own');
  });
});

describe('sourceGroup', () => {
  it("sourceGroup('…/node_modules/@turf/area/…') is the package name", () => {
    expect(sourceGroup('../../node_modules/@turf/area/dist/esm/index.js')).toBe('@turf/area');
    expect(sourceGroup('../../node_modules/kdbush/index.js')).toBe('kdbush');
  });

  it("sourceGroup('…/src/map/style.ts') is the src folder", () => {
    expect(sourceGroup('../../../../src/map/style.ts')).toBe('src/map');
    expect(sourceGroup('../../../../src/main.ts')).toBe('src');
    expect(sourceGroup('../../../../src/article/stories/2022-09-13.json?url')).toBe('src/article/stories');
  });

  it('sourceGroup of unmapped code names the bundler runtime', () => {
    expect(sourceGroup('')).toBe('(bundler runtime)');
  });
});
