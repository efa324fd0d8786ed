/**
 * The article model: a story as data, with each mention tied to a place or layer by id.
 * Stories are JSON files under `stories/`; they are loaded at run time by URL.
 */

/** A reference to a geodata layer (`regained-2020`) or to one feature in it (`places/moscow`). */
export type TargetRef = string;

/** Words inside a paragraph that speak of a place or layer. */
export interface Mention {
  /** The exact words, as they appear in the paragraph text (including any no-break spaces). */
  text: string;
  /** `<layer>` or `<layer>/<feature-id>`. */
  target: TargetRef;
  /** Which occurrence of `text` in the paragraph, from 0, when the words occur more than once. */
  nth?: number;
}

export interface Paragraph {
  /** Paragraph number, from 1, in reading order. */
  n: number;
  text: string;
  mentions: Mention[];
}

export interface Story {
  id: string;
  title: string;
  outlet: string;
  agencies: string[];
  /** ISO date of publication. */
  date: string;
  caption?: { text: string; credit?: string };
  paragraphs: Paragraph[];
}

/** A run of paragraph text: plain, or a mention. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; mention: Mention; start: number; end: number };

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

/** Splits a target reference into its layer and optional feature id. */
export function parseTarget(target: TargetRef): { layer: string; id: string | null } {
  const slash = target.indexOf('/');
  if (slash < 0) return { layer: target, id: null };
  return { layer: target.slice(0, slash), id: target.slice(slash + 1) };
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
    if (!Array.isArray(para.mentions)) {
      problems.push(`paragraph ${i + 1} has no mentions list`);
      return;
    }
    para.mentions.forEach((m: unknown, j: number) => {
      const mention = m as Record<string, unknown> | null;
      if (typeof mention?.text !== 'string' || typeof mention.target !== 'string') {
        problems.push(`paragraph ${i + 1}, mention ${j + 1} needs "text" and "target" strings`);
      }
    });
  });
  return problems;
}
