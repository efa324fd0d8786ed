/**
 * When a MapLibre page has finished its first complete render. MapLibre fires `idle` whenever it
 * has nothing left to do, which for an app that sets its data after the style loads can happen
 * before the data arrives. So the harness waits for a quiet spell and takes the last idle before
 * it: no frame rendered since that idle, nothing in flight on the network, for `quietMs`.
 */
export interface IdleProbe {
  /** Page times (ms since navigation) of every `idle` event so far. */
  idles: readonly number[];
  /** Page time of the last `render` event, or -1. */
  lastRender: number;
  /** Page time now. */
  now: number;
}

/**
 * The page time of the first complete render, or null while the page is still busy.
 *
 * @example
 * settledIdle({ idles: [900, 2400], lastRender: 2400, now: 3500 }, 0, 1000) // 2400
 */
export function settledIdle(probe: IdleProbe, inflightRequests: number, quietMs: number): number | null {
  const last = probe.idles[probe.idles.length - 1];
  if (last === undefined) return null;
  if (probe.lastRender > last) return null;
  if (inflightRequests > 0) return null;
  if (probe.now - last < quietMs) return null;
  return last;
}

/**
 * The longest main-thread task that started in [from, to) page time, or 0 if none.
 * Tasks are [startTime, duration] pairs from a 'longtask' PerformanceObserver.
 */
export function longestTask(tasks: readonly (readonly [number, number])[], from: number, to: number): number {
  let longest = 0;
  for (const [start, duration] of tasks) {
    if (start >= from && start < to && duration > longest) longest = duration;
  }
  return longest;
}
