import { linkBlocks } from '../../src/story/link/linker.ts';
import { loadGazetteer } from '../../src/story/load-gazetteer.ts';
import { parsePlainStory } from '../../src/story/text.ts';

/** What the bench page reports: the gazetteer's fetch and index, and each run of the linker. */
export interface LinkTimes {
  load_ms: number;
  runs_ms: number[];
  mentions: number;
}

declare global {
  interface Window {
    linkBench: (text: string, runs: number) => Promise<LinkTimes>;
  }
}

// The app's own modules, as the "Open an article" chunk uses them.
window.linkBench = async (text, runs) => {
  const t0 = performance.now();
  const index = await loadGazetteer();
  const load = performance.now() - t0;
  const plain = parsePlainStory(text);
  const blocks = [plain.title, ...plain.paragraphs];
  const times: number[] = [];
  let mentions = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const out = linkBlocks(blocks, plain.date ?? '2022-09-13', index);
    times.push(performance.now() - t);
    mentions = out.reduce((n, b) => n + b.mentions.length, 0);
  }
  return { load_ms: load, runs_ms: times, mentions };
};
