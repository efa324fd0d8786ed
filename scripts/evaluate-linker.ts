/**
 * `npm run linker:eval`: scores the linker on the first story's hand-made name mentions and on the
 * hand-annotated passages of tests/fixtures/linker-gold, and lists every difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { indexGazetteer } from '../src/story/gazetteer.ts';
import { linkBlocks } from '../src/story/link/linker.ts';
import type { Story } from '../src/story/model.ts';
import { parsePlainStory } from '../src/story/text.ts';
import { annotated, foundOf, goldOf, score, type Score } from './lib/evaluate.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const index = indexGazetteer(JSON.parse(readFileSync(path.join(ROOT, 'geodata/gazetteer.json'), 'utf8')) as unknown);

function report(name: string, s: Score): void {
  console.log(
    `${name}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, F1 ${s.f1.toFixed(3)} (${String(s.tp)} right, ${String(s.fp)} extra, ${String(s.fn)} missed)`,
  );
  for (const m of s.missed) console.log(`  missed  block ${String(m.block)}: "${m.text}" → ${m.target}${m.found ? ` (found ${m.found})` : ''}`);
  for (const m of s.extra) console.log(`  extra   block ${String(m.block)}: "${m.text}" → ${m.target}`);
}

const seed = JSON.parse(readFileSync(path.join(ROOT, 'src/story/stories/2022-09-13.json'), 'utf8')) as Story;
const blocks = linkBlocks([seed.title, ...seed.paragraphs.map((p) => p.text)], seed.date, index);
report('First story (name mentions; the editor’s passage ties left out)', score(goldOf(seed), foundOf(blocks)));

const dir = path.join(ROOT, 'tests/fixtures/linker-gold');
let gold = 0;
let tp = 0;
let fp = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const { text, gold: expected } = annotated(readFileSync(path.join(dir, file), 'utf8'), parsePlainStory);
  const plain = parsePlainStory(text);
  const s = score(expected, foundOf(linkBlocks([plain.title, ...plain.paragraphs], plain.date ?? '2022-01-01', index)));
  if (s.fp + s.fn > 0) report(file, s);
  gold += expected.length;
  tp += s.tp;
  fp += s.fp;
}
const precision = tp / (tp + fp);
const recall = tp / gold;
console.log(
  `Gold passages: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)} (${String(tp)} of ${String(gold)})`,
);
