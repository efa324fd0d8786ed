/**
 * Reads a Chromium CPU profile (CDP `Profiler.stop`) of the app's first render: self time by
 * function and by category. Pure functions; `--profile` in bench/run.ts records the profile.
 */
import { decodeVlq, type SourceMapLike } from './sourcemap.ts';

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Where a bundled position came from: the source file and, when the map has it, the function's name. */
export type Locate = (url: string, line: number, column: number) => { source: string; name: string | null } | null;

export interface SelfTime {
  name: string;
  category: string;
  ms: number;
  share: number;
}

/**
 * The category of a frame: the engine's own entries ('(garbage collector)', '(program)', '(idle)'),
 * 'maplibre-gl', 'app (src/<folder>)', another package, or 'browser / other' for code with no URL.
 */
export function categoryOf(frame: CpuProfileNode['callFrame'], source: string | null): string {
  if (frame.functionName.startsWith('(')) return frame.functionName;
  const s = source ?? '';
  // maplibre-gl's own sources, found through its dist file's source map: by folder of its src/.
  const ml = /^maplibre-gl\/src\/([^/]+)\//.exec(s)?.[1];
  if (ml) return `maplibre-gl (src/${ml})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1];
  if (pkg) return pkg;
  const folder = /(?:^|\/)src\/([^/]+)\//.exec(s)?.[1];
  if (folder) return `app (src/${folder})`;
  if (frame.url === '') return 'browser / other';
  return frame.url.includes('maplibre') ? 'maplibre-gl' : 'page (unmapped)';
}

/**
 * Self time by function and by category, in ms, largest first. Sample time comes from
 * `timeDeltas` (each sample's delta is charged to the node the sample hit).
 */
export function summarizeProfile(
  profile: CpuProfile,
  locate: Locate = () => null,
  top = 15,
): { total_ms: number; functions: SelfTime[]; categories: SelfTime[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    // A sample's time runs until the next sample.
    const dt = deltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, dt));
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0) / 1000;
  const fns = new Map<string, { category: string; ms: number }>();
  const cats = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const f = node.callFrame;
    const found = f.url ? locate(f.url, f.lineNumber, f.columnNumber) : null;
    const source = found?.source ?? null;
    const category = categoryOf(f, source);
    const file = source ? source.replace(/^.*node_modules\//, '').replace(/^(?:\.\.\/)+/, '') : f.url.replace(/^.*\//, '');
    const fn = found?.name ?? f.functionName;
    const name = f.functionName.startsWith('(') ? f.functionName : `${fn || '(anonymous)'}${file ? ` ${file}` : ''}`;
    const e = fns.get(name) ?? { category, ms: 0 };
    e.ms += us / 1000;
    fns.set(name, e);
    cats.set(category, (cats.get(category) ?? 0) + us / 1000);
  }
  const share = (ms: number): number => (total > 0 ? ms / total : 0);
  return {
    total_ms: total,
    functions: [...fns]
      .map(([name, v]) => ({ name, category: v.category, ms: v.ms, share: share(v.ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
    categories: [...cats].map(([name, ms]) => ({ name, category: name, ms, share: share(ms) })).sort((a, b) => b.ms - a.ms),
  };
}

/** Where a generated position came from: source file, its line and column (0-based), and name. */
export interface Origin {
  source: string;
  line: number;
  column: number;
  name: string | null;
}

interface FullSegment {
  column: number;
  source: number;
  line: number;
  sourceColumn: number;
  name: number;
}

/** Decodes `mappings` keeping the original position and name of each segment. */
function decodeFull(mappings: string): FullSegment[][] {
  const lines: FullSegment[][] = [];
  let source = 0;
  let line = 0;
  let sourceColumn = 0;
  let name = 0;
  for (const text of mappings.split(';')) {
    const segments: FullSegment[] = [];
    let column = 0;
    for (const raw of text.split(',')) {
      if (raw === '') continue;
      const f = decodeVlq(raw);
      column += f[0] ?? 0;
      if (f.length < 4) {
        segments.push({ column, source: -1, line: -1, sourceColumn: -1, name: -1 });
        continue;
      }
      source += f[1] ?? 0;
      line += f[2] ?? 0;
      sourceColumn += f[3] ?? 0;
      if (f.length >= 5) name += f[4] ?? 0;
      segments.push({ column, source, line, sourceColumn, name: f.length >= 5 ? name : -1 });
    }
    segments.sort((a, b) => a.column - b.column);
    lines.push(segments);
  }
  return lines;
}

/** The origin of a generated position by one source map: the last segment at or before the column. */
export function originFinder(map: SourceMapLike & { names?: string[] }): (line: number, column: number) => Origin | null {
  const lines = decodeFull(map.mappings);
  return (line, column) => {
    const segs = lines[line];
    if (!segs) return null;
    let found: FullSegment | null = null;
    for (const s of segs) {
      if (s.column > column) break;
      found = s;
    }
    if (!found || found.source < 0) return null;
    const source = map.sources[found.source];
    if (source === undefined) return null;
    return { source, line: found.line, column: found.sourceColumn, name: found.name >= 0 ? (map.names?.[found.name] ?? null) : null };
  };
}
