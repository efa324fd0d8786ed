/**
 * Splits a bundled JS file into the bytes that came from each source module, using its source map.
 * This is how the bench tells the app's own JS from maplibre-gl when both are in one chunk.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map(Array.from(BASE64, (c, i) => [c, i] as const));

/**
 * Decodes one source-map segment of Base64 VLQ numbers.
 *
 * @example
 * decodeVlq('AAgBC') // [0, 0, 16, 1]
 */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`bad base64 VLQ character ${JSON.stringify(c)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  if (shift !== 0) throw new Error('truncated base64 VLQ segment');
  return out;
}

/** A mapped position in generated code: its column and the source it came from (-1 for none). */
export interface Segment {
  column: number;
  source: number;
}

/** Decodes `mappings` into, per generated line, segments sorted by column. */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const raw of line.split(',')) {
      if (raw === '') continue;
      const fields = decodeVlq(raw);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        segments.push({ column, source });
      } else {
        segments.push({ column, source: -1 });
      }
    }
    segments.sort((a, b) => a.column - b.column);
    lines.push(segments);
  }
  return lines;
}

export interface SourceMapLike {
  sources: string[];
  mappings: string;
}

/**
 * The generated code, cut into pieces by the source each piece came from. A segment runs to the
 * next segment or the end of its line. Code before a line's first segment continues the previous
 * line (a multi-line template string, such as a shader in maplibre-gl), and so does the line
 * break: both go to the source of the last segment before them. Segments that name no source,
 * and code before any segment, are unmapped (key '').
 */
export function piecesBySource(code: string, map: SourceMapLike): Map<string, string[]> {
  const lines = decodeMappings(map.mappings);
  const out = new Map<string, string[]>();
  const push = (key: string, text: string): void => {
    if (text === '') return;
    const list = out.get(key);
    if (list) list.push(text);
    else out.set(key, [text]);
  };
  let carried = '';
  code.split('\n').forEach((text, i) => {
    if (i > 0) push(carried, '\n');
    const segments = lines[i] ?? [];
    push(carried, text.slice(0, segments[0]?.column ?? text.length));
    segments.forEach((seg, j) => {
      const end = segments[j + 1]?.column ?? text.length;
      carried = seg.source >= 0 ? (map.sources[seg.source] ?? '') : '';
      push(carried, text.slice(seg.column, end));
    });
  });
  return out;
}

export type Owner = 'own' | 'foreign' | 'inlined-data';

/**
 * Sorts the code of a chunk into the app's own code, foreign code (e.g. maplibre-gl) and data
 * inlined as strings (small geodata files Vite turns into data: URLs). Unmapped code (the
 * bundler's runtime) counts as own: it is there because of how the app is built.
 */
export function splitChunk(
  code: string,
  map: SourceMapLike,
  ownerOf: (source: string) => Owner,
): { text: Record<Owner, string>; bySource: Map<string, number> } {
  const text: Record<Owner, string> = { own: '', foreign: '', 'inlined-data': '' };
  const bySource = new Map<string, number>();
  for (const [source, pieces] of piecesBySource(code, map)) {
    const joined = pieces.join('');
    const owner = source === '' ? 'own' : ownerOf(source);
    text[owner] += joined;
    bySource.set(source, (bySource.get(source) ?? 0) + Buffer.byteLength(joined));
  }
  return { text, bySource };
}

/** Who owns a source path in the app's build: maplibre-gl is foreign, geodata files are data. */
export function appOwnerOf(source: string): Owner {
  if (/(^|\/)node_modules\/maplibre-gl\//.test(source)) return 'foreign';
  if (/(^|\/)geodata\/[^/]+\.(geo|topo)?json(\?|$)/.test(source)) return 'inlined-data';
  return 'own';
}

/**
 * A short name for a source, for the "what is in the app's own JS" list: the npm package, or
 * the folder under src/.
 *
 * @example
 * sourceGroup('../../node_modules/@turf/area/dist/esm/index.js') // '@turf/area'
 * sourceGroup('../../src/map/style.ts') // 'src/map'
 */
export function sourceGroup(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg !== undefined) return pkg;
  const local = /(?:^|\/)((?:src|geodata|bench)(?:\/[^/?]+)*?)\/[^/]+$/.exec(source.replace(/\?.*$/, ''))?.[1];
  if (local !== undefined) return local;
  return source === '' ? '(bundler runtime)' : source.replace(/^(\.\.\/)+/, '');
}
