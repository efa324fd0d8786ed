/** A dated event on the timeline, with what the camera frames when Play reaches it. */
export interface TimelineEvent {
  /** ISO date the slider moves to. */
  date: string;
  /** Last day, for events that lasted several days. */
  end?: string;
  /** One line, plain text. */
  caption: string;
  /** Where the date comes from. */
  source: string;
  /** `layer/feature-id` or `layer` to frame; none: the whole region. */
  frame?: string;
}

/**
 * The history every story shares together with one story's own events, in date order. On the same
 * date the shared event comes first.
 */
export function mergeEvents(shared: readonly TimelineEvent[], own: readonly TimelineEvent[]): TimelineEvent[] {
  return [...shared, ...own]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e);
}

/** The last event on or before date `t`, or null before the first. */
export function eventOn(t: string, events: readonly TimelineEvent[]): TimelineEvent | null {
  let found: TimelineEvent | null = null;
  for (const e of events) if (e.date <= t) found = e;
  return found;
}

/** The first event after date `t`, or null after the last. */
export function nextEvent(t: string, events: readonly TimelineEvent[]): TimelineEvent | null {
  return events.find((e) => e.date > t) ?? null;
}

/** The last event before date `t`, or null before the first. */
export function previousEvent(t: string, events: readonly TimelineEvent[]): TimelineEvent | null {
  let found: TimelineEvent | null = null;
  for (const e of events) if (e.date < t) found = e;
  return found;
}
