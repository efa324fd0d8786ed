/**
 * `npm run --silent story -- <file.txt> [--date YYYY-MM-DD]`: links a plain-text story and prints it
 * as the JSON the app loads (Open an article → a story .json), on stdout. The text may start with
 * header lines (`Title:`, `Source:`, `Date:`, `Outlet:`) and a blank line; blocks are separated by
 * blank lines, and without a `Title:` the first block is the title. Without `--date` or a `Date:`
 * line the story is dated today. Messages go to stderr; the exit code is 1 on bad input.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isIsoDate } from '../src/core/dates.ts';
import { settingsForStory } from '../src/state/settings.ts';
import { composeStory, targetsOf } from '../src/story/compose.ts';
import { indexGazetteer } from '../src/story/gazetteer.ts';
import { linkBlocks } from '../src/story/link/linker.ts';
import { parsePlainStory } from '../src/story/text.ts';

const GAZETTEER = path.resolve(import.meta.dirname, '../geodata/gazetteer.json');

function fail(message: string): never {
  process.stderr.write(`story: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const dateAt = args.indexOf('--date');
const date = dateAt >= 0 ? args[dateAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (dateAt < 0 || i !== dateAt + 1));
if (!file) fail('usage: npm run --silent story -- <file.txt> [--date YYYY-MM-DD]');
if (date !== undefined && !isIsoDate(date)) fail(`--date ${date} is not a date written YYYY-MM-DD`);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
try {
  const plain = parsePlainStory(text);
  const index = indexGazetteer(JSON.parse(readFileSync(GAZETTEER, 'utf8')) as unknown);
  const day = date ?? plain.date ?? new Date().toISOString().slice(0, 10);
  if (date === undefined && plain.date === null)
    process.stderr.write(`story: the text gives no date; dated today (${day}). Pass --date YYYY-MM-DD to set it.\n`);
  const blocks = linkBlocks([plain.title, ...plain.paragraphs], day, index);
  const story = composeStory(plain, blocks, day, settingsForStory({ date: day, title: plain.title, outlet: plain.outlet ?? '' }, targetsOf(blocks)));
  process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
} catch (e) {
  fail((e as Error).message);
}
