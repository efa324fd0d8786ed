import type { OverlayLayerId } from '../core/contract.ts';
import { isOverlayLayerId } from '../core/contract.ts';
import { isIsoDate } from '../core/dates.ts';
import type { TimelineEvent } from '../core/events.ts';
import { parseRef } from '../core/ref.ts';

/**
 * The story model: a story as data, with each mention tied to a place or layer by id, and the
 * settings the map opens a story with. Bundled stories are JSON files under `stories/` (see
 * registry.ts); they are loaded at run time by URL.
 */

/** A reference to a geodata layer (`regained-2020`) or to one feature in it (`places/moscow`). */
export type TargetRef = string;

/** Mentions the linker is less sure of than this are shown as uncertain, for a reader to check. */
export const LOW_CONFIDENCE = 0.7;

/** Words inside a paragraph that speak of a place or layer. */
export interface Mention {
  /** The exact words, as they appear in the paragraph text (including any no-break spaces). */
  text: string;
  /** `<layer>` or `<layer>/<feature-id>`. */
  target: TargetRef;
  /** Which occurrence of `text` in the paragraph, from 0, when the words occur more than once. */
  nth?: number;
  /**
   * An editor's tie of a passage to a layer or place ("Clashes erupted" to the clashes of 2022,
   * "Putin" to Moscow), rather than a name of it. The linker makes none of these.
   */
  passage?: boolean;
  /** For mentions the linker found: what the words stand for, and how sure it is (0–1). */
  role?: 'place' | 'government' | 'body';
  confidence?: number;
}

export interface Paragraph {
  /** Paragraph number, from 1, in reading order. */
  n: number;
  text: string;
  mentions: Mention[];
}

/** How the atlas shows a story: everything about it that is not its text. */
export interface StorySettings {
  /** The date the map opens at when the link gives none (the default of `t`). */
  date: string;
  /** The overlay layers shown when the link names none. */
  layers: OverlayLayerId[];
  /**
   * The layer panel's first group: its title ("At the time of the article (13 Sep 2022)") and the
   * layers in it; the other layers are listed under "History".
   */
  group: { title: string; layers: OverlayLayerId[] };
  /** The story's own events on the timeline, beside the history every story shares. */
  events: TimelineEvent[];
}

export interface Story {
  id: string;
  /** What the story is, as readers are told ("In the article"); 'article' when absent. */
  kind?: string;
  title: string;
  outlet: string;
  agencies: string[];
  /** ISO date of publication. */
  date: string;
  /** Where the story was published, when known. */
  url?: string | null;
  caption?: { text: string; credit?: string };
  /** Mentions in the title, found in `title` like a paragraph's in its text. */
  titleMentions?: Mention[];
  /** Bundled stories carry their settings here; see `StorySettings`. */
  map?: StorySettings;
  /** Present when the places were found automatically: the names that are not on the map. */
  linked?: { by: 'linker'; notOnMap: { text: string; paragraph: number }[] };
  paragraphs: Paragraph[];
}

/** A run of paragraph text: plain, or a mention. */
export type Segment = { kind: 'text'; text: string } | { kind: 'mention'; text: string; mention: Mention; start: number; end: number };

/** Where a mention sits in its paragraph, or null when its words are not there. */
export function locateMention(paragraph: Paragraph, mention: Mention): { start: number; end: number } | null {
  if (mention.text.length === 0) return null;
  let from = 0;
  for (let i = 0; ; i++) {
    const start = paragraph.text.indexOf(mention.text, from);
    if (start < 0) return null;
    if (i === (mention.nth ?? 0)) return { start, end: start + mention.text.length };
    from = start + 1;
  }
}

/**
 * Splits a paragraph into plain and mention runs, in reading order.
 * Mentions whose words are missing, or that overlap an earlier mention, are left as plain text.
 *
 * @example
 * segmentParagraph({ n: 1, text: 'Hi Moscow.', mentions: [{ text: 'Moscow', target: 'places/moscow' }] })
 * // [{kind:'text',text:'Hi '}, {kind:'mention',text:'Moscow',…}, {kind:'text',text:'.'}]
 */
export function segmentParagraph(paragraph: Paragraph): Segment[] {
  const located = paragraph.mentions
    .map((mention) => ({ mention, at: locateMention(paragraph, mention) }))
    .filter((m): m is { mention: Mention; at: { start: number; end: number } } => m.at !== null)
    .sort((a, b) => a.at.start - b.at.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { mention, at } of located) {
    if (at.start < cursor) continue;
    if (at.start > cursor) segments.push({ kind: 'text', text: paragraph.text.slice(cursor, at.start) });
    segments.push({ kind: 'mention', text: mention.text, mention, start: at.start, end: at.end });
    cursor = at.end;
  }
  if (cursor < paragraph.text.length) segments.push({ kind: 'text', text: paragraph.text.slice(cursor) });
  return segments;
}

/**
 * Checks that unknown JSON has the shape of a story; returns a list of problems (empty when fine).
 * Loading a story never trusts the file: a bad one is reported, not rendered.
 */
export function storyProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['the story is not a JSON object'];
  const s = value as Record<string, unknown>;
  for (const key of ['id', 'title', 'outlet', 'date'] as const) {
    if (typeof s[key] !== 'string') problems.push(`"${key}" must be a string`);
  }
  if (!Array.isArray(s.agencies) || !s.agencies.every((a) => typeof a === 'string')) {
    problems.push('"agencies" must be a list of strings');
  }
  if (s.kind !== undefined && typeof s.kind !== 'string') problems.push('"kind" must be a string');
  if (s.url !== undefined && s.url !== null && typeof s.url !== 'string') problems.push('"url" must be a string or null');
  if (s.map !== undefined) problems.push(...settingsProblems(s.map));
  if (s.titleMentions !== undefined) problems.push(...mentionProblems(s.titleMentions, 'the title'));
  if (s.linked !== undefined) {
    const linked: unknown = s.linked;
    const list = typeof linked === 'object' && linked !== null ? (linked as Record<string, unknown>).notOnMap : undefined;
    if (!Array.isArray(list) || !list.every((m) => typeof (m as { text?: unknown } | null)?.text === 'string'))
      problems.push('"linked.notOnMap" must be a list of names');
  }
  if (!Array.isArray(s.paragraphs)) {
    problems.push('"paragraphs" must be a list');
    return problems;
  }
  s.paragraphs.forEach((p: unknown, i: number) => {
    const para = p as Record<string, unknown> | null;
    if (typeof para !== 'object' || para === null) {
      problems.push(`paragraph ${i + 1} is not an object`);
      return;
    }
    if (para.n !== i + 1) problems.push(`paragraph ${i + 1} has n=${String(para.n)}`);
    if (typeof para.text !== 'string') problems.push(`paragraph ${i + 1} has no text`);
    problems.push(...mentionProblems(para.mentions, `paragraph ${i + 1}`));
  });
  return problems;
}

function mentionProblems(mentions: unknown, where: string): string[] {
  if (!Array.isArray(mentions)) return [`${where} has no mentions list`];
  const problems: string[] = [];
  mentions.forEach((m: unknown, j: number) => {
    const mention = m as Record<string, unknown> | null;
    if (typeof mention?.text !== 'string' || typeof mention.target !== 'string') {
      problems.push(`${where}, mention ${j + 1} needs "text" and "target" strings`);
    } else if (mention.confidence !== undefined && typeof mention.confidence !== 'number') {
      problems.push(`${where}, mention ${j + 1}: "confidence" must be a number`);
    }
  });
  return problems;
}

/**
 * Checks unknown JSON against `StorySettings`; returns a list of problems (empty when fine).
 *
 * @example
 * settingsProblems({ date: '2022-13-01', layers: [], group: { title: 'x', layers: [] }, events: [] })
 * // ['"map.date" must be a date written YYYY-MM-DD']
 */
export function settingsProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['"map" must be an object'];
  const m = value as Record<string, unknown>;
  const problems: string[] = [];
  const layerList = (list: unknown, key: string): void => {
    if (!Array.isArray(list) || !list.every((l) => typeof l === 'string' && isOverlayLayerId(l))) problems.push(`"${key}" must be a list of overlay layer ids`);
  };
  if (typeof m.date !== 'string' || !isIsoDate(m.date)) problems.push('"map.date" must be a date written YYYY-MM-DD');
  layerList(m.layers, 'map.layers');
  const group = m.group as Record<string, unknown> | null | undefined;
  if (typeof group !== 'object' || group === null || typeof group.title !== 'string') problems.push('"map.group" needs a "title" string');
  else layerList(group.layers, 'map.group.layers');
  if (!Array.isArray(m.events)) problems.push('"map.events" must be a list');
  else {
    m.events.forEach((e: unknown, i: number) => {
      const event = e as Record<string, unknown> | null;
      const ok =
        typeof event === 'object' &&
        event !== null &&
        typeof event.date === 'string' &&
        isIsoDate(event.date) &&
        typeof event.caption === 'string' &&
        typeof event.source === 'string' &&
        (event.end === undefined || (typeof event.end === 'string' && isIsoDate(event.end))) &&
        (event.frame === undefined || (typeof event.frame === 'string' && parseRef(event.frame) !== null));
      if (!ok) problems.push(`event ${i + 1} of "map.events" needs a date, a caption and a source (and a known frame, if any)`);
    });
  }
  return problems;
}
