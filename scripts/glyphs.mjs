#!/usr/bin/env node
// `node scripts/glyphs.mjs`: builds the map's SDF glyphs, MapLibre's `{fontstack}/{range}.pbf`
// layout, into public/glyphs/ from Noto Sans as @fontsource/noto-sans packages it (SIL Open Font
// License 1.1). With a glyphs URL MapLibre's worker reads ready-made glyphs from these files; with
// none it draws every glyph of every font on the main thread with TinySDF. Run it after changing a
// font or RANGES, and commit the files; tests/data/glyphs.test.ts checks every label's characters.
//
// How: fontkit says which code points each font file holds; TinySDF (the rasteriser MapLibre itself
// uses for local glyphs) draws each one through @napi-rs/canvas (Skia, prebuilt, no native build);
// pbf writes the glyphs.proto messages. Sizes are those of MapLibre's server glyphs: 24 px, a 3 px
// border, an SDF radius of 8 px with cutoff 0.25. `top` is taken from the font's ascender, as
// node-fontnik does (the glyph's top edge minus the ascender), so glyphs line up on one baseline.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import TinySDF from '@mapbox/tiny-sdf';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import * as fontkit from 'fontkit';
import { PbfWriter as Pbf } from 'pbf';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = join(ROOT, 'node_modules/@fontsource/noto-sans/files');
const OUT = join(ROOT, 'public/glyphs');

/** The font stacks the style names (src/map/style/expressions.ts) and the files behind them. */
export const STACKS = [
  { name: 'Noto Sans Regular', weight: 400, style: 'normal' },
  { name: 'Noto Sans Bold', weight: 700, style: 'normal' },
  { name: 'Noto Sans Italic', weight: 400, style: 'italic' },
];

/**
 * The 256-code-point ranges shipped: Basic Latin and Latin-1; Latin Extended-A and -B (Şuşa); IPA
 * Extensions (the schwa of Xankəndi); General Punctuation (the en dash of "1991–1994", quotes). The
 * map labels no Armenian or Cyrillic text (names in those scripts are in popups, drawn by the
 * browser), so those ranges are not shipped; a label that needed one would be drawn locally by
 * MapLibre, and tests/data/glyphs.test.ts fails first.
 */
export const RANGES = [0, 256, 512, 8192];

/** Fontsource's subsets of Noto Sans that hold these ranges. */
const SUBSETS = ['latin', 'latin-ext'];

const SIZE = 24;
const BORDER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;

function fontsOf(stack) {
  return SUBSETS.map((subset) => {
    const file = join(FILES, `noto-sans-${subset}-${stack.weight}-${stack.style}.woff2`);
    const family = `atlas-${subset}-${stack.weight}-${stack.style}`;
    if (!GlobalFonts.registerFromPath(file, family)) throw new Error(`could not load ${file}`);
    const font = fontkit.openSync(file);
    const sdf = new TinySDF({ fontSize: SIZE, buffer: BORDER, radius: RADIUS, cutoff: CUTOFF, fontFamily: family, fontStyle: stack.style });
    return { file, font, sdf, ascender: Math.round((font.ascent / font.unitsPerEm) * SIZE) };
  });
}

// TinySDF draws on an OffscreenCanvas or a DOM canvas; in Node, on a Skia canvas.
TinySDF.prototype._createCanvas = (size) => createCanvas(size, size);

function writeGlyph(glyph, pbf) {
  pbf.writeVarintField(1, glyph.id);
  if (glyph.bitmap) pbf.writeBytesField(2, glyph.bitmap);
  pbf.writeVarintField(3, glyph.width);
  pbf.writeVarintField(4, glyph.height);
  pbf.writeSVarintField(5, glyph.left);
  pbf.writeSVarintField(6, glyph.top);
  pbf.writeVarintField(7, glyph.advance);
}

function rangePbf(stackName, start, fonts) {
  const end = start + 255;
  const glyphs = [];
  for (let cp = start; cp <= end; cp++) {
    // Control characters have no glyph; the first file that holds a code point draws it.
    if (cp < 32 || (cp >= 127 && cp < 160)) continue;
    const from = fonts.find((f) => f.font.hasGlyphForCodePoint(cp));
    if (!from) continue;
    const c = from.sdf.draw(String.fromCodePoint(cp));
    const inked = c.glyphWidth > 0 && c.glyphHeight > 0;
    glyphs.push({
      id: cp,
      bitmap: inked ? Buffer.from(c.data) : null,
      width: inked ? c.glyphWidth : 0,
      height: inked ? c.glyphHeight : 0,
      left: c.glyphLeft,
      top: c.glyphTop - from.ascender,
      advance: Math.round(c.glyphAdvance),
    });
  }
  const pbf = new Pbf();
  pbf.writeMessage(1, (_, p) => {
    p.writeStringField(1, stackName);
    p.writeStringField(2, `${start}-${end}`);
    for (const g of glyphs) p.writeMessage(3, writeGlyph, g);
  });
  return { bytes: pbf.finish(), count: glyphs.length };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  rmSync(OUT, { recursive: true, force: true });
  for (const stack of STACKS) {
    const fonts = fontsOf(stack);
    mkdirSync(join(OUT, stack.name), { recursive: true });
    for (const start of RANGES) {
      const { bytes, count } = rangePbf(stack.name, start, fonts);
      const path = join(OUT, stack.name, `${start}-${start + 255}.pbf`);
      writeFileSync(path, bytes);
      console.log(`${path.slice(ROOT.length + 1)}: ${count} glyphs, ${bytes.length} bytes`);
    }
  }
  const licence = readFileSync(join(ROOT, 'node_modules/@fontsource/noto-sans/LICENSE'), 'utf8');
  writeFileSync(join(OUT, 'OFL.txt'), licence);
}
