/**
 * The soak's script of reader actions (issue 11): a seeded, reproducible sequence, so a failure
 * can be replayed with the same seed. Pure: the runner (bench/soak.ts) carries each out.
 */

export type SoakAction =
  | { kind: 'mention'; pick: number }
  | { kind: 'map-click'; x: number; y: number }
  | { kind: 'close-popup'; by: 'escape' | 'button' }
  | { kind: 'toggle'; pick: number }
  | { kind: 'date'; key: 'ArrowLeft' | 'ArrowRight' | 'PageUp' | 'PageDown' | 'Home' | 'End' }
  | { kind: 'event'; direction: 'previous' | 'next' }
  | { kind: 'play'; forMs: number }
  | { kind: 'history'; direction: 'back' | 'forward' }
  | { kind: 'resize'; width: number; height: number }
  /** Types the start of a name the article mentions into the map's search box, then Enter. */
  | { kind: 'search'; pick: number; chars: number };

export const SOAK_KINDS: readonly SoakAction['kind'][] = [
  'mention',
  'map-click',
  'close-popup',
  'toggle',
  'date',
  'event',
  'play',
  'history',
  'resize',
  'search',
];

/** How often each kind comes up, out of the sum: readers click and read more than they resize. */
const WEIGHTS: Readonly<Record<SoakAction['kind'], number>> = {
  mention: 6,
  'map-click': 5,
  'close-popup': 3,
  toggle: 3,
  date: 3,
  event: 2,
  play: 1,
  history: 3,
  resize: 1,
  search: 2,
};

/** The viewports a session moves between: a laptop, a small laptop, two phones. */
export const SOAK_VIEWPORTS: readonly { width: number; height: number }[] = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

/**
 * mulberry32: a small, well-known 32-bit PRNG; the same seed gives the same floats in [0, 1).
 *
 * @example
 * const next = seededRandom(1); next() === seededRandom(1)() // true
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` actions from `seed`. Positions are fractions (0–1) of the map's box and picks are
 * fractions of whatever list the page offers then, so the plan does not depend on the page.
 */
export function soakPlan(seed: number, count: number): SoakAction[] {
  const random = seededRandom(seed);
  const total = SOAK_KINDS.reduce((sum, k) => sum + WEIGHTS[k], 0);
  const kindAt = (r: number): SoakAction['kind'] => {
    let left = r * total;
    for (const k of SOAK_KINDS) {
      left -= WEIGHTS[k];
      if (left < 0) return k;
    }
    return 'mention';
  };
  const one = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const actions: SoakAction[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kindAt(random());
    switch (kind) {
      case 'mention':
        actions.push({ kind, pick: random() });
        break;
      case 'map-click':
        actions.push({ kind, x: 0.1 + 0.8 * random(), y: 0.1 + 0.8 * random() });
        break;
      case 'close-popup':
        actions.push({ kind, by: random() < 0.5 ? 'escape' : 'button' });
        break;
      case 'toggle':
        actions.push({ kind, pick: random() });
        break;
      case 'date':
        actions.push({ kind, key: one(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'] as const) });
        break;
      case 'event':
        actions.push({ kind, direction: random() < 0.5 ? 'previous' : 'next' });
        break;
      case 'play':
        actions.push({ kind, forMs: 200 + Math.round(1800 * random()) });
        break;
      case 'history':
        actions.push({ kind, direction: random() < 0.7 ? 'back' : 'forward' });
        break;
      case 'resize':
        actions.push({ kind, ...one(SOAK_VIEWPORTS) });
        break;
      case 'search':
        actions.push({ kind, pick: random(), chars: 3 + Math.floor(6 * random()) });
        break;
    }
  }
  return actions;
}
