/**
 * Reading GMT's GSHHG dumps (`gmt coast -M -W` / `-I`) and joining the segments that GMT cuts at its
 * bin edges back into whole lines and rings.
 */
import { first, last, nth } from './checked.ts';

export interface Segment {
  /** GMT's header line, e.g. "> River Bin # 4522, Level 2". */
  header: string;
  level: number;
  coords: [number, number][];
}

/** Parses a multi-segment GMT text dump. Degenerate segments (fewer than two distinct points) are dropped. */
export function parseGmtSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('>')) {
      const level = Number(/Level\s+(\d+)/.exec(line)?.[1] ?? NaN);
      current = { header: line, level, coords: [] };
      segments.push(current);
      continue;
    }
    if (!current) throw new Error(`GMT dump: coordinates before the first segment header: "${line}"`);
    const [x, y] = line.split(/\s+/).map(Number);
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
      throw new Error(`GMT dump: bad coordinate line "${line}"`);
    }
    const prev = current.coords[current.coords.length - 1];
    if (!prev || prev[0] !== x || prev[1] !== y) current.coords.push([x, y]);
  }
  return segments.filter((s) => s.coords.length >= 2);
}

const key = (p: [number, number]): string => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;

/**
 * Joins segments end to end where an end point of one equals an end point of another (GMT cuts at bin
 * edges, so the cut points are shared exactly). Segments are only joined within the same level.
 * Returns chains in a deterministic order (longest first, then by first coordinate).
 */
export function joinSegments(segments: Segment[]): Segment[] {
  const pool = segments.map((s) => ({ ...s, coords: [...s.coords] }));
  const chains: Segment[] = [];
  const used = new Set<number>();
  for (let i = 0; i < pool.length; i++) {
    if (used.has(i)) continue;
    used.add(i);
    const chain = nth(pool, i, 'segments');
    let extended = true;
    while (extended) {
      extended = false;
      const head = first(chain.coords, chain.header);
      const tail = last(chain.coords, chain.header);
      if (key(head) === key(tail) && chain.coords.length > 3) break; // closed ring
      for (let j = 0; j < pool.length; j++) {
        if (used.has(j)) continue;
        const candidate = nth(pool, j, 'segments');
        if (candidate.level !== chain.level) continue;
        const other = candidate.coords;
        const oHead = first(other, candidate.header);
        const oTail = last(other, candidate.header);
        if (key(tail) === key(oHead)) chain.coords.push(...other.slice(1));
        else if (key(tail) === key(oTail)) chain.coords.push(...[...other].reverse().slice(1));
        else if (key(head) === key(oTail)) chain.coords.unshift(...other.slice(0, -1));
        else if (key(head) === key(oHead)) chain.coords.unshift(...[...other].reverse().slice(0, -1));
        else continue;
        used.add(j);
        extended = true;
        break;
      }
    }
    chains.push(chain);
  }
  return chains.sort(
    (a, b) =>
      b.coords.length - a.coords.length ||
      first(a.coords, a.header)[0] - first(b.coords, b.header)[0] ||
      first(a.coords, a.header)[1] - first(b.coords, b.header)[1],
  );
}

/** True when a chain's first and last points coincide. */
export function isClosed(s: Segment): boolean {
  return s.coords.length >= 4 && key(first(s.coords, s.header)) === key(last(s.coords, s.header));
}
