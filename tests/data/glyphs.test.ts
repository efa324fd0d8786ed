/**
 * The glyphs in public/glyphs/ (scripts/glyphs.mjs) cover every character the map labels: each
 * label of every geodata layer, as the app prepares it, in each font stack the style names. A label
 * with a character in no shipped range would be drawn on the main thread, or not at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PbfReader } from 'pbf';
import { assert, describe, expect, test } from 'vitest';
import { palette } from '../../src/core/palette.ts';
import { prepareLayer } from '../../src/data/prepare.ts';
import { style } from '../../src/map/style/style.ts';
import { allLayers } from './load.ts';

const GLYPHS = path.resolve(import.meta.dirname, '../../public/glyphs');

interface Glyph {
  id: number;
  bitmap: Uint8Array | null;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** Reads one `{range}.pbf` (glyphs.proto: glyphs → fontstack → glyph). */
function readRange(file: string): { name: string; range: string; glyphs: Glyph[] } {
  const out = { name: '', range: '', glyphs: [] as Glyph[] };
  new PbfReader(readFileSync(file)).readFields((tag, _, stackPbf) => {
    if (tag !== 1) return;
    stackPbf.readMessage((t, o, p) => {
      if (t === 1) o.name = p.readString();
      else if (t === 2) o.range = p.readString();
      else if (t === 3) {
        const g: Glyph = { id: 0, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance: 0 };
        p.readMessage((gt, gg, gp) => {
          if (gt === 1) gg.id = gp.readVarint();
          else if (gt === 2) gg.bitmap = gp.readBytes();
          else if (gt === 3) gg.width = gp.readVarint();
          else if (gt === 4) gg.height = gp.readVarint();
          else if (gt === 5) gg.left = gp.readSVarint();
          else if (gt === 6) gg.top = gp.readSVarint();
          else if (gt === 7) gg.advance = gp.readVarint();
        }, g);
        o.glyphs.push(g);
      }
    }, out);
  }, out);
  return out;
}

const cache = new Map<string, Map<number, Glyph> | null>();
function glyphsOf(stack: string, range: number): Map<number, Glyph> | null {
  const key = `${stack}/${range}`;
  if (!cache.has(key)) {
    const file = path.join(GLYPHS, stack, `${range}-${range + 255}.pbf`);
    cache.set(key, existsSync(file) ? new Map(readRange(file).glyphs.map((g) => [g.id, g])) : null);
  }
  return cache.get(key) ?? null;
}

const stacks = [
  ...new Set(style(palette, { t: '2022-09-13' }).layers.flatMap((l) => (l.type === 'symbol' ? ((l.layout?.['text-font'] as string[] | undefined) ?? []) : []))),
];

/** Every character of every label, in both cases (country names are drawn upper-cased), and " km". */
function labelCharacters(): Map<number, string> {
  const chars = new Map<number, string>();
  const add = (text: string, where: string): void => {
    for (const ch of text + text.toUpperCase()) {
      const cp = ch.codePointAt(0);
      if (cp !== undefined && !chars.has(cp)) chars.set(cp, where);
    }
  };
  for (const [id, fc] of allLayers()) {
    for (const f of prepareLayer(id, fc).mapData.features) {
      const label = (f.properties as { label?: unknown } | null)?.label;
      if (typeof label === 'string') add(label, `${id}: ${label}`);
    }
  }
  add('0123456789 km', 'russia-border distance label');
  return chars;
}

describe('glyphs', () => {
  test('the style names the three Noto Sans stacks', () => {
    expect(stacks.sort()).toEqual(['Noto Sans Bold', 'Noto Sans Italic', 'Noto Sans Regular']);
  });

  test('every character a map label uses has a glyph in every font stack', () => {
    const chars = labelCharacters();
    expect(chars.has('Ş'.codePointAt(0) ?? 0)).toBe(true);
    const missing: string[] = [];
    for (const stack of stacks) {
      for (const [cp, where] of chars) {
        if (!glyphsOf(stack, Math.floor(cp / 256) * 256)?.has(cp)) missing.push(`${stack}: U+${cp.toString(16).toUpperCase()} (${where})`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('the names of the region have glyphs too: ə (Xankəndi), ş, the en dash', () => {
    for (const stack of stacks)
      for (const ch of 'əşŞ–’')
        expect(glyphsOf(stack, Math.floor((ch.codePointAt(0) ?? 0) / 256) * 256)?.has(ch.codePointAt(0) ?? 0), `${stack} ${ch}`).toBe(true);
  });

  test('each glyph is a 24 px SDF with a 3 px border, and a range file names its stack and range', () => {
    for (const stack of stacks) {
      const file = path.join(GLYPHS, stack, '0-255.pbf');
      const range = readRange(file);
      expect(range.name).toBe(stack);
      expect(range.range).toBe('0-255');
      const byId = new Map(range.glyphs.map((g) => [g.id, g]));
      const space = byId.get(32);
      expect(space?.bitmap ?? null).toBeNull();
      expect(space?.advance).toBeGreaterThan(3);
      const a = byId.get(65);
      assert(a?.bitmap, `${stack}: no A`);
      expect(a.bitmap.length).toBe((a.width + 6) * (a.height + 6));
      // A capital stands about 17 px high at 24 px, its top a few px under the ascender.
      expect(a.height).toBeGreaterThan(14);
      expect(a.height).toBeLessThan(20);
      expect(a.top).toBeLessThan(0);
      expect(a.top).toBeGreaterThan(-12);
    }
  });
});
